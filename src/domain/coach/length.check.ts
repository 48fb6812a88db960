import { outreachKindLabels } from "../draft-purpose.js";
import { defineCheck } from "./check.js";
import { phoneScreenWords, wordLimitFor } from "./finding.js";

/** `length`: over the word limit for this kind of message (a setting). */
export const lengthCheck = defineCheck("length", (outreach, settings, report) => {
  const limit = wordLimitFor(settings);
  const words = outreach.wordCount;
  if (words <= limit) return;
  const screen =
    words > phoneScreenWords
      ? `At this length it will not fit on one phone screen (about ${phoneScreenWords} words), where many people read first.`
      : `It still fits on one phone screen (about ${phoneScreenWords} words).`;
  report(
    `This ${outreachKindLabels[settings.kind]} has ${words} words; aim for ${limit} or fewer. ${screen} Keep who you are, why them, and your question; cut the rest.`,
    { start: 0, end: outreach.text.length },
  );
});
