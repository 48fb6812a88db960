import { counted } from "../wording/plural.js";
import { defineCheck } from "./check.js";
import { subjectOf } from "./grammar.js";
import { bodySentences } from "./outreach-text.js";

const mentionsReader = /\b(?:you|your|yours)\b/i;
/** Below this many sentences a note is too short to be lopsided. */
const minimumSentences = 4;

/**
 * `self_centered`: more sentences about the writer than about the reader. A sentence is
 * about the reader when the reader is its subject or when it turns to them, even from "I"
 * ("I read your article…", "I'd love to hear how you…"); about the writer when the writer
 * is its subject and the reader is not in it. Others ("Could we talk…") count for neither.
 */
export const selfCenteredCheck = defineCheck("self_centered", (outreach, _settings, report) => {
  const sentences = bodySentences(outreach);
  if (sentences.length < minimumSentences) return;
  let writer = 0;
  let reader = 0;
  for (const { text } of sentences) {
    const subject = subjectOf(text);
    if (subject === "reader" || mentionsReader.test(text)) reader += 1;
    else if (subject === "writer") writer += 1;
  }
  if (writer <= reader) return;
  report(
    `${counted(writer, { one: "sentence is", other: "sentences are" })} about you and ${reader === 0 ? "none" : `only ${reader}`} about them. Turn one or two around to start from the reader, e.g. "Your work on…" or "Would you…" rather than "I am…".`,
    outreach.body,
  );
});
