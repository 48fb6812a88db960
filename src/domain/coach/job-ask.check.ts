import { pluralForm } from "../wording/plural.js";
import { defineCheck } from "./check.js";
import { clausesOf, isNegatedBefore } from "./grammar.js";
import type { Span } from "./outreach-text.js";

/** Words that ask for work or talk about openings. */
const jobTerms =
  /\b(?:jobs?|positions?|openings?|vacanc(?:y|ies)|internships?|employment|open\s+roles?|roles?\s+(?:at|on|in|with)\s+(?:your|the)\b|hiring|hire\s+me|recruiting|apply(?:ing)?\s+(?:to|at)\s+(?:your|the)\s+(?:company|firm|team|organi[sz]ation|office|group)|consider\s+me|for\s+your\s+consideration|(?:job|internal|employee)\s+referral|referral\s+for|refer\s+me\s+for|work\s+for\s+you|join\s+your\s+team|a\s+place\s+on\s+your\s+team|looking\s+for\s+work)\b/gi;
// "Your first job", "my previous position": someone's own history, not an ask. "Your open
// position" or "your openings" stay asks, so only these words and these owners count.
const ownableNoun = /^(?:jobs?|positions?|internships?|employment|roles?)\b/i;
const ownedBefore =
  /\b(?:(?:your|his|her|their|my)(?:\s+(?:first|previous|current|last|past|early|own|old|new|present))?|first|previous|past)\s+$/i;
// "Job market", "job title", "hiring managers": topics an explorer may fairly ask about.
const topicAfter =
  /^\s*(?:search|market|title|titles|description|descriptions|hunt|hunting|seekers?|fairs?|boards?|managers?|shadow(?:ing)?|to)\b/i;

export interface JobMention {
  term: string;
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
  /** "This is not a request for a job" says the right thing. */
  negated: boolean;
}

/** Every job word in a sentence, each with whether the sentence denies asking for it. */
export function jobMentions(sentence: string): JobMention[] {
  const mentions: JobMention[] = [];
  for (const clause of clausesOf(sentence)) {
    for (const match of clause.text.matchAll(jobTerms)) {
      const before = clause.text.slice(0, match.index);
      const after = clause.text.slice(match.index + match[0].length);
      if (ownableNoun.test(match[0]) && ownedBefore.test(before)) continue;
      if (topicAfter.test(after)) continue;
      mentions.push({
        term: match[0],
        start: clause.start + match.index,
        end: clause.start + match.index + match[0].length,
        negated: isNegatedBefore(before),
      });
    }
  }
  return mentions;
}

/** `"hiring"`, `"hiring" and "openings"`, `"hiring", "openings" and "internships"`. */
function quotedList(terms: readonly string[]): string {
  const quoted = terms.map((term) => `"${term}"`);
  if (quoted.length <= 1) return quoted[0] ?? "";
  return `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}

/**
 * `job_ask`: asks for a job or mentions openings or hiring, unless it says it is not doing
 * so. One finding, whatever the number of sentences, pointing at each of them.
 */
export const jobAskCheck = defineCheck("job_ask", (outreach, _settings, report) => {
  const terms: string[] = [];
  const places: Span[] = [];
  for (const sentence of outreach.sentences) {
    const ask = jobMentions(sentence.text).find((mention) => !mention.negated);
    if (!ask) continue;
    const term = ask.term.toLowerCase();
    if (!terms.includes(term)) terms.push(term);
    places.push({ start: sentence.start, end: sentence.end });
  }
  if (places.length === 0) return;
  const subject = pluralForm(places.length, {
    one: `${quotedList(terms)} makes this read`,
    other: `${places.length} sentences (${quotedList(terms)}) make this read`,
  });
  report(
    `${subject} as a request for a job, and busy people turn those down. Ask for information and advice instead — e.g. "I'm not asking about openings; I'd value your advice."`,
    places,
  );
});
