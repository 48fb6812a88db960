/**
 * A person's name as a careful writer uses it: the given name for "Hi Ruth,", and a title
 * with the family name for "Dear Dr. Adler," (never "Dr. Ruth Adler" in a salutation).
 */

export interface PersonName {
  /** "Dr.", "Prof.", "Ms." as written; a doctorate after the name ("PhD", "MD") gives "Dr.". */
  honorific: string | null;
  /** Everything before the family name: "Ruth", "Mary Ann", "J. R."; empty for one word. */
  given: string;
  /** The family name with its particles: "Adler", "van der Berg", "de la Cruz". */
  family: string;
  /** "Jr.", "III": part of the full name, not of a salutation with a title. */
  generation: string | null;
  /** A name they go by, written in brackets or quotes: "Robert (Bob) Smith" → Bob. */
  nickname: string | null;
  /** The whole name as it was written, tidied of extra spaces. */
  full: string;
}

/** "(she/her)", "(they/them)": pronouns, not part of how to address them. */
const pronouns = /\/|^(?:she|he|they|her|him|them|hers|his|theirs|ze|xe)$/i;

/** Takes bracketed and quoted parts out of a name; a one-word one is a nickname. */
function withoutAsides(name: string): { rest: string; nickname: string | null } {
  let nickname: string | null = null;
  const rest = name.replace(/\s*(?:\(([^)]*)\)|\[([^\]]*)\]|["“]([^"”]*)["”])\s*/g, (...groups) => {
    const inside = String(groups[1] ?? groups[2] ?? groups[3] ?? "").trim();
    if (!nickname && /^\p{L}[\p{L}'’-]*$/u.test(inside) && !pronouns.test(inside))
      nickname = inside;
    return " ";
  });
  return {
    rest: rest
      .replace(/[()[\]"“”]/g, " ")
      .replace(/\s+/g, " ")
      .trim(),
    nickname,
  };
}

const honorificWords = new Map(
  [
    ["mr", "Mr."],
    ["mrs", "Mrs."],
    ["ms", "Ms."],
    ["miss", "Miss"],
    ["mx", "Mx."],
    ["dr", "Dr."],
    ["doctor", "Dr."],
    ["prof", "Prof."],
    ["professor", "Professor"],
    ["rev", "Rev."],
    ["reverend", "Reverend"],
    ["sir", "Sir"],
    ["dame", "Dame"],
  ].map(([word, honorific]) => [word ?? "", honorific ?? ""]),
);
/** Degrees that make someone "Dr." in a salutation. */
const doctorates =
  /^(?:ph\.?\s?d|m\.?\s?d|d\.?\s?phil|ed\.?\s?d|psy\.?\s?d|d\.?\s?d\.?\s?s|d\.?\s?v\.?\s?m|d\.?\s?o|dnp|dpt|pharm\.?\s?d)\.?$/i;
/** Generations and letters after a name; none belongs after a title in a salutation. */
const suffixWords =
  /^(?:jr|sr|ii|iii|iv|v|esq|mba|ma|ms|msc|mph|msw|rn|cpa|pe|pmp|ba|bs|bsc|lcsw|ccc-slp|faia|frcs|obe|mbe|cbe)\.?$/i;
/** Generations, written in any case. */
const generations = /^(?:jr|sr|ii|iii|iv)\.?$/i;
/** Lower-case particles that belong to the family name: "van Gogh", "de la Cruz". */
const particles = new Set([
  "van",
  "von",
  "der",
  "den",
  "de",
  "del",
  "della",
  "di",
  "da",
  "du",
  "dos",
  "das",
  "do",
  "la",
  "le",
  "ter",
  "ten",
  "bin",
  "binti",
  "al",
  "el",
  "ibn",
  "st.",
]);

function bare(word: string): string {
  return word.replace(/[.,]+$/, "").toLowerCase();
}

/**
 * Reads "Dr. Ruth Adler", "Ruth Adler, PhD", "Adler, Ruth", "Ludwig van Beethoven", "Cher",
 * "Maya Chen (she/her)".
 */
export function parsePersonName(name: string): PersonName {
  const full = name.trim().replace(/\s+/g, " ");
  const { rest: plain, nickname } = withoutAsides(full);
  let honorific: string | null = null;
  let words = (plain || full).split(" ").filter(Boolean);
  // Leading titles: "Dr.", "Prof. Dr.".
  while (words.length > 1 && honorificWords.has(bare(words[0] ?? ""))) {
    honorific ??= honorificWords.get(bare(words[0] ?? "")) ?? null;
    words = words.slice(1);
  }
  // Trailing letters and generations: "Jr.", ", PhD".
  let doctor = false;
  let generation: string | null = null;
  while (words.length > 1) {
    const last = words[words.length - 1] ?? "";
    const before = words[words.length - 2] ?? "";
    const word = last.replace(/,$/, "");
    // "Yo-Yo Ma" and "Ruth Adler, MA": letters are written as letters or after a comma.
    const written = /[A-Z].*[A-Z]|\./.test(word) || before.endsWith(",") || generations.test(word);
    const isDoctorate = written && doctorates.test(word);
    if (!isDoctorate && !(written && suffixWords.test(word))) break;
    doctor ||= isDoctorate;
    if (generations.test(word)) generation = word;
    words = words.slice(0, -1);
  }
  if (doctor && !honorific) honorific = "Dr.";
  let rest = words.join(" ").replace(/,\s*$/, "");
  // "Adler, Ruth": family name first, as directories and exports write it.
  const inverted = /^([^,]+),\s*([^,]+)$/.exec(rest);
  if (inverted) rest = `${inverted[2]} ${inverted[1]}`;
  const parts = rest.split(" ").filter(Boolean);
  if (parts.length <= 1) {
    return { honorific, given: "", family: parts[0] ?? full, generation, nickname, full };
  }
  // The family name starts at the first particle ("van", "de la") that only particles
  // follow up to the last word; otherwise it is the last word.
  let familyStart = parts.length - 1;
  while (familyStart > 1 && particles.has((parts[familyStart - 1] ?? "").toLowerCase())) {
    familyStart -= 1;
  }
  return {
    honorific,
    given: parts.slice(0, familyStart).join(" "),
    family: parts.slice(familyStart).join(" "),
    generation,
    nickname,
    full,
  };
}

/** An initial ("J." or "J") is not a name to greet someone by. */
function isInitial(word: string): boolean {
  return /^\p{L}\.?$/u.test(word);
}

/**
 * How to address them formally: "Dr. Adler" with a title, else the name without the
 * letters after it ("Ruth Adler", "Martin Luther King Jr."); a single name stays as it is.
 */
export function formalName(name: string): string {
  const parsed = parsePersonName(name);
  if (parsed.honorific) return `${parsed.honorific} ${parsed.family}`;
  return [parsed.given, parsed.family, parsed.generation].filter(Boolean).join(" ") || parsed.full;
}

/**
 * How to address them informally: the name they go by ("Robert (Bob) Smith" → Bob), else
 * the first given name ("Hi Ruth,"). With only a title
 * and a family name, or only initials, the formal name is all a writer has ("Hi Dr. Adler,").
 */
export function firstName(name: string): string {
  const parsed = parsePersonName(name);
  if (parsed.nickname) return parsed.nickname;
  const first = parsed.given.split(" ")[0] ?? "";
  if (first && !isInitial(first)) return first;
  if (!parsed.given && !parsed.honorific) return parsed.family;
  return formalName(name);
}
