import { nlp } from "../nlp.js";
import { type QuestionReading, readQuestion } from "./question-check.js";
import {
  auxiliaries,
  is,
  isFiniteVerb,
  prepositions,
  tagged,
  whWords,
} from "./question-grammar.js";
import { phraseOf, type QuestionToken } from "./question-tokens.js";

/*
 * An open version of a closed question, built from its clause, not looked up:
 * - "Do you like/enjoy/love X?" → "What do you find most rewarding about X, and what is hardest?"
 * - "Is/Are there (any) N …?" → "What N is/are there …?"
 * - "Do/Did/Have you V any N …?" → "What N do/did/have you V …?"
 * - "Is it/the pay ADJ …?" → "How ADJ is it/the pay …?"; "Is it a good time…?" → "What makes it…?"
 * - "Did you V X?" → "How did you come to V X?"; "Does the team V X?" → "How does the team V X?"
 * - "Have you ever V-ed X?" → "What has your experience been with V-ing X?"
 * - "Can/Could/Should I V X?" → "How could I V X?" / "What should I weigh in deciding whether to V X?"
 * - "Would you recommend X?" → "What would you tell someone considering X?"
 * - "Do you think S?" → "What is your view on whether S?"
 * - "Can you tell me if S?", "I wonder whether S?" → "What can you tell me about whether S?"
 * - a tag or a statement with "?" is made a question first ("You moved to UX" → "Did you move…").
 * - otherwise "What can you tell me about <its last noun phrase>?"
 * Every rewrite is read again by the check and must come out open.
 */

const likeVerbs = new Set(["like", "enjoy", "love"]);
const adviceVerbs = new Set(["recommend", "suggest", "advise"]);
const beForms = new Set(["is", "are", "was", "were", "am"]);
const doForms = new Set(["do", "does", "did"]);
const haveForms = new Set(["have", "has", "had"]);
const personal = new Set(["i", "you", "we", "they", "he", "she", "it", "there", "this", "that"]);
const indefinite = new Set(["any", "a", "an", "some", "many", "much", "other"]);
const indefinitePronouns: Record<string, string> = {
  anything: "what",
  something: "what",
  anyone: "who",
  anybody: "who",
  someone: "who",
  somebody: "who",
};
const fillers = new Set([
  "ever",
  "never",
  "still",
  "really",
  "also",
  "actually",
  "usually",
  "currently",
  "generally",
]);
const clauseSubjects = new Set(["i", "you", "we", "they", "he", "she"]);
/** Words of place and time that head no noun phrase to ask "what" about ("worked here"). */
const deictics = new Set(["here", "there", "now", "then", "today", "tonight", "home", "abroad"]);
/** Verbs of opinion whose object is a clause: "Do you think/feel (that) the field is growing?" */
const opinionVerbs = new Set(["think", "believe", "feel", "suppose", "reckon", "expect"]);

interface Inverted {
  aux: string;
  subject: QuestionToken[];
  /** The main verb (or, after "be", the predicate) and what follows it. */
  rest: QuestionToken[];
}

const words = (tokens: readonly QuestionToken[]) => phraseOf(tokens);

/** A subject as it reads inside a sentence: "The team" → "the team", "I" and names kept. */
function inner(tokens: readonly QuestionToken[]): string {
  const [first, ...others] = tokens;
  if (!first) return "";
  const keep = first.word === "i" || tagged(first, "ProperNoun") || tagged(first, "Acronym");
  const head = keep ? phraseOf([first]) : phraseOf([first]).toLowerCase();
  return [head, phraseOf(others)].filter((part) => part.length > 0).join(" ");
}

