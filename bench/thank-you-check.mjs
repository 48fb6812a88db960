// The thank-you checks (no_specific_point, no_action, no_stay_in_touch) over 200 generated
// thank-you letters — with and without a point, an action and an offer, with denials, wishes
// and questions — in letters per second, beside their floor measured in the same run on the
// same letters: compromise's bare parse (`nlp(text)`) of each letter, the grammar library alone.
// The figure line ends with `ratio N.NN` (the checks' time over the floor's time).
// Needs `npm run build:server`.
// Usage: node bench/thank-you-check.mjs [letters] [rounds]   (defaults: 200 3)
import nlp from "compromise";
import { coachOutreach } from "../dist/domain/coach/coach-outreach.js";

const count = Number(process.argv[2] ?? 200);
const rounds = Number(process.argv[3] ?? 3);
let seed = 7;
const random = () => {
  seed = (seed * 1664525 + 1013904223) % 4294967296;
  return seed / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];

const names = ["Ms. Chen", "Sam", "Dr. Adler", "Ana", "Mr. Okafor"];
const points = [
  "Your advice to start with a portfolio review stayed with me.",
  "When you said agencies hire juniors in spring, it changed my plans.",
  "Thanks for the tip about the UX meetup.",
  "I learned a lot about how grant budgets are reviewed.",
  "I learned a lot.",
  "Your advice was great.",
  "It was very helpful.",
];
const actions = [
  "This week I'll sign up for the meetup.",
  "I'm going to reach out to Ana.",
  "I've already registered for the course.",
  "I won't apply this year.",
  "I wish I had asked more.",
  "Should I take the course?",
  "I'll keep your advice in mind.",
];
const offers = [
  "I'll let you know how it goes.",
  "May I connect with you on LinkedIn?",
  "I'd love to stay in touch.",
  "I hope you have a good week.",
  "I look forward to hearing from you.",
];
const letters = Array.from(
  { length: count },
  () =>
    `Dear ${pick(names)},\n\nThank you for taking the time to talk with me yesterday. ${pick(points)}\n\n${pick(actions)} ${pick(offers)}\n\nBest regards,\nAlex`,
);

function check() {
  let findings = 0;
  for (const text of letters) {
    findings += coachOutreach({ text, kind: "email", purpose: "thank_you" }).length;
  }
  return findings;
}

function floor() {
  let terms = 0;
  for (const text of letters) terms += nlp(text).terms().length;
  return terms;
}

function best(work) {
  let fastest = Number.POSITIVE_INFINITY;
  let result;
  for (let round = 0; round < rounds; round += 1) {
    const begun = performance.now();
    result = work();
    fastest = Math.min(fastest, performance.now() - begun);
  }
  return { ms: fastest, result };
}

// Warm both up (the lexicon loads and the code is compiled) before timing either.
check();
floor();
const figure = best(check);
const base = best(floor);
const perSecond = (ms) => Math.round((letters.length * 1000) / ms);
console.log(
  `Thank-you checks over ${letters.length} letters (${figure.result} findings), best of ${rounds} (node ${process.version})`,
);
console.log(
  `coachOutreach (thank_you): ${perSecond(figure.ms)} letters/s (${figure.ms.toFixed(0)} ms)   floor (compromise's bare parse nlp(text)): ${perSecond(base.ms)} letters/s (${base.ms.toFixed(0)} ms)   ratio ${(figure.ms / base.ms).toFixed(2)}`,
);
