import type { Kysely, Selectable } from "kysely";
import {
  type ConductNote,
  type ConductSession,
  type QuestionMark,
  questionMarks,
} from "../domain/conduct/conduct.js";
import type { ConductNoteTable, ConductSessionTable, Database } from "./schema.js";
import { updateLive } from "./soft-delete.js";

function toSession(row: Selectable<ConductSessionTable>): ConductSession {
  return {
    activityId: row.activity_id,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    notesPermission: Number(row.notes_permission) === 1,
    updatedAt: row.updated_at,
  };
}

function toNote(row: Selectable<ConductNoteTable>): ConductNote {
  return {
    id: row.id,
    activityId: row.activity_id,
    body: row.body,
    notedAt: row.noted_at,
    createdAt: row.created_at,
  };
}

/** A plan question's marks during the conversation. */
export interface QuestionMarks {
  id: string;
  asked: QuestionMark | null;
  note: string | null;
}

function markOf(text: string | null): QuestionMark | null {
  return questionMarks.find((mark) => mark === text) ?? null;
}

/** Conduct mode's rows: one session per conversation, its notes pad, the plan's ticks. */
export function conductRepository(db: Kysely<Database>) {
  return {
    async getSession(ownerId: string, activityId: string): Promise<ConductSession | null> {
      const row = await db
        .selectFrom("conduct_sessions")
        .selectAll()
        .where("owner_id", "=", ownerId)
        .where("activity_id", "=", activityId)
        .where("deleted_at", "is", null)
        .executeTakeFirst();
      return row ? toSession(row) : null;
    },

    /** Starts the session once: a second start (a replay) changes nothing. */
    async startSession(
      ownerId: string,
      id: string,
      activityId: string,
      startedAt: string,
      now: string,
    ): Promise<void> {
      await db
        .insertInto("conduct_sessions")
        .values({
          id,
          owner_id: ownerId,
          activity_id: activityId,
          started_at: startedAt,
          ended_at: null,
          notes_permission: 0,
          created_at: now,
          updated_at: now,
        })
        .onConflict((conflict) => conflict.columns(["owner_id", "activity_id"]).doNothing())
        .execute();
    },

    async setNotesPermission(
      ownerId: string,
      activityId: string,
      granted: boolean,
      now: string,
    ): Promise<void> {
      await db
        .updateTable("conduct_sessions")
        .set({ notes_permission: granted ? 1 : 0, updated_at: now })
        .where("owner_id", "=", ownerId)
        .where("activity_id", "=", activityId)
        .where("deleted_at", "is", null)
        .execute();
    },

    async endSession(ownerId: string, activityId: string, endedAt: string, now: string) {
      await db
        .updateTable("conduct_sessions")
        .set({ ended_at: endedAt, updated_at: now })
        .where("owner_id", "=", ownerId)
        .where("activity_id", "=", activityId)
        .where("deleted_at", "is", null)
        .where("ended_at", "is", null)
        .execute();
    },

    /** The live notes of a conversation, in the order they were taken. */
    async listNotes(ownerId: string, activityId: string): Promise<ConductNote[]> {
      const rows = await db
        .selectFrom("conduct_notes")
        .selectAll()
        .where("owner_id", "=", ownerId)
        .where("activity_id", "=", activityId)
        .where("deleted_at", "is", null)
        .orderBy("noted_at")
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map(toNote);
    },

    async getNote(ownerId: string, id: string): Promise<ConductNote | null> {
      const row = await db
        .selectFrom("conduct_notes")
        .selectAll()
        .where("owner_id", "=", ownerId)
        .where("id", "=", id)
        .where("deleted_at", "is", null)
        .executeTakeFirst();
      return row ? toNote(row) : null;
    },

    async countNotes(ownerId: string, activityId: string): Promise<number> {
      const row = await db
        .selectFrom("conduct_notes")
        .select((eb) => eb.fn.countAll<number>().as("count"))
        .where("owner_id", "=", ownerId)
        .where("activity_id", "=", activityId)
        .where("deleted_at", "is", null)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    /** Inserts a note with the client's id (the service checked it is free). */
    async insertNote(
      ownerId: string,
      id: string,
      activityId: string,
      note: { body: string; notedAt: string },
      now: string,
    ): Promise<void> {
      await db
        .insertInto("conduct_notes")
        .values({
          id,
          owner_id: ownerId,
          activity_id: activityId,
          body: note.body,
          noted_at: note.notedAt,
          created_at: now,
          updated_at: now,
        })
        .execute();
    },

    /** The marks of a conversation's live plan questions, in plan order. */
    async listMarks(ownerId: string, activityId: string): Promise<QuestionMarks[]> {
      const rows = await db
        .selectFrom("plan_questions")
        .select(["id", "asked", "conduct_note"])
        .where("owner_id", "=", ownerId)
        .where("activity_id", "=", activityId)
        .where("deleted_at", "is", null)
        .orderBy("position")
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map((row) => ({ id: row.id, asked: markOf(row.asked), note: row.conduct_note }));
    },

    async getMarks(ownerId: string, id: string): Promise<QuestionMarks | null> {
      const row = await db
        .selectFrom("plan_questions")
        .select(["id", "asked", "conduct_note"])
        .where("owner_id", "=", ownerId)
        .where("id", "=", id)
        .where("deleted_at", "is", null)
        .executeTakeFirst();
      return row ? { id: row.id, asked: markOf(row.asked), note: row.conduct_note } : null;
    },

    /** Sets a plan question's tick and note (undefined: left as it is). */
    mark: (
      ownerId: string,
      id: string,
      change: { asked?: QuestionMark | null; note?: string | null },
      now: string,
    ) =>
      updateLive(
        db,
        "plan_questions",
        ownerId,
        id,
        {
          ...(change.asked !== undefined ? { asked: change.asked } : {}),
          ...(change.note !== undefined ? { conduct_note: change.note } : {}),
        },
        now,
      ),
  };
}
