import { defineCheck } from "./check.js";
import { subjectOf } from "./grammar.js";
import { bodySentences } from "./outreach-text.js";

const mentionsReader = /\b(?:you|your|yours)\b/i;
/** Below this many sentences a note is too short to be lopsided. */
const minimumSentences = 4;

/**
 * `self_centered`: more sentences with the writer as subject than with the reader. A
 * sentence that starts from "I" but turns to the reader ("I read your article…", "I'd love
 * to hear how you…") counts for neither side: it is about them.
 */
export const selfCenteredCheck = defineCheck("self_centered", (outreach, _settings, report) => {
  const sentences = bodySentences(outreach);
  if (sentences.length < minimumSentences) return;
  let writer = 0;
  let reader = 0;
  for (const { text } of sentences) {
    const subject = subjectOf(text);
    if (subject === "reader") reader += 1;
    else if (subject === "writer" && !mentionsReader.test(text)) writer += 1;
  }
  if (writer <= reader) return;
  report(
    `${writer} sentences are about you and ${reader === 0 ? "none" : `only ${reader}`} about them. Turn one or two around to start from the reader, e.g. "Your work on…" or "Would you…" rather than "I am…".`,
    outreach.body,
  );
});
