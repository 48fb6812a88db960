import { z } from "zod";

/** Settings → Prepare: METHOD §4's numbers as defaults the explorer can change. */
export interface PrepareSettings {
  /** How long one answer takes, for the plan's time budget. */
  minutesPerAnswer: number;
  /** Greetings and the pitch at the start, before the first question. */
  openingMinutes: number;
  /** Kept free at the end for the wind-down questions and goodbye (METHOD §5). */
  windDownMinutes: number;
  /** Words a minute a pitch is spoken at (conversation runs 120–150). */
  speakingRate: number;
  /** The pitch's target: said in this many seconds or more… */
  pitchTargetMinSeconds: number;
  /** …and at most this many. */
  pitchTargetMaxSeconds: number;
  /** Under this the pitch says too little (pitch_too_short). */
  pitchShortestSeconds: number;
  /** Research on an organization older than this many months earns a hint. */
  researchStaleMonths: number;
}

export const defaultPrepareSettings: PrepareSettings = {
  minutesPerAnswer: 3,
  openingMinutes: 2,
  windDownMinutes: 5,
  speakingRate: 140,
  pitchTargetMinSeconds: 30,
  pitchTargetMaxSeconds: 45,
  pitchShortestSeconds: 20,
  researchStaleMonths: 6,
};

const whole = (label: string, min: number, max: number, unit: string) =>
  z
    .number({ error: `${label} must be a number` })
    .int({ error: `${label} must be a whole number of ${unit}` })
    .min(min, { error: `${label} must be at least ${min} ${unit}` })
    .max(max, { error: `${label} must be at most ${max} ${unit}` });

export const prepareSettingsSchema = z
  .object({
    minutesPerAnswer: whole("Minutes per answer", 1, 30, "minutes"),
    openingMinutes: whole("The opening", 0, 30, "minutes"),
    windDownMinutes: whole("The wind-down", 0, 30, "minutes"),
    speakingRate: whole("The speaking rate", 60, 250, "words a minute"),
    pitchTargetMinSeconds: whole("The pitch's shortest target", 5, 300, "seconds"),
    pitchTargetMaxSeconds: whole("The pitch's longest target", 5, 300, "seconds"),
    pitchShortestSeconds: whole("Too short a pitch", 1, 300, "seconds"),
    researchStaleMonths: whole("Research age", 1, 60, "months"),
  })
  .refine((s) => s.pitchTargetMinSeconds <= s.pitchTargetMaxSeconds, {
    path: ["pitchTargetMaxSeconds"],
    error: "The longest target cannot be shorter than the shortest",
  })
  .refine((s) => s.pitchShortestSeconds <= s.pitchTargetMinSeconds, {
    path: ["pitchShortestSeconds"],
    error: "Too short must be at most the shortest target",
  });
export type PrepareSettingsInput = z.input<typeof prepareSettingsSchema>;

/** Saved settings over the defaults; anything saved that no longer validates gives the defaults. */
export function prepareSettingsFrom(saved: unknown): PrepareSettings {
  const merged = {
    ...defaultPrepareSettings,
    ...(typeof saved === "object" && saved !== null ? saved : {}),
  };
  const checked = prepareSettingsSchema.safeParse(merged);
  return checked.success ? checked.data : defaultPrepareSettings;
}
