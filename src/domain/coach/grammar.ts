import { nlp } from "../nlp.js";

/** Whom a sentence is about, by the subject of its main clause. */
export type Party = "writer" | "reader" | "other";

interface Token {
  /** Lower-case, contractions expanded by compromise ("I'd" → "i" + "would"). */
  word: string;
  verb: boolean;
  /** Would, could, is, are, do…: the verbs that move in front of the subject in a question. */
  auxiliary: boolean;
  questionWord: boolean;
}

function tokensOf(text: string): Token[] {
  const terms = nlp(text).terms();
  const tokens: Token[] = [];
  for (let index = 0; index < terms.length; index += 1) {
    const term = terms.eq(index);
    tokens.push({
      word: term.text("machine").toLowerCase(),
      verb: term.has("#Verb"),
      auxiliary: term.has("(#Modal|#Auxiliary|#Copula|do|does|did|have|has)"),
      questionWord:
        term.has("(#QuestionWord|what|how|why|when|where|which|who)") && !term.has("#Verb"),
    });
  }
  return tokens;
}

const writerWords = new Set(["i", "my", "me", "mine", "myself"]);
const readerWords = new Set(["you", "your", "yours", "yourself"]);
// A clause starting with one of these is subordinate ("After reading your post, I…").
const subordinateStarts =
  /^(?:after|before|as|since|because|although|though|while|when|if|having|being|given|during|in|on|at|with|for|from|like|unlike|reading|seeing|hearing|following)\b/i;

function partyOf(words: readonly Token[]): Party {
  // The first person word in the subject decides: "Your article…" is about the reader.
  for (const token of words) {
    if (readerWords.has(token.word)) return "reader";
    if (writerWords.has(token.word)) return "writer";
  }
  return "other";
}

/**
 * The grammatical subject of a sentence's main clause: "Would you…" → reader, "I read…"
 * → writer, "Your article…" → reader, "Thank you…" (an imperative) → other.
 */
export function subjectOf(sentence: string): Party {
  const clauses: string[] = nlp(sentence).clauses().out("array");
  const main =
    clauses.find(
      (clause, index) => index === clauses.length - 1 || !subordinateStarts.test(clause.trim()),
    ) ?? sentence;
  const tokens = tokensOf(main);
  let index = 0;
  if (tokens[index]?.questionWord) index += 1;
  const first = tokens[index];
  if (!first) return "other";
  if (first.verb) {
    // An inverted question: the subject follows the auxiliary ("Would you…", "Is your team…").
    if (!first.auxiliary) return "other";
    const rest = tokens.slice(index + 1);
    const nextVerb = rest.findIndex((token) => token.verb);
    return partyOf(nextVerb === -1 ? rest : rest.slice(0, nextVerb));
  }
  const firstVerb = tokens.findIndex((token) => token.verb);
  return partyOf(firstVerb === -1 ? tokens : tokens.slice(0, firstVerb));
}

const tagQuestion =
  /,\s*(?:(?:(?:is|are|was|were|do|does|did|have|has|had|will|would|can|could|should|shall|may|might|must)(?:n't|\s+not)?|won't|can't|shan't|ain't)\s+(?:it|that|this|there|you|they|he|she|we|i|one)|right|no|yes|eh|correct|true|ok|okay|yeah)\s*\?["')\s]*$/i;

/** "…, isn't it?" asks the reader to agree, not for anything. */
export function isTagQuestion(sentence: string): boolean {
  return tagQuestion.test(sentence);
}

/** A real question: ends in "?" and is not only a tag on a statement. */
export function isQuestion(sentence: string): boolean {
  return /\?["')\s]*$/.test(sentence) && !isTagQuestion(sentence);
}

/**
 * A request in question form, even without the question mark: "Would you be willing to
 * share…", "Could we find 20 minutes…".
 */
export function isInvertedRequest(sentence: string): boolean {
  const doc = nlp(sentence);
  return (
    doc.has("^(would|could|can|might|may|will) (you|we|i)") ||
    doc.has("^(would|might|could) it be (possible|ok|okay|alright)")
  );
}

/** A polite request stated as a wish: "I'd be grateful for…", "Please let me know if…". */
export function isWishRequest(sentence: string): boolean {
  const doc = nlp(sentence);
  return (
    doc.has(
      "i (would|should) (love|like|appreciate|welcome|value|enjoy|be grateful|be glad|be delighted|be thankful|be happy|be honored|be honoured)",
    ) ||
    doc.has("please let me know") ||
    doc.has("(if|whether) you #Verb? #Verb? (open|willing|available|free|time)")
  );
}

// "Not sure whether you are hiring" doubts, it does not deny the job talk that follows.
const hedges = /\bnot\s+(?:sure|certain)\b|\bno\s+(?:doubt|matter)\b/gi;

/** Is what follows this text negated ("I'm not asking for…", "this is not a request for…")? */
export function isNegatedBefore(prefix: string): boolean {
  const cleaned = prefix.replace(hedges, " ");
  return nlp(cleaned).has("#Negative") || /\b(?:without|rather than|instead of)\b/i.test(cleaned);
}

/** A stretch of a sentence; `start` is relative to the sentence. */
export interface Clause {
  text: string;
  start: number;
}

/**
 * Splits where negation stops carrying over: "I'm not asking for a job; are you hiring?"
 * has a negated clause and a plain one. Commas alone do not split ("not, of course, a job").
 */
export function clausesOf(sentence: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  for (const boundary of sentence.matchAll(/[;:—–]|\s-\s|\bbut\b|,\s*(?:and|so|yet)\b/gi)) {
    clauses.push({ text: sentence.slice(start, boundary.index), start });
    start = boundary.index + boundary[0].length;
  }
  clauses.push({ text: sentence.slice(start), start });
  return clauses;
}
