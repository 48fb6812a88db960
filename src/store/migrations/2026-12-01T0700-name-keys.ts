import { type Kysely, sql } from "kysely";
import { nameKey, storedKeysOf } from "./frozen/2026-12-01-name-keys.js";

// Append-only: once committed, never edit this file; add a new migration instead. If
// nameKey ever folds differently, a new migration must recompute the stored keys.
//
// The one deliberate edit, behaviour-neutral: this migration imported the live nameKey and
// storedKeysOf; it now imports frozen private copies of them (./frozen/2026-12-01-name-keys.ts),
// so an old database upgrades the same way forever, whatever the live code becomes.
// src/store/migrations-frozen.test.ts pins the keys it computes, taken before the edit.

type Row = Record<string, string | null>;

/** Sets `columns` of many rows by id, a few hundred rows a statement (both engines). */
async function fill(db: Kysely<unknown>, table: string, columns: string[], rows: Row[]) {
  for (let start = 0; start < rows.length; start += 300) {
    const chunk = rows.slice(start, start + 300);
    const values = sql.join(
      chunk.map((row) => sql`(${sql.join([row.id, ...columns.map((column) => row[column])])})`),
    );
    const names = sql.join(["id", ...columns].map((column) => sql.ref(`computed_${column}`)));
    const sets = sql.join(
      columns.map((column) => sql`${sql.ref(column)} = ${sql.ref(`computed_${column}`)}`),
    );
    // UPDATE … FROM (SQLite 3.33+, PostgreSQL) joins on the primary key: one pass per chunk.
    await sql`with computed(${names}) as (values ${values})
      update ${sql.table(table)} set ${sets} from computed where ${sql.ref(`${table}.id`)} = computed_id`.execute(
      db,
    );
  }
}

/**
 * Live rows whose names now share a key (SQLite's lower() let "ÉCOLE" and "école" both in)
 * get a number, "ÉCOLE (2)", rather than being merged behind the explorer's back.
 */
function numberDuplicates(rows: Row[]): Row[] {
  const taken = new Set<string>();
  const renamed: Row[] = [];
  const live = rows.filter((row) => row.deleted_at === null);
  live.sort((a, b) => `${a.created_at}${a.id}`.localeCompare(`${b.created_at}${b.id}`));
  for (const row of live) {
    const name = row.name ?? "";
    let candidate = name;
    for (let number = 2; taken.has(`${row.owner_id}\u0000${nameKey(candidate)}`); number += 1) {
      candidate = `${name} (${number})`;
    }
    taken.add(`${row.owner_id}\u0000${nameKey(candidate)}`);
    if (candidate !== name) {
      row.name = candidate;
      row.name_key = nameKey(candidate);
      renamed.push(row);
    }
  }
  return renamed;
}

async function keyNames(db: Kysely<unknown>, table: "organizations" | "templates") {
  await db.schema
    .alterTable(table)
    .addColumn("name_key", "text", (column) => column.notNull().defaultTo(""))
    .execute();
  const rows = (
    await sql<Row>`select id, owner_id, name, created_at, deleted_at from ${sql.table(table)}`.execute(
      db,
    )
  ).rows.map((row) => ({ ...row, ...storedKeysOf(table, row) }));
  await fill(db, table, ["name_key"], rows);
  await fill(db, table, ["name", "name_key"], numberDuplicates(rows));
}

export async function up(db: Kysely<unknown>): Promise<void> {
  // Names are matched by a key computed in JavaScript (domain/name-key.ts), the same on
  // both engines; SQLite's lower() folds ASCII only.
  await db.schema.dropIndex("organizations_owner_name_unique").execute();
  await keyNames(db, "organizations");
  await db.schema
    .createIndex("organizations_owner_name_key_unique")
    .on("organizations")
    .unique()
    .columns(["owner_id", "name_key"])
    .where(sql.ref("deleted_at"), "is", null)
    .execute();

  await keyNames(db, "templates");
  await db.schema
    .createIndex("templates_owner_name_key_unique")
    .on("templates")
    .unique()
    .columns(["owner_id", "name_key"])
    .where(sql.ref("deleted_at"), "is", null)
    .execute();

  // What the people quick filter matches, folded the same way, and the location filter's key.
  await db.schema
    .alterTable("people")
    .addColumn("filter_text", "text", (column) => column.notNull().defaultTo(""))
    .execute();
  await db.schema.alterTable("people").addColumn("location_key", "text").execute();
  const people = (
    await sql<Row>`select id, name, title, email, location, common_ground, notes from people`.execute(
      db,
    )
  ).rows.map((row) => ({ id: row.id ?? null, ...storedKeysOf("people", row) }));
  await fill(db, "people", ["filter_text", "location_key"], people);
  await db.schema
    .createIndex("people_owner_location_key")
    .on("people")
    .columns(["owner_id", "location_key"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("people_owner_location_key").execute();
  await db.schema.alterTable("people").dropColumn("location_key").execute();
  await db.schema.alterTable("people").dropColumn("filter_text").execute();
  await db.schema.dropIndex("templates_owner_name_key_unique").execute();
  await db.schema.alterTable("templates").dropColumn("name_key").execute();
  await db.schema.dropIndex("organizations_owner_name_key_unique").execute();
  await db.schema.alterTable("organizations").dropColumn("name_key").execute();
  await db.schema
    .createIndex("organizations_owner_name_unique")
    .on("organizations")
    .unique()
    .expression(sql`owner_id, lower(name)`)
    .where(sql.ref("deleted_at"), "is", null)
    .execute();
}
