/**
 * The one language Rapport words things in (British English: "3 March", "14:00"). Every
 * formatter in wording/ is built for it; a translation changes it here, and the nouns the
 * callers pass to `counted` (see plural.ts).
 */
export const wordingLocale = "en-GB";
