import { z } from "zod";
import { clientId, requiredText } from "../text-fields.js";
import { isCalendarDate } from "../trip.js";

/**
 * What a conversation taught (METHOD §6, "transcribe notes the same day"), each takeaway
 * tagged so Insights can count them across conversations (METHOD §7).
 */
export const takeawayTags = [
  "advice",
  "skill",
  "qualification",
  "path",
  "trend",
  "resource",
  "program",
  "salary",
  "person",
  "action",
] as const;
export type TakeawayTag = (typeof takeawayTags)[number];
export const takeawayTagLabels: Record<TakeawayTag, string> = {
  advice: "Advice",
  skill: "Skill",
  qualification: "Qualification",
  path: "Path",
  trend: "Trend",
  resource: "Resource",
  program: "Program or certification",
  salary: "Salary and benefits",
  person: "Person recommended",
  action: "Action I will take",
};

export interface Takeaway {
  id: string;
  /** The conversation's "meeting_scheduled" entry. */
  activityId: string;
  /** Whom the conversation was with. */
  personId: string;
  tag: TakeawayTag;
  text: string;
  /** An action's day (YYYY-MM-DD); null for every other tag. */
  actionDueOn: string | null;
  /** When the action was done; null while it is open (and for other tags). */
  actionDoneAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export const takeawayLimits = { text: 2000, perConversation: 100 } as const;

export const takeawayInputSchema = z
  .object({
    id: clientId(),
    tag: z.enum(takeawayTags, { error: "Choose what kind of takeaway this is" }),
    text: requiredText("The takeaway", takeawayLimits.text),
    actionDueOn: z
      .union([z.literal(""), z.string().refine(isCalendarDate, { error: "Enter a real date" })])
      .nullish()
      .transform((day) => day || null),
  })
  .superRefine((takeaway, context) => {
    if (takeaway.tag === "action" && !takeaway.actionDueOn) {
      context.addIssue({
        code: "custom",
        path: ["actionDueOn"],
        message: "Enter the day you will do it by",
      });
    }
    if (takeaway.tag !== "action" && takeaway.actionDueOn) {
      context.addIssue({
        code: "custom",
        path: ["actionDueOn"],
        message: "Only an action has a day",
      });
    }
  });
export type TakeawayInput = z.output<typeof takeawayInputSchema>;
export type TakeawayDraft = z.input<typeof takeawayInputSchema>;
