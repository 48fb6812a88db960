import { type PersonSource, personSourceLabels } from "../../domain/person.js";

/** "Friend", "Advisor, coach or recruiter"; null when how they were found is not known. */
export function sourceLabel(source: PersonSource | null): string | null {
  return source ? personSourceLabels[source] : null;
}
