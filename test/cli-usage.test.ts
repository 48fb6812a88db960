import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { rapport } from "./run-cli.js";

// The built CLI, as a user runs it (`npm test` builds first): how it says a command line it
// cannot use (exit 2) and a file it cannot read (exit 1), and its version.
const root = new URL("..", import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), "rapport-cli-usage-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const data = join(folder, "data");

/** Starts the built `rapport ARGS` and resolves with its first lines once it serves. */
function startsServing(args: string[]): Promise<string> {
  const child = spawn(process.execPath, ["dist/cli/main.js", ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: "", RAPPORT_DATA: data },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGTERM");
      reject(new Error(`not serving within 20 s:\n${output}`));
    }, 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Press Ctrl\+C to stop\./.test(output)) {
        clearTimeout(timer);
        child.once("exit", () => resolve(output));
        child.kill("SIGTERM");
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.once("exit", (code) => {
      clearTimeout(timer);
      if (!/Press Ctrl\+C/.test(output)) reject(new Error(`exited with ${code}:\n${output}`));
    });
  });
}

// Real child processes beside the other test files on 2 cores: this bounds a hang.
const realProcessTimeout = 60_000;

describe("rapport --version", () => {
  it(
    "prints package.json's version and exits 0",
    async () => {
      const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
      expect(version).toMatch(/^\d+\.\d+\.\d+/);
      expect(await rapport(["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
      expect(await rapport(["-V"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
    },
    realProcessTimeout,
  );
});

describe("rapport --help", () => {
  it(
    "ends with the exit statuses and exits 0",
    async () => {
      const run = await rapport(["--help"]);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe("");
      expect(run.stdout.split("\n").slice(-5)).toEqual([
        "Exit status:",
        "  0  done",
        "  1  the work failed: bad data, or a database or file Rapport cannot use",
        "  2  a usage error: unknown command or option, missing argument, value not allowed",
        "",
      ]);
    },
    realProcessTimeout,
  );
});

describe("rapport refuses a command line it cannot use, with exit 2", () => {
  it(
    "names an unknown command as such, not as an argument for serve",
    async () => {
      expect(await rapport(["frobnicate"])).toEqual({
        code: 2,
        stdout: "",
        stderr: "rapport: Unknown command 'frobnicate'.\nRun 'rapport --help' for the commands.\n",
      });
    },
    realProcessTimeout,
  );

  it(
    "says a known command typed after the options must come first",
    async () => {
      expect(await rapport(["--data", data, "today"])).toEqual({
        code: 2,
        stdout: "",
        stderr:
          "rapport: The command comes first: 'rapport today [options]', not after the options.\nRun 'rapport --help' for the commands.\n",
      });
    },
    realProcessTimeout,
  );

  it(
    "says serve takes no arguments when it is named",
    async () => {
      expect(await rapport(["serve", "extra"])).toEqual({
        code: 2,
        stdout: "",
        stderr:
          "rapport: 'serve' takes no arguments; it was given 'extra'.\nRun 'rapport serve --help' for its options.\n",
      });
    },
    realProcessTimeout,
  );

  it(
    "names an unknown option and the command's help",
    async () => {
      expect(await rapport(["today", "--frobnicate", "--data", data])).toEqual({
        code: 2,
        stdout: "",
        stderr:
          "rapport: Unknown option '--frobnicate'\nRun 'rapport today --help' for its options.\n",
      });
    },
    realProcessTimeout,
  );

  it(
    "names a missing argument",
    async () => {
      expect(await rapport(["import", "--data", data])).toEqual({
        code: 2,
        stdout: "",
        stderr:
          "rapport: Missing required argument 'file'\nRun 'rapport import --help' for its options.\n",
      });
    },
    realProcessTimeout,
  );

  it(
    "names an option value that is not allowed",
    async () => {
      expect(await rapport(["import", "people.csv", "--format", "excel", "--data", data])).toEqual({
        code: 2,
        stdout: "",
        stderr:
          "rapport: Option '--format <format>' argument 'excel' is invalid. Allowed choices are linkedin, google, vcard.\nRun 'rapport import --help' for its options.\n",
      });
      expect(await rapport(["serve", "--port", "eighty"])).toEqual({
        code: 2,
        stdout: "",
        stderr:
          "rapport: Option '-p, --port <port>' argument 'eighty' is invalid. \"eighty\" is not a port number (0–65535).\nRun 'rapport serve --help' for its options.\n",
      });
    },
    realProcessTimeout,
  );

  it(
    "refuses an option that only goes with another",
    async () => {
      const draft = join(folder, "draft.txt");
      writeFileSync(draft, "Hello Maya,\n\nBest,\nAlex");
      expect(await rapport(["coach", draft, "--permission", "yes", "--data", data])).toEqual({
        code: 2,
        stdout: "",
        stderr:
          "rapport: --permission goes with --introducer NAME (whose permission it is).\nRun 'rapport coach --help' for its options.\n",
      });
    },
    realProcessTimeout,
  );

  it(
    // On a free port: the default one (4477) may be taken by a Rapport the developer runs.
    "still starts the server when no command is given, only its options",
    async () => {
      for (const args of [
        ["--port", "0"],
        ["--data", data, "--port", "0"],
      ]) {
        const output = await startsServing(args);
        expect(output.split("\n")[0]).toMatch(/^Rapport is running at http:\/\/127\.0\.0\.1:\d+/);
      }
    },
    realProcessTimeout,
  );
});

describe("rapport says a file it cannot read in one sentence, with exit 1", () => {
  const missing = join(folder, "missing.csv");
  const directory = join(folder, "a-folder");
  mkdirSync(directory, { recursive: true });
  const contacts =
    "the contacts file to import (Connections.csv, LinkedIn's zip, a Google Contacts CSV or a .vcf file)";
  const backup = 'the JSON file "rapport backup" wrote';
  const draft = "the draft as a text file (or - to read standard input)";

  it.each([
    ["import", contacts],
    ["restore", backup],
    ["coach", draft],
  ])(
    "%s: a missing file",
    async (command, wanted) => {
      expect(await rapport([command, missing, "--data", data])).toEqual({
        code: 1,
        stdout: "",
        stderr: `rapport: There is no file ${missing}: check its name and folder, then give ${wanted}.\n`,
      });
    },
    realProcessTimeout,
  );

  it.each([
    ["import", contacts],
    ["restore", backup],
    ["coach", draft],
  ])(
    "%s: a folder given as the file",
    async (command, wanted) => {
      expect(await rapport([command, directory, "--data", data])).toEqual({
        code: 1,
        stdout: "",
        stderr: `rapport: ${directory} is a folder, not a file: give ${wanted}.\n`,
      });
    },
    realProcessTimeout,
  );
});

describe("rapport says a file it cannot write in one sentence, with exit 1", () => {
  const nowhere = join(folder, "no-such-folder", "backup.json");
  const directory = join(folder, "write-into");
  mkdirSync(directory, { recursive: true });

  it.each([["backup"], ["export"]])(
    "%s: a folder that does not exist",
    async (command) => {
      expect(await rapport([command, nowhere, "--data", data])).toEqual({
        code: 1,
        stdout: "",
        stderr: `rapport: There is no folder ${join(folder, "no-such-folder")} to write ${nowhere} in: create it first, or give a path in a folder that exists.\n`,
      });
    },
    realProcessTimeout,
  );

  it.each([["backup"], ["export"]])(
    "%s: a folder given as the file, leaving nothing beside it",
    async (command) => {
      expect(await rapport([command, directory, "--data", data])).toEqual({
        code: 1,
        stdout: "",
        stderr: `rapport: ${directory} is a folder, not a file: give the path of the file to write (it may be inside that folder).\n`,
      });
      expect(existsSync(`${directory}.partial`)).toBe(false);
    },
    realProcessTimeout,
  );
});
