import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import QRCode from "qrcode";
import { afterAll, afterEach, describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), "rapport-cli-lan-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const cli = join(root, "dist/cli/main.js");
const environment = { ...process.env, DATABASE_URL: "", RAPPORT_DATA: "" };
let running: ChildProcess | undefined;

afterEach(async () => {
  const child = running;
  running = undefined;
  if (child?.pid === undefined || child.exitCode !== null) return;
  const exited = new Promise((done) => child.once("exit", done));
  process.kill(child.pid, "SIGTERM");
  await exited;
});

/** Starts the built `rapport serve …` and waits until it prints `until`. */
function serveUntil(args: string[], until: RegExp): Promise<string> {
  expect(existsSync(cli), "run `npm run build:server` first").toBe(true);
  const child = spawn(process.execPath, [cli, "serve", ...args], {
    cwd: root,
    env: environment,
    stdio: ["ignore", "pipe", "pipe"],
  });
  running = child;
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no ${until} within 20 s:\n${output}`)),
      20_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (until.test(output)) {
        clearTimeout(timer);
        resolve(output);
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${output}`));
    });
  });
}

function rapport(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, ...args],
      { cwd: root, env: environment },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

describe("rapport serve --lan", () => {
  it("prints the LAN address, a QR code and a one-time pairing link that pairs", async () => {
    const output = await serveUntil(
      ["--lan", "--lan-address", "127.0.0.2", "--port", "0", "--data", join(folder, "a")],
      /Press Ctrl\+C to stop\./,
    );
    const loopback = /Rapport is running at (http:\/\/127\.0\.0\.1:(\d+))/.exec(output);
    const port = loopback?.[2] ?? "";
    expect(output).toContain(
      `On your network at http://127.0.0.2:${port}, for paired phones and tablets only.`,
    );
    expect(output).toContain(
      "To pair one, scan this code or open the link on it (one device, within 10 minutes):",
    );
    const link = new RegExp(
      `Pairing link: (http://127\\.0\\.0\\.2:${port}/pair/[A-Za-z0-9_-]{43})\\n`,
    ).exec(output)?.[1];
    expect(link).toBeDefined();
    // The QR code printed is the link's, as the qrcode package draws it for a terminal.
    const qr = await QRCode.toString(link ?? "", {
      type: "terminal",
      small: true,
      errorCorrectionLevel: "M",
    });
    expect(output).toContain(qr);

    const unpaired = await fetch(`http://127.0.0.2:${port}/api/people`);
    expect(unpaired.status).toBe(401);
    const opened = await fetch(link ?? "", { redirect: "manual" });
    expect(opened.status).toBe(303);
    const cookie = (opened.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const paired = await fetch(`http://127.0.0.2:${port}/api/people`, { headers: { cookie } });
    expect(paired.status).toBe(200);
    expect((await fetch(`${loopback?.[1]}/api/people`)).status).toBe(200);
  });

  it("refuses a --lan-address that is not an IPv4 address, before opening anything", async () => {
    const run = await rapport([
      "serve",
      "--lan-address",
      "phone.local",
      "--data",
      join(folder, "b"),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'rapport: --lan-address "phone.local" is not an IPv4 address (like 192.168.1.20). Give one of this computer\'s addresses.\n',
    );
    expect(existsSync(join(folder, "b"))).toBe(false);
  });

  it("says so when the LAN address is not this computer's, and stops", async () => {
    // 192.0.2.1 is reserved for documentation (TEST-NET-1): no machine has it, nothing binds.
    const run = await rapport([
      "serve",
      "--lan-address",
      "192.0.2.1",
      "--port",
      "0",
      "--data",
      join(folder, "d"),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "rapport: Cannot listen on 192.0.2.1: this machine has no such address.\n",
    );
  });

  it("refuses --lan together with --host", async () => {
    const run = await rapport(["serve", "--lan", "--host", "0.0.0.0", "--data", join(folder, "c")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "rapport: --lan already serves your network to paired devices only; leave out --host to use it.\n",
    );
  });
});
