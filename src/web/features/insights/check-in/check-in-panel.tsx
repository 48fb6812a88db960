import type { InsightsOptions } from "../../../../domain/insights/insights-view.js";

// Placeholder, replaced by the check-in work: "Still excited?" — rate each interest 1–5.
export function CheckInPanel(_props: { options: InsightsOptions }) {
  return null;
}
