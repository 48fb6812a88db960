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
