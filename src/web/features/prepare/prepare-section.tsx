import type { ReactNode } from "react";

/** One section of the preparation page: a titled card, reachable by its id (#objective…). */
export function PrepareSection({
  id,
  title,
  description,
  aside,
  children,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  /** Shown beside the title (a count, a progress line). */
  aside?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
    >
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        {aside}
      </div>
      {description ? <div className="mb-4 text-sm text-slate-600">{description}</div> : null}
      {children}
    </section>
  );
}
