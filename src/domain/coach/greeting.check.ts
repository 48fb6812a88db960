import { defineCheck } from "./check.js";

/** `no_greeting_signoff`: no greeting at the start, or no sign-off near the end. */
export const greetingCheck = defineCheck("no_greeting_signoff", (outreach, _settings, report) => {
  if (!outreach.greeting) {
    report(`Start with a greeting that uses their name, e.g. "Dear Ms. Lee," or "Hi Sam,".`, {
      start: 0,
      end: 0,
    });
  }
  if (!outreach.signOff) {
    const end = outreach.text.trimEnd().length;
    report(`End with thanks and your name, e.g. "Thank you for considering it," then your name.`, {
      start: end,
      end,
    });
  }
});
