import nlp from "compromise";
import { afterFirstSentence, defineCheck } from "./check.js";
import { bodySentences, type OutreachText } from "./outreach-text.js";

/** "Your article on…", "your talk at…", "your work on…": a piece of their work. */
const theirWork =
  /\byour\s+(?:recent\s+|new\s+|latest\s+)?(?:article|post|blog|talk|presentation|keynote|panel|paper|book|podcast|interview|research|project|piece|essay|newsletter|thread|study|webinar|video|course|class|lecture|episode|report|comment|answer|session|workshop)s?\b|\byour\s+work\s+(?:on|at|with|in|for|as)\b/i;
/** "I read…", "I heard you speak…": the writer came across something of theirs. */
const cameAcross =
  /\bI(?:\s+recently|\s+just|'ve|’ve|\s+have)?\s+(?:been\s+following|read|saw|seen|heard|watched|listened\s+to|came\s+across|noticed|attended|followed|found|enjoyed|loved)\b/;
/** "You moved from teaching to design": something they did ("how you started" asks, so no). */
const theyDid =
  /(?<!\b(?:how|what|why|when|where|whether|if)\s+)\byou\s+(?:recently\s+)?(?:wrote|spoke|gave|led|built|founded|published|moved|switched|started|launched|studied|graduated|presented|posted|shared|designed|ran)\b/i;
const commonGround =
  /\b(?:we\s+both|both\s+of\s+us|fellow|in\s+common|also\s+(?:studied|went|attended|grew\s+up|worked|lived|graduated)|same\s+(?:school|university|college|program|programme|city|town|hometown|team|company))\b/i;
const mentionsReader = /\b(?:you|your|yours)\b/i;
/** "While I'm in Baltimore…" names the writer's trip, not anything of theirs. */
const writerTrip =
  /\b(?:I'm|I’m|I am|I'll be|I’ll be|I will be|I'll|I’ll|be)\s+(?:in|visiting)\s+[A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)*/gu;

function namesSomethingOfTheirs(outreach: OutreachText, sentence: string): boolean {
  // A proper noun counts only beside the reader: "I study at Boston University" is about
  // the writer, "Your team at Acme…" or "we both studied at Boston University" is not.
  if (!mentionsReader.test(sentence) && !commonGround.test(sentence)) return false;
  // Acronyms are usually the field ("UX", "AI"), not something of theirs.
  const names: string[] = nlp(sentence.replace(writerTrip, " "))
    .match("#ProperNoun")
    .not("(#Month|#WeekDay|#Pronoun|#Acronym)")
    .terms()
    .out("array");
  return names
    .map((name) => name.replace(/[^\p{L}\p{N}'’-]/gu, ""))
    .some((name) => name && !outreach.readerNames.has(name) && !outreach.writerNames.has(name));
}

/**
 * `nothing_specific`: nothing shows why this person. A heuristic: a named piece of their
 * work, something the writer read or heard, something they did, shared ground, or a proper
 * noun in a sentence about them (not the greeting's or the writer's own name).
 */
export const specificCheck = defineCheck("nothing_specific", (outreach, _settings, report) => {
  const specific = bodySentences(outreach).some(
    ({ text }) =>
      theirWork.test(text) ||
      cameAcross.test(text) ||
      theyDid.test(text) ||
      commonGround.test(text) ||
      namesSomethingOfTheirs(outreach, text),
  );
  if (specific) return;
  report(
    `Say what drew you to this person — an article, a talk, a project, their move into the field, or a school or city you share, e.g. "Your talk at the Design Systems meetup on research ops…". A generic note reads as mass mail.`,
    afterFirstSentence(outreach),
  );
});
