// Storage faults that only root can stage, checked against the built CLI and server
// (`npm run build` first): a really full disk (a 2 MB tmpfs), a read-only data folder and
// one the user may not write (the process runs as `nobody`, since root bypasses modes).
// `npm test` covers the same messages for anyone with SQLite's max_page_count and a file
// given as --data; this is the CI step that proves them on a real file system.
// Usage: sudo node test/heavy/storage-faults.mjs   (exit 1 if any case fails)
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = new URL("../..", import.meta.url).pathname;
const cli = join(root, "dist/cli/main.js");

if (process.getuid?.() !== 0) {
  console.error("storage-faults: run as root (it mounts a tmpfs and runs as nobody)");
  process.exit(1);
}

const scratch = mkdtempSync("/tmp/rapport-faults-");
chmodSync(scratch, 0o755);
let failures = 0;
let passes = 0;

function rapport(args, { asNobody = false } = {}) {
  const command = asNobody
    ? ["setpriv", "--reuid", "nobody", "--regid", "nogroup", "--clear-groups", process.execPath]
    : [process.execPath];
  const run = spawnSync(command[0], [...command.slice(1), cli, ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: "", RAPPORT_DATA: "", HOME: scratch },
    encoding: "utf8",
  });
  return { code: run.status, stderr: run.stderr };
}

function expectRun(label, run, code, firstLine, details) {
  const lines = run.stderr.trimEnd().split("\n");
  const ok =
    run.code === code && lines[0] === firstLine && (lines.at(-1) ?? "").startsWith(details);
  console.log(`${ok ? "ok  " : "FAIL"} ${label}`);
  if (ok) passes += 1;
  if (!ok) {
    failures += 1;
    console.log(`     exit ${run.code}, stderr:\n${run.stderr}`);
  }
}

const fullMessage = (folder) =>
  `rapport: The disk that holds Rapport's data (${folder}) is full. Nothing was changed; free some space on it, then try again.`;
const readOnlyMessage = (folder) =>
  `rapport: Rapport cannot write to its data folder ${folder}: it is read-only, or you are not allowed to change it. Make it writable for you, then try again.`;

// 1. A read-only data folder that holds a database (the user's own, mode 0500).
const readOnly = join(scratch, "read-only");
rapport(["today", "--data", readOnly]);
execFileSync("chown", ["-R", "nobody", readOnly]);
chmodSync(readOnly, 0o500);
expectRun(
  "read-only data folder",
  rapport(["today", "--data", readOnly], { asNobody: true }),
  1,
  readOnlyMessage(readOnly),
  "Details: SQLITE_READONLY",
);

// 2. A folder that belongs to another user, and one inside it that cannot be created.
const foreign = join(scratch, "foreign");
mkdirSync(foreign, { mode: 0o755 });
expectRun(
  "a folder of another user",
  rapport(["today", "--data", foreign], { asNobody: true }),
  1,
  readOnlyMessage(foreign),
  "Details: SQLITE_CANTOPEN",
);
expectRun(
  "a folder that cannot be created",
  rapport(["today", "--data", join(foreign, "data")], { asNobody: true }),
  1,
  `rapport: Rapport cannot create its data folder ${join(foreign, "data")}: you are not allowed to write in ${foreign}. Create the folder yourself, or choose one you can write to.`,
  "Details: EACCES",
);

// 3. A really full disk: at start-up (SQLite cannot size its -shm file) and on a write,
// through the running server, whose log must show SQLite's error, not "cannot rollback".
const disk = join(scratch, "disk");
mkdirSync(disk);
execFileSync("mount", ["-t", "tmpfs", "-o", "size=2m", "tmpfs", disk]);
try {
  const data = join(disk, "data");
  const server = spawn(process.execPath, [cli, "serve", "--port", "0", "--data", data], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: "", RAPPORT_DATA: "" },
  });
  let log = "";
  server.stderr.on("data", (chunk) => {
    log += chunk;
  });
  const url = await new Promise((found, fail) => {
    server.stdout.on("data", (chunk) => {
      const match = /running at (http:\/\/\S+)/.exec(String(chunk));
      if (match) found(match[1]);
    });
    server.once("exit", () => fail(new Error(`server exited: ${log}`)));
  });
  let answer = { status: 0, body: null };
  for (let index = 0; index < 400 && answer.status !== 503; index += 1) {
    const response = await fetch(`${url}/api/people`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: `Person ${index}`, notes: "n".repeat(19_000) }),
    });
    answer = { status: response.status, body: await response.json() };
  }
  server.kill("SIGTERM");
  await new Promise((done) => server.once("exit", done));
  const wanted = fullMessage(data).replace("rapport: ", "");
  const ok =
    answer.status === 503 &&
    answer.body?.error?.code === "storage_unavailable" &&
    answer.body?.error?.message === wanted &&
    /SQLITE_FULL|SQLITE_IOERR/.test(log) &&
    !log.includes("cannot rollback");
  console.log(`${ok ? "ok  " : "FAIL"} a write on a full disk answers 503 and logs SQLite's error`);
  if (ok) passes += 1;
  if (!ok) {
    failures += 1;
    console.log(`     answer ${JSON.stringify(answer)}\n     log:\n${log}`);
  }

  // Whatever room is left, a filler takes (cat stops at "No space left on device").
  spawnSync("sh", ["-c", `cat /dev/zero > ${join(disk, "filler")}`]);
  expectRun(
    "start-up on a full disk",
    rapport(["today", "--data", join(disk, "fresh")]),
    1,
    fullMessage(join(disk, "fresh")),
    "Details: SQLITE_",
  );
} finally {
  execFileSync("umount", [disk]);
  rmSync(scratch, { recursive: true, force: true });
}

console.log(`storage faults: ${passes} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
