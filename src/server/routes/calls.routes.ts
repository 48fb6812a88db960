import { Hono } from "hono";
import type { CallOutcomeDraft } from "../../domain/call-outcome.js";
import { logCallOutcome, undoCallOutcome } from "../../services/calls.service.js";
import type { AppEnv } from "../request-context.js";
import { idParam, jsonBody, validated } from "../validate.js";

/**
 * A call's outcome is a resource of its own: made under the person called, addressed by
 * its log entry's id. POST logs it (the server's now stamps it, the body sends none);
 * DELETE takes it back with whatever it brought in, in one transaction.
 */
export function callOutcomesRoutes() {
  return new Hono<AppEnv>()
    .post(
      "/people/:id/call-outcomes",
      validated("param", idParam),
      jsonBody<CallOutcomeDraft>(),
      async (c) =>
        c.json(
          await logCallOutcome(c.var.context, c.req.valid("param").id, c.req.valid("json")),
          201,
        ),
    )
    .delete("/call-outcomes/:id", validated("param", idParam), async (c) =>
      c.json(await undoCallOutcome(c.var.context, c.req.valid("param").id)),
    );
}
