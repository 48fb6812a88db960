import { z } from "zod";
import type { Activity, ActivityDraft } from "./activity.js";
import type { Person } from "./person.js";
import { clientId, optionalText } from "./text-fields.js";

/**
 * What can come of the follow-up call (METHOD §3): they agreed (the time may come later),
 * "not now, maybe later", "no, but try X", the conversation happened on the call itself,
 * no answer, voicemail, or a message left with someone else. Each is exactly one log
 * entry, so Undo takes back exactly one.
 */
export const callOutcomeChoices = [
  "agreed",
  "maybe_later",
  "try_someone_else",
  "just_talked",
  "no_answer",
  "voicemail",
  "message_left",
] as const;
export type CallOutcomeChoice = (typeof callOutcomeChoices)[number];

/** What the call page sends: the outcome, and the one name some outcomes ask for. */
export const callOutcomeInputSchema = z
  .object({
    /** The log entry's id, made by the client, so a replayed outcome is logged once. */
    id: clientId(),
    outcome: z.enum(callOutcomeChoices, { error: "Choose how the call went" }),
    /** Who took the message (required), or whom they suggested (a new person, optional). */
    name: optionalText("Their name", 200),
  })
  .superRefine((input, context) => {
    if (input.outcome === "message_left" && !input.name) {
      context.addIssue({ code: "custom", path: ["name"], message: "Enter who took the message" });
    }
  });
export type CallOutcomeInput = z.output<typeof callOutcomeInputSchema>;
export type CallOutcomeDraft = z.input<typeof callOutcomeInputSchema>;

/** The log entry for an outcome; when it happened is the server's to say (now). */
export function callOutcomeEntry(input: CallOutcomeInput): Omit<ActivityDraft, "occurredAt"> {
  const { outcome, name } = input;
  switch (outcome) {
    case "agreed":
      // The scheduling dialog logs this before the conversation, or alone for "no time yet".
      return { kind: "call", outcome: "answered", detail: "They agreed to talk." };
    case "maybe_later":
      return { kind: "declined", outcome: "maybe_later", channel: "phone" };
    case "try_someone_else":
      return {
        kind: "declined",
        outcome: "try_someone_else",
        channel: "phone",
        ...(name ? { suggestedName: name } : {}),
      };
    case "just_talked":
      return { kind: "conversation_held", channel: "phone" };
    case "no_answer":
    case "voicemail":
      return { kind: "call", outcome };
    case "message_left":
      return { kind: "call", outcome: "message_left", withName: name };
  }
}

/** Whether a log entry is one a call outcome makes: what the call's Undo may take back. */
export function isCallOutcomeEntry(entry: Pick<Activity, "kind" | "outcome" | "channel">) {
  if (entry.kind === "call") return true;
  if (entry.kind === "declined")
    return (
      entry.channel === "phone" &&
      (entry.outcome === "maybe_later" || entry.outcome === "try_someone_else")
    );
  return entry.kind === "conversation_held" && entry.channel === "phone";
}

/**
 * The person a "try someone else" entry brought in, whom its Undo takes back too: the one
 * it suggests, introduced by the person called, created in the same instant as the entry
 * (one transaction, one clock reading) and with nothing logged of their own since. Someone
 * the explorer already had, or has written to meanwhile, stays.
 */
export function personBroughtInBy(
  entry: Pick<Activity, "kind" | "outcome" | "personId" | "suggestedPersonId" | "createdAt">,
  suggested: Pick<Person, "id" | "referredById" | "createdAt"> | null,
  suggestedLogSize: number,
): string | null {
  if (entry.kind !== "declined" || entry.outcome !== "try_someone_else") return null;
  if (!suggested || suggested.id !== entry.suggestedPersonId) return null;
  if (suggested.referredById !== entry.personId || suggested.createdAt !== entry.createdAt)
    return null;
  return suggestedLogSize === 0 ? suggested.id : null;
}
