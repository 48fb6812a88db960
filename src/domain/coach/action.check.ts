import { defineCheck, endOfBody } from "./check.js";
import { commitsToAction } from "./thank-you-grammar.js";

/**
 * `no_action` (METHOD §6: "any action the explorer will take because of it"): no sentence
 * commits the writer to an act. The rule (thank-you-grammar.ts, commitsToAction): the writer
 * is the subject and the act is to come ("I will sign up", "I'm going to reach out to Ana",
 * "this week I'll rewrite my portfolio"), under way ("I am signing up"), planned or decided
 * ("I plan to…", "my next step is to…"), or just done because of the talk ("I've already
 * signed up"); a wish counts only with a day ("I'd like to apply this week"). A denial ("I
 * won't…", "I don't plan to…"), a past intention or regret ("I was going to ask", "I wish I
 * had asked"), a question, a maybe, thanks or feelings ("I'll keep your advice in mind") and
 * notes to the reader ("I'll keep you posted") are not actions.
 */
export const actionCheck = defineCheck("no_action", (outreach, _settings, report) => {
  if (outreach.sentences.some(({ text }) => commitsToAction(text))) return;
  report(
    `Say what you will do because of their advice, with a day to it, e.g. "This week I'll sign up for the UX meetup you mentioned." It shows their time made a difference.`,
    endOfBody(outreach),
  );
});
