import { pluralForm } from "../wording/plural.js";
import { defineCheck } from "./check.js";

/**
 * Placeholders mail-merge tools and templates leave behind: {{first_name}}, {firstName},
 * <<name>>, %NAME%, [Name], [something specific about their work]. Square brackets followed
 * by "(" are a Markdown link, and "[1]" is a citation, so neither counts.
 */
const mergeField =
  /\{\{[^{}\n]{1,60}\}\}|\{[A-Za-z_][\w.-]{0,40}\}|<<[^<>\n]{1,40}>>|%[A-Z][A-Z_]{1,30}%|\[[A-Za-z][^[\]\n]{0,60}\](?!\()/g;

/** `unfilled_merge`: placeholders left in the text; one finding pointing at each. */
export const mergeFieldsCheck = defineCheck("unfilled_merge", (outreach, _settings, report) => {
  const matches = [...outreach.text.matchAll(mergeField)];
  const [first] = matches;
  if (!first) return;
  const message = pluralForm(matches.length, {
    one: `Fill in ${first[0]} before sending — a leftover placeholder tells the reader this is a form letter.`,
    other: `Fill in the ${matches.length} placeholders before sending — ${matches.map((match) => match[0]).join(", ")}. A leftover placeholder tells the reader this is a form letter.`,
  });
  report(
    message,
    matches.map((match) => ({ start: match.index, end: match.index + match[0].length })),
  );
});
