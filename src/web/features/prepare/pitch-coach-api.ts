import { api, unwrap } from "../../lib/api-client.js";

/** The pitch coach (`POST /api/coach/pitch`): spoken seconds at the explorer's rate, findings. */
export function coachPitch(text: string) {
  return unwrap(api.coach.pitch.$post({ json: { text } }));
}

export type PitchCoachAnswer = Awaited<ReturnType<typeof coachPitch>>;
