import type { BackupTableName } from "../domain/backup-rows.js";
import { counted, type PluralForms } from "../domain/wording/plural.js";

/** A noun's two English forms; Intl.PluralRules (domain/wording) says which a count takes. */
export type Noun = PluralForms;

export { counted };

/** What each backup table holds, in words, for "Backed up …" and "Restored …". */
const tableNouns: Record<BackupTableName, Noun> = {
  organizations: { one: "organization", other: "organizations" },
  people: { one: "person", other: "people" },
  targets: { one: "interest", other: "interests" },
  person_targets: { one: "person interest", other: "person interests" },
  organization_targets: { one: "organization interest", other: "organization interests" },
  activities: { one: "log entry", other: "log entries" },
  network_asks: { one: "network ask", other: "network asks" },
  profiles: { one: "profile", other: "profiles" },
  action_states: { one: "snoozed or dismissed reminder", other: "snoozed or dismissed reminders" },
  settings: { one: "settings record", other: "settings records" },
  trips: { one: "trip", other: "trips" },
  templates: { one: "template", other: "templates" },
  bank_questions: { one: "own question", other: "own questions" },
  stories: { one: "story", other: "stories" },
  preparations: { one: "preparation", other: "preparations" },
  plan_questions: { one: "planned question", other: "planned questions" },
  research_notes: { one: "research note", other: "research notes" },
  pitches: { one: "pitch", other: "pitches" },
  prepared_answers: { one: "prepared answer", other: "prepared answers" },
  preparation_stories: { one: "story picked", other: "stories picked" },
  conduct_sessions: { one: "conversation session", other: "conversation sessions" },
  conduct_notes: { one: "conversation note", other: "conversation notes" },
  takeaways: { one: "takeaway", other: "takeaways" },
  reflections: { one: "reflection", other: "reflections" },
  check_ins: { one: "check-in rating", other: "check-in ratings" },
};

const nounOfTable = new Map<string, Noun>(Object.entries(tableNouns));

/** "3 organizations, 1 person, 1 network ask": a backup's or a restore's row counts. */
export function tableCounts(counts: Readonly<Record<string, number>>): string {
  return Object.entries(counts)
    .map(([table, count]) => {
      const words = table.replaceAll("_", " ");
      return counted(count, nounOfTable.get(table) ?? { one: words, other: `${words}s` });
    })
    .join(", ");
}

export const people: Noun = { one: "person", other: "people" };
