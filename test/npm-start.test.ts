import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), "rapport-npm-start-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const exited = (child: ReturnType<typeof spawn>) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once("exit", (code) => resolve(code));
  });

describe("npm start", () => {
  it("serves until npm is stopped with SIGTERM, and then the server is gone too", async () => {
    expect(existsSync(join(root, "dist/.build-stamp")), "run `npm run build` first").toBe(true);
    const npm = spawn("npm", ["start", "--", "--port", "0", "--data", folder], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, DATABASE_URL: "", RAPPORT_DATA: "" },
    });
    const url = await new Promise<string>((resolve, reject) => {
      let output = "";
      const timer = setTimeout(() => reject(new Error(`no address in 60 s:\n${output}`)), 60_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const found = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
        if (found) {
          clearTimeout(timer);
          resolve(found);
        }
      };
      npm.stdout?.on("data", read);
      npm.stderr?.on("data", read);
    });
    expect((await fetch(`${url}/api/profile`)).status).toBe(200);
    npm.kill("SIGTERM");
    await exited(npm);
    // npm hands the signal to the server it started; nothing may keep listening.
    await expect
      .poll(
        () =>
          fetch(`${url}/api/profile`, { signal: AbortSignal.timeout(1000) }).then(
            () => "still serving",
            (error: { cause?: { code?: string } }) => error.cause?.code ?? "failed",
          ),
        { timeout: 10_000 },
      )
      .toBe("ECONNREFUSED");
  }, 90_000);
});
