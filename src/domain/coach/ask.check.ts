import { nlp } from "../nlp.js";
import { defineCheck, endOfBody } from "./check.js";
import { isInvertedRequest, isQuestion, isWishRequest } from "./grammar.js";
import type { OutreachText, Span, TextSentence } from "./outreach-text.js";

/** What a question may ask for: their time, a conversation, their advice. */
const askWords =
  /\b(?:chat|talk|call|meet|meeting|conversation|coffee|speak|minutes?|hour|time|phone|video|zoom|connect|questions?|advice|insights?|perspective|hear|learn|share|tell\s+me|walk\s+me|explain|available|availability)\b/i;
/** A wish ("I'd value your advice") asks for a meeting only when it names one. */
const meetingWords =
  /\b(?:chat|talk|call|meet|meeting|conversation|coffee|speak|minutes?|hour|time|phone|video|zoom)\b/i;

/**
 * The sentence that asks for the meeting. A question ("Would you have 20 minutes…?"), the
 * same without its question mark ("Would you be willing to share…"), and a polite wish
 * that names a meeting ("I'd be grateful for a short call") all count. A tag question
 * ("…, isn't it?"), a yes/no about their job ("Do you like your work?") or a wish for
 * advice with no meeting in it ("I'd value your advice") asks nothing of their time.
 */
export function findAsk(outreach: OutreachText): TextSentence | undefined {
  return outreach.sentences.find(({ text }) =>
    askWords.test(text) && (isQuestion(text) || isInvertedRequest(text))
      ? true
      : meetingWords.test(text) && isWishRequest(text),
  );
}

/** `no_question`: no concrete ask for a conversation, as a question or polite request. */
export const questionCheck = defineCheck("no_question", (outreach, _settings, report) => {
  if (findAsk(outreach)) return;
  report(
    `Ask for the conversation as a question, e.g. "Would you have 20 minutes for a call next week?" A clear question is easy to say yes to.`,
    endOfBody(outreach),
  );
});

const relativeWindow =
  /\b(?:(?:next|this|coming|following)\s+(?:week|weekend|month|spring|summer|fall|autumn|winter|semester|term|quarter)|(?:in|over|during|within)\s+the\s+(?:next|coming|following)\s+(?:(?:few|two|three|four|couple\s+of)\s+)?(?:days|weeks?|months?)|(?:later|early|end\s+of|rest\s+of)\s+(?:this|next)\s+(?:week|month)|week\s+of|tomorrow|(?:any|most)\s+(?:morning|afternoon|evening|weekday|day)s?|mornings|afternoons|evenings|weekdays|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}|\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.))(?!\w)/i;
const shortLength =
  /\b(?:(?:\d{1,3}|a\s+few|few|five|ten|fifteen|twenty|thirty|forty[-\s]?five)[-\s]*(?:min(?:ute)?s?|hours?|hrs?)|half\s+an\s+hour|half[-\s]hour|an\s+hour|one\s+hour|quarter\s+of\s+an\s+hour)\b/i;

const months =
  "January|February|March|April|May(?!\\s+(?:I|we|you)\\b)|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec";
// A day number beside a month is a date whatever the tagger makes of the month word:
// compromise reads "March" in "between 10 and 24 March" as a verb. The digit keeps
// "May I…" out.
const datedWindow = new RegExp(
  `\\b\\d{1,2}(?:st|nd|rd|th)?\\b[^.?!\\n]{0,24}\\b(?:${months})\\b|\\b(?:${months})\\b\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`,
  "i",
);

function proposesWindow(content: string): boolean {
  // compromise knows month and weekday names, and that "May I…" is not the month.
  return (
    relativeWindow.test(content) ||
    datedWindow.test(content) ||
    nlp(content).has("(#Month|#WeekDay)")
  );
}

/** `no_window`: no proposed window (dates, days, "next week") or no short length. */
export const windowCheck = defineCheck("no_window", (outreach, _settings, report) => {
  const content = outreach.text.slice(outreach.greeting?.end ?? 0);
  const hasWindow = proposesWindow(content);
  const hasLength = shortLength.test(content);
  if (hasWindow && hasLength) return;
  const ask = findAsk(outreach);
  const at: Span = ask ? { start: ask.end, end: ask.end } : endOfBody(outreach);
  const message =
    !hasWindow && !hasLength
      ? `Propose when and how long, e.g. "Would you have 20 minutes in the next two weeks?" or "I'll be in Baltimore 10–15 October." A small, bounded ask is easier to accept.`
      : !hasWindow
        ? `Propose when — a window like "next week", "in the next two weeks" or "10–15 October" — so they can say yes without a round of e-mails.`
        : `Say how long you are asking for — "20 minutes" or "half an hour" — so they know it is a small favour.`;
  report(message, at);
});
