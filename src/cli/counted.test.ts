import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { backupTableNames } from "../domain/backup-rows.js";
import { createServiceContext } from "../services/context.js";
import { recordNetworkAsk } from "../services/network-asks.service.js";
import { createPerson } from "../services/people.service.js";
import { saveProfile } from "../services/profile.service.js";
import { openStore } from "../store/store.js";
import { backupCommand } from "./backup.command.js";
import { counted, people, tableCounts } from "./counted.js";
import { resolveStoreUrl } from "./settings.js";

describe("counts in CLI output", () => {
  it("says one thing in the singular and any other count in the plural", () => {
    expect([0, 1, 2].map((count) => counted(count, { one: "day", other: "days" }))).toEqual([
      "0 days",
      "1 day",
      "2 days",
    ]);
    expect([1, 2].map((count) => counted(count, people))).toEqual(["1 person", "2 people"]);
    expect(counted(1, { one: "touch", other: "touches" })).toBe("1 touch");
  });

  it("names every backup table in words, singular for one row", () => {
    const one = Object.fromEntries(backupTableNames.map((table) => [table, 1]));
    expect(tableCounts(one)).toBe(
      "1 organization, 1 person, 1 interest, 1 person interest, 1 organization interest, " +
        "1 log entry, 1 network ask, 1 profile, 1 snoozed or dismissed reminder, " +
        "1 settings record, 1 trip, 1 template, 1 own question, 1 story, 1 preparation, " +
        "1 planned question, 1 research note, 1 pitch, 1 prepared answer, 1 story picked, " +
        "1 conversation session, 1 conversation note, 1 takeaway, 1 reflection, 1 check-in rating",
    );
    expect(tableCounts({ people: 2, activities: 3, network_asks: 0 })).toBe(
      "2 people, 3 log entries, 0 network asks",
    );
  });

  describe("rapport backup", () => {
    let folder = "";
    afterEach(async () => {
      vi.restoreAllMocks();
      await rm(folder, { recursive: true, force: true });
    });

    it("reports one network ask and one profile in the singular", async () => {
      folder = await mkdtemp(join(tmpdir(), "rapport-cli-counts-"));
      const store = await openStore(resolveStoreUrl(folder, {}));
      const context = createServiceContext(store, { dataFolder: folder });
      const maya = await createPerson(context, { name: "Maya Chen" });
      await recordNetworkAsk(context, maya.id, {
        askedAt: "2026-11-20T10:00:00Z",
        question: "Do you know a UX researcher in health tech?",
      });
      await saveProfile(context, { name: "Alex Rivera" });
      await store.close();

      const printed: string[] = [];
      vi.spyOn(console, "log").mockImplementation((line: string) => printed.push(line));
      const file = join(folder, "backup.json");
      await backupCommand(file, { data: folder });
      expect(JSON.parse(await readFile(file, "utf8")).tables.network_asks).toHaveLength(1);
      expect(printed).toEqual([
        `Backed up to ${file}: 0 organizations, 1 person, 0 interests, 0 person interests, ` +
          "0 organization interests, 0 log entries, 1 network ask, 1 profile, " +
          "0 snoozed or dismissed reminders, 0 settings records, 0 trips, 0 templates, " +
          "0 own questions, 0 stories, 0 preparations, 0 planned questions, 0 research notes, " +
          "0 pitches, 0 prepared answers, 0 stories picked, 0 conversation sessions, " +
          "0 conversation notes, 0 takeaways, 0 reflections, 0 check-in ratings.",
      ]);
    });
  });
});
