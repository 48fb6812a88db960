import { cadenceSettingsFrom } from "../domain/cadence-settings.js";
import {
  type CheckInView,
  checkInDueAt,
  checkInInputSchema,
  checkInView,
  isInterest,
  type SavedCheckIn,
  unknownInterestErrors,
} from "../domain/insights/check-in.js";
import { validate } from "../domain/validation.js";
import type { ServiceContext } from "./context.js";
import { notFound, validationFailed } from "./service-error.js";

/**
 * "Does this still excite me?" (METHOD §7): every few weeks (Settings → Reminders) the
 * explorer rates each interest and their direction overall 1–5; Today asks when it is due
 * and Insights → Compare shows how the ratings moved.
 */

/** When the first conversation was held (a live entry of a live person), or null. */
async function firstHeldAt(tx: ServiceContext): Promise<string | null> {
  return tx.store.activities.firstOfKind(tx.ownerId, "conversation_held");
}

async function interestsOf(tx: ServiceContext) {
  return (await tx.store.profile.listTargets(tx.ownerId)).filter(isInterest);
}

/** The cadence, when the next check-in is due, and each interest's ratings so far. */
export async function getCheckIns(context: ServiceContext): Promise<CheckInView> {
  return context.transaction(async (tx) => {
    const [settings, checkIns, interests, heldAt] = await Promise.all([
      // Read here, not through today.service (which calls dueCheckIn): no import circle.
      tx.store.settings.cadence(tx.ownerId).then(cadenceSettingsFrom),
      tx.store.checkIns.listAll(tx.ownerId),
      interestsOf(tx),
      firstHeldAt(tx),
    ]);
    return checkInView({
      checkIns,
      interests,
      everyWeeks: settings.checkInWeeks,
      firstHeldAt: heldAt,
      now: tx.now(),
    });
  });
}

/** For Today: when a check-in is due now, since when and when the last one was; else null. */
export async function dueCheckIn(
  context: ServiceContext,
  everyWeeks: number,
): Promise<{ dueAt: string; lastCheckedAt: string | null } | null> {
  if (everyWeeks <= 0) return null;
  const lastCheckedAt = await context.store.checkIns.lastCheckedAt(context.ownerId);
  const dueAt = checkInDueAt({
    lastCheckedAt,
    // Only needed before the first check-in; skip reading the log otherwise.
    firstHeldAt: lastCheckedAt ? null : await firstHeldAt(context),
    everyWeeks,
  });
  if (dueAt === null || Date.parse(dueAt) > context.now().getTime()) return null;
  return { dueAt, lastCheckedAt };
}

/** Saves the ratings given together, all sharing checked_at = now, in one transaction. */
export async function saveCheckIn(context: ServiceContext, draft: unknown): Promise<SavedCheckIn> {
  const valid = validate(checkInInputSchema, draft);
  if (!valid.ok) throw validationFailed(valid.fields);
  const { ratings, note } = valid.value;
  return context.transaction(async (tx) => {
    const interestIds = new Set((await interestsOf(tx)).map((interest) => interest.id));
    const unknown = unknownInterestErrors(ratings, interestIds);
    if (Object.keys(unknown).length > 0) throw validationFailed(unknown);
    const checkedAt = tx.now().toISOString();
    // Two check-ins in the same millisecond would merge into one; the second is refused.
    if ((await tx.store.checkIns.lastCheckedAt(tx.ownerId)) === checkedAt)
      throw validationFailed({ _: "A check-in was saved at this very moment; try again" });
    await tx.store.checkIns.insertMany(
      tx.ownerId,
      ratings.map((rating) => ({ id: tx.newId(), ...rating })),
      note,
      checkedAt,
    );
    return { checkedAt, note, ratings };
  });
}

function requireInstant(checkedAt: string): string {
  const time = Date.parse(checkedAt);
  if (Number.isNaN(time) || new Date(time).toISOString() !== checkedAt)
    throw notFound("That check-in");
  return checkedAt;
}

/** Undo: soft-deletes every rating of the check-in given at `checkedAt`. */
export async function deleteCheckIn(
  context: ServiceContext,
  checkedAt: string,
): Promise<{ checkedAt: string; deleted: number }> {
  requireInstant(checkedAt);
  return context.transaction(async (tx) => {
    const now = tx.now().toISOString();
    const deleted = await tx.store.checkIns.setCheckInDeleted(tx.ownerId, checkedAt, now, now);
    if (deleted === 0) throw notFound("That check-in");
    return { checkedAt, deleted };
  });
}

/** Takes the undo back: the check-in's ratings are live again. */
export async function restoreCheckIn(
  context: ServiceContext,
  checkedAt: string,
): Promise<{ checkedAt: string; restored: number }> {
  requireInstant(checkedAt);
  return context.transaction(async (tx) => {
    const restored = await tx.store.checkIns.setCheckInDeleted(
      tx.ownerId,
      checkedAt,
      null,
      tx.now().toISOString(),
    );
    if (restored === 0) throw notFound("That check-in");
    return { checkedAt, restored };
  });
}
