import { type Kysely, sql } from "kysely";

// Append-only: once committed, never edit this file; add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("organizations")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("owner_id", "text", (column) => column.notNull())
    .addColumn("name", "text", (column) => column.notNull())
    .addColumn("website", "text")
    .addColumn("industry", "text")
    .addColumn("locations", "text", (column) => column.notNull().defaultTo("[]"))
    .addColumn("mission", "text")
    .addColumn("notes", "text")
    .addColumn("created_at", "text", (column) => column.notNull())
    .addColumn("updated_at", "text", (column) => column.notNull())
    .addColumn("deleted_at", "text")
    .execute();

  // One live organization per name (ignoring case) per owner; people are matched to it by name.
  await db.schema
    .createIndex("organizations_owner_name_unique")
    .on("organizations")
    .unique()
    .expression(sql`owner_id, lower(name)`)
    .where(sql.ref("deleted_at"), "is", null)
    .execute();

  await db.schema
    .createTable("people")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("owner_id", "text", (column) => column.notNull())
    .addColumn("name", "text", (column) => column.notNull())
    .addColumn("title", "text")
    .addColumn("organization_id", "text", (column) =>
      column.references("organizations.id").onDelete("set null"),
    )
    .addColumn("email", "text")
    .addColumn("phone", "text")
    .addColumn("phone_extension", "text")
    .addColumn("work_address", "text")
    .addColumn("location", "text")
    .addColumn("profile_url", "text")
    .addColumn("source", "text")
    .addColumn("common_ground", "text")
    .addColumn("notes", "text")
    .addColumn("created_at", "text", (column) => column.notNull())
    .addColumn("updated_at", "text", (column) => column.notNull())
    .addColumn("deleted_at", "text")
    .execute();

  await db.schema
    .createIndex("people_owner_name")
    .on("people")
    .expression(sql`owner_id, lower(name)`)
    .execute();
  await db.schema
    .createIndex("people_owner_organization")
    .on("people")
    .columns(["owner_id", "organization_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("people").execute();
  await db.schema.dropTable("organizations").execute();
}
