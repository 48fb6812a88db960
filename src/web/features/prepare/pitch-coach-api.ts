import { ApiError, errorFromAnswer, unreachableMessage } from "../../lib/api.js";

/**
 * POST /api/coach/pitch, helper "coach"'s route (issue 10's contract). It is not in this
 * branch's typed client yet, so it is called by hand with the contract's shape; once the
 * branches meet, this becomes `unwrap(api.coach.pitch.$post(...))`.
 */
export interface PitchCoachAnswer {
  spokenSeconds: number;
  wordsPerMinute: number;
  words: number;
  target: { min: number; max: number };
  findings: {
    code: "pitch_too_long" | "pitch_too_short" | "pitch_no_learning_goal";
    message: string;
  }[];
}

export async function coachPitch(text: string): Promise<PitchCoachAnswer> {
  let response: Response;
  try {
    response = await fetch("/api/coach/pitch", {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ text }),
    });
  } catch {
    throw new ApiError("network", unreachableMessage, 0);
  }
  const parsed: unknown = await response.json().catch(() => null);
  if (!response.ok) throw errorFromAnswer(response.status, parsed);
  return parsed as PitchCoachAnswer;
}
