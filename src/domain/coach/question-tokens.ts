import { nlp } from "../nlp.js";

/** One word of a question as the grammar sees it. */
export interface QuestionToken {
  /** Lower-case, contractions expanded by compromise ("isn't" → "is" + "not"). */
  word: string;
  /** As written; the hidden second half of a contraction ("n't") has "" here. */
  text: string;
  /** compromise's part-of-speech tags (Verb, Modal, Gerund, Noun, Pronoun…). */
  tags: ReadonlySet<string>;
  /** A comma, semicolon, colon or dash follows: where a fronted phrase or a tag ends. */
  pause: boolean;
  /** The written first half of a contraction ("You're" is "you", then a hidden "are"). */
  contracted: boolean;
  /** Joined to the next word by a hyphen ("follow-up" is two terms). */
  hyphen?: boolean;
}

export interface QuestionSentence {
  tokens: QuestionToken[];
  /** Ends in a question mark. */
  asked: boolean;
}

// "1. ", "- ", "• ", "a) ", "Q3: " before the question itself.
const listMarker = /^\s*(?:[-*•·–—>]+|\d+[.):]|\(?[a-z][).]|\(\d+\)|q\d*\s*[:.)-])\s*/i;

/** Curly quotes straightened, list markers and surrounding quotes dropped, spacing folded. */
export function normalizeQuestion(text: string): string {
  let cleaned = text
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
  for (let pass = 0; pass < 3 && listMarker.test(cleaned); pass += 1) {
    cleaned = cleaned.replace(listMarker, "");
  }
  return cleaned.replace(/^["']+|["']+(?=[?.!]*$)/g, "").trim();
}

/** A term as compromise keeps it (its `.docs`); read directly, which is cheaper than `.json()`. */
interface Term {
  text: string;
  post: string;
  normal: string;
  implicit?: string;
  machine?: string;
  tags?: Set<string>;
}

/** The text's sentences, each as tokens, in order. */
export function questionSentences(text: string): QuestionSentence[] {
  const normalized = normalizeQuestion(text);
  if (normalized.length === 0) return [];
  const sentences = nlp(normalized).docs as Term[][];
  return sentences
    .map((terms) => {
      const tokens = terms
        .map((term) => ({
          word: (term.machine ?? term.implicit ?? term.normal).toLowerCase(),
          text: term.text,
          tags: new Set(term.tags ?? []),
          pause: /[,;:—–]|\s-\s/.test(term.post),
          contracted: term.implicit !== undefined && term.text.length > 0,
          hyphen: term.post === "-",
        }))
        .filter((token) => token.word.length > 0 || token.text.length > 0);
      repairSubjectAfterDo(tokens);
      const last = terms[terms.length - 1];
      return { tokens, asked: last?.post.includes("?") ?? false };
    })
    .filter((sentence) => sentence.tokens.length > 0);
}

const doForms = new Set(["do", "does", "did"]);

/**
 * compromise reads a plural noun right after a leading "do" as a verb ("Do engineers write…":
 * "engineers" Verb), since "do" can be a main verb. But "do" + a finite verb + a bare verb
 * is no English clause: when a bare verb follows, the word between is the subject, a noun.
 */
function repairSubjectAfterDo(tokens: QuestionToken[]) {
  const [aux, subject, next] = tokens;
  if (!aux || !subject || !next || !doForms.has(aux.word)) return;
  const finite = subject.tags.has("Verb") && subject.tags.has("PresentTense");
  // The clause's own verb: right after ("Do nurses work…") or after the subject's phrase
  // ("Do engineers at Stripe write…").
  const verbFollows =
    next.tags.has("Noun") || tokens.slice(2).some((token) => token.tags.has("Verb"));
  if (finite && !subject.tags.has("Infinitive") && /s$/.test(subject.word) && verbFollows) {
    subject.tags = new Set(["Noun", "Plural"]);
  }
}

/** Words as a phrase again: contractions whole when both halves are there ("you'd"). */
export function phraseOf(tokens: readonly QuestionToken[]): string {
  const words: string[] = [];
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    const next = tokens[index + 1];
    if (token.text === "") {
      // Said already by its written first half, unless that half is not in this phrase.
      if (!previous?.contracted) words.push(token.word);
      return;
    }
    if (token.contracted && next?.text !== "") {
      // The first half alone ("You're" cut before "are"): said expanded.
      words.push(token.word === "i" ? "I" : token.word);
      return;
    }
    words.push(token.hyphen && next ? `${token.text}-` : token.text);
  });
  return words.join(" ").replace(/- /g, "-");
}
