import { api, unwrap } from "../../lib/api-client.js";

/** The yes/no check (`POST /api/coach/questions`): one finding per closed question. */
export async function checkQuestions(questions: string[]) {
  return (await unwrap(api.coach.questions.$post({ json: { questions } }))).findings;
}

export type QuestionFinding = Awaited<ReturnType<typeof checkQuestions>>[number];
