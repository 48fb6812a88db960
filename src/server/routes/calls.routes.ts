import { Hono } from "hono";
import { logCallOutcome, undoCallOutcome } from "../../services/calls.service.js";
import type { ServiceContext } from "../../services/context.js";
import { idParam, jsonObject, validated } from "../validate.js";

/**
 * A call's outcome is a resource of its own: made under the person called, addressed by
 * its log entry's id. POST logs it (the server's now stamps it, the body sends none);
 * DELETE takes it back with whatever it brought in, in one transaction.
 */
export function callOutcomesRoutes(context: ServiceContext) {
  return new Hono()
    .post(
      "/people/:id/call-outcomes",
      validated("param", idParam),
      validated("json", jsonObject),
      async (c) =>
        c.json(await logCallOutcome(context, c.req.valid("param").id, c.req.valid("json")), 201),
    )
    .delete("/call-outcomes/:id", validated("param", idParam), async (c) =>
      c.json(await undoCallOutcome(context, c.req.valid("param").id)),
    );
}
