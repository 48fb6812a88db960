import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createServiceContext } from "../services/context.js";
import { createPerson } from "../services/people.service.js";
import { openStore } from "../store/store.js";
import { backupCommand } from "./backup.command.js";
import { exportCommand } from "./export.command.js";
import { resolveStoreUrl } from "./settings.js";

const modeOf = async (file: string) => (await stat(file)).mode & 0o777;

describe("files that hold contacts are the owner's alone", () => {
  let folder = "";
  afterEach(async () => {
    vi.restoreAllMocks();
    await rm(folder, { recursive: true, force: true });
  });

  it("writes a backup and every export 0600, even over a 0644 file or leftover", async () => {
    folder = await mkdtemp(join(tmpdir(), "rapport-private-output-"));
    const store = await openStore(resolveStoreUrl(folder, {}));
    await createPerson(createServiceContext(store, { dataFolder: folder }), { name: "Maya Chen" });
    await store.close();
    vi.spyOn(console, "log").mockImplementation(() => {});
    vi.spyOn(console, "error").mockImplementation(() => {});

    const backup = join(folder, "backup.json");
    await writeFile(backup, "old", { mode: 0o644 });
    await writeFile(`${backup}.partial`, "left over", { mode: 0o644 });
    await backupCommand(backup, { data: folder });
    expect(await modeOf(backup)).toBe(0o600);

    for (const format of ["csv", "vcard", "json"] as const) {
      const file = join(folder, `people.${format}`);
      await exportCommand(file, { format, data: folder });
      expect(await modeOf(file)).toBe(0o600);
    }
  });
});
