import {
  adviceVerbs,
  auxiliaries,
  discourseMarkers,
  hearingVerbs,
  is,
  isFiniteVerb,
  isVerbOf,
  knowingVerbs,
  notAnOption,
  polarityWords,
  prepositions,
  requestFrames,
  requestModals,
  subjectPronouns,
  subordinators,
  tagged,
  tellingVerbs,
  verbBases,
  whWords,
  wishVerbs,
} from "./question-grammar.js";
import { type QuestionToken, questionSentences } from "./question-tokens.js";

/*
 * The rule (METHOD §4: flag what the contact could answer with a bare "yes" or "no"):
 * a question is closed when a bare "yes" or "no" would be a complete, natural answer.
 * Read from the grammar of its main clause (the last question when there are several;
 * a preamble sentence, discourse openers and a fronted phrase before a comma set aside):
 * - auxiliary first ("Do you…", "Isn't it…", "Have you ever…") → closed, except
 *   · an alternative ("Is it A or B?", "Did you study or work first?"): answered by a choice;
 *     "…or not?", "any A or B", "Do you have A or B" still ask yes or no;
 *   · a polite request that sets the listener a telling task: a request modal with "you"
 *     and a verb of telling ("Could you walk me through…", "Would you mind sharing…",
 *     "Would it be possible to hear about…", "Can I ask what…") — unless what is to be told
 *     is itself yes or no ("Can you tell me if…" is closed). "Would you recommend X?" asks an
 *     opinion (a bare "would", no "be able to"), so it is closed;
 *   · an indirect content question ("Do you know how long it takes?"); "Do you know if…" and
 *     "Do you know anyone…" are closed.
 * - a wh-word first ("What…", "In what way…", "Who else…") → open; a wh-clause inside an
 *   auxiliary-first frame ("Is what I heard true?") is read by that frame → closed.
 * - a statement with a tag ("…, didn't you?", "…, right?") or a statement asked with "?"
 *   ("You moved from finance to UX?") → closed: it asks for confirmation.
 * - an imperative or a first-person wish with "?" ("Tell me about…?", "I'd love to hear
 *   how…?") → open, unless its object is "if/whether…".
 * - a fragment without a finite verb ("Any advice for someone starting out?") → open: a bare
 *   "yes" to it would be odd.
 * - anything else without "?" is not a question and is not flagged.
 */

/** How a question is put; each form is closed or open by the rule above. */
export type QuestionForm =
  | "yes_no"
  | "tag"
  | "confirmation"
  | "embedded_yes_no"
  | "alternative"
  | "request"
  | "content"
  | "imperative"
  | "wish"
  | "fragment"
  | "statement";

const closedForms: ReadonlySet<QuestionForm> = new Set([
  "yes_no",
  "tag",
  "confirmation",
  "embedded_yes_no",
]);

export interface QuestionReading {
  form: QuestionForm;
  closed: boolean;
  /** The main clause the form was read from (a tag question: the statement before its tag). */
  clause: QuestionToken[];
}

type Head =
  | { kind: "aux" | "wh" | "imperative"; clause: QuestionToken[] }
  | { kind: "tag"; clause: QuestionToken[]; statement: QuestionToken[] }
  | { kind: "none"; clause: QuestionToken[] };

function withoutOpeners(tokens: QuestionToken[]): QuestionToken[] {
  let start = 0;
  while (start < tokens.length - 1 && is(tokens[start], discourseMarkers)) {
    // "So what…", "And, do you…": an opener, unless it is the whole question's verb.
    const next = tokens[start + 1];
    if (!next) break;
    start += 1;
  }
  return tokens.slice(start);
}

const tagWords = new Set([
  "right",
  "correct",
  "no",
  "yes",
  "true",
  "eh",
  "huh",
  "ok",
  "okay",
  "yeah",
]);

/** ", didn't you", ", isn't it", ", right", ", don't you think", ", is that right". */
function isTag(rest: QuestionToken[]): boolean {
  const words = rest.map((token) => token.word).filter((word) => word !== "not");
  if (words.length === 1) return tagWords.has(words[0] ?? "");
  if (words.length < 2 || words.length > 4 || !auxiliaries.has(words[0] ?? "")) return false;
  if (words.length === 2) return subjectPronouns.has(words[1] ?? "");
  const tail = words.slice(1).join(" ");
  return /^(?:you think|you agree|you say|i right|that right|that correct|that true|that so|it not)$/.test(
    tail,
  );
}

