// Runs before `npm start`: builds the server and the web UI when the build is missing or
// older than the sources, so a fresh clone works after `npm ci` and a warm start stays fast.
// `--stamp` (run after every `npm run build`) only records that the build is current.
import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const stamp = join(root, "dist", ".build-stamp");
const inputs = [
  "src",
  "package-lock.json",
  "tsconfig.json",
  "tsconfig.build.json",
  "vite.config.ts",
];

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

if (process.argv.includes("--stamp")) {
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
  process.exit(0);
}

const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
const sourcesAt = Math.max(...inputs.map((input) => newestChange(join(root, input))));
const complete =
  existsSync(join(root, "dist/cli/main.js")) && existsSync(join(root, "dist/web/index.html"));

if (!complete || sourcesAt > builtAt) {
  // A production-only install (`npm ci --omit=dev`) has no compiler: say what to do rather
  // than let the build fail with "tsc: not found".
  if (!existsSync(join(root, "node_modules", ".bin", "tsc"))) {
    console.error(
      "Rapport is not built yet, and building it needs the development tools: run `npm ci` " +
        "(without --omit=dev), then `npm start`.",
    );
    process.exit(1);
  }
  console.log("Building Rapport (first start or changed sources)…");
  // The build's postbuild step writes the stamp.
  execSync("npm run --silent build", { cwd: root, stdio: "inherit" });
}
