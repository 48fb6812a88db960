import { defineCheck, endOfBody } from "./check.js";
import { offersToStayInTouch } from "./thank-you-grammar.js";

/**
 * `no_stay_in_touch` (METHOD §6: "an offer to stay in touch, e.g. connect on a networking
 * site"): no sentence offers it. The rule (thank-you-grammar.ts, offersToStayInTouch): the
 * writer (or "we", or "let's") offers to keep them posted ("I'll let you know how it goes",
 * "I will keep you posted", "I'll send you an update"), to stay connected ("I'd love to stay in
 * touch", "May I connect with you on LinkedIn?" — asking leave is offering) or to write again.
 * Good wishes ("I hope you have a good week"), waiting for their reply ("I look forward to
 * hearing from you"), a denial, the past ("we stayed in touch after the conference") and
 * someone else's promise do not count. The sign-off is read too: "Thanks again, and I'll keep
 * you posted," offers it.
 */
export const stayInTouchCheck = defineCheck("no_stay_in_touch", (outreach, _settings, report) => {
  if (outreach.sentences.some(({ text }) => offersToStayInTouch(text))) return;
  report(
    `Offer to stay in touch, e.g. "I'll let you know how it goes" or "May I connect with you on LinkedIn?" — a thank-you is where the next conversation starts.`,
    endOfBody(outreach),
  );
});
