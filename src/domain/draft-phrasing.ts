import { nlp } from "./nlp.js";

/**
 * How text the explorer typed (an interest, their role, common ground) is set into one of
 * Rapport's sentences so the result reads as a careful person writes: common nouns in
 * lower case mid-sentence (proper nouns and acronyms kept), brackets balanced, no stray
 * sentence punctuation, kinds of organization and roles phrased as what they are.
 */

/** Capitalised in English whatever their place; compromise's lexicon lacks many of them. */
const alwaysCapitalised = new Set([
  // Languages, peoples and regions compromise does not tag as proper nouns.
  "english",
  "latin",
  "arabic",
  "hebrew",
  "mandarin",
  "cantonese",
  "hindi",
  "urdu",
  "swahili",
  "sanskrit",
  "gaelic",
  "welsh",
  "asian",
  "african",
  "european",
  "hispanic",
  "latinx",
  "victorian",
  "renaissance",
  // Technologies and products people name as fields.
  "python",
  "java",
  "javascript",
  "typescript",
  "ruby",
  "rust",
  "swift",
  "kotlin",
  "scala",
  "perl",
  "php",
  "excel",
  "linux",
  "android",
  "unity",
  "figma",
  "tableau",
  "salesforce",
  "oracle",
  "kubernetes",
  "docker",
  "bitcoin",
  "ethereum",
  "shopify",
  "wordpress",
]);

/** "UX", "AI", "K-12", "iOS", "McKinsey", "3D": written that way on purpose. */
function isDeliberate(word: string): boolean {
  return /\p{Lu}.*\p{Lu}|\p{N}/u.test(word) || /^\p{Ll}+\p{Lu}/u.test(word);
}

/** Would a writer capitalise this word mid-sentence? Names of places, people, peoples… */
function isProperWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (alwaysCapitalised.has(lower.replace(/[^\p{L}]/gu, ""))) return true;
  // Tagged lower-cased, so compromise answers from its lexicon, not from the capital.
  return nlp(`about ${lower}`)
    .terms()
    .eq(1)
    .has("(#Place|#Person|#Organization|#Demonym|#Month|#WeekDay|#Holiday)");
}

/**
 * A label the explorer typed, as a common-noun phrase mid-sentence: "Design agency" →
 * "design agency", "Clinical Research" → "clinical research"; "UX research", "English
 * literature", "Python development" and "Latin American studies" keep their capitals.
 */
export function commonNounPhrase(label: string): string {
  return tidyFragment(label)
    .split(/(\s+|\/)/)
    .map((word) => {
      if (!/^\p{Lu}/u.test(word) || isDeliberate(word) || isProperWord(word)) return word;
      return word.charAt(0).toLowerCase() + word.slice(1);
    })
    .join("");
}

/**
 * Lower-cases the first word of a clause set after a colon or inside a sentence when it is
 * a common word ("We both studied…" → "we both studied…", "Student at MIT" → "student at
 * MIT"); a name, "I", an acronym or the first of a run of capitals (a name like "Ohio
 * State University") stays.
 */
export function lowerFirstWord(text: string): string {
  const [first = "", second = ""] = text.split(/\s+/);
  const word = first.replace(/[^\p{L}'’-]/gu, "");
  if (!/^\p{Lu}\p{Ll}/u.test(word) || isDeliberate(word) || /^I['’]/.test(word)) return text;
  if (/^\p{Lu}/u.test(second) && !/^I\b/.test(second)) return text;
  if (isProperWord(word)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const pairs: Record<string, string> = { "(": ")", "[": "]", "{": "}", "“": "”", "‘": "’" };
const closers = new Map(Object.entries(pairs).map(([open, close]) => [close, open]));

/** Drops brackets that have no partner ("Columbus (Ohio" → "Columbus Ohio"). */
function balanceBrackets(text: string): string {
  const open: { char: string; index: number }[] = [];
  const drop = new Set<number>();
  [...text].forEach((char, index) => {
    if (char in pairs) open.push({ char, index });
    const opener = closers.get(char);
    if (opener === undefined) return;
    const top = open[open.length - 1];
    if (top?.char === opener) open.pop();
    else drop.add(index);
  });
  for (const { index } of open) drop.add(index);
  return [...text]
    .filter((_, index) => !drop.has(index))
    .join("")
    .replace(/\(\s*\)|\[\s*\]/g, "");
}

/**
 * Text to insert inside a sentence: spaces collapsed, unpartnered brackets removed, and the
 * sentence punctuation it ended with dropped, outside any closing bracket too ("we met at
 * PyCon (2019)." → "we met at PyCon (2019)").
 */
export function tidyFragment(text: string): string {
  return balanceBrackets(text.replace(/\s+/g, " ").trim())
    .replace(/[\s.,;:!?…]+$/u, "")
    .replace(/^[\s,;:]+/, "")
    .replace(/\s+([,.;:!?)])/g, "$1")
    .trim();
}

/** Text set inside parentheses: its own parentheses become commas, never nested. */
export function parenthetical(text: string): string {
  return tidyFragment(text)
    .replace(/\s*\(\s*/g, ", ")
    .replace(/\s*\)\s*/g, " ")
    .replace(/\s+,/g, ",")
    .replace(/^[\s,]+|[\s,]+$/g, "");
}

/** "a" or "an" by the sound of the next word: "an NGO", "a UX studio", "a university". */
export function indefiniteArticle(phrase: string): "a" | "an" {
  const word = phrase.trim().split(/[\s-]/)[0] ?? "";
  if (/^\p{Lu}{2,}/u.test(word) || /^\p{Lu}$/u.test(word)) {
    // Said letter by letter: "an MBA", "an HR team", "a UX team".
    return /^[AEFHILMNORSX]/.test(word) ? "an" : "a";
  }
  const lower = word.toLowerCase();
  if (/^(?:hour|honest|honou?r|heir)/.test(lower)) return "an";
  if (/^(?:uni|use|usu|uti|ure|eu|ewe|one|once|ubiq)/.test(lower)) return "a";
  return /^[aeiou]/.test(lower) ? "an" : "a";
}

/** Joins "a", "a and b", "a, b and c". */
export function joinWithAnd(items: readonly string[], conjunction = "and"): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

/** Sets the first letter in capitals, for a fragment that now starts a sentence. */
function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The person's common ground as a sentence of a first touch: a clause the explorer wrote
 * ("we both grew up in Columbus") stands as it is; a note ("Ohio State alumni", "same
 * hometown (Dayton)") follows "We have something in common:". Null when there is none.
 */
export function commonGroundSentence(commonGround: string): string | null {
  const shared = tidyFragment(commonGround);
  if (!/\p{L}/u.test(shared)) return null;
  const doc = nlp(shared);
  const isClause =
    doc.has("^(#Pronoun|both|#Possessive) .{0,4}? #Verb") && !doc.has("^#Pronoun #Noun");
  if (isClause) return `${capitalised(shared)}.`;
  // "mutual friend: Ana Ruiz" has a colon of its own; a dash keeps the two apart.
  const lead = shared.includes(":")
    ? "We have something in common —"
    : "We have something in common:";
  return `${lead} ${lowerFirstWord(shared)}.`;
}
