import { describe, expect, it } from "vitest";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import { previewImport, runImport } from "./import.service.js";
import { listOrganizations } from "./organizations.service.js";
import { createPerson, listPeople } from "./people.service.js";
import { searchEverything } from "./search.service.js";

const linkedIn = [
  "Notes:",
  '"When exporting your connection data, you may notice that some of the email addresses are missing."',
  "",
  "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
  "Ada,Lovelace,https://www.linkedin.com/in/ada,ada@example.com,Analytical Engines,Engineer,12 Mar 2024",
  "Grace,Hopper,https://www.linkedin.com/in/grace,,Navy,Rear Admiral,01 Feb 2019",
  ",,https://www.linkedin.com/in/nobody,,Nowhere,,01 Feb 2019",
  "Katherine,Johnson,https://www.linkedin.com/in/kj,,NASA,Mathematician,01 Jan 2020",
  ",,,,,,",
].join("\r\n");
const bytes = new TextEncoder().encode(`\uFEFF${linkedIn}\r\n`);

describe.each(storeTargets)("import on $name", (target) => {
  describe.skipIf(!target.available)("through the store", () => {
    const current = freshOwnerEachTest(target);

    it("previews without writing, then imports in one go, merging with people on file", async () => {
      const { context } = current.clock;
      await createPerson(context, {
        name: "Ada Lovelace",
        email: "ada@example.com",
        notes: "Met at a meetup",
      });

      const preview = await previewImport(context, { bytes, fileName: "Connections.csv" });
      expect(preview).toMatchObject({
        format: "linkedin",
        applied: false,
        counts: { add: 2, merge: 1, skip: 0, reject: 1 },
      });
      expect(preview.rows.find((row) => row.action === "reject")?.reason).toMatch(/no name/);
      expect(await listPeople(context)).toHaveLength(1);

      const progress: number[] = [];
      const done = await runImport(context, { bytes, onProgress: (count) => progress.push(count) });
      expect(done).toMatchObject({ applied: true, counts: { add: 2, merge: 1, reject: 1 } });
      expect(progress.at(-1)).toBe(3);

      const people = await listPeople(context);
      expect(people.map((person) => person.name)).toEqual([
        "Ada Lovelace",
        "Grace Hopper",
        "Katherine Johnson",
      ]);
      expect(people[0]).toMatchObject({
        title: "Engineer",
        organizationName: "Analytical Engines",
        profileUrl: "https://www.linkedin.com/in/ada",
        notes: "Met at a meetup\nConnected on LinkedIn on 2024-03-12",
      });
      expect(people[1]).toMatchObject({ source: "networking_site", organizationName: "Navy" });
      expect((await listOrganizations(context)).map((organization) => organization.name)).toEqual([
        "Analytical Engines",
        "NASA",
        "Navy",
      ]);
      // Imported people are searchable straight away.
      expect(
        (await searchEverything(context, "mathematician")).map((result) => result.title),
      ).toEqual(["Katherine Johnson"]);
    });

    it("changes nothing when the same file is imported again", async () => {
      const { context } = current.clock;
      await runImport(context, { bytes });
      const before = await listPeople(context);
      const again = await runImport(context, { bytes });
      expect(again.counts).toEqual({ add: 0, merge: 0, skip: 3, reject: 1 });
      expect(await listPeople(context)).toEqual(before);
    });

    it("refuses a file that is no supported format and writes nothing", async () => {
      const { context } = current.clock;
      const attempt = runImport(context, { bytes: new TextEncoder().encode("a,b,c\n1,2,3\n") });
      await expect(attempt).rejects.toMatchObject({
        code: "validation_failed",
        fields: { file: expect.stringContaining("a,b,c") },
      });
      expect(await listPeople(context)).toEqual([]);
    });
  });
});
