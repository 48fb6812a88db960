import { Hono } from "hono";
import type { ActivityDraft } from "../../domain/activity.js";
import {
  deleteActivity,
  restoreActivity,
  updateActivity,
} from "../../services/activities.service.js";
import type { AppEnv } from "../request-context.js";
import { idParam, jsonBody, validated } from "../validate.js";

/** Log entries by their own id; listing and adding live under /api/people/:id/activities. */
export function activitiesRoutes() {
  return new Hono<AppEnv>()
    .put("/:id", validated("param", idParam), jsonBody<ActivityDraft>(), async (c) =>
      c.json({
        activity: await updateActivity(c.var.context, c.req.valid("param").id, c.req.valid("json")),
      }),
    )
    .delete("/:id", validated("param", idParam), async (c) =>
      c.json({ activity: await deleteActivity(c.var.context, c.req.valid("param").id) }),
    )
    .post("/:id/restore", validated("param", idParam), async (c) =>
      c.json({ activity: await restoreActivity(c.var.context, c.req.valid("param").id) }),
    );
}
