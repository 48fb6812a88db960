import { describe, expect, it } from "vitest";
import { freshOwnerEachTest, storeTargets } from "../../../test/stores.js";
import {
  markConversationHeld,
  scheduleConversation,
} from "../../services/conversations.service.js";
import { createPerson } from "../../services/people.service.js";
import { createApp } from "../app.js";

const origin = "http://127.0.0.1:4477";
const hour = 60 * 60 * 1000;

describe.each(storeTargets)("The takeaways a draft cites, over HTTP on $name", (target) => {
  describe.skipIf(!target.available)("GET /api/drafts/people/:id/takeaways", () => {
    const current = freshOwnerEachTest(target);

    function send(path: string) {
      const app = createApp({ context: current.clock.context });
      return app.request(`${origin}${path}`, { headers: { host: "127.0.0.1:4477", origin } });
    }

    it("answers the latest held conversation's takeaways, or the named one's, and refuses another's", async () => {
      const { context, advance } = current.clock;
      const maya = await createPerson(context, { name: "Maya Chen" });
      const empty = await send(`/api/drafts/people/${maya.id}/takeaways`);
      expect(empty.status).toBe(200);
      expect(await empty.json()).toEqual({ conversationId: null, takeaways: [] });

      const conversation = await scheduleConversation(context, maya.id, {
        scheduledFor: new Date(context.now().getTime() + hour).toISOString(),
        durationMinutes: 30,
        channel: "phone",
      });
      advance(2 * hour);
      await markConversationHeld(context, conversation.activityId);
      await current.store.takeaways.insert(
        context.ownerId,
        "takeaway-1",
        {
          activityId: conversation.activityId,
          personId: maya.id,
          tag: "advice",
          text: "Start with a portfolio review",
          actionDueOn: null,
        },
        context.now().toISOString(),
      );
      const latest = (await (await send(`/api/drafts/people/${maya.id}/takeaways`)).json()) as {
        conversationId: string;
        takeaways: Array<{ id: string; tag: string; text: string }>;
      };
      expect(latest.conversationId).toBe(conversation.activityId);
      expect(latest.takeaways.map(({ id, tag, text }) => ({ id, tag, text }))).toEqual([
        { id: "takeaway-1", tag: "advice", text: "Start with a portfolio review" },
      ]);
      const named = await send(
        `/api/drafts/people/${maya.id}/takeaways?conversation=${conversation.activityId}`,
      );
      expect(((await named.json()) as { conversationId: string }).conversationId).toBe(
        conversation.activityId,
      );

      const other = await createPerson(context, { name: "Lee Park" });
      const refused = await send(
        `/api/drafts/people/${other.id}/takeaways?conversation=${conversation.activityId}`,
      );
      expect(refused.status).toBe(404);
      expect((await send("/api/drafts/people/no-such-person/takeaways")).status).toBe(404);
    });
  });
});
