#!/usr/bin/env node
// The heavy hostile imports, against the built code (`npm run test:heavy` builds first):
// zip bombs, a million-line vCard, 100,000 EMAIL lines, 200,000 quoted-printable soft
// breaks, through the parser, the CLI and the server. Each case has a time bound and
// prints one line; the last line is "hostile imports: N passed, M failed".
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import zlib from "node:zlib";

const root = new URL("../..", import.meta.url).pathname;
const dist = (path) => join(root, "dist", path);
const folder = mkdtempSync(join(tmpdir(), "rapport-hostile-"));
const unpackedRefusal =
  "Connections.csv in this zip is larger than 50 MB once unpacked, the most Rapport reads from one file";

/** Raw deflate of `block` repeated `times`, with the CRC-32 of what it unpacks to. */
function deflateRepeated(prefix, block, times, options) {
  const deflate = zlib.createDeflateRaw(options);
  const out = [];
  let crc = zlib.crc32(prefix);
  return new Promise((resolve, reject) => {
    deflate.on("data", (chunk) => out.push(chunk));
    deflate.on("error", reject);
    deflate.on("end", () => resolve({ data: Buffer.concat(out), crc }));
    deflate.write(prefix);
    let written = 0;
    const write = () => {
      while (written < times) {
        written += 1;
        crc = zlib.crc32(block, crc);
        if (!deflate.write(block)) return void deflate.once("drain", write);
      }
      deflate.end();
    };
    write();
  });
}

/**
 * A one-entry zip, written by hand so it can declare any unpacked size: each bomb comes
 * declaring its true size (how the crash was found) and declaring a small one, as a
 * hostile zip would, so that only counting the inflated bytes can stop it.
 */
