import type { QuestionMark } from "../../../domain/conduct/conduct.js";
import type { ConductView } from "../../../domain/conduct/conduct-view.js";
import type { MentionPermission } from "../../../domain/network.js";
import type { OutboxRequest } from "../../lib/outbox.js";

/**
 * Every write of the conduct page, as the page applies it at once (with no connection too)
 * and as the outbox sends it. Applying one twice changes nothing: notes and names are kept
 * by their client id, the rest set a state.
 */
export type ConductChange =
  | { kind: "start"; startedAt: string }
  | { kind: "permission"; granted: boolean }
  | { kind: "mark"; questionId: string; asked: QuestionMark | null; note: string | null }
  | { kind: "note"; id: string; body: string; notedAt: string }
  | {
      kind: "capture";
      id: string;
      name: string;
      mentionPermission: MentionPermission;
      note?: string;
      capturedAt: string;
    }
  | { kind: "end"; endedAt: string };

const kinds = new Set(["start", "permission", "mark", "note", "capture", "end"]);

/** A queued change read back from the device's storage. */
export function isConductChange(value: unknown): value is ConductChange {
  return (
    typeof value === "object" &&
    value !== null &&
    "kind" in value &&
    typeof value.kind === "string" &&
    kinds.has(value.kind)
  );
}

export const conductScope = (activityId: string) => `conduct:${activityId}`;

/** The HTTP request that sends a change. */
export function requestFor(activityId: string, change: ConductChange): OutboxRequest {
  const conversation = `/api/conversations/${encodeURIComponent(activityId)}`;
  switch (change.kind) {
    case "start":
      return {
        method: "POST",
        url: `${conversation}/conduct/start`,
        body: { startedAt: change.startedAt },
      };
    case "permission":
      return {
        method: "PUT",
        url: `${conversation}/conduct/notes-permission`,
        body: { granted: change.granted },
      };
    case "mark":
      return {
        method: "PUT",
        url: `/api/plan-questions/${encodeURIComponent(change.questionId)}/mark`,
        body: { asked: change.asked, note: change.note },
      };
    case "note":
      return {
        method: "POST",
        url: `${conversation}/conduct/notes`,
        body: { id: change.id, body: change.body, notedAt: change.notedAt },
      };
    case "capture":
      return {
        method: "POST",
        url: `${conversation}/captured-people`,
        body: {
          id: change.id,
          name: change.name,
          mentionPermission: change.mentionPermission,
          note: change.note ?? null,
          capturedAt: change.capturedAt,
        },
      };
    case "end":
      return {
        method: "POST",
        url: `${conversation}/conduct/end`,
        body: { endedAt: change.endedAt },
      };
  }
}

function withSession(view: ConductView, at: string): ConductView {
  if (view.session) return view;
  return {
    ...view,
    session: {
      activityId: view.conversation.activityId,
      startedAt: at,
      endedAt: null,
      notesPermission: false,
      updatedAt: at,
    },
  };
}

/** The view as it will be once the server has the change. */
export function applyChange(view: ConductView, change: ConductChange): ConductView {
  switch (change.kind) {
    case "start":
      return withSession(view, change.startedAt);
    case "permission": {
      const started = withSession(view, new Date().toISOString());
      return started.session
        ? { ...started, session: { ...started.session, notesPermission: change.granted } }
        : started;
    }
    case "mark":
      return {
        ...view,
        questions: view.questions.map((question) =>
          question.id === change.questionId
            ? { ...question, asked: change.asked, note: change.note }
            : question,
        ),
      };
    case "note": {
      if (view.notes.some((note) => note.id === change.id)) return view;
      const note = {
        id: change.id,
        activityId: view.conversation.activityId,
        body: change.body,
        notedAt: change.notedAt,
        createdAt: change.notedAt,
      };
      return { ...withSession(view, change.notedAt), notes: [...view.notes, note] };
    }
    case "capture": {
      // A captured person's id is the server's; until it answers, the ask's id stands in.
      if (view.capturedPeople.some((person) => person.id === change.id)) return view;
      const person = {
        id: change.id,
        name: change.name,
        mentionPermission: change.mentionPermission,
      };
      return {
        ...withSession(view, change.capturedAt),
        capturedPeople: [...view.capturedPeople, person],
      };
    }
    case "end": {
      const started = withSession(view, view.conversation.startsAt);
      return started.session?.endedAt || !started.session
        ? started
        : {
            ...started,
            session: { ...started.session, endedAt: change.endedAt },
            conversation: { ...started.conversation, status: "held" },
          };
    }
  }
}
