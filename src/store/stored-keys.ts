import { fieldsKey, nameKey } from "../domain/name-key.js";

/**
 * Columns the store derives from a row's own fields (never from input, never from a
 * backup): the keys names are matched by and what the people quick filter reads. Every
 * write of these tables goes through here, and restore derives them the same way, so a
 * backup need not carry them.
 */

export function organizationKeys(organization: { name: string }) {
  return { name_key: nameKey(organization.name) };
}

export function templateKeys(template: { name: string }) {
  return { name_key: nameKey(template.name) };
}

/** The person's own fields the quick filter matches (the organization's name is its own key). */
export interface PersonFilterFields {
  name: string;
  title: string | null;
  email: string | null;
  location: string | null;
  common_ground: string | null;
  notes: string | null;
}

export function personKeys(person: PersonFilterFields) {
  return {
    filter_text: fieldsKey([
      person.name,
      person.title,
      person.email,
      person.location,
      person.common_ground,
      person.notes,
    ]),
    location_key: person.location === null ? null : nameKey(person.location),
  };
}

type RawRow = Record<string, string | number | null | undefined>;

const text = (row: RawRow, column: string) => {
  const value = row[column];
  return value === null || value === undefined ? null : String(value);
};

/** The derived columns of a raw row of `table` (a restored one); none for other tables. */
export function storedKeysOf(table: string, row: RawRow): Record<string, string | null> {
  switch (table) {
    case "organizations":
      return organizationKeys({ name: text(row, "name") ?? "" });
    case "templates":
      return templateKeys({ name: text(row, "name") ?? "" });
    case "people":
      return personKeys({
        name: text(row, "name") ?? "",
        title: text(row, "title"),
        email: text(row, "email"),
        location: text(row, "location"),
        common_ground: text(row, "common_ground"),
        notes: text(row, "notes"),
      });
    default:
      return {};
  }
}

const tablesUniqueByName = new Set(["organizations", "templates"]);

/**
 * A restored table's rows with live names that share a key numbered, "STRASSE (2)", the
 * later one by creation. Only a backup from before name keys can hold such names (lower()
 * told "Straße" and "STRASSE" apart); the migration numbered rows on file the same way.
 */
export function withDistinctNames<Row extends RawRow>(table: string, rows: Row[]): Row[] {
  if (!tablesUniqueByName.has(table)) return rows;
  const taken = new Set<string>();
  const renamed = new Map<Row, string>();
  const live = rows.filter((row) => row.deleted_at === null || row.deleted_at === undefined);
  const created = (row: Row) => `${text(row, "created_at") ?? ""}\u0000${text(row, "id") ?? ""}`;
  for (const row of [...live].sort((a, b) => created(a).localeCompare(created(b)))) {
    const name = text(row, "name") ?? "";
    let candidate = name;
    for (let number = 2; taken.has(nameKey(candidate)); number += 1)
      candidate = `${name} (${number})`;
    taken.add(nameKey(candidate));
    if (candidate !== name) renamed.set(row, candidate);
  }
  return rows.map((row) => {
    const name = renamed.get(row);
    return name === undefined ? row : { ...row, name };
  });
}
