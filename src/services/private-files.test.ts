import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import type { ServiceContext } from "./context.js";
import {
  ownerFolderName,
  privateFolder,
  readPrivateJson,
  writePrivateFile,
} from "./private-files.js";

describe("ownerFolderName", () => {
  it("keeps simple ids and hashes anything that could leave the folder", () => {
    expect(ownerFolderName("local")).toBe("local");
    expect(ownerFolderName("owner-7_b")).toBe("owner-7_b");
    const escaping = ownerFolderName("../../etc");
    expect(escaping).toMatch(/^owner-[0-9a-f]{32}$/);
    expect(ownerFolderName("a/b")).not.toBe(ownerFolderName("a\\b"));
    expect(ownerFolderName("")).toMatch(/^owner-/);
  });
});

describe("private JSON files", () => {
  let dataFolder: string;
  let context: ServiceContext;
  beforeEach(async () => {
    dataFolder = await mkdtemp(join(tmpdir(), "rapport-private-"));
    // Only the folder and owner matter to these functions.
    context = { dataFolder, ownerId: "local" } as ServiceContext;
  });
  afterEach(() => rm(dataFolder, { recursive: true, force: true }));

  it("reads back what was written, and leaves no temporary file", async () => {
    await writePrivateFile(context, "smtp.json", JSON.stringify({ host: "a" }));
    const schema = z.object({ host: z.string() });
    expect(await readPrivateJson(context, "smtp.json", schema)).toEqual({ host: "a" });
    expect(await readdir(privateFolder(context))).toEqual(["smtp.json"]);
  });

  it("treats a damaged or foreign file as missing instead of quoting it in an error", async () => {
    await writePrivateFile(context, "smtp.json", "{ host: secret");
    expect(await readPrivateJson(context, "smtp.json", z.object({}))).toBeNull();
    await writeFile(join(privateFolder(context), "resume.json"), JSON.stringify({ size: "big" }));
    expect(
      await readPrivateJson(context, "resume.json", z.object({ size: z.number() })),
    ).toBeNull();
    expect(await readPrivateJson(context, "resume.file", z.unknown())).toBeNull();
  });
});
