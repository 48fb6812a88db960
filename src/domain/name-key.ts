/**
 * The key by which two names are the same name: organizations and templates are unique by
 * it, and what the people quick filter matches is folded with it. It is computed here, in
 * JavaScript, and stored beside the name, never by the database's lower(): SQLite's lower()
 * folds ASCII only and PostgreSQL's depends on the server's collation, so the two engines
 * would disagree on "École" and "ÉCOLE".
 *
 * How names fold, and why:
 * - Unicode NFKC first: composed and decomposed accents ("Café" typed or pasted from a Mac),
 *   ligatures ("ﬁ") and full-width letters are one form.
 * - Case, language-neutral: "İ" (Turkish dotted capital) folds to "i", so "İstanbul",
 *   "ISTANBUL" and "istanbul" are one; the dotless "ı" stays its own letter. "ß" and "ẞ"
 *   fold to "ss" ("Straße" = "STRASSE"), final "ς" to "σ".
 * - Spacing: trimmed, and every run of white space (tabs, no-break spaces) is one space.
 * - Accents are kept: "École" and "Ecole" are two names. Folding marks away would merge
 *   different words in scripts whose vowels and tones are marks (Devanagari, Thai,
 *   Vietnamese), and a unique key must never refuse a genuinely different name.
 */
export function nameKey(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/\u0130/g, "I")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/ς/g, "σ")
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The key of several fields at once, for "does this word appear in any of them": the
 * fields' keys joined by a line break, which no word (split at white space) can span.
 */
export function fieldsKey(fields: ReadonlyArray<string | null | undefined>): string {
  return fields
    .filter((field): field is string => Boolean(field))
    .map(nameKey)
    .join("\n");
}
