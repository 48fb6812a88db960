import type { QuestionToken } from "./question-tokens.js";

/*
 * The closed classes of English the yes/no check reasons with. These are grammar, not topic
 * keywords: the auxiliaries that invert in a yes/no question, the wh-words that open a content
 * question, the subject pronouns, and the few verbs whose object is itself a question (tell,
 * explain, know…), which is what makes "Could you tell me how…" a request for an answer.
 */

/** The verbs that move in front of the subject to make a yes/no question. */
export const auxiliaries = new Set([
  "do",
  "does",
  "did",
  "is",
  "are",
  "was",
  "were",
  "am",
  "have",
  "has",
  "had",
  "can",
  "could",
  "will",
  "would",
  "shall",
  "should",
  "may",
  "might",
  "must",
]);

/** Modals that make a polite request of the listener ("Could you…", "Would you…"). */
export const requestModals = new Set(["can", "could", "would", "will", "may", "might"]);

export const whWords = new Set([
  "what",
  "how",
  "why",
  "where",
  "when",
  "which",
  "who",
  "whom",
  "whose",
]);

/** Words that can start a subordinate clause or phrase put before the main clause. */
export const subordinators = new Set([
  "if",
  "when",
  "since",
  "because",
  "although",
  "though",
  "while",
  "as",
  "once",
  "before",
  "after",
  "given",
  "unless",
  "until",
]);

/** Openers that join a question to what came before without changing its form. */
export const discourseMarkers = new Set([
  "and",
  "but",
  "so",
  "also",
  "then",
  "now",
  "well",
  "okay",
  "ok",
  "oh",
  "alright",
  "hey",
  "hi",
  "plus",
  "lastly",
  "finally",
  "first",
  "firstly",
  "second",
  "secondly",
  "next",
  "actually",
  "honestly",
  "anyway",
  "anyways",
  "besides",
  "yes",
  "yeah",
  "right",
  "sure",
  "great",
  "ah",
  "please",
  "um",
  "uh",
  "hmm",
]);

export const subjectPronouns = new Set([
  "i",
  "you",
  "we",
  "they",
  "he",
  "she",
  "it",
  "one",
  "there",
  "this",
  "that",
  "these",
  "those",
  "everyone",
  "someone",
  "anyone",
  "people",
]);

/** Said after "or" when it is not offering a choice: "or not", "a day or two", "or so". */
export const notAnOption = new Set([
  "not",
  "no",
  "so",
  "whatever",
  "otherwise",
  "similar",
  "more",
  "less",
  "later",
  "other",
  "two",
  "three",
  "four",
  "five",
  "ten",
  "anything",
  "something",
]);

/** Polarity words: a list after "any" is asked about as a whole ("any tips or books?"). */
export const polarityWords = new Set(["any", "anything", "anyone", "anybody", "anywhere", "ever"]);

/**
 * Verbs of telling: with a request modal and "you" they ask the listener to talk ("Could you
 * walk me through…"), so the answer is the telling, not a yes.
 */
export const tellingVerbs = new Set([
  "tell",
  "explain",
  "describe",
  "walk",
  "share",
  "talk",
  "give",
  "expand",
  "elaborate",
  "say",
  "speak",
  "discuss",
  "outline",
  "summarize",
  "summarise",
  "recount",
  "paint",
  "go",
  "run",
  "take",
  "fill",
  "clarify",
  "show",
  "offer",
  "provide",
  "name",
  "list",
  "point",
  "detail",
  "break",
  "sketch",
  "help",
  "think",
  "let",
  "suggest",
  "recommend",
  "advise",
]);

/** Telling verbs that with a bare "would" ask an opinion instead ("Would you recommend X?"). */
export const adviceVerbs = new Set(["suggest", "recommend", "advise"]);

/** Verbs of knowing: "Do you know how…" asks for the how; "Do you know if…" for a yes. */
export const knowingVerbs = new Set(["know", "remember", "recall", "understand", "see", "imagine"]);

/** Verbs of being told, with "I" as subject: "Can I ask what…", "Could I hear about…". */
export const hearingVerbs = new Set(["ask", "hear", "learn", "get"]);

/** Frames between a request modal and its verb: "be willing to", "mind", "like to". */
export const requestFrames = new Set([
  "be",
  "willing",
  "able",
  "happy",
  "open",
  "comfortable",
  "kind",
  "enough",
  "mind",
  "care",
  "like",
  "want",
  "to",
  "please",
  "possibly",
  "perhaps",
  "maybe",
  "kindly",
  "also",
  "just",
  "briefly",
  "quickly",
  "ever",
  "actually",
  "really",
  "first",
  "think",
  "you",
  "me",
  "us",
  "for",
  "a",
  "bit",
  "little",
  "more",
  "again",
]);

/** First-person wishes and wonderings: "I'd love to know how…", "I'm curious what…". */
export const wishVerbs = new Set([
  "love",
  "like",
  "want",
  "wonder",
  "wondering",
  "curious",
  "interested",
  "keen",
  "eager",
  "hope",
  "hoping",
  "know",
  "hear",
  "learn",
  "understand",
  "appreciate",
  "value",
  "welcome",
]);

export const is = (token: QuestionToken | undefined, words: ReadonlySet<string>): boolean =>
  token !== undefined && words.has(token.word);

export const tagged = (token: QuestionToken | undefined, tag: string): boolean =>
  token?.tags.has(tag) ?? false;

/** A verb that can head a clause: not a gerund or participle alone ("starting out"). */
export function isFiniteVerb(token: QuestionToken | undefined): boolean {
  if (!token) return false;
  if (auxiliaries.has(token.word)) return true;
  return tagged(token, "Verb") && !tagged(token, "Gerund") && !tagged(token, "Particle");
}

/** Prepositions that carry a fronted wh-phrase: "In what way…", "To what extent…". */
export const prepositions = new Set([
  "in",
  "to",
  "at",
  "for",
  "by",
  "on",
  "with",
  "from",
  "of",
  "under",
  "during",
  "about",
  "after",
  "before",
  "since",
  "through",
  "within",
]);

/** The base form of a verb as written or as its -ing form: "sharing" → share, "running" → run. */
export function verbBases(word: string): string[] {
  if (!word.endsWith("ing") || word.length < 5) return [word];
  const stem = word.slice(0, -3);
  const bases = [word, stem, `${stem}e`];
  if (/([b-df-hj-np-tv-z])\1$/.test(stem)) bases.push(stem.slice(0, -1));
  return bases;
}

/** Is the word (or the verb it is the -ing form of) one of these? */
export function isVerbOf(token: QuestionToken | undefined, verbs: ReadonlySet<string>): boolean {
  return token !== undefined && verbBases(token.word).some((base) => verbs.has(base));
}
