import { afterFirstSentence, defineCheck } from "./check.js";
import { bodySentences } from "./outreach-text.js";
import { saysSomethingSpecific } from "./specific-detail.js";

/** "Dr. Sam Ortiz" → Sam, Ortiz: the parts of a name a sentence may use. */
function nameParts(name: string): Set<string> {
  return new Set(
    name
      .split(/\s+/)
      .map((part) => part.replace(/[^\p{L}'’-]/gu, ""))
      .filter((part) => part.length > 1),
  );
}

/**
 * `nothing_specific`: no sentence says why this person — a named piece of their work, a
 * project, a team or an event, something they did or a move they made, or common ground.
 * Their bare title and employer, and praise that fits anyone, do not count.
 */
export const specificCheck = defineCheck("nothing_specific", (outreach, settings, report) => {
  const context = {
    readerNames: outreach.readerNames,
    writerNames: outreach.writerNames,
    introducerNames: nameParts(settings.introducer?.name ?? ""),
  };
  if (bodySentences(outreach).some(({ text }) => saysSomethingSpecific(text, context))) return;
  report(
    `Say what drew you to this person — an article, a talk, a project, their move into the field, or a school or city you share, e.g. "Your talk at the Design Systems meetup on research ops…". Their title and employer alone, or praise that would fit anyone, read as mass mail.`,
    afterFirstSentence(outreach),
  );
});
