import { readFile, stat } from "node:fs/promises";

/**
 * Files the commands read (the contacts to import, a backup to restore, a draft to coach):
 * a missing, unreadable or folder path is said in one plain sentence naming the path and
 * what to give instead, never as Node's raw `ENOENT: no such file or directory, stat …`.
 *
 * These exit 1, like any failure of the work, not 2 (a usage error): the command line was
 * well formed and a script could not have known better from it; the file system is what
 * disagreed, as a database that is down would. Exit 2 is kept for command lines Rapport
 * cannot make sense of at all (see main.ts).
 */
export class InputFileProblem extends Error {
  override name = "InputFileProblem";
}

function errorCode(error: unknown): string {
  return error instanceof Error && "code" in error ? String(error.code) : "";
}

/** `wanted` finishes the sentence: "give the JSON file "rapport backup" wrote". */
function problem(file: string, error: unknown, wanted: string): InputFileProblem {
  switch (errorCode(error)) {
    case "ENOENT":
    case "ENOTDIR":
      return new InputFileProblem(
        `There is no file ${file}: check its name and folder, then give ${wanted}.`,
      );
    case "EISDIR":
      return new InputFileProblem(`${file} is a folder, not a file: give ${wanted}.`);
    case "EACCES":
    case "EPERM":
      return new InputFileProblem(
        `Rapport may not read ${file} (permission denied): make it readable to you, or copy it somewhere you can read, then try again.`,
      );
    default: {
      const said = error instanceof Error ? error.message : String(error);
      return new InputFileProblem(`Rapport cannot read ${file} (${said}): give ${wanted}.`);
    }
  }
}

/** The file's size, once it is known to be a readable regular file. */
export async function inputFileSize(file: string, wanted: string): Promise<number> {
  let size: number;
  try {
    const found = await stat(file);
    if (found.isDirectory()) throw Object.assign(new Error("a folder"), { code: "EISDIR" });
    size = found.size;
  } catch (error) {
    throw problem(file, error, wanted);
  }
  return size;
}

/** The whole file, its size checked first by `checkSize` (which may refuse it). */
export async function readInputFile(
  file: string,
  wanted: string,
  checkSize: (bytes: number) => void = () => {},
): Promise<Uint8Array> {
  checkSize(await inputFileSize(file, wanted));
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    throw problem(file, error, wanted);
  }
}
