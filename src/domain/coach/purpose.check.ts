import { afterFirstSentence, defineCheck } from "./check.js";
import { clausesOf, isNegatedBefore } from "./grammar.js";
import { jobMentions } from "./job-ask.check.js";

/** Ways people say they want to learn rather than to be hired. */
const purposeTerms =
  /\b(?:information(?:al)?|advice|advise|insights?|perspectives?|guidance|learn(?:ing)?|understand(?:ing)?|pick\s+your\s+brain|hear\s+(?:about|from|how|what|more|your)|your\s+(?:path|story|journey|experience|career|thoughts|views?)|how\s+you\s+(?:got|became|moved|made|started|ended\s+up|found|built|chose|decided)|what\s+(?:it'?s|it\s+is|the\s+work\s+is)\s+like|curious\s+(?:about|how|what)|questions?\s+about)\b/gi;

function statesPurpose(sentence: string): boolean {
  // "This is not a request for a job" says what the request is for, just as well.
  if (jobMentions(sentence).some((mention) => mention.negated)) return true;
  return clausesOf(sentence).some((clause) =>
    [...clause.text.matchAll(purposeTerms)].some(
      (match) => !isNegatedBefore(clause.text.slice(0, match.index)),
    ),
  );
}

/** `no_info_purpose`: never says the request is for information, advice or learning. */
export const purposeCheck = defineCheck("no_info_purpose", (outreach, _settings, report) => {
  if (outreach.sentences.some((sentence) => statesPurpose(sentence.text))) return;
  report(
    `Say plainly that you are asking for information and advice, not a job — e.g. "I'm not asking about openings; I'd value your advice on getting started."`,
    afterFirstSentence(outreach),
  );
});