function sentence(...parts: string[]): string {
  const text = parts
    .filter((part) => part.length > 0)
    .join(" ")
    .replace(/\s+/g, " ")
    .replace(/\s+([,?])/g, "$1")
    .trim()
    .replace(/[,;:\s]+$/, "");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}?`;
}

/** "… or not", a final tag and fillers say nothing the open question needs. */
function trimmed(tokens: QuestionToken[]): QuestionToken[] {
  const out = [...tokens];
  const orAt = out.findIndex(
    (token, index) => token.word === "or" && is(out[index + 1], new Set(["not", "no"])),
  );
  if (orAt >= 0) out.splice(orAt);
  return out;
}

const nominalTags = ["Noun", "Adjective", "Determiner", "Value", "Possessive"];
const isNominal = (token: QuestionToken) =>
  nominalTags.some((tag) => tagged(token, tag)) && !tagged(token, "Pronoun");
const isPrepositionWord = (token: QuestionToken) =>
  prepositions.has(token.word) || (tagged(token, "Preposition") && !whWords.has(token.word));

/**
 * Where the subject after the auxiliary ends. After "do" or a modal a bare verb follows
 * ("Did the pandemic change how…": the last word of the noun run is the verb when the tagger
 * did not see one); after "be" the predicate does.
 */
function subjectEnd(tokens: QuestionToken[], from: number, verbFollows: boolean): number {
  const first = tokens[from];
  if (!first) return from;
  if (personal.has(first.word) || (tagged(first, "Pronoun") && !tagged(first, "Possessive"))) {
    return from + 1;
  }
  // A clause as subject ("what I've heard about X"): runs to the predicate at the end.
  if (whWords.has(first.word)) return Math.max(from + 1, tokens.length - 1);
  for (let index = from + 1; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (!token) break;
    if (isPrepositionWord(token)) return prepositionalEnd(tokens, index);
    if (tagged(token, "Verb") && !tagged(token, "Noun")) return index;
    if (verbFollows) {
      if (!isNominal(token)) return Math.max(from + 1, index - 1);
      continue;
    }
    if (tagged(token, "Adjective") || tagged(token, "Adverb")) return index;
  }
  return Math.min(tokens.length, from + 2);
}

/** "someone without a degree get hired": the subject keeps its phrase up to the verb. */
function prepositionalEnd(tokens: QuestionToken[], at: number): number {
  for (let index = at + 1; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token && tagged(token, "Verb") && !tagged(token, "Noun")) return index;
  }
  return at;
}

/**
 * Where an adjective predicate at the end of the clause starts: a hyphenated compound
 * ("lab-based") and a degree adverb before it ("mostly") belong to it.
 */
function predicateStart(clause: QuestionToken[], from: number): number {
  let start = clause.length - 1;
  while (start - 1 > from && clause[start - 1]?.hyphen) start -= 1;
  if (start - 1 > from && tagged(clause[start - 1], "Adverb")) start -= 1;
  return start;
}

function invert(clause: QuestionToken[]): Inverted | null {
  const aux = clause[0];
  if (!aux || !auxiliaries.has(aux.word)) return null;
  let from = 1;
  while (clause[from]?.word === "not") from += 1;
  const last = clause[clause.length - 1];
  // "Is a day or two of shadowing possible?": the predicate is the adjective at the end.
  const endsInAdjective =
    beForms.has(aux.word) &&
    tagged(last, "Adjective") &&
    !personal.has(clause[from]?.word ?? "") &&
    clause.length - from > 2;
  const end = endsInAdjective
    ? predicateStart(clause, from)
    : subjectEnd(clause, from, !beForms.has(aux.word));
  let restAt = end;
  while (is(clause[restAt], fillers) || clause[restAt]?.word === "not") restAt += 1;
  return { aux: aux.word, subject: clause.slice(from, end), rest: trimmed(clause.slice(restAt)) };
}

// Each verb is conjugated once: a parse per call would cost as much as the check itself.
const conjugations = new Map<string, string>();

function conjugated(verb: string, form: "infinitive" | "gerund"): string {
  const key = `${form}:${verb}`;
  const known = conjugations.get(key);
  if (known !== undefined) return known;
  const made = conjugate(verb, form);
  if (conjugations.size < 5_000) conjugations.set(key, made);
  return made;
}

function conjugate(verb: string, form: "infinitive" | "gerund"): string {
  const doc = nlp(`they ${verb}`).verbs();
  const out = form === "infinitive" ? doc.toInfinitive().text() : doc.toGerund().text();
  const last = out.split(/\s+/).pop() ?? verb;
  return last.length > 0 ? last.toLowerCase() : verb;
}

/** A noun phrase at the start of `tokens` ("any advice", "room", "a professional association"). */
function nounPhraseEnd(tokens: QuestionToken[]): number {
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index];
    if (!token) break;
    const nominal =
      tagged(token, "Noun") ||
      tagged(token, "Adjective") ||
      tagged(token, "Determiner") ||
      tagged(token, "Value");
    // "tips or resources": a list of nouns is one phrase.
    const joinsNouns =
      (token.word === "or" || token.word === "and") &&
      index > 0 &&
      (tagged(tokens[index + 1], "Noun") ||
        (index + 2 === tokens.length && !tagged(tokens[index + 1], "Pronoun")));
    if (joinsNouns) {
      index += 2;
      continue;
    }
    // "openings next year": the time is not part of what is asked for.
    const timeFollows = !tagged(token, "Noun") && tagged(tokens[index + 1], "Date");
    if (
      !nominal ||
      tagged(token, "Pronoun") ||
      (index > 0 && (tagged(token, "Date") || timeFollows)) ||
      (index > 0 && tagged(token, "Determiner"))
    ) {
      break;
    }
    index += 1;
  }
  return index;
}

/** "What N aux subject verb …": the object asked for by what it is. */
function askForObject(inverted: Inverted, mainAt: number, bareNouns = true): string | null {
  // "would you have done anything…": the object follows the participle.
  const [first0, second0] = inverted.rest;
  const perfect =
    mainAt === 0 &&
    is(first0, new Set(["have", "be", "been"])) &&
    second0 !== undefined &&
    !tagged(second0, "Value") &&
    (tagged(second0, "Verb") || tagged(second0, "Adjective")) &&
    !tagged(second0, "Noun");
  const verbAt = perfect ? 1 : mainAt;
  const object = inverted.rest.slice(verbAt + 1);
  const first = object[0];
  if (!first) return null;
  const pronounWh = indefinitePronouns[first.word];
  const subject = inner(inverted.subject);
  const verb = words(inverted.rest.slice(0, verbAt + 1));
  if (pronounWh) {
    const tail = object.slice(object[1]?.word === "else" ? 2 : 1);
    const wh = object[1]?.word === "else" ? `${pronounWh} else` : pronounWh;
    return sentence(wh, inverted.aux, subject, verb, words(tail));
  }
  // "five minutes": how many.
  if (tagged(first, "Value") && first.word !== "a" && tagged(object[1], "Noun")) {
    const end = 1 + nounPhraseEnd(object.slice(1));
    const counted = words(object.slice(1, end));
    return sentence("How many", counted, inverted.aux, subject, verb, words(object.slice(end)));
  }
  const bare =
    !tagged(first, "Determiner") && !tagged(first, "Possessive") && !tagged(first, "Pronoun");
  const bareNoun =
    bareNouns &&
    bare &&
    tagged(first, "Noun") &&
    !tagged(first, "ProperNoun") &&
    !deictics.has(first.word);
  if (!indefinite.has(first.word) && !bareNoun) return null;
  // "a few minutes", "a lot of": a quantity, not one thing.
  const quantity = first.word === "a" && is(object[1], new Set(["few", "little", "lot"]));
  const quantityOf = quantity && object[2]?.word === "of";
  const phraseStart = quantityOf ? 3 : quantity ? 2 : indefinite.has(first.word) ? 1 : 0;
  const end = phraseStart + nounPhraseEnd(object.slice(phraseStart));
  if (end === phraseStart) return null;
  const singularA = (first.word === "a" || first.word === "an") && !quantity;
  const noun = words(object.slice(phraseStart, end));
  const what = singularA ? `What kind of ${noun}` : `What ${noun}`;
  const tail = words(object.slice(end));
  return sentence(what, inverted.aux, subject, verb, tail, singularA ? ", if any" : "");
}

function rewriteThere(inverted: Inverted): string {
  const rest = inverted.rest;
  // "Will there be openings" keeps its "be".
  const beAt = rest[0]?.word === "be" ? 1 : 0;
  const object = rest.slice(beAt);
  const first = object[0];
  const aux = beAt ? `${inverted.aux} there be` : `${inverted.aux} there`;
  if (first && indefinitePronouns[first.word]) {
    const hasElse = object[1]?.word === "else";
    const tail = object.slice(hasElse ? 2 : 1);
    const that = is(tail[0], personal) ? "that" : "";
    return sentence(
      `${indefinitePronouns[first.word]}${hasElse ? " else" : ""}`,
      aux,
      that,
      words(tail),
    );
  }
  const quantityOf =
    first?.word === "a" &&
    is(object[1], new Set(["lot", "few", "number"])) &&
    object[2]?.word === "of";
  const phraseStart = quantityOf ? 3 : first && indefinite.has(first.word) ? 1 : 0;
  const end = phraseStart + nounPhraseEnd(object.slice(phraseStart));
  const noun = words(object.slice(phraseStart, Math.max(end, phraseStart + 1)));
  const tail = object.slice(Math.max(end, phraseStart + 1));
  const that = is(tail[0], personal) ? "that" : "";
  return sentence("What", noun, aux, that, words(tail));
}

/** "Is it hard…" → "How hard is it…"; "would it be possible…" → "How possible would it be…". */
function rewriteBe(inverted: Inverted, be = ""): string | null {
  const [first, second] = inverted.rest;
  const subject = inner(inverted.subject);
  if (!first) return null;
  // A hyphenated predicate ("mostly lab-based") or a time or place as the subject ("Is now
  // a good time…") has no degree to ask about: ask what makes it so.
  const onlyDeictic = inverted.subject.length === 1 && is(inverted.subject[0], deictics);
  if (!be && (inverted.rest.some((token) => token.hyphen) || onlyDeictic)) {
    const makes = inverted.aux === "was" || inverted.aux === "were" ? "made" : "makes";
    return sentence("What", makes, subject, words(inverted.rest));
  }
  // "Is it what you expected?" → "How does it compare with what you expected?"
  if (whWords.has(first.word) && !be) {
    const compare = inverted.aux === "was" || inverted.aux === "were" ? "did" : "does";
    return sentence("How", compare, subject, "compare with", words(inverted.rest));
  }
  // "Are you willing to relocate?" → "How willing are you to relocate?"
  if (/ing$/.test(first.word) && second?.word === "to") {
    return sentence(
      "How",
      words([first]),
      inverted.aux,
      subject,
      be,
      words(inverted.rest.slice(1)),
    );
  }
  // "Is the field growing?" → "How is the field growing?" (an -ing word is a verb here).
  if (/ing$/.test(first.word) && first.word.length > 4) {
    return sentence("How", inverted.aux, subject, be, words(inverted.rest));
  }
  const adjectiveAt = tagged(first, "Adverb") && tagged(second, "Adjective") ? 1 : 0;
  const adjective = inverted.rest[adjectiveAt];
  const after = words(inverted.rest.slice(adjectiveAt + 1));
  if (
    adjective &&
    tagged(adjective, "Adjective") &&
    !tagged(adjective, "Gerund") &&
    adjective.word !== "worth"
  ) {
    // "more important than grades" keeps its "more": "How much more important is…"
    const degree = adjectiveAt === 1 && is(first, new Set(["more", "less"])) ? first.word : "";
    const how = tagged(adjective, "Comparative") || degree ? "How much" : "How";
    return sentence(how, degree, words([adjective]), inverted.aux, subject, be, after);
  }
  const nominal = tagged(first, "Determiner") || first.word === "worth" || tagged(first, "Noun");
  if (nominal && !tagged(first, "Gerund") && !tagged(first, "Preposition")) {
    const makes = inverted.aux === "was" || inverted.aux === "were" ? "made" : "makes";
    const whom = inverted.subject[0]?.word === "i" ? "me" : subject;
    return sentence("What", makes, whom, words(inverted.rest));
  }
  return sentence("How", inverted.aux, subject, be, words(inverted.rest));
}

function rewriteDo(inverted: Inverted): string | null {
  const verb = inverted.rest[0];
  if (!verb) return null;
  const subject = inner(inverted.subject);
  const past = inverted.aux === "did";
  const object = words(inverted.rest.slice(1));
  if (likeVerbs.has(conjugated(verb.word, "infinitive"))) {
    const about = object.length > 0 ? `about ${object}` : "about it";
    return sentence(
      "What",
      inverted.aux,
      subject,
      "find most rewarding",
      `${about},`,
      past ? "and what was hardest" : "and what is hardest",
    );
  }
  if (verb.word === "miss") {
    return sentence("What", inverted.aux, subject, "miss most about", object);
  }
  if (adviceVerbs.has(verb.word) && inverted.subject[0]?.word === "you") {
    return sentence("What would you tell someone considering", object);
  }
  if (is(inverted.rest[1], new Set(["if", "whether"]))) return rewriteEmbedded(inverted.rest);
  const clauseFollows =
    inverted.rest[1]?.word === "that" ||
    (tagged(inverted.rest[1], "Pronoun") && inverted.rest[2] !== undefined) ||
    tagged(inverted.rest[1], "Determiner") ||
    is(inverted.rest[1], whWords);
  if (opinionVerbs.has(verb.word) && (verb.word === "think" || clauseFollows)) {
    const clause = inverted.rest.slice(inverted.rest[1]?.word === "that" ? 2 : 1);
    return sentence("What is your view on whether", words(clause));
  }
  if (verb.word === "know" && indefinitePronouns[inverted.rest[1]?.word ?? ""]) {
    return askForObject(inverted, 0);
  }
  const askedYou = past && inverted.subject[0]?.word === "you";
  // "Did you study design?" is about the studying: "How did you come to study design?"
  const asked = askForObject(inverted, 0, !askedYou);
  if (asked) return asked;
  if (askedYou) {
    if (conjugated(verb.word, "infinitive") === "come")
      return sentence("How did you", words(inverted.rest));
    return sentence("How did you come to", words(inverted.rest));
  }
  return sentence("How", inverted.aux, subject, words(inverted.rest));
}

function rewriteHave(inverted: Inverted): string | null {
  const verb = inverted.rest[0];
  if (!verb) return null;
  // "Have you any advice…?" is "Do you have any advice…?"
  if (indefinite.has(verb.word) || verb.word === "no") {
    const support = inverted.aux === "had" ? "did" : inverted.aux === "has" ? "does" : "do";
    return rewriteDo({ ...inverted, aux: support, rest: [madeToken("have"), ...inverted.rest] });
  }
  const asked = verb.word === "been" ? null : askForObject(inverted, 0);
  if (asked) return asked;
  if (inverted.subject[0]?.word === "you") {
    const gerund = conjugated(verb.word, "gerund");
    return sentence("What has your experience been with", gerund, words(inverted.rest.slice(1)));
  }
  return sentence("How", inverted.aux, inner(inverted.subject), words(inverted.rest));
}

function rewriteModal(inverted: Inverted): string | null {
  const verb = inverted.rest[0];
  if (!verb) return null;
  const who = inverted.subject[0]?.word;
  const subject = inner(inverted.subject);
  const rest = words(inverted.rest);
  if (verb.word === "be") return rewriteBe({ ...inverted, rest: inverted.rest.slice(1) }, "be");
  if (who === "i" || who === "we") {
    if (inverted.aux === "should" || inverted.aux === "must") {
      return sentence(`What should ${subject} weigh in deciding whether to`, rest);
    }
    return sentence("How could", subject, rest);
  }
  if (who === "you" && adviceVerbs.has(verb.word)) {
    const object = inverted.rest.slice(1);
    if (is(object[0], clauseSubjects)) {
      return sentence("What would you advise about whether", words(object));
    }
    return sentence("What would you tell someone considering", words(object));
  }
  if (who === "you" && (inverted.aux === "would" || inverted.aux === "will")) {
    // "Would you do anything differently?" → "What would you do differently?"
    return askForObject(inverted, 0, false) ?? sentence("What would make you", rest);
  }
  if (inverted.aux === "will" || inverted.aux === "would") {
    return sentence("How likely is it that", subject, inverted.aux, rest);
  }
  return askForObject(inverted, 0) ?? sentence("How", inverted.aux, subject, rest);
}

function rewriteInverted(clause: QuestionToken[]): string | null {
  const inverted = invert(clause);
  if (!inverted || inverted.subject.length === 0) return null;
  // "Would you know if…", "Can I ask whether…": what is asked is whether.
  const ifAt = inverted.rest.findIndex((token) => token.word === "if" || token.word === "whether");
  if (ifAt >= 1 && ifAt <= 3) return rewriteEmbedded(inverted.rest);
  if (inverted.subject[0]?.word === "there") return rewriteThere(inverted);
  if (beForms.has(inverted.aux)) return rewriteBe(inverted);
  if (doForms.has(inverted.aux)) return rewriteDo(inverted);
  if (haveForms.has(inverted.aux)) return rewriteHave(inverted);
  return rewriteModal(inverted);
}

const plainSubjects = new Set(["i", "you", "we", "they"]);

/** A verb the rewrite supplies ("did" for "You moved…", "have" for "Have you any…"). */
function madeToken(word: string): QuestionToken {
  return { word, text: word, tags: new Set(["Verb"]), pause: false, contracted: false };
}

/** "You moved to UX" → "did you move to UX"; "It's a growing field" → "is it a growing field". */
function questionFromStatement(tokens: QuestionToken[]): QuestionToken[] | null {
  const body = tokens.filter(
    (token) => !["so", "and", "but"].includes(token.word) || token !== tokens[0],
  );
  const found = body.findIndex((token, index) => index > 0 && isFiniteVerb(token));
  // "You like your job": after a subject pronoun comes the verb, whatever the tagger said.
  const verbAt = found < 0 && is(body[0], clauseSubjects) && body.length > 1 ? 1 : found;
  const verb = body[verbAt];
  if (!verb) return null;
  const subject = body.slice(0, verbAt);
  const rest = body.slice(verbAt + 1);
  if (auxiliaries.has(verb.word)) return [verb, ...subject, ...rest];
  const past = tagged(verb, "PastTense");
  const plain = subject.length === 1 && plainSubjects.has(subject[0]?.word ?? "");
  const aux = past ? "did" : plain || tagged(subject[subject.length - 1], "Plural") ? "do" : "does";
  return [madeToken(aux), ...subject, madeToken(conjugated(verb.word, "infinitive")), ...rest];
}

/** "Can you tell me if S", "I wonder whether S", "Any chance S": asks whether S. */
/** The words of asking leave before an "if": "Is it okay if…", "Do you mind if…". */
const leaveWords = new Set(["okay", "ok", "alright", "right", "fine", "mind", "acceptable"]);

function rewriteEmbedded(clause: QuestionToken[]): string | null {
  const ifAt = clause.findIndex((token) => token.word === "if" || token.word === "whether");
  const from =
    ifAt >= 0 ? ifAt + 1 : clause.findIndex((token, index) => index > 0 && is(token, personal));
  if (from <= 0) return null;
  const embedded = trimmed(clause.slice(from));
  if (embedded.length === 0) return null;
  // Asking leave ("Is it okay if I follow up?", "Do you mind if I send…"): ask how they
  // would like it done instead.
  const [subject, verb, ...rest] = embedded;
  const asksLeave = clause.slice(0, Math.max(0, ifAt)).some((token) => is(token, leaveWords));
  if (
    asksLeave &&
    subject?.word === "i" &&
    verb &&
    tagged(verb, "Verb") &&
    !is(verb, auxiliaries)
  ) {
    return sentence("How would you like me to", conjugated(verb.word, "infinitive"), words(rest));
  }
  return sentence("What can you tell me about whether", inner(embedded));
}

function topicOf(clause: QuestionToken[]): string {
  const text = phraseOf(clause);
  const nouns: string[] = nlp(text).nouns().out("array");
  const topic = nouns.filter((noun) => !/^(?:you|i|me|it|we|they|this|that)$/i.test(noun)).pop();
  return topic ? topic.replace(/[?.!,]+$/, "") : "that";
}

function fallback(clause: QuestionToken[]): string {
  return sentence("What can you tell me about", topicOf(clause));
}

function draftFor(reading: QuestionReading): string | null {
  switch (reading.form) {
    case "yes_no":
      return rewriteInverted(reading.clause);
    case "tag":
    case "confirmation": {
      if (is(reading.clause[0], new Set(["if", "whether"]))) return rewriteEmbedded(reading.clause);
      const question = questionFromStatement(reading.clause);
      return question ? rewriteInverted(question) : null;
    }
    case "embedded_yes_no":
      return rewriteEmbedded(reading.clause);
    default:
      return null;
  }
}

/** An open rewrite of a closed question (the check reads it as open, or the plainest one is used). */
export function rewriteQuestion(reading: QuestionReading): string {
  const draft = draftFor(reading);
  if (draft && !readQuestion(draft).closed) return draft;
  const plain = fallback(reading.clause);
  return readQuestion(plain).closed ? "What can you tell me about that?" : plain;
}
