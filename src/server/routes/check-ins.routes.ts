import { Hono } from "hono";
import { z } from "zod";
import type { CheckInDraft } from "../../domain/insights/check-in.js";
import {
  deleteCheckIn,
  getCheckIns,
  restoreCheckIn,
  saveCheckIn,
} from "../../services/check-ins.service.js";
import type { AppEnv } from "../request-context.js";
import { jsonBody, validated } from "../validate.js";

/** A check-in is named by the instant its ratings share (an ISO timestamp). */
const checkedAtParam = z.object({ checkedAt: z.string().min(1).max(40) });

/**
 * "Still excited?" (METHOD §7): the cadence and each interest's ratings, a new check-in,
 * and its undo and restore.
 */
export function checkInsRoutes() {
  return new Hono<AppEnv>()
    .get("/", async (c) => c.json(await getCheckIns(c.var.context)))
    .post("/", jsonBody<CheckInDraft>(), async (c) =>
      c.json({ checkIn: await saveCheckIn(c.var.context, c.req.valid("json")) }, 201),
    )
    .delete("/:checkedAt", validated("param", checkedAtParam), async (c) =>
      c.json(await deleteCheckIn(c.var.context, c.req.valid("param").checkedAt)),
    )
    .post("/:checkedAt/restore", validated("param", checkedAtParam), async (c) =>
      c.json(await restoreCheckIn(c.var.context, c.req.valid("param").checkedAt)),
    );
}
