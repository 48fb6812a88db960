/**
 * How long a text takes to say aloud (METHOD §4: a pitch of 30–45 seconds at 120–150 words a
 * minute). Pure and free of the grammar library: the browser times the pitch as it is typed.
 */

/** The three parts of an elevator pitch, as the explorer writes them. */
export interface PitchParts {
  whoIAm: string;
  workIHope: string;
  learnToday: string;
}

// A web address or an e-mail address: said piece by piece ("acme dot com slash jobs").
const addressPattern = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^\s@]+@)?[^\s@]+\.[a-z]{2,}(?:[/?#]\S*)?$/i;
const schemeOrWww = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:www\.)?/i;
const numberPattern = /^[$€£]?\d[\d,]*(?:\.\d+)?(?:%|k|m)?$/i;

/**
 * Words a whole number takes to say: "45" is "forty-five" (1), "140" "one forty" (2), a year
 * "2026" "twenty twenty-six" (2), "12,000" "twelve thousand" (2); longer ones about a word per
 * two digits.
 */
function wordsForDigits(digits: string): number {
  const significant = digits.replace(/^0+(?=\d)/, "");
  if (significant.length <= 2) return 1;
  if (significant.length <= 4) return 2;
  return Math.ceil(significant.length / 2);
}

function wordsForNumber(token: string): number {
  const currency = /^[$€£]/.test(token) ? 1 : 0; // "dollars"
  const unit = /(?:%|k|m)$/i.test(token) ? 1 : 0; // "percent", "thousand", "million"
  const bare = token.replace(/^[$€£]/, "").replace(/(?:%|k|m)$/i, "");
  const [whole = "", fraction] = bare.split(".");
  const wholeDigits = whole.replace(/,/g, "");
  // Thousands separators say "thousand": "12,000" is two words, not three.
  const wholeWords =
    /,/.test(whole) && /,000$/.test(whole)
      ? wordsForDigits(wholeDigits.replace(/0{3}$/, "")) + 1
      : wordsForDigits(wholeDigits);
  // "3.5" is "three point five": the point, then each digit.
  const fractionWords = fraction ? 1 + fraction.length : 0;
  return wholeWords + fractionWords + currency + unit;
}

/** "jane@acme.com" is "jane at acme dot com": each piece and each "at", "dot" or "slash" between. */
function wordsForAddress(token: string): number {
  const pieces = token
    .replace(schemeOrWww, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((piece) => piece.length > 0);
  return Math.max(1, pieces.length * 2 - 1);
}

/** Words in one whitespace-separated token, as a person says it. */
function wordsForToken(raw: string): number {
  // Punctuation around a word is not said; "&" is "and".
  if (raw === "&" || raw === "+") return 1;
  const token = raw.replace(/^[^\p{L}\p{N}$€£]+|[^\p{L}\p{N}%/]+$/gu, "");
  if (token.length === 0) return 0;
  if (numberPattern.test(token)) return wordsForNumber(token);
  if (addressPattern.test(token) && /[.@]/.test(token)) return wordsForAddress(token);
  // "well-known", "don't", "co-founder": one word each. "and/or", "UX/UI": two.
  return token.split("/").filter((part) => /[\p{L}\p{N}]/u.test(part)).length;
}

/** Words as said aloud: numbers and addresses as they are spoken, punctuation not at all. */
export function countSpokenWords(text: string): number {
  let words = 0;
  for (const token of text.split(/\s+|[—–]/)) {
    if (token.length > 0) words += wordsForToken(token);
  }
  return words;
}

/** Whole seconds to say the text at the given rate; no rate (0 or less) times nothing. */
export function spokenSeconds(text: string, wordsPerMinute: number): number {
  if (!(wordsPerMinute > 0) || !Number.isFinite(wordsPerMinute)) return 0;
  return Math.round((countSpokenWords(text) * 60) / wordsPerMinute);
}

const endsSentence = /[.!?…]["'”’)\]]*$/;

function asSentence(part: string): string {
  const text = part.replace(/\s+/g, " ").trim();
  if (text.length === 0) return "";
  const capitalized = text.charAt(0).toLocaleUpperCase() + text.slice(1);
  return endsSentence.test(capitalized) ? capitalized : `${capitalized}.`;
}

/**
 * The pitch as one text: who I am, the work I hope to do, what I hope to learn today; each
 * part a sentence of its own, empty parts left out.
 */
export function assemblePitch(parts: PitchParts): string {
  return [parts.whoIAm, parts.workIHope, parts.learnToday]
    .map(asSentence)
    .filter((sentence) => sentence.length > 0)
    .join(" ");
}
