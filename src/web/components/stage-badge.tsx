import { type Stage, stageLabels } from "../../domain/stage.js";

/** Calm, distinct colours per stage; the label is always written out, never colour alone. */
const stageStyles: Record<Stage, { badge: string; dot: string }> = {
  identified: { badge: "bg-slate-100 text-slate-700 ring-slate-300", dot: "bg-slate-400" },
  contacted: { badge: "bg-sky-50 text-sky-800 ring-sky-200", dot: "bg-sky-500" },
  following_up: { badge: "bg-amber-50 text-amber-800 ring-amber-200", dot: "bg-amber-500" },
  scheduled: { badge: "bg-violet-50 text-violet-800 ring-violet-200", dot: "bg-violet-500" },
  met: { badge: "bg-teal-50 text-teal-800 ring-teal-200", dot: "bg-teal-600" },
  thanked: { badge: "bg-emerald-50 text-emerald-800 ring-emerald-200", dot: "bg-emerald-500" },
  keeping_in_touch: {
    badge: "bg-indigo-50 text-indigo-800 ring-indigo-200",
    dot: "bg-indigo-500",
  },
  declined: { badge: "bg-rose-50 text-rose-800 ring-rose-200", dot: "bg-rose-500" },
  paused: { badge: "bg-stone-100 text-stone-700 ring-stone-300", dot: "bg-stone-400" },
};

export function stageDotClass(stage: Stage): string {
  return stageStyles[stage].dot;
}

interface StageBadgeProps {
  stage: Stage;
  /** Read as "Stage: Met" by screen readers where the context does not say it. */
  withLabel?: boolean;
  className?: string;
}

export function StageBadge({ stage, withLabel = false, className = "" }: StageBadgeProps) {
  const style = stageStyles[stage];
  return (
    <span
      data-stage={stage}
      className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ring-inset ${style.badge} ${className}`}
    >
      <span aria-hidden="true" className={`size-1.5 rounded-full ${style.dot}`} />
      {withLabel ? <span className="sr-only">Stage: </span> : null}
      {stageLabels[stage]}
    </span>
  );
}