const isPreposition = (token: QuestionToken | undefined) =>
  tagged(token, "Preposition") || is(token, prepositions);
const personalSubjects = new Set(["i", "you", "we", "they", "he", "she", "it"]);

/** Is the token at `at` a wh-word opening a question, not a clause ("When you started, …")? */
function opensContentQuestion(tokens: QuestionToken[], at: number): boolean {
  const next = tokens[at + 1];
  const word = tokens[at]?.word;
  if (word === "how" && is(next, new Set(["come", "about"]))) return true;
  if (word === "what" && is(next, new Set(["about", "if"]))) return true;
  // "What you do…", "When you started…", "How I got here…": no inversion, so a clause.
  return !(is(next, personalSubjects) && !is(tokens[at + 2], new Set(["not"])));
}

function headAfterPauses(tokens: QuestionToken[]): Head | null {
  for (let index = 0; index < tokens.length - 1; index += 1) {
    if (!tokens[index]?.pause) continue;
    const rest = withoutOpeners(tokens.slice(index + 1));
    if (isTag(rest)) {
      return { kind: "tag", clause: rest, statement: tokens.slice(0, index + 1) };
    }
    const first = rest[0];
    if (is(first, auxiliaries) || (is(first, whWords) && opensContentQuestion(rest, 0))) {
      return headOf(rest);
    }
  }
  return null;
}

/** Finds the main clause and what opens it. */
function headOf(sentence: QuestionToken[]): Head {
  const tokens = withoutOpeners(sentence);
  const first = tokens[0];
  const second = tokens[1];
  if (is(first, auxiliaries)) {
    const subject = is(second, new Set(["not"])) ? tokens[2] : second;
    // "Would love to hear…": no subject after the auxiliary, so a statement ("I would…").
    const subjectless =
      subject === undefined ||
      subject.word === "to" ||
      (tagged(subject, "Verb") &&
        !tagged(subject, "Gerund") &&
        !auxiliaries.has(subject.word) &&
        !subjectPronouns.has(subject.word) &&
        !tagged(subject, "Noun"));
    if (!subjectless) {
      // Tag after a fronted clause is still the tag: "Looking back, would you?" is yes/no.
      return { kind: "aux", clause: tokens };
    }
    return { kind: "none", clause: tokens };
  }
  if (is(first, whWords) || (isPreposition(first) && is(second, whWords))) {
    const at = is(first, whWords) ? 0 : 1;
    // "How about mentorship, is that common?": a topic, then the question about it.
    const topic = at === 0 && is(second, new Set(["about"])) ? headAfterPauses(tokens) : null;
    if (topic && topic.kind !== "tag") return topic;
    if (opensContentQuestion(tokens, at)) return { kind: "wh", clause: tokens };
    // A wh-clause fronted before the question: "When you started, did you…?"
    return headAfterPauses(tokens) ?? { kind: "wh", clause: tokens };
  }
  const imperativeAt = is(first, new Set(["please"])) ? 1 : 0;
  const verb = tokens[imperativeAt];
  if (
    verb &&
    !tagged(verb, "Pronoun") &&
    !tagged(verb, "Gerund") &&
    !tagged(verb, "PastTense") &&
    (tagged(verb, "Imperative") || (imperativeAt === 0 && isVerbOf(verb, tellingVerbs)))
  ) {
    // "Tell me, do you like it?" asks the question after the comma; "Tell me, would you?" is a request.
    const after = headAfterPauses(tokens);
    return after && after.kind !== "tag" ? after : { kind: "imperative", clause: tokens };
  }
  const afterPause = headAfterPauses(tokens);
  if (afterPause) return afterPause;
  // A fronted phrase without its comma: "In your experience what matters most?"
  if (isPreposition(first) || is(first, subordinators) || tagged(first, "Gerund")) {
    for (let index = 1; index < Math.min(tokens.length - 1, 10); index += 1) {
      const token = tokens[index];
      const next = tokens[index + 1];
      if (is(token, whWords) && (is(next, auxiliaries) || isFiniteVerb(next))) {
        return { kind: "wh", clause: tokens.slice(index) };
      }
      if (is(token, auxiliaries) && is(next, personalSubjects) && index >= 2) {
        return { kind: "aux", clause: tokens.slice(index) };
      }
    }
  }
  return { kind: "none", clause: tokens };
}

