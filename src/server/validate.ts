import { zValidator } from "@hono/zod-validator";
import type { ValidationTargets } from "hono";
import { validator } from "hono/validator";
import { z } from "zod";
import { validate } from "../domain/validation.js";
import { errorResponse } from "./errors.js";

/**
 * Zod validation at the route with our error shape, for what the route itself reads
 * (ids in the path, queries, the few bodies no service checks).
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

/**
 * A JSON body whose fields the service checks with the domain's schema (the same one the
 * web forms and the CLI use), so validation happens once and answers one error shape.
 * Here it is only checked to be a JSON object (or `shape`, for what the route reads
 * itself), but it is declared as `Body`, the schema's input type: the typed client then
 * refuses a form that sends a wrong field, at compile time.
 */
export function jsonBody<Body extends object>(shape: z.ZodType = jsonObject) {
  return validator("json", (value, c) => {
    const checked = validate(shape, value);
    if (!checked.ok) {
      return errorResponse(c, "validation_failed", "The request is not valid.", checked.fields);
    }
    // Not a claim that the fields are right: the service validates them next.
    return checked.value as Body;
  });
}
