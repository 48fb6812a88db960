import type { SectionProps } from "../section-props.js";

// Placeholder, replaced by the section's own work.
export function EffortSection(_props: SectionProps) {
  return <p className="text-slate-600">This section is being built.</p>;
}
