import { lowerFirstWord, tidyFragment } from "./draft-phrasing.js";
import type { Takeaway, TakeawayTag } from "./follow-up/takeaway.js";
import { nlp } from "./nlp.js";

/**
 * The explorer's takeaways (METHOD §6) set into a thank-you's or an update's sentences: the
 * point they made in the explorer's own words, the action with its day. Each sentence is
 * written so the coach reads it as what it is (thank-you-grammar.ts).
 */

/** Which takeaway a thank-you names: their advice first, then what they told about the field. */
export const pointPreference: readonly TakeawayTag[] = [
  "advice",
  "path",
  "trend",
  "skill",
  "qualification",
  "resource",
  "program",
  "person",
  "salary",
];

/** Verbs compromise's lexicon does not read as verbs on their own, yet notes start with. */
const noteVerbs = new Set([
  "email",
  "e-mail",
  "shadow",
  "text",
  "message",
  "enrol",
  "enroll",
  "register",
  "attend",
  "draft",
  "reach",
  "research",
  "redo",
  "rework",
  "polish",
  "contact",
  "join",
  "visit",
  "pitch",
]);

/** The note as a clause to set mid-sentence: tidy, first word lower-cased when common. */
function fragment(text: string): string {
  const tidy = tidyFragment(text);
  // "A PMP certificate…": an article is lower-cased whatever follows it.
  if (/^(?:A|An|The)\s/.test(tidy)) return tidy.charAt(0).toLowerCase() + tidy.slice(1);
  return lowerFirstWord(tidy);
}

/** A thing named bare ("Google Data Analytics certificate") gets "the"; a name or "my…" does not. */
function withArticle(text: string): string {
  const phrase = fragment(text);
  if (/^(?:a|an|the|my|your|their|his|her|our|this|that|these|those)\s/i.test(phrase))
    return phrase;
  const last = phrase.split(/\s+/).at(-1) ?? "";
  return /^\p{Ll}/u.test(last) ? `the ${phrase}` : phrase;
}

/** "Start small. Then grow.": notes that are more than one sentence. */
function isSeveralSentences(text: string): boolean {
  return /[.!?;]\s+\S/.test(tidyFragment(text));
}

/** "Moved from teaching into design": their own story, told in the past. */
function startsInPast(text: string): boolean {
  return nlp(tidyFragment(text)).has("^#PastTense");
}

