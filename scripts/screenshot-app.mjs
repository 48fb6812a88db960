// What the screenshot scripts share: the built app on a throwaway data folder, and the API.
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(fileURLToPath(new URL("..", import.meta.url)));

/** Starts `rapport serve` on a free port; resolves with the child and its URL. */
export function startApp(dataDir) {
  const child = spawn(
    process.execPath,
    ["dist/cli/main.js", "serve", "--port", "0", "--data", dataDir],
    { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  return new Promise((found, fail) => {
    const timer = setTimeout(() => fail(new Error(`Server did not start:\n${output}`)), 20_000);
    child.stdout.on("data", (chunk) => {
      output += chunk;
      const match = /Rapport is running at (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        found({ child, url: match[1].replace(/\/$/, "") });
      }
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`Server exited with code ${code}:\n${output}`));
    });
  });
}

/** One JSON call to the app's API (same origin, so the CSRF guard lets it through). */
export async function post(url, path, body, method = "POST") {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { Origin: url, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}
