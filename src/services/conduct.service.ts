import type { z } from "zod";
import {
  type ConductNote,
  type ConductSession,
  conductLimits,
  conductNoteInputSchema,
  endConversationInputSchema,
  questionMarkInputSchema,
} from "../domain/conduct/conduct.js";
import {
  type CapturedPerson,
  type ConductView,
  capturePersonInputSchema,
  captureQuestion,
  notesPermissionInputSchema,
  startConversationInputSchema,
} from "../domain/conduct/conduct-view.js";
import type { ConversationWithPerson } from "../domain/conversation.js";
import type { NetworkAsk } from "../domain/network.js";
import type { Person } from "../domain/person.js";
import { prepareSettingsFrom } from "../domain/prepare/prepare-settings.js";
import { assemblePitch, spokenSeconds } from "../domain/prepare/spoken-time.js";
import { validate } from "../domain/validation.js";
import type { QuestionMarks } from "../store/conduct.repository.js";
import { logActivity } from "./activities.service.js";
import { createOnce } from "./client-ids.js";
import type { ServiceContext } from "./context.js";
import { getConversation } from "./conversations.service.js";
import { insertNetworkAsk } from "./network-asks.service.js";
import { onRecordChanged } from "./projections.js";
import { notFound, ServiceError, validationFailed } from "./service-error.js";

/**
 * Conduct mode (METHOD §5): one conversation run from a phone. Every write is safe to send
 * twice, since the offline outbox replays what it is not sure arrived: starting, the
 * permission and the ticks set a state; notes and captured names carry the client's id.
 */

function valid<Schema extends z.ZodType>(schema: Schema, draft: unknown): z.output<Schema> {
  const checked = validate(schema, draft);
  if (!checked.ok) throw validationFailed(checked.fields);
  return checked.value;
}

const minute = 60 * 1000;

async function sessionOf(context: ServiceContext, activityId: string): Promise<ConductSession> {
  const session = await context.store.conduct.getSession(context.ownerId, activityId);
  if (!session) throw notFound("That conversation's session");
  return session;
}

/** Starts the session once, at `startedAt` (the device's) or now. */
async function ensureSession(
  tx: ServiceContext,
  activityId: string,
  startedAt?: string,
): Promise<ConductSession> {
  const now = tx.now().toISOString();
  await tx.store.conduct.startSession(tx.ownerId, tx.newId(), activityId, startedAt ?? now, now);
  return sessionOf(tx, activityId);
}

/** The people named in this conversation: the contact's "+ person" asks since it started. */
async function capturedPeople(
  context: ServiceContext,
  conversation: ConversationWithPerson,
  session: ConductSession | null,
): Promise<CapturedPerson[]> {
  if (!session) return [];
  const asks = (await context.store.networkAsks.list(context.ownerId, conversation.personId))
    .filter((ask) => ask.question === captureQuestion && ask.askedAt >= session.startedAt)
    .sort((first, second) => first.askedAt.localeCompare(second.askedAt));
  const ids = asks.flatMap((ask) => ask.suggestedPersonIds);
  const people = new Map(
    (await context.store.people.getMany(context.ownerId, ids)).map((person) => [person.id, person]),
  );
  return ids.flatMap((id) => {
    const person = people.get(id);
    return person
      ? [{ id: person.id, name: person.name, mentionPermission: person.mentionPermission }]
      : [];
  });
}

