import { Hono } from "hono";
import { z } from "zod";
import type { ResearchNoteInput, ResearchNotePatch } from "../../domain/prepare/preparation.js";
import {
  addResearchNote,
  deleteResearchNote,
  listResearchNotes,
  restoreResearchNote,
  updateResearchNote,
} from "../../services/research-notes.service.js";
import type { AppEnv } from "../request-context.js";
import { idParam, jsonBody, validated } from "../validate.js";

const whoseNotes = z.object({
  personId: z.string().min(1).max(100).optional(),
  organizationId: z.string().min(1).max(100).optional(),
});

/** Research notes about one person or organization (Markdown, dated), with undo. */
export function researchNotesRoutes() {
  return new Hono<AppEnv>()
    .get("/", validated("query", whoseNotes), async (c) =>
      c.json(await listResearchNotes(c.var.context, c.req.valid("query"))),
    )
    .post("/", jsonBody<ResearchNoteInput>(), async (c) =>
      c.json({ note: await addResearchNote(c.var.context, c.req.valid("json")) }, 201),
    )
    .patch("/:id", validated("param", idParam), jsonBody<ResearchNotePatch>(), async (c) =>
      c.json({
        note: await updateResearchNote(c.var.context, c.req.valid("param").id, c.req.valid("json")),
      }),
    )
    .delete("/:id", validated("param", idParam), async (c) =>
      c.json({ note: await deleteResearchNote(c.var.context, c.req.valid("param").id) }),
    )
    .post("/:id/restore", validated("param", idParam), async (c) =>
      c.json({ note: await restoreResearchNote(c.var.context, c.req.valid("param").id) }),
    );
}