/** The main verb of an auxiliary-first clause: the first verb after the subject. */
function mainVerbIndex(clause: QuestionToken[]): number {
  for (let index = 2; index < clause.length; index += 1) {
    const token = clause[index];
    if (token && tagged(token, "Verb") && token.word !== "not") return index;
  }
  return -1;
}

/** "Is it A or B?", "Did you study first or work?": a choice, not a yes or no. */
function offersChoice(clause: QuestionToken[]): boolean {
  if (clause.some((token) => token.word === "either")) return true;
  // Existence and possession ask about the list as a whole: "Are there A or B?" "Do you have A or B?"
  // "…or is it all good?": a second clause after "or" is the other option.
  if (
    clause.some(
      (token, index) => index > 2 && token.word === "or" && is(clause[index + 1], auxiliaries),
    )
  ) {
    return true;
  }
  if (clause[1]?.word === "there" || clause[2]?.word === "there") return false;
  const verbAt = mainVerbIndex(clause);
  const verb = clause[verbAt];
  if (verb && ["have", "got"].includes(verb.word)) return false;
  return clause.some((token, index) => {
    if (token.word !== "or" || index < 2) return false;
    const next = clause[index + 1];
    const afterNext = clause[index + 2];
    if (!next) return false;
    if (notAnOption.has(next.word) && afterNext?.word !== "else") return false;
    // "any tips or books": the polarity word makes the whole list one thing asked about.
    const before = clause.slice(Math.max(verbAt, 1), index);
    return !before.some((word) => polarityWords.has(word.word));
  });
}

const ifWhether = new Set(["if", "whether"]);
// Between a telling verb and what it tells: "tell me a bit more", "let me know".
const objects = new Set([
  "me",
  "us",
  "it",
  "them",
  "him",
  "her",
  "a",
  "bit",
  "little",
  "more",
  "briefly",
  "know",
]);

/** What follows a telling verb: "if/whether…" asks for a yes or no; anything else is told. */
function complementIsYesNo(clause: QuestionToken[], verbAt: number): boolean {
  for (let index = verbAt + 1; index < clause.length; index += 1) {
    const token = clause[index];
    if (!token) break;
    if (ifWhether.has(token.word)) return !embedsRequest(clause.slice(index + 1));
    if (!objects.has(token.word) && !tagged(token, "Particle") && token.word !== "through")
      return false;
  }
  return false;
}

/** The telling task a request names: "walk me through" needs its "through". */
function isTellingTask(clause: QuestionToken[], at: number): boolean {
  const verb = clause[at];
  if (!verb || !isVerbOf(verb, tellingVerbs)) return false;
  const next = clause.slice(at + 1, at + 4).map((token) => token.word);
  const base = verbBase(verb);
  switch (base) {
    case "walk":
    case "go":
    case "run":
    case "take":
      return next.includes("through") || next.includes("over");
    case "fill":
      return next.includes("in");
    case "point":
      return next.some((word) => ["to", "toward", "towards", "at", "in"].includes(word));
    case "break":
      return next.includes("down");
    case "think":
      return next[0] === "of";
    case "help":
      return next.some((word) =>
        ["understand", "see", "figure", "think", "learn", "get", "make"].includes(word),
      );
    case "let":
      return next[1] === "know";
    case "say": {
      const after = clause[at + 1];
      return (
        after === undefined ||
        ["more", "a", "something", "about", "anything", "what", "how", "why", "a bit"].includes(
          after.word,
        )
      );
    }
    default:
      return true;
  }
}

function verbBase(token: QuestionToken): string {
  return (
    verbBases(token.word).find(
      (base) => tellingVerbs.has(base) || hearingVerbs.has(base) || knowingVerbs.has(base),
    ) ?? token.word
  );
}

