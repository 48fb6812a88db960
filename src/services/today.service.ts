import {
  type CadenceSettings,
  cadenceSettingsSchema,
  defaultCadenceSettings,
} from "../domain/cadence-settings.js";
import { buildToday, type TodayView } from "../domain/today.js";
import { validate } from "../domain/validation.js";
import type { ServiceContext } from "./context.js";
import { validationFailed } from "./service-error.js";

/** The explorer's cadence: their saved choices over the defaults. */
export async function getCadenceSettings(context: ServiceContext): Promise<CadenceSettings> {
  const saved = await context.store.today.cadence(context.ownerId);
  const merged = {
    ...defaultCadenceSettings,
    ...(typeof saved === "object" && saved !== null ? saved : {}),
  };
  const checked = validate(cadenceSettingsSchema, merged);
  // A setting that no longer validates (say, a time zone renamed) falls back to the defaults.
  return checked.ok ? checked.value : defaultCadenceSettings;
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
  await context.store.transaction((repositories) =>
    repositories.today.saveCadence(context.ownerId, input.value, context.now().toISOString()),
  );
  return input.value;
}

/** What is due today, this week's conversations and the past week's progress. */
export async function getToday(context: ServiceContext): Promise<TodayView> {
  const settings = await getCadenceSettings(context);
  const [people, activities, states] = await Promise.all([
    context.store.people.list(context.ownerId),
    context.store.activities.listAll(context.ownerId),
    context.store.today.states(context.ownerId),
  ]);
  return buildToday({
    people,
    activities,
    settings,
    now: context.now(),
    ...states,
    horizonDays: 7,
  });
}

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
  await context.store.transaction((repositories) =>
    repositories.today.snooze(
      context.ownerId,
      validKey,
      when.toISOString(),
      context.now().toISOString(),
    ),
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
  await context.store.transaction((repositories) =>
    repositories.today.dismiss(context.ownerId, validKey, why, context.now().toISOString()),
  );
}

/** Undo of a snooze or a dismissal. */
export async function undoActionState(context: ServiceContext, key: unknown): Promise<void> {
  const validKey = requireKey(key);
  await context.store.transaction((repositories) =>
    repositories.today.clear(context.ownerId, validKey),
  );
}
