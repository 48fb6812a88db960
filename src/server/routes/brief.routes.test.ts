import { describe, expect, it } from "vitest";
import { pdfHasText, pdfPageCount } from "../../../test/pdf-text.js";
import { freshOwnerEachTest, storeTargets } from "../../../test/stores.js";
import { logActivity } from "../../services/activities.service.js";
import { scheduleConversation } from "../../services/conversations.service.js";
import { createPerson } from "../../services/people.service.js";
import { createApp } from "../app.js";

const origin = "http://127.0.0.1:4477";

describe.each(storeTargets)("The brief over HTTP on $name", (target) => {
  describe.skipIf(!target.available)("routes", () => {
    const current = freshOwnerEachTest(target);

    function send(path: string) {
      const app = createApp({ context: current.clock.context });
      return app.request(`${origin}${path}`, { headers: { host: "127.0.0.1:4477", origin } });
    }

    async function conversationWith(name: string) {
      const person = await createPerson(current.clock.context, { name, title: "Engineer" });
      const conversation = await scheduleConversation(current.clock.context, person.id, {
        scheduledFor: "2026-11-25T14:00:00.000Z",
        durationMinutes: 30,
        channel: "phone",
      });
      return { person, activityId: conversation.activityId };
    }

    it("answers the brief as JSON", async () => {
      const { activityId } = await conversationWith("Maya Chen");
      const response = await send(`/api/conversations/${activityId}/brief`);
      expect(response.status).toBe(200);
      const { brief } = (await response.json()) as { brief: { header: unknown } };
      expect(brief.header).toEqual({
        name: "Maya Chen",
        title: "Engineer",
        organization: null,
        when: "Wednesday 25 November 2026, 2:00 PM UTC",
        day: "2026-11-25",
        length: "30 minutes, until 2:30 PM UTC",
        mode: "Phone",
        where: null,
        link: null,
        theirPhone: null,
      });
    });

    it("downloads one PDF page named after the person and the day, A4 or Letter", async () => {
      const { activityId } = await conversationWith("Łukasz Nguyễn");
      const response = await send(`/api/conversations/${activityId}/brief.pdf`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(response.headers.get("content-disposition")).toBe(
        'attachment; filename="brief-lukasz-nguyen-2026-11-25.pdf"',
      );
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(Buffer.from(bytes.slice(0, 5)).toString("latin1")).toBe("%PDF-");
      expect(pdfPageCount(bytes)).toBe(1);
      expect(pdfHasText(bytes, "Łukasz Nguyễn")).toBe(true);
      // A4 is 595.28 × 841.89 points, Letter 612 × 792.
      expect(Buffer.from(bytes).toString("latin1")).toContain("/MediaBox [0 0 595.28 841.89]");
      const letter = await send(`/api/conversations/${activityId}/brief.pdf?paper=letter`);
      const letterBytes = new Uint8Array(await letter.arrayBuffer());
      expect(Buffer.from(letterBytes).toString("latin1")).toContain("/MediaBox [0 0 612 792]");
      expect(pdfPageCount(letterBytes)).toBe(1);
      expect((await send(`/api/conversations/${activityId}/brief.pdf?paper=a3`)).status).toBe(400);
    });

    it("is 404 for an unknown id or an entry that is not a conversation, as JSON and PDF", async () => {
      const { person } = await conversationWith("Maya Chen");
      const note = await logActivity(current.clock.context, person.id, {
        kind: "note",
        detail: "x",
      });
      for (const id of ["no-such-id", note.id]) {
        for (const suffix of ["brief", "brief.pdf"]) {
          const response = await send(`/api/conversations/${id}/${suffix}`);
          expect(response.status).toBe(404);
          expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
        }
      }
    });
  });
});