const wantFrames = new Set([
  "able",
  "willing",
  "mind",
  "care",
  "like",
  "want",
  "happy",
  "open",
  "comfortable",
]);

/**
 * "you could tell me how…" inside another clause ("I was wondering if you could tell me…",
 * "Do you think you could walk me through…").
 */
function embedsRequest(tokens: QuestionToken[]): boolean {
  for (let index = 0; index < tokens.length - 2; index += 1) {
    const you = tokens[index];
    const modal = tokens[index + 1];
    if (you?.word === "you" && modal && requestModals.has(modal.word)) {
      // Read as the question it would be: "you could tell me…" → "could you tell me…".
      return requestAfterSubject([modal, you, ...tokens.slice(index + 2)], 2);
    }
  }
  return false;
}

/** "…if I ask how much you earn", "…if I could ask what…": a wh-question put as asking it. */
function embedsAskingWhat(tokens: QuestionToken[]): boolean {
  const asks = (token: QuestionToken) =>
    token.word === "asked" || verbBases(token.word).includes("ask");
  return tokens.some((token, index) => {
    if (token.word !== "i") return false;
    const askAt = tokens.findIndex((later, at) => at > index && at <= index + 3 && asks(later));
    if (askAt < 0) return false;
    const next = tokens[askAt + 1];
    return is(next?.word === "you" ? tokens[askAt + 2] : next, whWords);
  });
}

/** From after "Could you", "Would you (please) (be willing to)" to the verb it asks for. */
function requestAfterSubject(clause: QuestionToken[], from: number): boolean {
  const head = clause[0]?.word ?? "";
  let framed = false;
  for (let index = from; index < clause.length; index += 1) {
    const token = clause[index];
    if (!token) return false;
    if (isVerbOf(token, tellingVerbs) && isTellingTask(clause, index)) {
      const opinion =
        isVerbOf(token, adviceVerbs) && (head === "would" || head === "might") && !framed;
      if (opinion) return false;
      return !complementIsYesNo(clause, index);
    }
    if (wantFrames.has(token.word)) framed = true;
    if (!requestFrames.has(token.word) && !tagged(token, "Adverb") && token.word !== "not") {
      return false;
    }
  }
  return false;
}

/** "Do you know how…", "Would you happen to know what…", "Do you have any idea how…". */
function indirectContentQuestion(clause: QuestionToken[]): boolean {
  if (clause[1]?.word !== "you" && clause[2]?.word !== "you") return false;
  for (let index = 2; index < Math.min(clause.length - 1, 7); index += 1) {
    const token = clause[index];
    const knowing =
      is(token, knowingVerbs) ||
      ((token?.word === "idea" || token?.word === "sense") && clause[index - 1]?.word !== "your");
    if (!knowing) continue;
    const next = clause[index + 1];
    const afterOf = next?.word === "of" ? clause[index + 2] : next;
    return is(afterOf, whWords);
  }
  return false;
}

/** "Can I ask what…", "Could I hear about…", "Would it be possible to hear…". */
function asksToBeTold(clause: QuestionToken[]): boolean {
  const subject = clause[1]?.word === "not" ? clause[2] : clause[1];
  if (subject?.word === "i" || subject?.word === "we") {
    const verbAt = clause.findIndex((token, index) => index > 1 && isVerbOf(token, hearingVerbs));
    if (verbAt < 0 || !requestModals.has(clause[0]?.word ?? "")) return false;
    const between = clause.slice(2, verbAt);
    if (!between.every((token) => requestFrames.has(token.word) || tagged(token, "Adverb")))
      return false;
    return toldOpenly(clause, verbAt);
  }
  // "Would it be possible to hear…", "Is it alright to ask what…", "Is it possible for you to tell…"
  if (subject?.word === "it") {
    const toAt = clause.findIndex((token, index) => index > 1 && index <= 7 && token.word === "to");
    const verbAt = toAt + 1;
    if (toAt < 0) return false;
    if (isVerbOf(clause[verbAt], hearingVerbs)) return toldOpenly(clause, verbAt);
    return isTellingTask(clause, verbAt) && !complementIsYesNo(clause, verbAt);
  }
  return false;
}

