import type { DueAction } from "../domain/cadence.js";
import { activeActions } from "../domain/cadence.js";
import {
  type CadenceSettings,
  cadenceSettingsFrom,
  cadenceSettingsSchema,
} from "../domain/cadence-settings.js";
import type { PlanQuestion } from "../domain/prepare/preparation.js";
import { buildToday, type TodayPreparations, type TodayView } from "../domain/today.js";
import { validate } from "../domain/validation.js";
import { dueCheckIn } from "./check-ins.service.js";
import type { ServiceContext } from "./context.js";
import { ensureDueActions } from "./due-actions.js";
import { getPrepareSettings } from "./prepare-settings.service.js";
import { onBulkChange } from "./projections.js";
import { validationFailed } from "./service-error.js";

/** The explorer's cadence: their saved choices over the defaults. */
export async function getCadenceSettings(context: ServiceContext): Promise<CadenceSettings> {
  return cadenceSettingsFrom(await context.store.settings.cadence(context.ownerId));
}

export async function saveCadenceSettings(
  context: ServiceContext,
  draft: unknown,
): Promise<CadenceSettings> {
  const current = await getCadenceSettings(context);
  const input = validate(cadenceSettingsSchema, {
    ...current,
    ...(typeof draft === "object" && draft !== null ? draft : {}),
  });
  if (!input.ok) throw validationFailed(input.fields);
  await context.transaction(async (tx) => {
    await tx.store.settings.saveCadence(tx.ownerId, input.value, tx.now().toISOString());
    // Every reminder may move; the next read of Today recomputes them all.
    await onBulkChange(tx);
  });
  return input.value;
}

/** What is due today, this week's conversations and the past week's progress. */
export async function getToday(context: ServiceContext): Promise<TodayView> {
  const settings = await getCadenceSettings(context);
  await ensureDueActions(context, settings);
  const now = context.now();
  const dueBy = new Date(now.getTime() + todayHorizonDays * day).toISOString();
  const [people, pending, activities, states] = await Promise.all([
    context.store.people.list(context.ownerId),
    context.store.dueActions.dueBy(context.ownerId, dueBy),
    context.store.activities.listForToday(context.ownerId, {
      dueBy,
      since: new Date(now.getTime() - 7 * day).toISOString(),
      scheduledFrom: now.toISOString(),
    }),
    context.store.today.states(context.ownerId),
  ]);
  const due = activeActions(pending, { now, ...states, horizonDays: todayHorizonDays });
  const [preparations, checkIn] = await Promise.all([
    preparationsFor(context, due),
    dueCheckIn(context, settings.checkInWeeks),
  ]);
  return buildToday({ people, activities, settings, now, due, preparations, checkIn });
}

/** The saved preparations of the conversations Today's "prepare" reminders name. */
async function preparationsFor(
  context: ServiceContext,
  due: readonly DueAction[],
): Promise<TodayPreparations> {
  const activityIds = [
    ...new Set(
      due.flatMap((action) =>
        action.reason === "prepare_conversation" && action.triggeredBy ? [action.triggeredBy] : [],
      ),
    ),
  ];
  const [saved, plans, settings] = await Promise.all([
    context.store.preparations.getMany(context.ownerId, activityIds),
    context.store.planQuestions.listFor(context.ownerId, activityIds),
    getPrepareSettings(context),
  ]);
  const byActivity = new Map(
    activityIds.map((id) => [
      id,
      {
        preparation: saved.find((each) => each.activityId === id) ?? null,
        plan: [] as PlanQuestion[],
      },
    ]),
  );
  for (const question of plans) byActivity.get(question.activityId)?.plan.push(question);
  return { byActivity, settings };
}

/** Today lists what is due and what comes due within this many days. */
const todayHorizonDays = 7;
const day = 24 * 60 * 60 * 1000;

function requireKey(key: unknown): string {
  if (typeof key !== "string" || key.length === 0 || key.length > 300)
    throw validationFailed({ key: "Say which reminder" });
  return key;
}

export async function snoozeAction(
  context: ServiceContext,
  key: unknown,
  until: unknown,
): Promise<void> {
  const validKey = requireKey(key);
  const when = typeof until === "string" ? new Date(until) : new Date(Number.NaN);
  if (Number.isNaN(when.getTime()) || when <= context.now()) {
    throw validationFailed({ until: "Choose a time in the future" });
  }
  await context.transaction((tx) =>
    tx.store.today.snooze(tx.ownerId, validKey, when.toISOString(), tx.now().toISOString()),
  );
}

export async function dismissAction(
  context: ServiceContext,
  key: unknown,
  reason: unknown,
): Promise<void> {
  const validKey = requireKey(key);
  const why = typeof reason === "string" ? reason.trim() : "";
  if (!why) throw validationFailed({ reason: "Say why, so you remember later" });
  if (why.length > 500) throw validationFailed({ reason: "Keep the reason under 500 characters" });
  await context.transaction((tx) =>
    tx.store.today.dismiss(tx.ownerId, validKey, why, tx.now().toISOString()),
  );
}

/** Undo of a snooze or a dismissal. */
export async function undoActionState(context: ServiceContext, key: unknown): Promise<void> {
  const validKey = requireKey(key);
  await context.transaction((tx) => tx.store.today.clear(tx.ownerId, validKey));
}