/** "Sign up for the meetup", "email Ana": a note that starts with what to do. */
export function startsWithVerb(text: string): boolean {
  const tidy = tidyFragment(text).replace(/^(?:to|I\s+will|I'll|I\s+should)\s+/i, "");
  const first = (tidy.split(/\s+/)[0] ?? "").toLowerCase();
  if (noteVerbs.has(first)) return true;
  const doc = nlp(tidy);
  return doc.has("^#Verb") && !doc.has("^(#Gerund|#PastTense|#Participle)");
}

/** The note without a leading "to", "I will…": the bare act ("sign up for the meetup"). */
export function bareAct(text: string): string {
  return fragment(text.replace(/^\s*(?:to|I\s+will|I['’]ll|I\s+should|I\s+need\s+to)\s+/i, ""));
}

/** "agencies hire juniors in spring": a note that says something (a subject and its verb). */
function isClause(text: string): boolean {
  const tidy = tidyFragment(text);
  return !startsWithVerb(tidy) && nlp(tidy).has("#Noun+ (#Adverb|#Auxiliary|#Modal)? #Verb");
}

/** The takeaway a thank-you names, by the preference above; the earliest of a tag first. */
export function pointToName(takeaways: readonly Takeaway[]): Takeaway | null {
  for (const tag of pointPreference) {
    const found = takeaways.find((takeaway) => takeaway.tag === tag && takeaway.text.trim());
    if (found) return found;
  }
  return null;
}

/**
 * Their point as a sentence: "Your advice to start with a portfolio review has stayed with
 * me.", "It stayed with me when you said that agencies hire juniors in spring.", "Thank you
 * for pointing me to the UX meetup.", "Thank you for suggesting I talk to Ana Ruiz."
 */
export function pointSentence(takeaway: Pick<Takeaway, "tag" | "text">): string {
  const text = fragment(takeaway.text);
  // Two sentences or more do not fit inside one: quoted whole after a colon.
  if (isSeveralSentences(takeaway.text)) {
    return `I keep thinking about your ${takeaway.tag === "advice" ? "advice" : "words"}: “${tidyFragment(takeaway.text)}.”`;
  }
  if (startsInPast(takeaway.text)) return `Hearing how you ${text} has stayed with me.`;
  switch (takeaway.tag) {
    case "advice":
      if (startsWithVerb(takeaway.text)) {
        return `Your advice to ${bareAct(takeaway.text)} has stayed with me.`;
      }
      if (isClause(takeaway.text)) return `It stayed with me when you said that ${text}.`;
      return `Your advice about ${text} has stayed with me.`;
    case "resource":
    case "program":
      return `Thank you for pointing me to ${withArticle(takeaway.text)}.`;
    case "person":
      return `Thank you for suggesting I talk to ${text}.`;
    default:
      if (isClause(takeaway.text)) return `It stayed with me when you said that ${text}.`;
      if (startsWithVerb(takeaway.text)) {
        return `Your suggestion to ${bareAct(takeaway.text)} has stayed with me.`;
      }
      return `What you said about ${text} has stayed with me.`;
  }
}

/**
 * The same point recalled in an update: "You suggested I start with a portfolio review.",
 * "You told me that agencies hire juniors in spring.", "You pointed me to the UX meetup."
 */
export function recalledPointSentence(takeaway: Pick<Takeaway, "tag" | "text">): string {
  const text = fragment(takeaway.text);
  if (startsInPast(takeaway.text)) return `You told me how you ${text}.`;
  switch (takeaway.tag) {
    case "resource":
    case "program":
      return `You pointed me to ${withArticle(takeaway.text)}.`;
    case "person":
      return `You suggested I talk to ${text}.`;
    default:
      if (startsWithVerb(takeaway.text)) return `You suggested I ${bareAct(takeaway.text)}.`;
      if (isClause(takeaway.text)) return `You told me that ${text}.`;
      return `You told me about ${text}.`;
  }
}

/** The action the explorer will take, with its day: "By Friday, I will sign up for the UX meetup." */
export function actionSentence(text: string, day: string | null): string {
  const when = day ? ` ${day}` : "";
  if (startsWithVerb(text)) return `Because of it, I will ${bareAct(text)}${when}.`;
  return `Because of it, I will take the next step${when}: ${fragment(text)}.`;
}

/** The act in the past tense ("signed up for the UX meetup"), or null when it is not an act. */
function pastAct(text: string): string | null {
  if (!startsWithVerb(text)) return null;
  const doc = nlp(`I ${bareAct(text)}`);
  (doc.verbs() as unknown as { eq(index: number): { toPastTense(): unknown } }).eq(0).toPastTense();
  const past = doc.text().replace(/^I\s+/, "");
  return past === bareAct(text) ? null : past;
}

/** An action already done when the thank-you is written: "Because of it, I already signed up for…". */
export function alreadyDoneSentence(text: string): string {
  const past = pastAct(text);
  if (past) return `Because of it, I already ${past}.`;
  return `Because of it, I have already taken the next step: ${fragment(text)}.`;
}

/** What came of it, in the past: "I signed up for the UX meetup." */
export function doneSentence(text: string): string {
  if (!startsWithVerb(text)) return `I followed through: ${fragment(text)}.`;
  const doc = nlp(`I ${bareAct(text)}`);
  (doc.verbs() as unknown as { eq(index: number): { toPastTense(): unknown } }).eq(0).toPastTense();
  const past = doc.text().replace(/^I\s+/, "");
  // compromise keeps the present when it cannot conjugate; "I have acted on it" stays true.
  if (past === bareAct(text)) return `I acted on it: ${past}.`;
  return `I took your advice and ${past}.`;
}
