import { type CoachLimits, coachLimitsFrom, coachLimitsSchema } from "../domain/coach-settings.js";
import { validate } from "../domain/validation.js";
import type { ServiceContext } from "./context.js";
import { validationFailed } from "./service-error.js";

/** The coach's word limits: the explorer's saved values over the defaults. */
export async function getCoachLimits(context: ServiceContext): Promise<CoachLimits> {
  return coachLimitsFrom(await context.store.settings.coach(context.ownerId));
}

/** Saves some or all limits; the others keep their current values. */
export async function saveCoachLimits(
  context: ServiceContext,
  draft: unknown,
): Promise<CoachLimits> {
  const current = await getCoachLimits(context);
  const input = validate(coachLimitsSchema, {
    ...current,
    ...(typeof draft === "object" && draft !== null ? draft : {}),
  });
  if (!input.ok) throw validationFailed(input.fields);
  await context.transaction((tx) =>
    tx.store.settings.saveCoach(tx.ownerId, input.value, tx.now().toISOString()),
  );
  return input.value;
}
