import { describe, expect, it } from "vitest";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import { runImport } from "./import.service.js";
import { listPeople } from "./people.service.js";
import { addTrip, suggestPeopleForTrip } from "./trips.service.js";

const googleHeader =
  "First Name,Last Name,Organization Name,E-mail 1 - Label,E-mail 1 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - Region,Address 1 - Postal Code";

function googleFile(...rows: string[]): Uint8Array {
  return new TextEncoder().encode(`${[googleHeader, ...rows].join("\r\n")}\r\n`);
}

describe.each(storeTargets)("imported rows on $name", (target) => {
  describe.skipIf(!target.available)("through the store", () => {
    const current = freshOwnerEachTest(target);

    it("keeps a person whose only fault is a malformed email, the value in the notes and a warning", async () => {
      const { context } = current.clock;
      const report = await runImport(context, {
        bytes: googleFile("Dev,Patel,Acme,* Work,dev@patel,,,,,,"),
      });
      expect(report.counts).toEqual({ add: 1, merge: 0, skip: 0, reject: 0 });
      expect(report.rows).toEqual([
        {
          row: 2,
          action: "add",
          name: "Dev Patel",
          reason: null,
          warnings: [
            "“dev@patel” is not a valid email address, so it is kept in the notes: correct it on Dev Patel's page",
          ],
          matchedPersonId: null,
        },
      ]);
      const [person] = await listPeople(context);
      expect(person).toMatchObject({
        name: "Dev Patel",
        organizationName: "Acme",
        email: null,
        notes: "Email in Google Contacts that is not a valid address: dev@patel",
      });
    });

    it("takes a Google address written on one line as the location, so a trip finds the person", async () => {
      const { context } = current.clock;
      await runImport(context, {
        bytes: googleFile('Ruth,Adler,Hopkins,,,Work,"100 Light St\nBaltimore, MD 21202",,,,'),
      });
      const [person] = await listPeople(context);
      expect(person).toMatchObject({
        location: "Baltimore, MD",
        workAddress: "100 Light St, Baltimore, MD 21202",
      });
      const trip = await addTrip(context, {
        place: "Baltimore",
        startsOn: "2026-10-10",
        endsOn: "2026-10-15",
      });
      expect((await suggestPeopleForTrip(context, trip.id)).map((found) => found.name)).toEqual([
        "Ruth Adler",
      ]);
    });
  });
});
