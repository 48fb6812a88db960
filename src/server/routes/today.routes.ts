import { Hono } from "hono";
import { z } from "zod";
import type { ServiceContext } from "../../services/context.js";
import {
  dismissAction,
  getCadenceSettings,
  getToday,
  saveCadenceSettings,
  snoozeAction,
  undoActionState,
} from "../../services/today.service.js";
import { jsonObject, validated } from "../validate.js";

const keyBody = z.object({ key: z.string().min(1).max(300) });
const snoozeBody = keyBody.extend({ until: z.string().max(40) });
const dismissBody = keyBody.extend({ reason: z.string().max(1000) });

export function todayRoutes(context: ServiceContext) {
  return new Hono()
    .get("/", async (c) => c.json(await getToday(context)))
    .post("/snooze", validated("json", snoozeBody), async (c) => {
      const { key, until } = c.req.valid("json");
      await snoozeAction(context, key, until);
      return c.json({ ok: true });
    })
    .post("/dismiss", validated("json", dismissBody), async (c) => {
      const { key, reason } = c.req.valid("json");
      await dismissAction(context, key, reason);
      return c.json({ ok: true });
    })
    .post("/undo", validated("json", keyBody), async (c) => {
      await undoActionState(context, c.req.valid("json").key);
      return c.json({ ok: true });
    });
}

export function cadenceSettingsRoutes(context: ServiceContext) {
  return new Hono()
    .get("/", async (c) => c.json({ settings: await getCadenceSettings(context) }))
    .put("/", validated("json", jsonObject), async (c) =>
      c.json({ settings: await saveCadenceSettings(context, c.req.valid("json")) }),
    );
}
