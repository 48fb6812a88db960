import { Hono } from "hono";
import type { z } from "zod";
import type {
  conductNoteInputSchema,
  endConversationInputSchema,
  questionMarkInputSchema,
} from "../../domain/conduct/conduct.js";
import type {
  CapturePersonInput,
  NotesPermissionInput,
  StartConversationInput,
} from "../../domain/conduct/conduct-view.js";
import {
  addConductNote,
  capturePerson,
  endConduct,
  getConduct,
  markQuestion,
  setNotesPermission,
  startConduct,
} from "../../services/conduct.service.js";
import type { AppEnv } from "../request-context.js";
import { idParam, jsonBody, validated } from "../validate.js";

type QuestionMarkBody = z.input<typeof questionMarkInputSchema>;
type ConductNoteBody = z.input<typeof conductNoteInputSchema>;
type EndConversationBody = z.input<typeof endConversationInputSchema>;

/**
 * Conduct mode under /conversations/:id (the "meeting_scheduled" entry's id): the page in
 * one read, and its writes, each safe to send again from the offline outbox.
 */
export function conductRoutes() {
  return new Hono<AppEnv>()
    .get("/:id/conduct", validated("param", idParam), async (c) =>
      c.json(await getConduct(c.var.context, c.req.valid("param").id)),
    )
    .post(
      "/:id/conduct/start",
      validated("param", idParam),
      jsonBody<StartConversationInput>(),
      async (c) =>
        c.json({
          session: await startConduct(c.var.context, c.req.valid("param").id, c.req.valid("json")),
        }),
    )
    .put(
      "/:id/conduct/notes-permission",
      validated("param", idParam),
      jsonBody<NotesPermissionInput>(),
      async (c) =>
        c.json({
          session: await setNotesPermission(
            c.var.context,
            c.req.valid("param").id,
            c.req.valid("json"),
          ),
        }),
    )
    .post(
      "/:id/conduct/notes",
      validated("param", idParam),
      jsonBody<ConductNoteBody>(),
      async (c) =>
        c.json(
          {
            note: await addConductNote(c.var.context, c.req.valid("param").id, c.req.valid("json")),
          },
          201,
        ),
    )
    .post(
      "/:id/captured-people",
      validated("param", idParam),
      jsonBody<CapturePersonInput>(),
      async (c) =>
        c.json(
          await capturePerson(c.var.context, c.req.valid("param").id, c.req.valid("json")),
          201,
        ),
    )
    .post(
      "/:id/conduct/end",
      validated("param", idParam),
      jsonBody<EndConversationBody>(),
      async (c) =>
        c.json(await endConduct(c.var.context, c.req.valid("param").id, c.req.valid("json"))),
    );
}

/** A planned question's tick and note during the conversation: PUT sets them. */
export function planQuestionMarkRoutes() {
  return new Hono<AppEnv>().put(
    "/:id/mark",
    validated("param", idParam),
    jsonBody<QuestionMarkBody>(),
    async (c) =>
      c.json({
        marks: await markQuestion(c.var.context, c.req.valid("param").id, c.req.valid("json")),
      }),
  );
}
