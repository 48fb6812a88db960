import { Hono } from "hono";
import { z } from "zod";
import { type ActionGroup, actionGroups } from "../../domain/cadence.js";
import type { cadenceSettingsSchema } from "../../domain/cadence-settings.js";
import { defaultTodayShown, type TodayShown, todayMostShown } from "../../domain/today-page.js";
import {
  dismissAction,
  getCadenceSettings,
  getPersonDue,
  getToday,
  saveCadenceSettings,
  snoozeAction,
  undoActionState,
} from "../../services/today.service.js";
import type { AppEnv } from "../request-context.js";
import { jsonBody, validated } from "../validate.js";

const shownCount = z.coerce
  .number({ error: "Say a whole number" })
  .int("Say a whole number")
  .min(1, "Show at least one")
  .max(todayMostShown, `Show at most ${todayMostShown}`)
  .optional();

/** How far the explorer opened each list: `?call=25&comingUp=25`; unsaid lists show their top. */
const todayQuery = z.object({
  ...Object.fromEntries(actionGroups.map((group) => [group, shownCount])),
  comingUp: shownCount,
  conversations: shownCount,
}) as z.ZodType<Partial<Record<ActionGroup | "comingUp" | "conversations", number>>>;

function shownOf(query: Partial<Record<ActionGroup | "comingUp" | "conversations", number>>) {
  const groups: TodayShown["groups"] = {};
  for (const group of actionGroups) {
    const count = query[group];
    if (count !== undefined) groups[group] = count;
  }
  return {
    ...defaultTodayShown,
    groups,
    comingUp: query.comingUp ?? defaultTodayShown.comingUp,
    conversations: query.conversations ?? defaultTodayShown.conversations,
  };
}

const keyBody = z.object({ key: z.string().min(1).max(300) });
const snoozeBody = keyBody.extend({ until: z.string().max(40) });
const dismissBody = keyBody.extend({ reason: z.string().max(1000) });

/** Settings → Reminders saves only what it changes; the rest stays as saved. */
type CadenceSettingsChange = Partial<z.input<typeof cadenceSettingsSchema>>;

export function todayRoutes() {
  return new Hono<AppEnv>()
    .get("/", validated("query", todayQuery), async (c) =>
      c.json(await getToday(c.var.context, shownOf(c.req.valid("query")))),
    )
    .get("/people/:id", async (c) => c.json(await getPersonDue(c.var.context, c.req.param("id"))))
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
