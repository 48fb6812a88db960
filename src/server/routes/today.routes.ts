import { Hono } from "hono";
import { z } from "zod";
import type { cadenceSettingsSchema } from "../../domain/cadence-settings.js";
import {
  dismissAction,
  getCadenceSettings,
  getToday,
  saveCadenceSettings,
  snoozeAction,
  undoActionState,
} from "../../services/today.service.js";
import type { AppEnv } from "../request-context.js";
import { jsonBody, validated } from "../validate.js";

const keyBody = z.object({ key: z.string().min(1).max(300) });
const snoozeBody = keyBody.extend({ until: z.string().max(40) });
const dismissBody = keyBody.extend({ reason: z.string().max(1000) });

/** Settings → Reminders saves only what it changes; the rest stays as saved. */
type CadenceSettingsChange = Partial<z.input<typeof cadenceSettingsSchema>>;

export function todayRoutes() {
  return new Hono<AppEnv>()
    .get("/", async (c) => c.json(await getToday(c.var.context)))
    .post("/snooze", validated("json", snoozeBody), async (c) => {
      const { key, until } = c.req.valid("json");
      await snoozeAction(c.var.context, key, until);
      return c.json({ ok: true });
    })
    .post("/dismiss", validated("json", dismissBody), async (c) => {
      const { key, reason } = c.req.valid("json");
      await dismissAction(c.var.context, key, reason);
      return c.json({ ok: true });
    })
    .post("/undo", validated("json", keyBody), async (c) => {
      await undoActionState(c.var.context, c.req.valid("json").key);
      return c.json({ ok: true });
    });
}

export function cadenceSettingsRoutes() {
  return new Hono<AppEnv>()
    .get("/", async (c) => c.json({ settings: await getCadenceSettings(c.var.context) }))
    .put("/", jsonBody<CadenceSettingsChange>(), async (c) =>
      c.json({ settings: await saveCadenceSettings(c.var.context, c.req.valid("json")) }),
    );
}
