import { describe, expect, it } from "vitest";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import { logActivity } from "./activities.service.js";
import { createBackup, restoreBackup } from "./backup.service.js";
import { createOrganization } from "./organizations.service.js";
import { createPerson, deletePerson } from "./people.service.js";
import { ServiceError } from "./service-error.js";
import { saveCadenceSettings } from "./today.service.js";
import {
  addTrip,
  deleteTrip,
  getTrip,
  listTrips,
  restoreTrip,
  suggestPeopleForTrip,
  tripForPerson,
  updateTrip,
} from "./trips.service.js";

const day = 24 * 60 * 60 * 1000;

describe.each(storeTargets)("trips on $name", (target) => {
  describe.skipIf(!target.available)("through the store", () => {
    const current = freshOwnerEachTest(target);

    // The test clock starts on Sunday 22 November 2026, 09:00 UTC.
    it("adds, edits, lists upcoming and past, deletes and restores with undo", async () => {
      const { context } = current.clock;
      const baltimore = await addTrip(context, {
        place: "Baltimore, MD",
        startsOn: "2026-12-10",
        endsOn: "2026-12-15",
        note: "Conference at Hopkins",
      });
      expect(baltimore).toEqual({
        id: baltimore.id,
        place: "Baltimore, MD",
        startsOn: "2026-12-10",
        endsOn: "2026-12-15",
        note: "Conference at Hopkins",
        createdAt: "2026-11-22T09:00:00.000Z",
        updatedAt: "2026-11-22T09:00:00.000Z",
      });
      const endedYesterday = await addTrip(context, {
        place: "Lyon",
        startsOn: "2026-11-18",
        endsOn: "2026-11-21",
      });
      const endsToday = await addTrip(context, {
        place: "Paris",
        startsOn: "2026-11-20",
        endsOn: "2026-11-22",
      });
      const ids = (trips: { id: string }[]) => trips.map((trip) => trip.id);
      expect(await listTrips(context)).toEqual({
        upcoming: [endsToday, baltimore],
        past: [endedYesterday],
        today: "2026-11-22",
      });

      const edited = await updateTrip(context, baltimore.id, {
        place: "Baltimore",
        startsOn: "2026-12-11",
        endsOn: "2026-12-14",
        note: "",
      });
      expect(edited).toMatchObject({ place: "Baltimore", startsOn: "2026-12-11", note: null });

      await deleteTrip(context, baltimore.id);
      expect(ids((await listTrips(context)).upcoming)).toEqual([endsToday.id]);
      await expect(getTrip(context, baltimore.id)).rejects.toMatchObject({ code: "not_found" });
      expect(await restoreTrip(context, baltimore.id)).toEqual(edited);
      expect(ids((await listTrips(context)).upcoming)).toEqual([endsToday.id, baltimore.id]);
    });

    it("refuses a trip that ends before it starts, with the message at the field", async () => {
      const { context } = current.clock;
      const attempt = addTrip(context, {
        place: "Baltimore",
        startsOn: "2026-12-15",
        endsOn: "2026-12-10",
      });
      await expect(attempt).rejects.toBeInstanceOf(ServiceError);
      await expect(attempt).rejects.toMatchObject({
        code: "validation_failed",
        fields: { endsOn: "The last day cannot come before the first day" },
      });
      await expect(
        updateTrip(context, "missing", {
          place: "Baltimore",
          startsOn: "2026-12-10",
          endsOn: "2026-12-10",
        }),
      ).rejects.toMatchObject({ code: "not_found" });
    });

    it("suggests the people there, not yet contacted first, and never deleted ones", async () => {
      const { context } = current.clock;
      await createOrganization(context, {
        name: "Hopkins Digital Health",
        locations: "Washington, DC; Baltimore, MD",
      });
      const viaOrganization = await createPerson(context, {
        name: "Ana Souza",
        organizationName: "Hopkins Digital Health",
      });
      const contacted = await createPerson(context, { name: "Ben Ames", location: "baltimore" });
      await logActivity(context, contacted.id, {
        kind: "email_sent",
        occurredAt: context.now().toISOString(),
      });
      const notYet = await createPerson(context, { name: "Cara Diaz", location: "Baltimore, MD" });
      const gone = await createPerson(context, { name: "Dan Deleted", location: "Baltimore" });
      await deletePerson(context, gone.id);
      await createPerson(context, { name: "Eve York", location: "New York, NY" });
      await createPerson(context, { name: "Fay Elsewhere", location: "Lyon" });

      const trip = await addTrip(context, {
        place: "Baltimore",
        startsOn: "2026-12-10",
        endsOn: "2026-12-15",
      });
      const york = await addTrip(context, {
        place: "York",
        startsOn: "2026-12-20",
        endsOn: "2026-12-21",
      });
      const suggested = await suggestPeopleForTrip(context, trip.id);
      expect(suggested.map((person) => `${person.name}:${person.stage}`)).toEqual([
        "Ana Souza:identified",
        "Cara Diaz:identified",
        "Ben Ames:contacted",
      ]);
      expect(await suggestPeopleForTrip(context, york.id)).toEqual([]);

      expect((await tripForPerson(context, notYet.id))?.id).toBe(trip.id);
      expect((await tripForPerson(context, viaOrganization.id))?.id).toBe(trip.id);
      await expect(tripForPerson(context, gone.id)).rejects.toMatchObject({ code: "not_found" });
    });

    it("counts the days in the explorer's time zone: a trip ending today is still on", async () => {
      const { context, advance } = current.clock;
      const person = await createPerson(context, { name: "Gus Hale", location: "Baltimore" });
      const trip = await addTrip(context, {
        place: "Baltimore",
        startsOn: "2026-11-20",
        endsOn: "2026-11-22",
      });
      // 23 November 01:00 UTC is still 22 November in New York.
      advance(16 * 60 * 60 * 1000);
      expect(await tripForPerson(context, person.id)).toBeNull();
      await saveCadenceSettings(context, { timeZone: "America/New_York" });
      expect((await tripForPerson(context, person.id))?.id).toBe(trip.id);
      advance(day);
      expect((await listTrips(context)).past.map((past) => past.id)).toEqual([trip.id]);
    });

    it("keeps trips through a backup and restore", async () => {
      const { context } = current.clock;
      const trip = await addTrip(context, {
        place: "Baltimore",
        startsOn: "2026-12-10",
        endsOn: "2026-12-15",
        note: "Bring résumés",
      });
      const backup = await createBackup(context);
      await restoreBackup(context, JSON.parse(JSON.stringify(backup)), { replace: true });
      expect(await getTrip(context, trip.id)).toEqual(trip);
    });
  });
});
