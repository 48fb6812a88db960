// The thank-you checks (no_specific_point, no_action, no_stay_in_touch) over 200 generated
// thank-you letters — with and without a point, an action and an offer, with denials, wishes
// and questions — in letters per second, beside their floor measured in the same run on the
// same letters: compromise's bare parse (`nlp(text)`) of each letter, the grammar library alone.
// The figure line ends with `ratio N.NN` (the checks' time over the floor's time).
// Needs `npm run build:server`.
// Usage: node bench/thank-you-check.mjs [letters] [rounds]   (defaults: 200 3)
import nlp from "compromise";
import { coachOutreach } from "../dist/domain/coach/coach-outreach.js";
import { best } from "./support/best.mjs";
import { seededRandom } from "./support/random.mjs";

const count = Number(process.argv[2] ?? 200);
const rounds = Number(process.argv[3] ?? 3);
const random = seededRandom(7);
const pick = (list) => list[Math.floor(random() * list.length)];

const names = ["Ms. Chen", "Sam", "Dr. Adler", "Ana", "Mr. Okafor"];
const topics = [
  "a portfolio review",
  "the county's open data course",
  "informational interviews",
  "the AIGA mentorship",
  "grant budgets",
  "research ops",
  "the UX meetup",
  "SQL for analytics",
  "the spring fellowship",
  "volunteering at the museum",
];
const people = ["Ana Ruiz", "Priya", "Dr. Park", "the program director", "Jordan"];
const days = ["this week", "by Friday", "on Monday", "next month", "tomorrow"];
// Every topic carries the letter's own cohort number, so no two letters share a sentence that
// names one (the checks remember sentences they have read; repeats would time that memory).
let serial = 0;
const topic = () => `${pick(topics)} for cohort ${serial}`;
const points = [
  () => `Your advice to start with ${topic()} stayed with me.`,
  () => `When you said agencies value ${topic()}, it changed my plans.`,
  () => `Thanks for the tip about ${topic()}.`,
  () => `I learned a lot about ${topic()}.`,
  () => `I learned a lot from ${pick(people)} and you.`,
  () => `Your advice on ${pick(days)} was great.`,
  () => `It was very helpful, as ${pick(people)} said it would be.`,
];
const actions = [
  () => `I'll sign up for ${topic()} ${pick(days)}.`,
  () => `I'm going to reach out to ${pick(people)} ${pick(days)}.`,
  () => `I've already registered for ${topic()}.`,
  () => `I won't apply to ${topic()} this year.`,
  () => `I wish I had asked ${pick(people)} more.`,
  () => `Should I take ${topic()} ${pick(days)}?`,
  () => `I'll keep your advice about ${topic()} in mind.`,
];
const offers = [
  () => `I'll let you know how ${topic()} goes.`,
  () => "May I connect with you on LinkedIn?",
  () => `I'd love to stay in touch, as ${pick(people)} does.`,
  () => `I hope you have a good week with ${pick(people)}.`,
  () => `I look forward to hearing from you ${pick(days)}.`,
];
// A fresh set of letters for each round (and a warm-up set): the checks remember sentences
// they have read, so reading the same letters again would time the memory, not the checks.
function letter() {
  serial += 1;
  return `Dear ${pick(names)},\n\nThank you for taking the time to talk with me yesterday. ${pick(points)()}\n\n${pick(actions)()} ${pick(offers)()}\n\nBest regards,\nAlex`;
}
const letterSets = Array.from({ length: rounds + 1 }, () => Array.from({ length: count }, letter));
const letters = letterSets[0];

function check(round) {
  let findings = 0;
  for (const text of letterSets[round]) {
    findings += coachOutreach({ text, kind: "email", purpose: "thank_you" }).length;
  }
  return findings;
}

function floor(round) {
  let terms = 0;
  for (const text of letterSets[round]) terms += nlp(text).terms().length;
  return terms;
}

// Warm both up (the lexicon loads and the code is compiled) before timing either.
check(rounds);
floor(rounds);
const figure = best(check, rounds);
const base = best(floor, rounds);
const perSecond = (ms) => Math.round((letters.length * 1000) / ms);
console.log(
  `Thank-you checks over ${letters.length} letters (${figure.result} findings), best of ${rounds} (node ${process.version})`,
);
console.log(
  `coachOutreach (thank_you): ${perSecond(figure.ms)} letters/s (${figure.ms.toFixed(0)} ms)   floor (compromise's bare parse nlp(text)): ${perSecond(base.ms)} letters/s (${base.ms.toFixed(0)} ms)   ratio ${(figure.ms / base.ms).toFixed(2)}`,
);
