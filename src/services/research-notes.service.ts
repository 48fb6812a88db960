import { instantToZoned } from "../domain/conversation.js";
import {
  type ResearchNote,
  researchNoteInputSchema,
  researchNotePatchSchema,
} from "../domain/prepare/preparation.js";
import { type ResearchHint, researchIsStale } from "../domain/prepare/research-staleness.js";
import { validate } from "../domain/validation.js";
import { createOnce, sameAs, withoutId } from "./client-ids.js";
import type { ServiceContext } from "./context.js";
import { getPrepareSettings } from "./prepare-settings.service.js";
import { onRecordChanged } from "./projections.js";
import { notFound, ServiceError, validationFailed } from "./service-error.js";
import { getCadenceSettings } from "./today.service.js";

/**
 * Research notes (METHOD §4): Markdown about one person or one organization, each dated.
 * A note of a deleted person or organization stays (restoring them brings it back) but is
 * not listed or searched while they are deleted.
 */

export type NotesQuery = { personId?: string | null; organizationId?: string | null };

export interface ResearchNotesView {
  notes: ResearchNote[];
  /** For an organization: the stale-research hint, or null while its research is recent. */
  hint: ResearchHint | null;
}

/** The person or organization named, live and the owner's; one of the two exactly. */
async function requireSubject(tx: ServiceContext, query: NotesQuery) {
  const { personId, organizationId } = query;
  if (Boolean(personId) === Boolean(organizationId)) {
    const message = "Say whose notes: one personId or one organizationId";
    throw new ServiceError("validation_failed", message, { personId: message });
  }
  if (personId) {
    if (!(await tx.store.people.get(tx.ownerId, personId))) throw notFound("That person");
    return { personId } as const;
  }
  const organization = await tx.store.organizations.get(tx.ownerId, String(organizationId));
  if (!organization) throw notFound("That organization");
  return { organizationId: organization.id, organizationName: organization.name } as const;
}

async function isDeletedSubject(tx: ServiceContext, query: NotesQuery): Promise<boolean> {
  const { personId, organizationId } = query;
  if (Boolean(personId) === Boolean(organizationId)) return false;
  // Kept (with includeDeleted) but not live: deleted.
  const options = { includeDeleted: true };
  if (personId) {
    const kept = await tx.store.people.get(tx.ownerId, personId, options);
    return Boolean(kept) && !(await tx.store.people.get(tx.ownerId, personId));
  }
  const id = String(organizationId);
  const kept = await tx.store.organizations.get(tx.ownerId, id, options);
  return Boolean(kept) && !(await tx.store.organizations.get(tx.ownerId, id));
}

/** The explorer's calendar day now, in their time zone (Settings → Reminders). */
async function todayOf(tx: ServiceContext): Promise<string> {
  const { timeZone } = await getCadenceSettings(tx);
  return instantToZoned(tx.now().toISOString(), timeZone).date;
}

export async function listResearchNotes(
  context: ServiceContext,
  query: NotesQuery,
): Promise<ResearchNotesView> {
  return context.transaction(async (tx) => {
    // A deleted person's or organization's notes are hidden, not gone: an empty list, so a
    // page still open when its record is deleted reads nothing rather than a 404.
    if (await isDeletedSubject(tx, query)) return { notes: [], hint: null };
    const subject = await requireSubject(tx, query);
    if ("personId" in subject) {
      return { notes: await tx.store.researchNotes.list(tx.ownerId, subject), hint: null };
    }
    const notes = await tx.store.researchNotes.list(tx.ownerId, {
      organizationId: subject.organizationId,
    });
    const settings = await getPrepareSettings(tx);
    const hint = researchIsStale(
      notes,
      await todayOf(tx),
      settings.researchStaleMonths,
      subject.organizationName,
    );
    return { notes, hint };
  });
}

async function requireNote(tx: ServiceContext, id: string): Promise<ResearchNote> {
  const note = await tx.store.researchNotes.get(tx.ownerId, id);
  // A note whose person or organization is deleted is hidden like them.
  if (!note || !(await subjectIsLive(tx, note))) throw notFound("That note");
  return note;
}

async function subjectIsLive(tx: ServiceContext, note: ResearchNote): Promise<boolean> {
  if (note.personId) return Boolean(await tx.store.people.get(tx.ownerId, note.personId));
  if (note.organizationId)
    return Boolean(await tx.store.organizations.get(tx.ownerId, note.organizationId));
  return false;
}

export async function addResearchNote(
  context: ServiceContext,
  draft: unknown,
): Promise<ResearchNote> {
  const valid = validate(researchNoteInputSchema, draft);
  if (!valid.ok) throw validationFailed(valid.fields);
  const { id, ...input } = valid.value;
  return createOnce(context, {
    table: "research_notes",
    id,
    read: async (tx, noteId) => (await tx.store.researchNotes.get(tx.ownerId, noteId)) ?? undefined,
    matches: (note) => sameAs(note, input),
    create: async (tx, noteId) => {
      await requireSubject(tx, input);
      await tx.store.researchNotes.insert(
        tx.ownerId,
        noteId,
        {
          personId: input.personId ?? null,
          organizationId: input.organizationId ?? null,
          body: input.body,
          notedOn: input.notedOn ?? (await todayOf(tx)),
        },
        tx.now().toISOString(),
      );
      await onRecordChanged(tx, { type: "research_note", id: noteId }, "created");
      return requireNote(tx, noteId);
    },
  });
}

export async function updateResearchNote(
  context: ServiceContext,
  id: string,
  draft: unknown,
): Promise<ResearchNote> {
  const valid = validate(researchNotePatchSchema, withoutId(draft));
  if (!valid.ok) throw validationFailed(valid.fields);
  const { body, notedOn } = valid.value;
  return context.transaction(async (tx) => {
    await requireNote(tx, id);
    await tx.store.researchNotes.update(
      tx.ownerId,
      id,
      {
        ...(body === undefined ? {} : { body }),
        ...(notedOn === undefined ? {} : { noted_on: notedOn }),
      },
      tx.now().toISOString(),
    );
    await onRecordChanged(tx, { type: "research_note", id }, "edited");
    return requireNote(tx, id);
  });
}

/** Soft delete, so the toast's Undo (restoreResearchNote) brings it back unchanged. */
export async function deleteResearchNote(
  context: ServiceContext,
  id: string,
): Promise<ResearchNote> {
  return context.transaction(async (tx) => {
    const note = await requireNote(tx, id);
    const now = tx.now().toISOString();
    await tx.store.researchNotes.setDeleted(tx.ownerId, id, now, now);
    await onRecordChanged(tx, { type: "research_note", id }, "deleted");
    return note;
  });
}

export async function restoreResearchNote(
  context: ServiceContext,
  id: string,
): Promise<ResearchNote> {
  return context.transaction(async (tx) => {
    const deleted = await tx.store.researchNotes.get(tx.ownerId, id, { includeDeleted: true });
    if (!deleted || !(await subjectIsLive(tx, deleted))) throw notFound("That note");
    await tx.store.researchNotes.setDeleted(tx.ownerId, id, null, tx.now().toISOString());
    await onRecordChanged(tx, { type: "research_note", id }, "restored");
    return requireNote(tx, id);
  });
}
