import { CheckInPanel } from "./check-in/check-in-panel.js";
import type { SectionProps } from "./section-props.js";

// Placeholder, replaced by the section's own work (which renders CheckInPanel beside it).
export function CompareSection(props: SectionProps) {
  return (
    <div className="flex flex-col gap-4">
      <p className="text-slate-600">This section is being built.</p>
      <CheckInPanel options={props.options} />
    </div>
  );
}
