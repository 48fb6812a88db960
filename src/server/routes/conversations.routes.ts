import { Hono } from "hono";
import { z } from "zod";
import type { CalendarLinks } from "../../formats/calendar-ics.js";
import { conversationCalendarFile } from "../../services/calendar.service.js";
import type { ServiceContext } from "../../services/context.js";
import {
  cancelConversation,
  getConversation,
  listConversations,
  markConversationHeld,
  rescheduleConversation,
  restoreConversation,
  scheduleConversation,
} from "../../services/conversations.service.js";
import { idParam, jsonObject, validated } from "../validate.js";

const scheduleBody = jsonObject.and(
  z.object({ personId: z.string({ error: "Choose the person" }).min(1).max(100) }),
);

/** Links in calendar files point back at the server the request came to. */
export function linksFrom(requestUrl: string): CalendarLinks {
  const origin = new URL(requestUrl).origin;
  return { personPage: (personId) => `${origin}/people/${encodeURIComponent(personId)}` };
}

/** Scheduled conversations: "meeting_scheduled" log entries, addressed by their id. */
export function conversationsRoutes(context: ServiceContext) {
  return new Hono()
    .get("/", async (c) => c.json(await listConversations(context)))
    .post("/", validated("json", scheduleBody), async (c) => {
      const { personId, ...draft } = c.req.valid("json");
      return c.json({ conversation: await scheduleConversation(context, personId, draft) }, 201);
    })
    .get("/:id", validated("param", idParam), async (c) =>
      c.json({ conversation: await getConversation(context, c.req.valid("param").id) }),
    )
    .post(
      "/:id/reschedule",
      validated("param", idParam),
      validated("json", jsonObject),
      async (c) =>
        c.json({
          conversation: await rescheduleConversation(
            context,
            c.req.valid("param").id,
            c.req.valid("json"),
          ),
        }),
    )
    .delete("/:id", validated("param", idParam), async (c) =>
      c.json({ conversation: await cancelConversation(context, c.req.valid("param").id) }),
    )
    .post("/:id/restore", validated("param", idParam), async (c) =>
      c.json({ conversation: await restoreConversation(context, c.req.valid("param").id) }),
    )
    .post("/:id/held", validated("param", idParam), async (c) =>
      c.json({ conversation: await markConversationHeld(context, c.req.valid("param").id) }),
    )
    .get("/:id/ics", validated("param", idParam), async (c) => {
      const file = await conversationCalendarFile(
        context,
        c.req.valid("param").id,
        linksFrom(c.req.url),
      );
      return c.body(file.text, 200, {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": `attachment; filename="${file.fileName}"`,
      });
    });
}
