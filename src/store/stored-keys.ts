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
