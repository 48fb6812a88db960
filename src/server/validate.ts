import { zValidator } from "@hono/zod-validator";
import type { ValidationTargets } from "hono";
import { z } from "zod";
import { validate } from "../domain/validation.js";
import { errorResponse } from "./errors.js";

/**
 * Zod validation at the route with our error shape. Bodies are checked to be JSON
 * objects here; their fields are checked by the service with the domain's schema, the
 * same one the web forms and the CLI use.
 */
export function validated<Target extends keyof ValidationTargets, Schema extends z.ZodType>(
  target: Target,
  schema: Schema,
) {
  return zValidator(target, schema, (result, context) => {
    if (!result.success) {
      const checked = validate(schema, result.data);
      const fields = checked.ok ? {} : checked.fields;
      return errorResponse(context, "validation_failed", "The request is not valid.", fields);
    }
  });
}

export const jsonObject = z.record(z.string(), z.unknown(), { error: "Send a JSON object" });
export const idParam = z.object({ id: z.string().min(1).max(100) });
