import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { freshOwnerEachTest, storeTargets } from "../../../test/stores.js";
import { logActivity } from "../../services/activities.service.js";
import { scheduleConversation } from "../../services/conversations.service.js";
import { createPerson } from "../../services/people.service.js";
import { saveCadenceSettings } from "../../services/today.service.js";
import { createApp } from "../app.js";

const origin = "http://127.0.0.1:4477";

function eventsIn(text: string) {
  return new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents("vevent")
    .map((event) => new ICAL.Event(event));
}

describe.each(storeTargets)("Calendar feed on $name", (target) => {
  describe.skipIf(!target.available)("over HTTP", () => {
    const current = freshOwnerEachTest(target);

    function send(path: string, method = "GET") {
      const app = createApp({ context: current.clock.context });
      return app.request(`${origin}${path}`, {
        method,
        headers: { host: "127.0.0.1:4477", origin },
      });
    }

    async function turnOn(): Promise<string> {
      const response = await send("/api/settings/calendar", "POST");
      expect(response.status).toBe(200);
      const { calendar } = (await response.json()) as { calendar: { path: string } };
      return calendar.path;
    }

    it("is off until turned on; then serves conversations and due actions with reminders", async () => {
      const { context } = current.clock;
      expect(await (await send("/api/settings/calendar")).json()).toEqual({
        calendar: { enabled: false, path: null },
      });
      const maya = await createPerson(context, { name: "Maya Chen", organizationName: "Hopkins" });
      const conversation = await scheduleConversation(context, maya.id, {
        scheduledFor: "2026-11-25T14:00:00.000Z",
        durationMinutes: 45,
        channel: "video",
        place: "https://meet.example.com/maya",
      });
      const lee = await createPerson(context, { name: "Lee Park" });
      await logActivity(context, lee.id, {
        kind: "email_sent",
        occurredAt: context.now().toISOString(),
      });

      const path = await turnOn();
      expect(path).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
      // Turning it on again keeps the address already given out.
      expect(await turnOn()).toBe(path);

      const response = await send(path);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
      const events = eventsIn(await response.text());
      const meeting = events.find(
        (event) => event.uid === `conversation-${conversation.activityId}@rapport.local`,
      );
      expect(meeting?.summary).toBe("Informational conversation with Maya Chen");
      expect(meeting?.startDate.toJSDate().toISOString()).toBe("2026-11-25T14:00:00.000Z");
      expect(meeting?.endDate.toJSDate().toISOString()).toBe("2026-11-25T14:45:00.000Z");
      expect(meeting?.description).toContain(`${origin}/people/${maya.id}`);
      const summaries = events.map((event) => event.summary);
      expect(summaries).toContain("Lee Park: No reply to your email of 22 Nov — call to follow up");
      expect(summaries).toContain(
        "Maya Chen: Confirm your conversation on 25 Nov — include your phone number",
      );
      for (const event of events) {
        const actions = event.component
          .getAllSubcomponents("valarm")
          .map((alarm) => alarm.getFirstPropertyValue("action"));
        expect(actions.length).toBeGreaterThan(0);
        expect(new Set(actions)).toEqual(new Set(["DISPLAY"]));
      }
    });

    it("shows an overdue action on the feed's day, at 9:00 in the explorer's zone", async () => {
      const { context, advance } = current.clock;
      await saveCadenceSettings(context, { timeZone: "America/New_York" });
      const lee = await createPerson(context, { name: "Lee Park" });
      const email = await logActivity(context, lee.id, {
        kind: "email_sent",
        occurredAt: context.now().toISOString(),
      });
      const path = await turnOn();
      // 22 November 09:00 UTC plus 20 days: 12 December, 04:00 in New York.
      advance(20 * 24 * 60 * 60 * 1000);
      const [event] = eventsIn(await (await send(path)).text());
      expect(event?.uid).toBe(`action-follow_up_call:${lee.id}:${email.id}@rapport.local`);
      expect(event?.summary).toBe(
        "Overdue — Lee Park: No reply to your email of 22 Nov — call to follow up",
      );
      expect(event?.startDate.toJSDate().toISOString()).toBe("2026-12-12T14:00:00.000Z");
      expect(event?.description).toContain("Overdue: it fell due on Sunday 29 November at 04:00.");
    });

    it("a new address cuts off the old one; turning it off cuts off both", async () => {
      const old = await turnOn();
      const rotated = await send("/api/settings/calendar/rotate", "POST");
      const { calendar } = (await rotated.json()) as { calendar: { path: string } };
      expect(calendar.path).not.toBe(old);
      const gone = await send(old);
      expect(gone.status).toBe(404);
      expect(await gone.text()).toBe("Not found");
      expect((await send(calendar.path)).status).toBe(200);

      await send("/api/settings/calendar", "DELETE");
      expect((await send(calendar.path)).status).toBe(404);
      expect((await send("/calendar/not-a-secret.ics")).status).toBe(404);
    });

    it("serves another owner's feed by its secret, with that owner's conversations only", async () => {
      const mine = await turnOn();
      const { context } = current.clock;
      const other = { ...context, ownerId: `${context.ownerId}-other` };
      const theirPerson = await createPerson(other, { name: "Someone Else" });
      await scheduleConversation(other, theirPerson.id, { scheduledFor: "2026-11-26T10:00:00Z" });
      const events = eventsIn(await (await send(mine)).text());
      expect(events.map((event) => event.summary)).not.toContain(
        "Informational conversation with Someone Else",
      );
    });

    it("downloads one conversation as an .ics attachment", async () => {
      const { context } = current.clock;
      const maya = await createPerson(context, { name: "Maya Chen" });
      const conversation = await scheduleConversation(context, maya.id, {
        scheduledFor: "2026-11-25T14:00:00.000Z",
      });
      const response = await send(`/api/conversations/${conversation.activityId}/ics`);
      expect(response.headers.get("content-disposition")).toBe(
        'attachment; filename="conversation-maya-chen-2026-11-25.ics"',
      );
      const [event, ...rest] = eventsIn(await response.text());
      expect(rest).toEqual([]);
      expect(event?.endDate.toJSDate().toISOString()).toBe("2026-11-25T14:30:00.000Z");
      expect((await send("/api/conversations/nope/ics")).status).toBe(404);
    });
  });
});
