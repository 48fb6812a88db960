import { Hono } from "hono";
import {
  deleteActivity,
  restoreActivity,
  updateActivity,
} from "../../services/activities.service.js";
import type { ServiceContext } from "../../services/context.js";
import { idParam, jsonObject, validated } from "../validate.js";

/** Log entries by their own id; listing and adding live under /api/people/:id/activities. */
export function activitiesRoutes(context: ServiceContext) {
  return new Hono()
    .put("/:id", validated("param", idParam), validated("json", jsonObject), async (c) =>
      c.json({
        activity: await updateActivity(context, c.req.valid("param").id, c.req.valid("json")),
      }),
    )
    .delete("/:id", validated("param", idParam), async (c) =>
      c.json({ activity: await deleteActivity(context, c.req.valid("param").id) }),
    )
    .post("/:id/restore", validated("param", idParam), async (c) =>
      c.json({ activity: await restoreActivity(context, c.req.valid("param").id) }),
    );
}
