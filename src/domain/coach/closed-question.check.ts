import { readQuestion } from "./question-check.js";
import { rewriteQuestion } from "./question-rewrite.js";

/** The yes/no check's one stable code: the API, the CLI and the UI key on it. */
export const closedQuestionCode = "closed_question";

export const closedQuestionMessage =
  "This can be answered with a yes or no; ask it openly so they tell you more.";

/** One closed question in a list: where it is, the advice and an open rewrite. */
export interface QuestionFinding {
  index: number;
  code: typeof closedQuestionCode;
  message: string;
  rewrite: string;
}

/** One finding per question a bare "yes" or "no" could answer (METHOD §4), in list order. */
export function coachQuestions(questions: readonly string[]): QuestionFinding[] {
  const findings: QuestionFinding[] = [];
  questions.forEach((question, index) => {
    const reading = readQuestion(question);
    if (!reading.closed) return;
    findings.push({
      index,
      code: closedQuestionCode,
      message: closedQuestionMessage,
      rewrite: rewriteQuestion(reading),
    });
  });
  return findings;
}
