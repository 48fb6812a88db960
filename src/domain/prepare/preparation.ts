import { z } from "zod";
import { clientId, optionalText } from "../text-fields.js";
import { isCalendarDate } from "../trip.js";
import { wordingLocale } from "../wording/locale.js";

/**
 * Preparing one conversation (METHOD §4). A conversation is its "meeting_scheduled" log
 * entry, so everything kept for one names that entry's id (`activityId`).
 */

/** METHOD §4's three groups of questions. */
export const questionGroups = ["field", "person", "chances"] as const;
export type QuestionGroup = (typeof questionGroups)[number];
export const questionGroupLabels: Record<QuestionGroup, string> = {
  field: "The field or organization",
  person: "The person and their path",
  chances: "My chances",
};

/** TIARA: a widely used way to tag informational-interview questions. */
export const tiaraTags = ["trends", "insights", "advice", "resources", "assignments"] as const;
export type TiaraTag = (typeof tiaraTags)[number];
export const tiaraTagLabels: Record<TiaraTag, string> = {
  trends: "Trends",
  insights: "Insights",
  advice: "Advice",
  resources: "Resources",
  assignments: "Assignments",
};

/** What the contact may ask the explorer; "what do you know about us?" is per conversation. */
export const answerPrompts = ["about_you", "why_field", "looking_for"] as const;
export type AnswerPrompt = (typeof answerPrompts)[number];
export const answerPromptLabels: Record<AnswerPrompt, string> = {
  about_you: "Tell me about yourself",
  why_field: "Why this field?",
  looking_for: "What are you looking for?",
};
export const aboutThemLabel = "What do you know about us?";

/** One conversation's own preparation (created on first save; absent means nothing yet). */
export interface Preparation {
  activityId: string;
  objective: string | null;
  aboutThem: string | null;
  /** Checklist item keys ticked (see checklists). */
  checklistDone: string[];
  updatedAt: string | null;
}

/** A question in a conversation's plan; the plan is ordered by `position`. */
export interface PlanQuestion {
  id: string;
  activityId: string;
  position: number;
  text: string;
  group: QuestionGroup;
  tags: TiaraTag[];
  builtinKey: string | null;
  bankQuestionId: string | null;
  spare: boolean;
}

/** A question of the built-in bank (data in the domain, in our own words). */
export interface BuiltinQuestion {
  /** Stable: plans name it. */
  key: string;
  text: string;
  group: QuestionGroup;
  tags: TiaraTag[];
}

/** A question of the explorer's own bank. */
export interface BankQuestion {
  id: string;
  text: string;
  group: QuestionGroup;
  tags: TiaraTag[];
  createdAt: string;
  updatedAt: string;
}

export interface ResearchNote {
  id: string;
  personId: string | null;
  organizationId: string | null;
  /** Markdown as typed; shown only through the sanitizing renderer. */
  body: string;
  /** YYYY-MM-DD. */
  notedOn: string;
  createdAt: string;
  updatedAt: string;
}

/** The three parts of an elevator pitch; `organizationId` null is the default pitch. */
export interface Pitch {
  id: string;
  organizationId: string | null;
  whoIAm: string;
  workIHope: string;
  learnToday: string;
  updatedAt: string;
}

export interface PreparedAnswer {
  prompt: AnswerPrompt;
  answer: string;
  updatedAt: string;
}