/** What a hearing verb asks to be told: "ask what…" (not "ask a question"), "hear about…". */
function toldOpenly(clause: QuestionToken[], verbAt: number): boolean {
  const verb = clause[verbAt];
  if (!verb) return false;
  const next = clause[verbAt + 1];
  const afterYou = next?.word === "you" ? clause[verbAt + 2] : next;
  switch (verbBase(verb)) {
    case "ask":
      return is(afterYou, whWords);
    case "get":
      return afterYou?.word === "your";
    case "learn":
      return is(afterYou, new Set(["more", "about", ...whWords]));
    default:
      return !complementIsYesNo(clause, verbAt);
  }
}

function readAuxiliaryFirst(clause: QuestionToken[]): QuestionForm {
  if (offersChoice(clause)) return "alternative";
  const head = clause[0]?.word ?? "";
  const subjectAt = clause[1]?.word === "not" ? 2 : 1;
  const subject = clause[subjectAt]?.word;
  const listener = subject === "you" || (subject === "we" && requestModals.has(head));
  // "Are you able to share…", "Are you willing to explain…": be + a frame is a request too.
  const beFramed =
    ["are", "were"].includes(head) && wantFrames.has(clause[subjectAt + 1]?.word ?? "");
  if (listener && (requestModals.has(head) || isMindFrame(clause) || beFramed)) {
    if (requestAfterSubject(clause, subjectAt + 1)) return "request";
    if (tellsYesNo(clause, subjectAt + 1)) return "embedded_yes_no";
  }
  if (indirectContentQuestion(clause) || asksToBeTold(clause)) return "request";
  // "Do you think you could walk me through…": the request sits inside.
  if (embedsRequest(clause.slice(subjectAt + 1))) return "request";
  // "Do you mind if I ask how much you earn?"
  if (embedsAskingWhat(clause.slice(subjectAt + 1))) return "request";
  return "yes_no";
}

/** "Do you mind sharing…": "mind" makes a request of "do" too. */
function isMindFrame(clause: QuestionToken[]): boolean {
  return clause.slice(1, 4).some((token) => token.word === "mind");
}

/** A telling verb whose object is "if/whether…": "Can you tell me if you're hiring?" */
function tellsYesNo(clause: QuestionToken[], from: number): boolean {
  const verbAt = clause.findIndex((token, index) => index >= from && isVerbOf(token, tellingVerbs));
  return verbAt >= 0 && complementIsYesNo(clause, verbAt);
}

// Nouns whose clause says what may be so: "Any chance you're hiring?" asks "is there any chance…".
const possibilityNouns = new Set(["chance", "chances", "possibility", "way", "likelihood", "hope"]);

/**
 * "Any books you'd recommend?": a noun phrase and a clause about it, no main verb, so a
 * fragment asking for the things. "The team you lead is remote?" has its main verb: a statement.
 */
function relativeFragment(tokens: QuestionToken[]): "thing" | "possibility" | null {
  if (tagged(tokens[0], "Pronoun") && !tagged(tokens[0], "Possessive")) return null;
  const subjectAt = tokens.findIndex(
    (token, index) => index > 0 && is(token, personalSubjects) && tagged(tokens[index - 1], "Noun"),
  );
  if (subjectAt < 0) return null;
  if (tokens.slice(0, subjectAt).some((token) => isFiniteVerb(token))) return null;
  const inVerbGroup = (token: QuestionToken | undefined) =>
    isFiniteVerb(token) ||
    tagged(token, "Verb") ||
    tagged(token, "Adverb") ||
    token?.word === "not";
  let end = subjectAt + 1;
  while (end < tokens.length && inVerbGroup(tokens[end])) end += 1;
  if (tokens.slice(end).some((token) => isFiniteVerb(token))) return null;
  return is(tokens[subjectAt - 1], possibilityNouns) ? "possibility" : "thing";
}

