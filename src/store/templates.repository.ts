import { type Kysely, type Selectable, sql } from "kysely";
import type { Template, TemplateInput, TemplatePurpose } from "../domain/template.js";
import type { Database, TemplateTable } from "./schema.js";
import { setDeleted, updateLive } from "./soft-delete.js";
import { templateKeys } from "./stored-keys.js";

function toTemplate(row: Selectable<TemplateTable>): Template {
  return {
    id: row.id,
    name: row.name,
    // Written only through templateInputSchema, so it is one of the purposes.
    purpose: row.purpose as TemplatePurpose,
    subject: row.subject,
    body: row.body,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function templatesRepository(db: Kysely<Database>) {
  return {
    /** Live templates, by name. */
    async list(ownerId: string): Promise<Template[]> {
      const rows = await db
        .selectFrom("templates")
        .selectAll()
        .where("owner_id", "=", ownerId)
        .where("deleted_at", "is", null)
        .orderBy(sql`lower(name)`)
        .orderBy("id")
        .execute();
      return rows.map(toTemplate);
    },

    /** A live template, or a deleted one when asked (for undo). */
    async get(
      ownerId: string,
      id: string,
      options: { includeDeleted?: boolean } = {},
    ): Promise<Template | null> {
      let query = db
        .selectFrom("templates")
        .selectAll()
        .where("owner_id", "=", ownerId)
        .where("id", "=", id);
      if (!options.includeDeleted) query = query.where("deleted_at", "is", null);
      const row = await query.executeTakeFirst();
      return row ? toTemplate(row) : null;
    },

    /** The live template with this name, by its key (case, spacing, Unicode forms folded). */
    async findIdByName(ownerId: string, name: string): Promise<string | null> {
      const row = await db
        .selectFrom("templates")
        .select("id")
        .where("owner_id", "=", ownerId)
        .where("deleted_at", "is", null)
        .where("name_key", "=", templateKeys({ name }).name_key)
        .executeTakeFirst();
      return row?.id ?? null;
    },

    /**
     * Inserts unless a live template has the name already (ON CONFLICT on the unique name
     * key), so two saves at once cannot both take it; false when the name was taken.
     */
    async insertUnlessNamed(
      ownerId: string,
      id: string,
      input: TemplateInput,
      now: string,
    ): Promise<boolean> {
      const result = await db
        .insertInto("templates")
        .values({
          id,
          owner_id: ownerId,
          ...input,
          ...templateKeys(input),
          created_at: now,
          updated_at: now,
        })
        .onConflict((conflict) =>
          conflict.columns(["owner_id", "name_key"]).where("deleted_at", "is", null).doNothing(),
        )
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },

    /** False when there is no such live template. */
    update: (ownerId: string, id: string, input: TemplateInput, now: string) =>
      updateLive(db, "templates", ownerId, id, { ...input, ...templateKeys(input) }, now),

    /** Marks deleted (`now`) or live again (`null`); false when nothing changed. */
    setDeleted: (ownerId: string, id: string, deletedAt: string | null, now: string) =>
      setDeleted(db, "templates", ownerId, id, deletedAt, now),
  };
}