/** A Situation–Task–Action–Result story. */
export interface Story {
  id: string;
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

// ——— Input schemas: the one validation the API, the CLI and the forms share ———

/** A question is one sentence or two, never an essay. */
export const maxQuestionLength = 500;
const questionText = z
  .string({ error: "Write the question" })
  .trim()
  .min(1, { error: "Write the question" })
  .max(maxQuestionLength, {
    error: `A question is at most ${maxQuestionLength} characters; split it into two`,
  });
const group = z.enum(questionGroups, { error: "Choose field, person or chances" });
const tags = z
  .array(
    z.enum(tiaraTags, { error: "Tags are trends, insights, advice, resources or assignments" }),
  )
  .max(tiaraTags.length)
  .default([])
  .transform((list) => [...new Set(list)]);

export const bankQuestionInputSchema = z.object({
  id: clientId(),
  text: questionText,
  group,
  tags,
});
export type BankQuestionInput = z.input<typeof bankQuestionInputSchema>;
export const bankQuestionPatchSchema = z.object({
  text: questionText.optional(),
  group: group.optional(),
  tags: tags.optional(),
});
export type BankQuestionPatch = z.input<typeof bankQuestionPatchSchema>;

/** A plan holds at most this many questions (a long conversation has ~15). */
export const maxPlanQuestions = 60;

/** Add to a plan: a built-in question, one of the explorer's own, or new text. */
export const planQuestionInputSchema = z.object({
  id: clientId(),
  text: questionText,
  group,
  tags,
  builtinKey: z.string().trim().max(100).nullish(),
  bankQuestionId: z.string().trim().max(100).nullish(),
  spare: z.boolean({ error: "Spare is true or false" }).default(false),
});
export type PlanQuestionInput = z.input<typeof planQuestionInputSchema>;
export const planQuestionPatchSchema = z.object({
  text: questionText.optional(),
  group: group.optional(),
  tags: tags.optional(),
  spare: z.boolean({ error: "Spare is true or false" }).optional(),
});
export type PlanQuestionPatch = z.input<typeof planQuestionPatchSchema>;
/** The plan's new order: every one of its question ids, first = highest priority. */
export const planOrderSchema = z.object({
  ids: z.array(z.string().max(100)).max(maxPlanQuestions),
});
export type PlanOrderInput = z.input<typeof planOrderSchema>;

export const preparationPatchSchema = z.object({
  objective: optionalText("The objective", 1000).optional(),
  aboutThem: optionalText("What you know about them", 3000).optional(),
  checklistDone: z.array(z.string().max(100)).max(100).optional(),
});
export type PreparationPatch = z.input<typeof preparationPatchSchema>;

/** A research note's Markdown; long enough for pasted bullet points, bounded for the brief. */
export const maxResearchNoteLength = 20_000;
export const researchNoteInputSchema = z
  .object({
    id: clientId(),
    personId: z.string().max(100).nullish(),
    organizationId: z.string().max(100).nullish(),
    body: z
      .string({ error: "Write the note" })
      .trim()
      .min(1, { error: "Write the note" })
      .max(maxResearchNoteLength, {
        error: `A note is at most ${maxResearchNoteLength.toLocaleString(wordingLocale)} characters`,
      }),
    notedOn: z
      .string()
      .refine(isCalendarDate, { error: "Enter the date as 2026-10-10" })
      .optional(),
  })
  .refine((note) => Boolean(note.personId) !== Boolean(note.organizationId), {
    path: ["personId"],
    error: "A note is about one person or one organization",
  });
export type ResearchNoteInput = z.input<typeof researchNoteInputSchema>;
export const researchNotePatchSchema = z.object({
  body: z
    .string({ error: "Write the note" })
    .trim()
    .min(1, { error: "Write the note" })
    .max(maxResearchNoteLength)
    .optional(),
  notedOn: z.string().refine(isCalendarDate, { error: "Enter the date as 2026-10-10" }).optional(),
});
export type ResearchNotePatch = z.input<typeof researchNotePatchSchema>;

const pitchPart = (label: string) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(2000, { error: `${label} is too long for a pitch (at most 2,000 characters)` })
    .default("");
export const pitchInputSchema = z.object({
  whoIAm: pitchPart("Who you are"),
  workIHope: pitchPart("The work you hope to do"),
  learnToday: pitchPart("What you hope to learn"),
});
export type PitchInput = z.input<typeof pitchInputSchema>;

export const preparedAnswersInputSchema = z.object({
  answers: z.array(
    z.object({
      prompt: z.enum(answerPrompts, { error: "Choose about_you, why_field or looking_for" }),
      answer: z.string().trim().max(3000, { error: "An answer is at most 3,000 characters" }),
    }),
  ),
});
export type PreparedAnswersInput = z.input<typeof preparedAnswersInputSchema>;

const storyPart = (label: string) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(3000, { error: `${label} is too long (at most 3,000 characters)` })
    .default("");
export const storyInputSchema = z.object({
  id: clientId(),
  title: z
    .string({ error: "Give the story a title" })
    .trim()
    .min(1, { error: "Give the story a title" })
    .max(200, { error: "A title is at most 200 characters" }),
  situation: storyPart("The situation"),
  task: storyPart("The task"),
  action: storyPart("The action"),
  result: storyPart("The result"),
  tags: z
    .array(z.string().trim().min(1).max(50, { error: "A tag is at most 50 characters" }))
    .max(20, { error: "At most 20 tags" })
    .default([]),
});
export type StoryInput = z.input<typeof storyInputSchema>;
export const storyPatchSchema = storyInputSchema.omit({ id: true }).partial();
export type StoryPatch = z.input<typeof storyPatchSchema>;
/** The stories picked for one conversation, in the order to tell them. */
export const storyPicksSchema = z.object({
  storyIds: z.array(z.string().max(100)).max(50, { error: "Pick at most 50 stories" }),
});
export type StoryPicksInput = z.input<typeof storyPicksSchema>;
