import { exportPeopleCsv } from "../formats/people-csv-export.js";
import { exportPeopleVcard } from "../formats/people-vcard-export.js";
import type { ServiceContext } from "./context.js";

export type PeopleExportFormat = "csv" | "vcard";

/** Everyone (not deleted) as a CSV spreadsheet or a vCard 4.0 file. */
export async function exportPeople(
  context: ServiceContext,
  format: PeopleExportFormat,
): Promise<string> {
  const people = await context.store.people.list(context.ownerId);
  switch (format) {
    case "csv":
      return exportPeopleCsv(people);
    case "vcard":
      return exportPeopleVcard(people);
  }
}
