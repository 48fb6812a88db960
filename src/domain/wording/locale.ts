/**
 * The one language Rapport words things in (British English: "3 March", "14:00"). Every
 * formatter in wording/ is built for it; a translation changes it here, and the nouns the
 * callers pass to `counted` (see plural.ts).
 */
export const wordingLocale = "en-GB";

/** A phrase to open a sentence or a label with: "tomorrow" → "Tomorrow". */
export function atSentenceStart(phrase: string): string {
  return phrase.charAt(0).toLocaleUpperCase(wordingLocale) + phrase.slice(1);
}
