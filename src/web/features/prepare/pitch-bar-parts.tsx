import { formatSeconds } from "./records-parts.js";

export type PitchVerdict = "empty" | "short" | "within" | "long";

export interface PitchTiming {
  verdict: PitchVerdict;
  /** Said beside the bar: the verdict in words (the colour is never the only sign). */
  text: string;
  /** Where the marker sits, 0–100, on a scale a third past the target's end. */
  markerPercent: number;
  /** The target band on the same scale. */
  band: { fromPercent: number; toPercent: number };
}

/** Where `seconds` falls against the target (30–45 s by default), as words and a bar. */
export function pitchTiming(seconds: number, target: { min: number; max: number }): PitchTiming {
  const scale = Math.max(target.max * (4 / 3), seconds, 1);
  const percent = (value: number) => Math.round((Math.min(value, scale) / scale) * 1000) / 10;
  const band = { fromPercent: percent(target.min), toPercent: percent(target.max) };
  const range = `${target.min}–${target.max} s`;
  const at = formatSeconds(seconds);
  if (seconds === 0)
    return {
      verdict: "empty",
      text: `Write your pitch: aim for ${range}.`,
      markerPercent: 0,
      band,
    };
  if (seconds < target.min)
    return {
      verdict: "short",
      text: `${at}: shorter than the ${range} target. Say a little more.`,
      markerPercent: percent(seconds),
      band,
    };
  if (seconds > target.max)
    return {
      verdict: "long",
      text: `${at}: ${formatSeconds(seconds - target.max)} over the ${range} target. Cut a sentence.`,
      markerPercent: percent(seconds),
      band,
    };
  return {
    verdict: "within",
    text: `${at}: within the ${range} target.`,
    markerPercent: percent(seconds),
    band,
  };
}

const markerColour: Record<PitchVerdict, string> = {
  empty: "bg-slate-400",
  short: "bg-amber-500",
  within: "bg-teal-600",
  long: "bg-red-600",
};
const verdictSign: Record<PitchVerdict, string> = {
  empty: "○",
  short: "▲",
  within: "✓",
  long: "✕",
};
const verdictText: Record<PitchVerdict, string> = {
  empty: "text-slate-600",
  short: "text-amber-800",
  within: "text-teal-800",
  long: "text-red-700",
};

/** The target bar: the band of the target, a marker where the pitch falls, and the words. */
export function PitchTargetBar({
  seconds,
  target,
}: {
  seconds: number;
  target: { min: number; max: number };
}) {
  const timing = pitchTiming(seconds, target);
  return (
    <div className="flex flex-col gap-1.5">
      {/* The bar shows what the sentence below says, for those who see it. */}
      <div
        aria-hidden="true"
        className="relative h-3 overflow-hidden rounded-full bg-slate-100 ring-1 ring-slate-200"
      >
        <div
          className="absolute inset-y-0 bg-teal-100"
          style={{
            left: `${timing.band.fromPercent}%`,
            width: `${timing.band.toPercent - timing.band.fromPercent}%`,
          }}
        />
        <div
          className={`absolute inset-y-0 w-1.5 -translate-x-1/2 rounded-full ${markerColour[timing.verdict]}`}
          style={{ left: `${Math.max(timing.markerPercent, 0.75)}%` }}
        />
      </div>
      <div aria-hidden="true" className="relative -mt-1 h-4 text-xs text-slate-500">
        <span className="absolute -translate-x-1/2" style={{ left: `${timing.band.fromPercent}%` }}>
          {target.min} s
        </span>
        <span className="absolute -translate-x-1/2" style={{ left: `${timing.band.toPercent}%` }}>
          {target.max} s
        </span>
      </div>
      <p
        className={`text-sm font-medium ${verdictText[timing.verdict]}`}
        data-verdict={timing.verdict}
      >
        <span aria-hidden="true">{verdictSign[timing.verdict]} </span>
        {timing.text}
      </p>
    </div>
  );
}
