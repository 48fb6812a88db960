import { z } from "zod";
import { optionalText } from "../text-fields.js";

/**
 * "Does this still excite me?" (METHOD §7): every few weeks the explorer rates each of
 * their interests 1–5 (or their direction overall), so Insights can show whether the first
 * direction still holds. The cadence is a setting (Settings → Reminders, checkInWeeks).
 */

export interface CheckIn {
  id: string;
  /** The interest rated (a target of kind field, organization_kind or role); null: overall. */
  targetId: string | null;
  /** 1 (not any more) to 5 (more than ever). */
  rating: number;
  note: string | null;
  /** The ratings given together share this instant. */
  checkedAt: string;
}

export const excitementLabels: Record<number, string> = {
  1: "Not any more",
  2: "Less than before",
  3: "Unsure",
  4: "Still excited",
  5: "More than ever",
};

const rating = z
  .number({ error: "Rate from 1 to 5" })
  .int({ error: "Rate from 1 to 5" })
  .min(1, { error: "Rate from 1 to 5" })
  .max(5, { error: "Rate from 1 to 5" });

export const checkInInputSchema = z.object({
  ratings: z
    .array(
      z.object({
        targetId: z
          .string()
          .max(100)
          .nullish()
          .transform((id) => id || null),
        rating,
      }),
      { error: "Rate at least one interest" },
    )
    .min(1, { error: "Rate at least one interest" })
    .max(100, { error: "Rate at most 100 interests at once" })
    .refine((ratings) => new Set(ratings.map((each) => each.targetId)).size === ratings.length, {
      error: "Rate each interest once",
    }),
  note: optionalText("The note", 2000),
});
export type CheckInInput = z.output<typeof checkInInputSchema>;
export type CheckInDraft = z.input<typeof checkInInputSchema>;

const week = 7 * 24 * 60 * 60 * 1000;

/**
 * When the next check-in is due: `everyWeeks` after the last one; before the first, as soon
 * as a first conversation was held (a baseline while the direction is fresh). Null when
 * check-ins are off (0 weeks) or nothing was held yet.
 */
export function checkInDueAt(input: {
  lastCheckedAt: string | null;
  firstHeldAt: string | null;
  everyWeeks: number;
}): string | null {
  if (input.everyWeeks <= 0) return null;
  if (input.lastCheckedAt)
    return new Date(Date.parse(input.lastCheckedAt) + input.everyWeeks * week).toISOString();
  return input.firstHeldAt;
}

export interface ExcitementPoint {
  checkedAt: string;
  rating: number;
}

/** One interest's ratings, oldest first (null: the direction overall). */
export function excitementSeries(
  checkIns: readonly CheckIn[],
  targetId: string | null,
): ExcitementPoint[] {
  return checkIns
    .filter((checkIn) => checkIn.targetId === targetId)
    .map(({ checkedAt, rating }) => ({ checkedAt, rating }))
    .sort((first, second) => first.checkedAt.localeCompare(second.checkedAt));
}

/** An interest the explorer can rate: a target of kind field, organization kind or role. */
export function isInterest(target: { kind: string }): boolean {
  return target.kind === "field" || target.kind === "organization_kind" || target.kind === "role";
}

/** How the direction overall (target null) is named beside the interests. */
export const overallDirectionLabel = "Your direction overall";

/** One thing the explorer rates: an interest, or (targetId null) the direction overall. */
export interface CheckInSubject {
  targetId: string | null;
  label: string;
  /** Oldest first. */
  series: ExcitementPoint[];
  latest: ExcitementPoint | null;
}

export interface CheckInView {
  everyWeeks: number;
  dueAt: string | null;
  due: boolean;
  lastCheckedAt: string | null;
  /** The explorer's interests in their order, then the direction overall. */
  interests: CheckInSubject[];
}

/** A check-in as saved: the ratings given together, and their note. */
export interface SavedCheckIn {
  checkedAt: string;
  note: string | null;
  ratings: { targetId: string | null; rating: number }[];
}

/**
 * Everything the check-in form and Compare's panel show. Ratings of an interest the
 * explorer has since removed are left out: only today's interests are listed.
 */
export function checkInView(input: {
  checkIns: readonly CheckIn[];
  interests: readonly { id: string; label: string }[];
  everyWeeks: number;
  firstHeldAt: string | null;
  now: Date;
}): CheckInView {
  const lastCheckedAt = input.checkIns.reduce<string | null>(
    (latest, checkIn) =>
      latest === null || checkIn.checkedAt > latest ? checkIn.checkedAt : latest,
    null,
  );
  const dueAt = checkInDueAt({
    lastCheckedAt,
    firstHeldAt: input.firstHeldAt,
    everyWeeks: input.everyWeeks,
  });
  const subject = (targetId: string | null, label: string): CheckInSubject => {
    const series = excitementSeries(input.checkIns, targetId);
    return { targetId, label, series, latest: series.at(-1) ?? null };
  };
  return {
    everyWeeks: input.everyWeeks,
    dueAt,
    due: dueAt !== null && Date.parse(dueAt) <= input.now.getTime(),
    lastCheckedAt,
    interests: [
      ...input.interests.map((interest) => subject(interest.id, interest.label)),
      subject(null, overallDirectionLabel),
    ],
  };
}

/**
 * The ratings naming something that is not one of the explorer's interests (removed since
 * the form was opened, or never theirs), as field errors at each rating.
 */
export function unknownInterestErrors(
  ratings: readonly { targetId: string | null }[],
  interestIds: ReadonlySet<string>,
): Record<string, string> {
  const errors: Record<string, string> = {};
  ratings.forEach((rating, index) => {
    if (rating.targetId !== null && !interestIds.has(rating.targetId))
      errors[`ratings.${index}.targetId`] =
        `“${rating.targetId}” is not one of your interests (it may have been removed); reload and rate again`;
  });
  return errors;
}

/** "Still excited about UX research?": the card's question, naming up to two interests. */
export function checkInQuestion(labels: readonly string[]): string {
  if (labels.length === 0) return "Still excited about your direction?";
  if (labels.length === 1) return `Still excited about ${labels[0]}?`;
  if (labels.length === 2) return `Still excited about ${labels[0]} and ${labels[1]}?`;
  return `Still excited about ${labels[0]}, ${labels[1]} and the rest?`;
}
