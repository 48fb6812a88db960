import type { Kysely, Selectable } from "kysely";
import type { ResearchNote } from "../domain/prepare/preparation.js";
import type { Database, ResearchNoteTable } from "./schema.js";
import { setDeleted, updateLive } from "./soft-delete.js";

function toResearchNote(row: Selectable<ResearchNoteTable>): ResearchNote {
  return {
    id: row.id,
    personId: row.person_id,
    organizationId: row.organization_id,
    body: row.body,
    notedOn: row.noted_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Whose notes: one person's or one organization's. */
export type NotesOf = { personId: string } | { organizationId: string };

export function researchNotesRepository(db: Kysely<Database>) {
  return {
    /** Live notes about one person or organization, newest first. */
    async list(ownerId: string, of: NotesOf): Promise<ResearchNote[]> {
      let query = db
        .selectFrom("research_notes")
        .selectAll()
        .where("owner_id", "=", ownerId)
        .where("deleted_at", "is", null);
      query =
        "personId" in of
          ? query.where("person_id", "=", of.personId)
          : query.where("organization_id", "=", of.organizationId);
      const rows = await query
        .orderBy("noted_on", "desc")
        .orderBy("created_at", "desc")
        .orderBy("id")
        .execute();
      return rows.map(toResearchNote);
    },

    /** Every live note of the owner (for rebuilding the search index). */
    async listAll(ownerId: string): Promise<ResearchNote[]> {
      const rows = await db
        .selectFrom("research_notes")
        .selectAll()
        .where("owner_id", "=", ownerId)
        .where("deleted_at", "is", null)
        .orderBy("id")
        .execute();
      return rows.map(toResearchNote);
    },

    async get(
      ownerId: string,
      id: string,
      options: { includeDeleted?: boolean } = {},
    ): Promise<ResearchNote | null> {
      let query = db
        .selectFrom("research_notes")
        .selectAll()
        .where("owner_id", "=", ownerId)
        .where("id", "=", id);
      if (!options.includeDeleted) query = query.where("deleted_at", "is", null);
      const row = await query.executeTakeFirst();
      return row ? toResearchNote(row) : null;
    },

    async insert(
      ownerId: string,
      id: string,
      note: {
        personId: string | null;
        organizationId: string | null;
        body: string;
        notedOn: string;
      },
      now: string,
    ) {
      await db
        .insertInto("research_notes")
        .values({
          id,
          owner_id: ownerId,
          person_id: note.personId,
          organization_id: note.organizationId,
          body: note.body,
          noted_on: note.notedOn,
          created_at: now,
          updated_at: now,
        })
        .execute();
    },

    update: (
      ownerId: string,
      id: string,
      values: { body?: string; noted_on?: string },
      now: string,
    ) => updateLive(db, "research_notes", ownerId, id, values, now),

    setDeleted: (ownerId: string, id: string, deletedAt: string | null, now: string) =>
      setDeleted(db, "research_notes", ownerId, id, deletedAt, now),
  };
}
