import { Hono } from "hono";
import {
  type ConversationCancelledDraft,
  type ConversationHeldDraft,
  type ConversationRescheduleDraft,
  type ConversationScheduleDraft,
  conversationScheduleSchema,
} from "../../domain/scheduling.js";
import type { CalendarLinks } from "../../formats/calendar-ics.js";
import { conversationCalendarFile } from "../../services/calendar.service.js";
import {
  cancelConversation,
  getConversation,
  listConversations,
  markConversationCancelled,
  markConversationHeld,
  rescheduleConversation,
  restoreConversation,
  scheduleConversation,
} from "../../services/conversations.service.js";
import type { AppEnv } from "../request-context.js";
import { idParam, jsonBody, jsonObject, validated } from "../validate.js";

const scheduleBody = jsonObject.and(conversationScheduleSchema);

/** Links in calendar files point back at the server the request came to. */
export function linksFrom(requestUrl: string): CalendarLinks {
  const origin = new URL(requestUrl).origin;
  return { personPage: (personId) => `${origin}/people/${encodeURIComponent(personId)}` };
}

/** Scheduled conversations: "meeting_scheduled" log entries, addressed by their id. */
export function conversationsRoutes() {
  return new Hono<AppEnv>()
    .get("/", async (c) => c.json(await listConversations(c.var.context)))
    .post("/", jsonBody<ConversationScheduleDraft>(scheduleBody), async (c) => {
      const { personId, ...draft } = c.req.valid("json");
      return c.json(
        { conversation: await scheduleConversation(c.var.context, personId, draft) },
        201,
      );
    })
    .get("/:id", validated("param", idParam), async (c) =>
      c.json({ conversation: await getConversation(c.var.context, c.req.valid("param").id) }),
    )
    .post(
      "/:id/reschedule",
      validated("param", idParam),
      jsonBody<ConversationRescheduleDraft>(),
      async (c) =>
        c.json({
          conversation: await rescheduleConversation(
            c.var.context,
            c.req.valid("param").id,
            c.req.valid("json"),
          ),
        }),
    )
    .delete("/:id", validated("param", idParam), async (c) =>
      c.json({ conversation: await cancelConversation(c.var.context, c.req.valid("param").id) }),
    )
    .post("/:id/restore", validated("param", idParam), async (c) =>
      c.json({ conversation: await restoreConversation(c.var.context, c.req.valid("param").id) }),
    )
    .post("/:id/held", validated("param", idParam), jsonBody<ConversationHeldDraft>(), async (c) =>
      c.json({
        conversation: await markConversationHeld(
          c.var.context,
          c.req.valid("param").id,
          c.req.valid("json"),
        ),
      }),
    )
    .post(
      "/:id/cancelled",
      validated("param", idParam),
      jsonBody<ConversationCancelledDraft>(),
      async (c) =>
        c.json({
          conversation: await markConversationCancelled(
            c.var.context,
            c.req.valid("param").id,
            c.req.valid("json"),
          ),
        }),
    )
    .get("/:id/ics", validated("param", idParam), async (c) => {
      const file = await conversationCalendarFile(
        c.var.context,
        c.req.valid("param").id,
        linksFrom(c.req.url),
      );
      return c.body(file.text, 200, {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": `attachment; filename="${file.fileName}"`,
      });
    });
}