function zipOf(name, { data, crc }, unpackedSize) {
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc >>> 0, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(unpackedSize, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc >>> 0, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(unpackedSize, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(local.length + nameBytes.length + data.length, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

const header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n";
const row = "Ada,Lovelace,,,Analytical Engines,Engineer,12 Mar 2024\r\n";
const megabyte = 1024 * 1024;

async function writeFiles() {
  const files = {};
  // 1 GiB of blank rows below a header: about 1 MB once deflated.
  const gibibyte = await deflateRepeated(Buffer.from(header), Buffer.alloc(megabyte, 0x0a), 1024, {
    level: 9,
    strategy: zlib.constants.Z_RLE,
  });
  files.gibibyteZip = join(folder, "LinkedIn-1GiB.zip");
  writeFileSync(
    files.gibibyteZip,
    zipOf("Connections.csv", gibibyte, header.length + 1024 * megabyte),
  );
  files.gibibyteZipLying = join(folder, "LinkedIn-1GiB-lying.zip");
  writeFileSync(files.gibibyteZipLying, zipOf("Connections.csv", gibibyte, header.length));
  // 200 MB of real rows: about 600 KB once deflated.
  const rowBlock = Buffer.from(row.repeat(Math.floor(megabyte / row.length)));
  const rows = await deflateRepeated(Buffer.from(header), rowBlock, 200, { level: 9 });
  files.rowsZip = join(folder, "LinkedIn-200MB.zip");
  writeFileSync(
    files.rowsZip,
    zipOf("Connections.csv", rows, header.length + 200 * rowBlock.length),
  );
  files.rowsZipLying = join(folder, "LinkedIn-200MB-lying.zip");
  writeFileSync(files.rowsZipLying, zipOf("Connections.csv", rows, header.length));
  const card = (lines) => `${["BEGIN:VCARD", ...lines, "END:VCARD"].join("\r\n")}\r\n`;
  const repeat = (count, make) => Array.from({ length: count }, (_, index) => make(index));
  files.foldedVcard = join(folder, "folded.vcf");
  writeFileSync(
    files.foldedVcard,
    card(["VERSION:3.0", "FN:Ada Lovelace", "NOTE:start", ...repeat(1_000_000, () => " ab")]),
  );
  files.emailVcard = join(folder, "emails.vcf");
  writeFileSync(
    files.emailVcard,
    card([
      "VERSION:3.0",
      "FN:Ada Lovelace",
      ...repeat(100_000, (index) => `EMAIL:a${index}@example.com`),
    ]),
  );
  files.softBreakVcard = join(folder, "soft-breaks.vcf");
  writeFileSync(
    files.softBreakVcard,
    card([
      "VERSION:2.1",
      "N:Lovelace;Ada",
      "NOTE;ENCODING=QUOTED-PRINTABLE:start=",
      ...repeat(200_000, () => "ab="),
      "end",
    ]),
  );
  return files;
}

/** Runs node with `args`, killing it at the bound; resolves with what it printed and how it ended. */
function run(args, seconds) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, DATABASE_URL: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), seconds * 1000);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

// Reads one file through the built parser in its own process and prints what came of it.
const parseScript = `
  import { readFileSync } from "node:fs";
  const { parseImport } = await import(${JSON.stringify(dist("formats/import-contacts.js"))});
  const bytes = readFileSync(process.argv[1]);
  const started = performance.now();
  let outcome;
  try {
    const { rows } = parseImport(bytes);
    const first = rows[0];
    outcome = { rows: rows.length, emails: first?.contact?.emails.length, notes: first?.contact?.notes?.length, error: first?.error };
  } catch (error) {
    outcome = { refused: error.message };
  }
  const seconds = (performance.now() - started) / 1000;
  const memoryMegabytes = Math.round(process.memoryUsage().rss / 1024 / 1024);
  console.log(JSON.stringify({ ...outcome, seconds, memoryMegabytes }));
`;

async function parse(file, seconds) {
  const result = await run(["--input-type=module", "-e", parseScript, file], seconds);
  if (result.signal) throw new Error(`still parsing after ${seconds} s (killed)`);
  if (result.code !== 0)
    throw new Error(`exit ${result.code}: ${result.stderr.trim().slice(0, 300)}`);
  return JSON.parse(result.stdout);
}

function expectThat(condition, message) {
  if (!condition) throw new Error(message);
}

const parsed = (outcome) =>
  `${outcome.seconds.toFixed(2)} s, ${outcome.memoryMegabytes} MB resident`;

const zipBombs = [
  { key: "gibibyteZip", name: "1 MB zip whose Connections.csv unpacks to 1 GiB" },
  { key: "gibibyteZipLying", name: "the same, declaring 70 bytes unpacked" },
  { key: "rowsZip", name: "600 KB zip of 200 MB of rows" },
  { key: "rowsZipLying", name: "the same, declaring 70 bytes unpacked" },
];

function cases(files) {
  return [
    ...zipBombs.map(({ key, name }) => ({
      name: `parser: ${name}`,
      seconds: 30,
      async check() {
        const outcome = await parse(files[key], this.seconds);
        expectThat(outcome.refused?.startsWith(unpackedRefusal), `got ${JSON.stringify(outcome)}`);
        return `refused in ${parsed(outcome)}`;
      },
    })),
    {
      name: "parser: vCard of 1,000,000 folded lines (5 MB)",
      seconds: 10,
      async check() {
        const outcome = await parse(files.foldedVcard, this.seconds);
        expectThat(
          outcome.rows === 1 && outcome.notes === 2_000_005,
          `got ${JSON.stringify(outcome)}`,
        );
        return `1 card read in ${parsed(outcome)}`;
      },
    },
    {
      name: "parser: vCard with 100,000 EMAIL lines",
      seconds: 10,
      async check() {
        const outcome = await parse(files.emailVcard, this.seconds);
        expectThat(
          outcome.rows === 1 && outcome.emails === 100_000,
          `got ${JSON.stringify(outcome)}`,
        );
        return `100,000 emails read in ${parsed(outcome)}`;
      },
    },
    {
      name: "parser: vCard with 200,000 quoted-printable soft breaks",
      seconds: 10,
      async check() {
        const outcome = await parse(files.softBreakVcard, this.seconds);
        expectThat(
          outcome.rows === 1 && outcome.notes === 400_008,
          `got ${JSON.stringify(outcome)}`,
        );
        return `1 card read in ${parsed(outcome)}`;
      },
    },
    ...zipBombs.map(({ key, name }) => ({
      name: `rapport import: ${name}`,
      seconds: 60,
      async check() {
        const started = performance.now();
        const data = join(folder, `cli-${key}`);
        const result = await run(
          ["dist/cli/main.js", "import", files[key], "--data", data],
          this.seconds,
        );
        expectThat(!result.signal, `still running after ${this.seconds} s (killed)`);
        expectThat(
          result.code === 1 && result.stderr.startsWith(`rapport: ${unpackedRefusal}`),
          `exit ${result.code}: ${result.stderr.trim().slice(0, 300)}`,
        );
        return `refused in ${((performance.now() - started) / 1000).toFixed(2)} s, exit 1`;
      },
    })),
    {
      name: "rapport serve: the bombs and big vCards, answering other requests throughout",
      seconds: 60,
      check: () => checkServer(files),
    },
  ];
}

function startServer(seconds) {
  const child = spawn(
    process.execPath,
    ["dist/cli/main.js", "serve", "--port", "0", "--data", join(folder, "server")],
    { cwd: root, env: { ...process.env, DATABASE_URL: "" }, stdio: ["ignore", "pipe", "pipe"] },
  );
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () => reject(new Error(`no server after ${seconds} s: ${output}`)),
      seconds * 1000,
    );
    child.stdout.on("data", (chunk) => {
      output += chunk;
      const match = /Rapport is running at (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1].replace(/\/$/, "") });
      }
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.once("exit", (code) => reject(new Error(`server exited (${code}): ${output}`)));
  });
}