async function viewOf(context: ServiceContext, activityId: string): Promise<ConductView> {
  const conversation = await getConversation(context, activityId);
  const [records, marks, session, notes] = await Promise.all([
    context.store.brief.forConversation(context.ownerId, activityId),
    context.store.conduct.listMarks(context.ownerId, activityId),
    context.store.conduct.getSession(context.ownerId, activityId),
    context.store.conduct.listNotes(context.ownerId, activityId),
  ]);
  if (!records) throw notFound("That conversation");
  const settings = prepareSettingsFrom(records.prepareSettings);
  const marksById = new Map(marks.map((mark) => [mark.id, mark]));
  const pitchText = records.pitch ? assemblePitch(records.pitch) : "";
  return {
    conversation: {
      activityId: conversation.activityId,
      personId: conversation.personId,
      personName: conversation.personName,
      organizationName: conversation.organizationName,
      startsAt: conversation.startsAt,
      endsAt: conversation.endsAt,
      durationMinutes: conversation.durationMinutes,
      mode: conversation.mode,
      place: conversation.place,
      placeLink: conversation.placeLink,
      status: conversation.status,
    },
    objective: records.preparation?.objective ?? null,
    questions: records.plan.map((question) => ({
      id: question.id,
      text: question.text,
      group: question.group,
      spare: question.spare,
      asked: marksById.get(question.id)?.asked ?? null,
      note: marksById.get(question.id)?.note ?? null,
    })),
    pitch: pitchText
      ? { text: pitchText, spokenSeconds: spokenSeconds(pitchText, settings.speakingRate) }
      : null,
    settings: {
      minutesPerAnswer: settings.minutesPerAnswer,
      openingMinutes: settings.openingMinutes,
      windDownMinutes: settings.windDownMinutes,
    },
    session,
    notes,
    capturedPeople: await capturedPeople(context, conversation, session),
    readAt: context.now().toISOString(),
  };
}

/** The page in one read; 404 unless a live "meeting_scheduled" entry of a live person. */
export function getConduct(context: ServiceContext, activityId: string): Promise<ConductView> {
  return context.transaction((tx) => viewOf(tx, activityId));
}

/** Starts the conversation; starting again answers the session as it is. */
export async function startConduct(
  context: ServiceContext,
  activityId: string,
  draft: unknown,
): Promise<ConductSession> {
  const { startedAt } = valid(startConversationInputSchema, draft ?? {});
  return context.transaction(async (tx) => {
    await getConversation(tx, activityId);
    return ensureSession(tx, activityId, startedAt);
  });
}

/** "Ask permission to take notes": whether they agreed (starting the session if need be). */
export async function setNotesPermission(
  context: ServiceContext,
  activityId: string,
  draft: unknown,
): Promise<ConductSession> {
  const { granted } = valid(notesPermissionInputSchema, draft);
  return context.transaction(async (tx) => {
    await getConversation(tx, activityId);
    await ensureSession(tx, activityId);
    await tx.store.conduct.setNotesPermission(
      tx.ownerId,
      activityId,
      granted,
      tx.now().toISOString(),
    );
    return sessionOf(tx, activityId);
  });
}

/** Sets a planned question's tick (asked, answered without asking, or none) and its note. */
export async function markQuestion(
  context: ServiceContext,
  questionId: string,
  draft: unknown,
): Promise<QuestionMarks> {
  const change = valid(questionMarkInputSchema, draft);
  return context.transaction(async (tx) => {
    const question = await tx.store.planQuestions.get(tx.ownerId, questionId);
    if (!question) throw notFound("That question");
    await getConversation(tx, question.activityId);
    await tx.store.conduct.mark(tx.ownerId, questionId, change, tx.now().toISOString());
    await onRecordChanged(tx, { type: "plan_question", id: questionId }, "edited");
    const marks = await tx.store.conduct.getMarks(tx.ownerId, questionId);
    if (!marks) throw notFound("That question");
    return marks;
  });
}

/** One line of the notes pad; its client id makes a replay answer the same note. */
export async function addConductNote(
  context: ServiceContext,
  activityId: string,
  draft: unknown,
): Promise<ConductNote> {
  const { id, body, notedAt } = valid(conductNoteInputSchema, draft);
  return createOnce(context, {
    table: "conduct_notes",
    id,
    read: async (tx, noteId) => (await tx.store.conduct.getNote(tx.ownerId, noteId)) ?? undefined,
    matches: (note) =>
      note.activityId === activityId &&
      note.body === body &&
      (notedAt === undefined || Date.parse(note.notedAt) === Date.parse(notedAt)),
    create: async (tx, noteId) => {
      await getConversation(tx, activityId);
      if (
        (await tx.store.conduct.countNotes(tx.ownerId, activityId)) >=
        conductLimits.notesPerConversation
      ) {
        throw new ServiceError(
          "conflict",
          `A conversation holds at most ${conductLimits.notesPerConversation} notes.`,
        );
      }
      const now = tx.now().toISOString();
      await ensureSession(tx, activityId);
      await tx.store.conduct.insertNote(
        tx.ownerId,
        noteId,
        activityId,
        { body, notedAt: notedAt ? new Date(notedAt).toISOString() : now },
        now,
      );
      const note = await tx.store.conduct.getNote(tx.ownerId, noteId);
      if (!note) throw notFound("That note");
      return note;
    },
  });
}

