import { isVerbOf } from "./question-grammar.js";
import { type QuestionToken, questionSentences } from "./question-tokens.js";

/*
 * Does a pitch say what the explorer hopes to learn today (METHOD §4's third part)? Read from
 * the grammar of each sentence: the writer ("I", "we") wishing, hoping or planning — not in the
 * past — to learn, hear, understand, ask or find out ("I'd love to hear how you…", "I hope to
 * learn…", "I'm hoping to understand…", "I'd like to ask you about…", "I'm curious how…"), or
 * asking for the listener's advice or insight ("your advice on…"). "I learned Python at school"
 * tells of the past: the learning verb is the sentence's own verb, not a wish's object.
 */

/** The writer's wishes, hopes and plans: their object is what they want from today. */
const wishVerbs = new Set([
  "love",
  "like",
  "want",
  "hope",
  "wish",
  "plan",
  "aim",
  "intend",
  "appreciate",
  "value",
  "welcome",
  "look",
  "would",
]);
/** Adjectives of wanting to know: "I'm curious how…", "I'm keen to hear…". */
const wantingAdjectives = new Set([
  "curious",
  "eager",
  "keen",
  "excited",
  "interested",
  "wondering",
]);
/** What one does to learn from a conversation. */
const learningVerbs = new Set([
  "learn",
  "hear",
  "understand",
  "ask",
  "find",
  "know",
  "get",
  "discuss",
  "explore",
  "talk",
  "pick",
  "gain",
  "see",
]);
/** The listener's knowledge asked for: "your advice on…", "your take on…". */
const adviceNouns = new Set([
  "advice",
  "insight",
  "insights",
  "perspective",
  "perspectives",
  "view",
  "views",
  "thoughts",
  "take",
  "guidance",
  "suggestions",
  "tips",
  "recommendations",
  "feedback",
  "opinion",
]);
const writers = new Set(["i", "we"]);
const pastWishes = new Set([
  "loved",
  "liked",
  "wanted",
  "hoped",
  "wished",
  "planned",
  "aimed",
  "intended",
]);
const wonderings = new Set([
  "how",
  "what",
  "why",
  "whether",
  "if",
  "which",
  "who",
  "where",
  "when",
  "about",
]);

function asksForAdvice(tokens: QuestionToken[]): boolean {
  return tokens.some((token, index) => {
    if (token.word !== "your" || !adviceNouns.has(tokens[index + 1]?.word ?? "")) return false;
    // "Your advice last year helped me": advice already given is not a goal for today.
    const verbAfter = tokens.slice(index + 2).find((later) => later.tags.has("Verb"));
    return !verbAfter?.tags.has("PastTense");
  });
}

function wishesToLearn(tokens: QuestionToken[], writerAt: number): boolean {
  // The writer's verb group: "I'd really love", "I am hoping", "I'm most curious".
  for (let index = writerAt + 1; index < Math.min(tokens.length, writerAt + 6); index += 1) {
    const token = tokens[index];
    if (!token) return false;
    if (pastWishes.has(token.word) && tokens[index - 1]?.word !== "would") return false;
    if (
      token.word === "curious" ||
      token.word === "wondering" ||
      wantingAdjectives.has(token.word)
    ) {
      const next = tokens[index + 1];
      if (next && (wonderings.has(next.word) || next.word === "to" || next.word === "in"))
        return true;
    }
    if (isVerbOf(token, wishVerbs) || wantingAdjectives.has(token.word)) {
      const object = tokens.slice(index + 1, index + 6);
      const learningAt = object.findIndex((later) => isVerbOf(later, learningVerbs));
      const leadIn = object.slice(0, Math.max(learningAt, 0)).map((later) => later.word);
      // "to learn", "to hear", "forward to hearing", "in learning": the learning is wished for.
      if (learningAt >= 0 && (leadIn.includes("to") || leadIn.includes("in"))) return true;
      if (object[0]?.word === "your" && adviceNouns.has(object[1]?.word ?? "")) return true;
    }
    if (token.tags.has("Verb") && token.tags.has("PastTense")) return false;
  }
  return false;
}

/** Says what the explorer hopes to learn today. */
export function saysLearningGoal(text: string): boolean {
  return questionSentences(text).some(({ tokens }) => {
    if (asksForAdvice(tokens)) return true;
    return tokens.some((token, index) => writers.has(token.word) && wishesToLearn(tokens, index));
  });
}
