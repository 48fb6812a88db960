interface ProgressBarProps {
  /** What is in progress, read by screen readers, e.g. "Uploading file". */
  label: string;
  /** From 0 to 1; null when there is no way to tell how far along it is. */
  value: number | null;
}

/** A thin bar that fills as work advances, or slides back and forth when it cannot tell. */
export function ProgressBar({ label, value }: ProgressBarProps) {
  const percent = value === null ? null : Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent ?? undefined}
      aria-valuetext={percent === null ? "Working…" : `${percent}%`}
      className="relative h-2 w-full overflow-hidden rounded-full bg-slate-200"
    >
      {percent === null ? (
        <div className="progress-indeterminate absolute inset-y-0 left-0 w-2/5 rounded-full bg-teal-600" />
      ) : (
        <div
          className="h-full rounded-full bg-teal-600 transition-[width] duration-200"
          style={{ width: `${percent}%` }}
        />
      )}
    </div>
  );
}