export interface CapturedPersonAnswer {
  person: CapturedPerson;
  ask: NetworkAsk;
}

/**
 * "+ person": a name said in the conversation becomes a person introduced by the contact,
 * with "may I mention you?" as answered, through a network ask "Who else should I talk
 * to?" (the ask's id is the client's, so a replay makes no second person).
 */
export async function capturePerson(
  context: ServiceContext,
  activityId: string,
  draft: unknown,
): Promise<CapturedPersonAnswer> {
  const input = valid(capturePersonInputSchema, draft);
  const answerOf = async (tx: ServiceContext, ask: NetworkAsk) => {
    const [personId] = ask.suggestedPersonIds;
    const person: Person | null = personId ? await tx.store.people.get(tx.ownerId, personId) : null;
    if (!person) throw notFound("That person");
    return {
      person: { id: person.id, name: person.name, mentionPermission: person.mentionPermission },
      ask,
    };
  };
  const ask = await createOnce(context, {
    table: "network_asks",
    id: input.id,
    read: async (tx, askId) => (await tx.store.networkAsks.get(tx.ownerId, askId)) ?? undefined,
    matches: (existing) =>
      existing.question === captureQuestion && existing.suggestedPersonIds.length === 1,
    create: async (tx, askId) => {
      const conversation = await getConversation(tx, activityId);
      const session = await ensureSession(tx, activityId, input.capturedAt);
      const askedAt = input.capturedAt ?? tx.now().toISOString();
      return insertNetworkAsk(
        tx,
        conversation.personId,
        askId,
        {
          // Never before the session: the page lists what was named since it started.
          askedAt: askedAt < session.startedAt ? session.startedAt : askedAt,
          question: captureQuestion,
          outcome: null,
          suggestedNames: [input.name],
        },
        { mentionPermission: input.mentionPermission, notes: input.note },
      );
    },
  });
  return context.transaction(async (tx) => {
    const conversation = await getConversation(tx, activityId);
    if (ask.personId !== conversation.personId) throw notFound("That conversation");
    return answerOf(tx, ask);
  });
}

/**
 * Ends the conversation: logs it held at its scheduled start, lasting from the session's
 * start to its end (or as given), and ends the session. Ending an ended one answers it.
 */
export async function endConduct(
  context: ServiceContext,
  activityId: string,
  draft: unknown,
): Promise<ConductView> {
  const input = valid(endConversationInputSchema, draft ?? {});
  await context.transaction(async (tx) => {
    const conversation = await getConversation(tx, activityId);
    const existing = await tx.store.conduct.getSession(tx.ownerId, activityId);
    if (existing?.endedAt) return;
    const now = tx.now().toISOString();
    const endedAt = input.endedAt ? new Date(input.endedAt).toISOString() : now;
    const session = existing ?? (await ensureSession(tx, activityId, conversation.startsAt));
    const measured = Math.round((Date.parse(endedAt) - Date.parse(session.startedAt)) / minute);
    const durationMinutes = input.durationMinutes ?? Math.min(240, Math.max(1, measured));
    if (conversation.status !== "held") {
      await logActivity(tx, conversation.personId, {
        kind: "conversation_held",
        occurredAt: conversation.startsAt,
        channel: conversation.mode,
        durationMinutes,
      });
    }
    await tx.store.conduct.endSession(tx.ownerId, activityId, endedAt, now);
  });
  return getConduct(context, activityId);
}
