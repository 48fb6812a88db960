import { Hono } from "hono";
import { z } from "zod";
import { briefFor, briefPdfFor } from "../../services/brief.service.js";
import type { AppEnv } from "../request-context.js";
import { idParam, validated } from "../validate.js";

const paperQuery = z.object({
  paper: z.enum(["a4", "letter"], { error: "The paper is a4 or letter" }).optional(),
});

/** A conversation's one-page brief, as JSON for the page and as a PDF to download. */
export function briefRoutes() {
  return new Hono<AppEnv>()
    .get("/:id/brief", validated("param", idParam), async (c) =>
      c.json({ brief: await briefFor(c.var.context, c.req.valid("param").id) }),
    )
    .get(
      "/:id/brief.pdf",
      validated("param", idParam),
      validated("query", paperQuery),
      async (c) => {
        const { fileName, bytes } = await briefPdfFor(
          c.var.context,
          c.req.valid("param").id,
          c.req.valid("query").paper,
        );
        return c.body(bytes, 200, {
          "content-type": "application/pdf",
          // The name is plain letters, digits and dashes (briefPdfFileName), safe to quote.
          "content-disposition": `attachment; filename="${fileName}"`,
          "cache-control": "no-store",
        });
      },
    );
}
