// The yes/no check (closed_question) over 1,000 generated questions — open, closed and hard
// (polite requests, closed frames, alternatives, tags, preambles) — in questions per second,
// beside its floor measured in the same run on the same questions: compromise's bare parse
// (`nlp(text)`) of each one, the grammar library alone. The figure line ends with `ratio N.NN`
// (the check's time over the floor's time).
// Needs `npm run build:server`.
// Usage: node bench/question-check.mjs [questions] [rounds]   (defaults: 1000 5)
import nlp from "compromise";
import { coachQuestions } from "../dist/domain/coach/closed-question.check.js";
import { best } from "./support/best.mjs";
import { seededRandom } from "./support/random.mjs";

const count = Number(process.argv[2] ?? 1000);
const rounds = Number(process.argv[3] ?? 5);
const random = seededRandom(11);
const pick = (list) => list[Math.floor(random() * list.length)];

const topics = ["your job", "the field", "product design", "public health", "data journalism"];
const places = ["Acme", "the county", "a startup", "your agency", "Denver"];
const things = ["a degree", "certifications", "a portfolio", "internships", "remote work"];
const verbs = ["study design", "start in sales", "switch careers", "move into management"];
const templates = [
  // Closed.
  () => `Do you like ${pick(topics)}?`,
  () => `Is there room to grow at ${pick(places)}?`,
  () => `Did you ${pick(verbs)}?`,
  () => `Are there jobs in ${pick(places)}?`,
  () => `Have you ever worked at ${pick(places)}?`,
  () => `Would you recommend ${pick(topics)}?`,
  () => `Do you have any advice about ${pick(things)}?`,
  () => `Is ${pick(things)} necessary to get hired?`,
  // Open.
  () => `What do you find most rewarding about ${pick(topics)}?`,
  () => `How did you ${pick(verbs)}?`,
  () => `Which skills matter most at ${pick(places)}?`,
  () => `Who else should I talk to about ${pick(topics)}?`,
  // Hard.
  () => `Could you walk me through how you got into ${pick(topics)}?`,
  () => `Can you tell me if ${pick(places)} hires career changers?`,
  () => `Would you mind telling me how you chose ${pick(topics)}?`,
  () => `Is what I've heard about ${pick(places)} true?`,
  () => `Is it better to start at ${pick(places)} or at ${pick(places)}?`,
  () => `You started in ${pick(topics)}, didn't you?`,
  () => `I read your article on ${pick(topics)}. What made you write it?`,
  () => `Looking back, would you ${pick(verbs)} again?`,
  () => `In your experience, what matters most in ${pick(topics)}?`,
  () => `Any advice for someone starting in ${pick(topics)}?`,
  () => `You moved from finance to ${pick(topics)}?`,
  () => `Do you know how long it takes to get ${pick(things)}?`,
];
const questions = Array.from({ length: count }, () => pick(templates)());

/** The check as the API runs it: lists of at most 100 questions. */
function check() {
  let closed = 0;
  for (let start = 0; start < questions.length; start += 100) {
    closed += coachQuestions(questions.slice(start, start + 100)).length;
  }
  return closed;
}

function floor() {
  let terms = 0;
  for (const question of questions) terms += nlp(question).terms().length;
  return terms;
}

// Warm both up (the lexicon loads and the code is compiled) before timing either.
check();
floor();
const figure = best(check, rounds);
const base = best(floor, rounds);
const perSecond = (ms) => Math.round((questions.length * 1000) / ms);
console.log(
  `Yes/no check over ${questions.length} questions (${figure.result} closed), best of ${rounds} (node ${process.version})`,
);
console.log(
  `coachQuestions: ${perSecond(figure.ms)} questions/s (${figure.ms.toFixed(0)} ms)   floor (compromise's bare parse nlp(text)): ${perSecond(base.ms)} questions/s (${base.ms.toFixed(0)} ms)   ratio ${(figure.ms / base.ms).toFixed(2)}`,
);