function readStatement(tokens: QuestionToken[]): QuestionForm {
  const last = tokens[tokens.length - 1];
  // "You worked where before that?" asks in place.
  if (
    is(last, whWords) ||
    tokens.some(
      (token, index) =>
        index > 0 &&
        is(token, whWords) &&
        isFiniteVerb(tokens[index + 1]) &&
        index === tokens.length - 2,
    )
  ) {
    return "content";
  }
  const writerAt = tokens.findIndex((token) => token.word === "i" || token.word === "we");
  const wishAt = tokens.findIndex((token, index) => index > writerAt && is(token, wishVerbs));
  // "Would love to hear…", "Just wondering how…": the writer left out as subject.
  const opening = tokens.find((token) => !tagged(token, "Adverb"));
  const subjectless = is(opening, auxiliaries) || is(opening, wishVerbs);
  if ((writerAt >= 0 && writerAt <= 2 && wishAt > writerAt) || subjectless) {
    const ifAt = tokens.findIndex((token, index) => index > wishAt && ifWhether.has(token.word));
    const embedded = tokens.slice(ifAt + 1);
    if (ifAt >= 0 && !embedsRequest(embedded) && !embedsAskingWhat(embedded)) {
      return "embedded_yes_no";
    }
    if (wishAt >= 0) return "wish";
  }
  // "Any chance that you're hiring?" asks whether: "is there any chance…".
  const possibilityAt = tokens.findIndex((token) => possibilityNouns.has(token.word));
  if (
    possibilityAt >= 0 &&
    possibilityAt <= 2 &&
    !tokens.slice(0, possibilityAt).some((token) => isFiniteVerb(token)) &&
    tokens.slice(possibilityAt + 1).some((token) => isFiniteVerb(token))
  ) {
    return "embedded_yes_no";
  }
  // No verb of its own before any clause it holds: "Any thoughts on whether I should move?"
  const clauseAt = tokens.findIndex(
    (token, index) => index > 0 && (ifWhether.has(token.word) || is(token, whWords)),
  );
  const own = clauseAt < 0 ? tokens : tokens.slice(0, clauseAt);
  if (!own.some((token) => isFiniteVerb(token))) return "fragment";
  const relative = relativeFragment(tokens);
  if (relative === "possibility") return "embedded_yes_no";
  if (relative === "thing") return "fragment";
  return "confirmation";
}

const joiners = new Set(["and", "but", "or", "also", "plus"]);

/**
 * "Do you enjoy it, and why?", "Is it stressful, and how do you cope?": a content question
 * joined on asks for more than a yes, so the whole is open.
 */
function joinsContentQuestion(tokens: QuestionToken[]): boolean {
  return tokens.some((token, index) => {
    if (index === 0 || !joiners.has(token.word)) return false;
    const wh = tokens[index + 1];
    const after = tokens[index + 2];
    if (!is(wh, whWords)) return false;
    return (
      after === undefined || is(after, auxiliaries) || isFiniteVerb(after) || after.word === "not"
    );
  });
}

function readSentence(tokens: QuestionToken[], asked: boolean): QuestionReading {
  const head = headOf(tokens);
  const reading = (form: QuestionForm, clause = head.clause): QuestionReading => {
    const joined = closedForms.has(form) && joinsContentQuestion(tokens);
    return { form: joined ? "content" : form, closed: closedForms.has(form) && !joined, clause };
  };
  switch (head.kind) {
    case "aux":
      return reading(readAuxiliaryFirst(head.clause));
    case "wh":
      return reading("content");
    case "imperative": {
      if (!asked) return reading("statement");
      return reading(tellsYesNo(head.clause, 0) ? "embedded_yes_no" : "imperative");
    }
    case "tag":
      return reading("tag", head.statement);
    case "none":
      return reading(asked ? readStatement(head.clause) : "statement");
  }
}

/** Reads a question (with any preamble) for its form: closed when yes or no would answer it. */
export function readQuestion(text: string): QuestionReading {
  const sentences = questionSentences(text);
  const asked = sentences.filter((sentence) => sentence.asked);
  const lastAsked = asked[asked.length - 1];
  if (lastAsked) return readSentence(lastAsked.tokens, true);
  // No question mark: the last sentence shaped as a question, if any ("do you like it").
  for (const sentence of [...sentences].reverse()) {
    const reading = readSentence(sentence.tokens, false);
    if (reading.form !== "statement") return reading;
  }
  return { form: "statement", closed: false, clause: sentences[0]?.tokens ?? [] };
}

/** Could a bare "yes" or "no" answer it? */
export function isClosedQuestion(text: string): boolean {
  return readQuestion(text).closed;
}
