import { errorFromAnswer } from "../../lib/api.js";

/**
 * The yes/no check (`POST /api/coach/questions`, built by the coach's branch). Kept apart
 * and untyped by the route on purpose until that route is on this branch: once it is, this
 * becomes one line through the typed client (`api.coach.questions.$post`).
 */
export interface QuestionFinding {
  index: number;
  code: "closed_question";
  message: string;
  rewrite: string;
}

export async function checkQuestions(questions: string[]): Promise<QuestionFinding[]> {
  const response = await fetch("/api/coach/questions", {
    method: "POST",
    credentials: "same-origin",
    headers: { Accept: "application/json", "Content-Type": "application/json" },
    body: JSON.stringify({ questions }),
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw errorFromAnswer(response.status, body);
  const findings = (body as { findings?: QuestionFinding[] } | null)?.findings;
  return Array.isArray(findings) ? findings : [];
}
