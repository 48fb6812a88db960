// FROZEN: never edit this file.
//
// A frozen private copy, for the migration 2026-12-01T0700-name-keys, of how the live code
// keyed names at commit 01f3c68: `nameKey` and `fieldsKey` of src/domain/name-key.ts and
// `storedKeysOf` (with the organization, template and person keys) of src/store/stored-keys.ts,
// trimmed to what the migration uses (the per-table key functions inlined into
// storedKeysOf) and otherwise unchanged.
//
// Why a copy: a migration must upgrade an old database the same way forever. If the live
// nameKey ever folds differently, an old database upgraded afterwards must still get the
// keys this migration was tested with (then a new migration recomputes every stored key
// with the live code). src/store/migrations-frozen.test.ts pins this copy's output. (What
// it cannot freeze is the runtime: Unicode normalization comes from Node's own tables.)

export function nameKey(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/\u0130/g, "I")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/ς/g, "σ")
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .trim();
}

function fieldsKey(fields: ReadonlyArray<string | null | undefined>): string {
  return fields
    .filter((field): field is string => Boolean(field))
    .map(nameKey)
    .join("\n");
}

type RawRow = Record<string, string | number | null | undefined>;

const text = (row: RawRow, column: string) => {
  const value = row[column];
  return value === null || value === undefined ? null : String(value);
};

/** The derived columns of a raw row of `table`; none for other tables. */
export function storedKeysOf(table: string, row: RawRow): Record<string, string | null> {
  switch (table) {
    case "organizations":
      return { name_key: nameKey(text(row, "name") ?? "") };
    case "templates":
      return { name_key: nameKey(text(row, "name") ?? "") };
    case "people": {
      const location = text(row, "location");
      return {
        filter_text: fieldsKey([
          text(row, "name") ?? "",
          text(row, "title"),
          text(row, "email"),
          location,
          text(row, "common_ground"),
          text(row, "notes"),
        ]),
        location_key: location === null ? null : nameKey(location),
      };
    }
    default:
      return {};
  }
}