async function checkServer(files) {
  const started = performance.now();
  const { child, url } = await startServer(20);
  try {
    const { readFileSync } = await import("node:fs");
    const preview = (file) =>
      fetch(`${url}/api/import/preview`, {
        method: "POST",
        headers: { Origin: url },
        body: readFileSync(file),
      }).then(async (response) => ({ status: response.status, body: await response.json() }));
    for (const { key } of zipBombs) {
      const answer = await preview(files[key]);
      expectThat(
        answer.status === 400 && answer.body.error?.message.startsWith(unpackedRefusal),
        `${key}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`,
      );
    }
    let healthChecks = 0;
    for (const key of ["foldedVcard", "emailVcard", "softBreakVcard"]) {
      let parsing = true;
      const answer = preview(files[key]).finally(() => {
        parsing = false;
      });
      // The server keeps answering while the file is read in its worker thread.
      while (parsing) {
        const health = await fetch(`${url}/api/health`);
        expectThat(health.status === 200, `health answered ${health.status}`);
        healthChecks += 1;
      }
      const { status, body } = await answer;
      expectThat(status === 200, `${key}: ${status} ${JSON.stringify(body).slice(0, 300)}`);
    }
    const health = await fetch(`${url}/api/health`);
    expectThat(health.status === 200, `health after the imports: ${health.status}`);
    return `${zipBombs.length} bombs refused, 3 vCards read, ${healthChecks} other requests answered meanwhile, ${((performance.now() - started) / 1000).toFixed(1)} s`;
  } finally {
    child.kill("SIGTERM");
  }
}

async function main() {
  const started = performance.now();
  if (!existsSync(dist("cli/main.js"))) {
    console.log("dist/ is missing: run `npm run build:server` first (npm run test:heavy does)");
    console.log("hostile imports: 0 passed, 1 failed");
    process.exitCode = 1;
    return;
  }
  const files = await writeFiles();
  console.log(`(files written in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  let passed = 0;
  let failed = 0;
  for (const testCase of cases(files)) {
    let timer;
    const bound = new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`over its ${testCase.seconds} s bound`)),
        testCase.seconds * 1000,
      );
    });
    try {
      const detail = await Promise.race([testCase.check(), bound]);
      passed += 1;
      console.log(`ok    ${testCase.name}: ${detail} (bound ${testCase.seconds} s)`);
    } catch (error) {
      failed += 1;
      const cause = error instanceof Error && error.cause ? ` (${error.cause})` : "";
      console.log(
        `FAIL  ${testCase.name}: ${error instanceof Error ? error.message : error}${cause}`,
      );
    } finally {
      clearTimeout(timer);
    }
  }
  rmSync(folder, { recursive: true, force: true });
  console.log(`hostile imports: ${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

await main();
