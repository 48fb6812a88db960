import { afterFirstSentence, defineCheck } from "./check.js";
import { namesTheirPoint } from "./thank-you-grammar.js";

/**
 * `no_specific_point` (METHOD §6): no sentence names one thing they said or advised. The rule
 * (thank-you-grammar.ts, namesTheirPoint): a word for what they said ("your advice", "the
 * tip", "your story") joined to what it was ("…to start with a portfolio review", "…about the
 * UX meetup"), or a verb of saying or learning ("when you said…", "you recommended…", "I
 * learned…") whose complement names something: a thing, a name, a number, an act. Praise that
 * fits any conversation ("I learned a lot", "thanks for the great advice", "it was very
 * helpful") names nothing; a blank left in brackets names nothing either. Naming the concrete
 * topic they spoke about counts ("I learned a lot about grant writing"); "a lot" or "so much"
 * alone does not. A question asks, it does not cite. An update is checked the same way: it
 * should cite the advice it reports on.
 */
export const specificPointCheck = defineCheck("no_specific_point", (outreach, settings, report) => {
  if (outreach.sentences.some(({ text }) => namesTheirPoint(text))) return;
  report(
    settings.purpose === "update"
      ? `Cite the advice you are writing about, e.g. "You suggested I start with a portfolio review…" — an update says what came of something they said.`
      : `Name one thing they said or advised, e.g. "Your advice to start with a portfolio review…" or "When you said agencies hire juniors in spring…". "I learned a lot" or "thanks for the great advice" would fit anyone.`,
    afterFirstSentence(outreach),
  );
});
