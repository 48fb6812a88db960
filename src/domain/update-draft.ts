import { dayAndMonth, greetingLine, signOffLines } from "./draft-parts.js";
import type { OutreachKind } from "./draft-purpose.js";
import type { Takeaway, TakeawayTag } from "./follow-up/takeaway.js";
import type { OutreachDraft } from "./outreach-draft.js";
import type { Person } from "./person.js";
import type { Profile } from "./profile.js";
import { bareAct, doneSentence, recalledPointSentence } from "./takeaway-phrasing.js";

/** What only the explorer knows when the takeaways do not say it; the coach flags each. */
export const adviceToCitePlaceholder = "[the advice they gave you]";
export const whatCameOfItPlaceholder = "[what you did with it, and what came of it]";

/** An update cites advice: what they advised, a resource they pointed to, someone they named. */
const citedTags: readonly TakeawayTag[] = [
  "advice",
  "resource",
  "person",
  "program",
  "path",
  "trend",
  "skill",
];

export interface UpdateDraftRequest {
  kind: OutreachKind;
  profile: Pick<Profile, "name">;
  person: Pick<Person, "name">;
  /** When the conversation the advice came from started, or null when unknown. */
  conversationAt: string | null;
  /** That conversation's takeaways, in the order written. */
  takeaways: readonly Takeaway[];
  now: Date;
  timeZone: string;
}

/** The advice an update cites: the first of the most citable tag. */
function adviceToCite(takeaways: readonly Takeaway[]): Takeaway | null {
  for (const tag of citedTags) {
    const found = takeaways.find((takeaway) => takeaway.tag === tag && takeaway.text.trim());
    if (found) return found;
  }
  return null;
}

/**
 * An update to a past contact (METHOD §6, periodic updates): "what came of your advice". It
 * cites their advice from the conversation's takeaways and what came of it (the done action);
 * when no action is done yet it is a short "a quick update" that cites the advice and says
 * what the explorer is working on. It asks for nothing.
 */
export function draftUpdate(request: UpdateDraftRequest): OutreachDraft {
  const { kind, takeaways } = request;
  const advice = adviceToCite(takeaways);
  const done = [...takeaways]
    .filter((takeaway) => takeaway.tag === "action" && takeaway.actionDoneAt)
    .sort((first, second) =>
      (first.actionDoneAt ?? "") < (second.actionDoneAt ?? "") ? 1 : -1,
    )[0];
  const open = takeaways.find((takeaway) => takeaway.tag === "action" && !takeaway.actionDoneAt);
  const when = request.conversationAt
    ? ` when we spoke on ${dayAndMonth(request.conversationAt, request.timeZone)}`
    : " when we spoke";
  const cited = advice
    ? `${recalledPointSentence(advice).replace(/\.$/, "")}${when}.`
    : `You gave me some advice${when}: ${adviceToCitePlaceholder}.`;
  const cameOfIt = done
    ? doneSentence(done.text)
    : open
      ? `I'm working on it: next, I will ${bareAct(open.text)}.`
      : `${whatCameOfItPlaceholder}.`;
  const opening = done
    ? "I wanted to tell you what came of your advice."
    : "I wanted to send you a quick update.";
  const body = [
    greetingLine(kind, request.person.name),
    `${opening} ${cited}`,
    cameOfIt,
    "Thank you again — it made a real difference, and I will keep you posted.",
    signOffLines(kind, request.profile.name),
  ].join("\n\n");
  return {
    subject: done ? "What came of your advice" : "A quick update",
    body,
  };
}
