import { describe, expect, it } from "vitest";
import { labelledQuestions } from "./closed-question.cases.js";
import { closedQuestionMessage, coachQuestions } from "./closed-question.check.js";
import { isClosedQuestion, readQuestion } from "./question-check.js";
import { rewriteQuestion } from "./question-rewrite.js";

describe("the yes/no check on labelled questions", () => {
  it("has enough labelled questions, half of them hard", () => {
    expect(labelledQuestions.length).toBeGreaterThanOrEqual(60);
    const hard = labelledQuestions.filter((question) => question.hard).length;
    expect(hard * 2).toBeGreaterThanOrEqual(labelledQuestions.length);
  });

  it.each(labelledQuestions)("$text → closed: $closed", ({ text, closed }) => {
    expect(isClosedQuestion(text)).toBe(closed);
  });
});

describe("rewrites", () => {
  const closed = labelledQuestions.filter((question) => question.closed);

  it.each(closed)("the rewrite of $text is itself open", ({ text }) => {
    const rewrite = rewriteQuestion(readQuestion(text));
    expect(rewrite).toMatch(/^[A-Z].*\?$/);
    expect(isClosedQuestion(rewrite)).toBe(false);
  });

  it.each([
    [
      "Do you like your job?",
      "What do you find most rewarding about your job, and what is hardest?",
    ],
    ["Is there room to grow at Acme?", "What room is there to grow at Acme?"],
    // compromise tags a plural subject after "Do" as a verb; the clause's own verb says otherwise.
    [
      "Do engineers at Stripe write a lot of documentation?",
      "What documentation do engineers at Stripe write?",
    ],
    ["Do nurses work nights?", "How do nurses work nights?"],
    // Asking leave: how they would like it done.
    ["Is it okay if I follow up?", "How would you like me to follow up?"],
    ["Would it be all right if I sent my résumé?", "How would you like me to send my résumé?"],
    // An embedded yes/no question that asks no leave keeps the general form.
    [
      "Can you tell me if I need a license?",
      "What can you tell me about whether I need a license?",
    ],
    // A hyphenated predicate has no degree to ask about.
    ["Is the work at Pfizer mostly lab-based?", "What makes the work at Pfizer mostly lab-based?"],
    ["Did you study design?", "How did you come to study design?"],
    ["Do you have any advice for me?", "What advice do you have for me?"],
    ["Would you recommend this field?", "What would you tell someone considering this field?"],
    ["Are there jobs in Denver?", "What jobs are there in Denver?"],
    ["Have you ever worked abroad?", "What has your experience been with working abroad?"],
    ["Is it hard to break in?", "How hard is it to break in?"],
    ["Is it a good time to enter UX?", "What makes it a good time to enter UX?"],
    ["Can I apply without a degree?", "How could I apply without a degree?"],
    [
      "Should I get a master's degree first?",
      "What should I weigh in deciding whether to get a master's degree first?",
    ],
    ["Has the company changed since you joined?", "How has the company changed since you joined?"],
    [
      "Do you think the market will recover?",
      "What is your view on whether the market will recover?",
    ],
    [
      "Can you tell me if there are openings on your team?",
      "What can you tell me about whether there are openings on your team?",
    ],
    ["You moved from finance to UX?", "How did you come to move from finance to UX?"],
    ["It's a growing field, isn't it?", "What makes it a growing field?"],
    ["Are there any resources you'd recommend?", "What resources are there that you'd recommend?"],
    ["Don't you miss working in finance?", "What do you miss most about working in finance?"],
    ["Does the company offer tuition support?", "What tuition support does the company offer?"],
    ["Is there anyone else I should talk to?", "Who else is there that I should talk to?"],
    ["Would you be open to a follow-up chat?", "How open would you be to a follow-up chat?"],
    ["Have you any advice for a beginner?", "What advice do you have for a beginner?"],
    ["Are you willing to relocate?", "How willing are you to relocate?"],
    ["I know you're busy, but do you have five minutes?", "How many minutes do you have?"],
    [
      "Looking back, would you have done anything differently?",
      "What would you have done differently?",
    ],
    [
      "Do you feel your work makes a difference?",
      "What is your view on whether your work makes a difference?",
    ],
  ])("%s → %s", (question, rewrite) => {
    expect(rewriteQuestion(readQuestion(question))).toBe(rewrite);
  });
});

describe("coachQuestions", () => {
  it("gives one finding per closed question, with its index, code, message and rewrite", () => {
    const findings = coachQuestions([
      "What does a typical week look like?",
      "Do you like your job?",
      "",
      "Could you walk me through how you got here?",
      "Is it hard to break in?",
    ]);
    expect(findings).toEqual([
      {
        index: 1,
        code: "closed_question",
        message: closedQuestionMessage,
        rewrite: "What do you find most rewarding about your job, and what is hardest?",
      },
      {
        index: 4,
        code: "closed_question",
        message: closedQuestionMessage,
        rewrite: "How hard is it to break in?",
      },
    ]);
  });

  it("finds nothing in an empty list", () => {
    expect(coachQuestions([])).toEqual([]);
  });
});
