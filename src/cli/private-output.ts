import { chmod, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * A file a command could not write (a backup, an export), in one sentence naming the path
 * and what to do; exit 1, like a file it cannot read (see input-file.ts).
 */
export class OutputFileProblem extends Error {
  override name = "OutputFileProblem";
}

function writeProblem(file: string, error: unknown): OutputFileProblem {
  const code = error instanceof Error && "code" in error ? String(error.code) : "";
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return new OutputFileProblem(
        `There is no folder ${dirname(file)} to write ${file} in: create it first, or give a path in a folder that exists.`,
      );
    case "EISDIR":
      return new OutputFileProblem(
        `${file} is a folder, not a file: give the path of the file to write (it may be inside that folder).`,
      );
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return new OutputFileProblem(
        `Rapport may not write ${file} (${code === "EROFS" ? "read-only file system" : "permission denied"}): give a path in a folder of yours.`,
      );
    default: {
      const said = error instanceof Error ? error.message : String(error);
      return new OutputFileProblem(
        `Rapport could not write ${file} (${said}); nothing was written.`,
      );
    }
  }
}

/**
 * Writes a file that holds contacts (a backup, an export) readable by its owner alone
 * (0600), and whole: beside the target first, then renamed, so an interrupted write never
 * leaves half a file. The mode is set again after writing, since a leftover temporary file
 * would keep its old mode. A failure removes the temporary file and says what to do.
 */
export async function writePrivateOutput(file: string, text: string): Promise<void> {
  const temporary = `${file}.partial`;
  try {
    await writeFile(temporary, text, { mode: 0o600 });
    await chmod(temporary, 0o600);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => {});
    throw writeProblem(file, error);
  }
}
