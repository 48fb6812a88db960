import { wordingLocale } from "./locale.js";

/**
 * Counts in words, with Intl.PluralRules choosing the form: never `n === 1 ? … : …`, so a
 * language with other plural categories needs new forms, not new code.
 */

/** What to say for a count that takes the singular (`one`) and for every other count. */
export interface PluralForms<Form = string> {
  one: Form;
  other: Form;
}

// Made once: building Intl objects costs far more than using them.
const pluralRules = new Intl.PluralRules(wordingLocale);

/** The form a count takes: `pluralForm(1, {one: "it", other: "them"})` is "it". */
export function pluralForm<Form>(count: number, forms: PluralForms<Form>): Form {
  return pluralRules.select(count) === "one" ? forms.one : forms.other;
}

/** The count and its noun: `counted(3, {one: "action", other: "actions"})` is "3 actions". */
export function counted(count: number, noun: PluralForms): string {
  return `${count} ${pluralForm(count, noun)}`;
}
