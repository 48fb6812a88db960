import { useId, useState } from "react";
import type { ResearchNote } from "../../../domain/prepare/preparation.js";
import { Button } from "../../components/button.js";
import { TextArea, TextInput } from "../../components/field.js";
import { Markdown } from "../../components/markdown.js";
import { errorMessage, LoadFailed, Loading } from "../../components/query-state.js";
import { useToast } from "../../components/toast.js";
import { ApiError } from "../../lib/api.js";
import { fieldMessage } from "../../lib/field-message.js";
import { formatDay, Hint, RecordsCard, todayOnDevice } from "./records-parts.js";
import {
  useAddResearchNote,
  useDeleteResearchNote,
  useResearchNotes,
  useRestoreResearchNote,
  useUpdateResearchNote,
} from "./records-queries.js";

export interface ResearchNotesSectionProps {
  personId?: string;
  organizationId?: string;
  /**
   * The card's title; "Research notes" unless given. The preparation page shows two such
   * cards (the person's and the organization's) and names each, so they are told apart.
   */
  title?: string;
}

type Editing = { mode: "new" } | { mode: "edit"; note: ResearchNote } | null;

/**
 * Research notes about one person or one organization (METHOD §4): dated, newest first,
 * Markdown rendered safely, added and edited with a live preview, deleted with Undo. For
 * an organization, a hint when its research is missing or older than Settings → Prepare says.
 */
export function ResearchNotesSection({
  personId,
  organizationId,
  title = "Research notes",
}: ResearchNotesSectionProps) {
  const of = personId ? { personId } : { organizationId: organizationId ?? "" };
  const notes = useResearchNotes(of);
  const [editing, setEditing] = useState<Editing>(null);
  const remove = useDeleteResearchNote();
  const restore = useRestoreResearchNote();
  const { showToast } = useToast();

  async function onDelete(note: ResearchNote) {
    try {
      await remove.mutateAsync(note.id);
    } catch (error) {
      showToast({ message: `Could not delete the note: ${errorMessage(error)}`, tone: "error" });
      return;
    }
    showToast({
      message: `Deleted the note of ${formatDay(note.notedOn)}.`,
      action: {
        label: "Undo",
        onAction: () =>
          void restore.mutateAsync(note.id).then(
            () => showToast({ message: "Restored the note.", duration: 5000 }),
            (error: unknown) =>
              showToast({
                message: `Could not restore the note: ${errorMessage(error)}`,
                tone: "error",
              }),
          ),
      },
    });
  }

  function body() {
    if (notes.isPending) return <Loading label="Loading research notes…" />;
    if (notes.isError) return <LoadFailed error={notes.error} retry={() => notes.refetch()} />;
    const { notes: list, hint } = notes.data;
    return (
      <div className="flex flex-col gap-4">
        {hint ? <Hint>{hint.message}</Hint> : null}
        {editing?.mode === "new" ? <NoteForm of={of} onDone={() => setEditing(null)} /> : null}
        {list.length === 0 && editing === null && !hint ? (
          <p className="text-slate-500">
            No research yet. Their site, published work, news and bio make better questions.
          </p>
        ) : null}
        <ul aria-label="Research notes" className="flex flex-col divide-y divide-slate-100">
          {list.map((note) =>
            editing?.mode === "edit" && editing.note.id === note.id ? (
              <li key={note.id} className="py-3 first:pt-0">
                <NoteForm of={of} note={note} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <li key={note.id} className="flex flex-col gap-2 py-3 first:pt-0">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <time dateTime={note.notedOn} className="text-sm font-medium text-slate-500">
                    {formatDay(note.notedOn)}
                  </time>
                  <div className="flex gap-1">
                    <Button
                      variant="ghost"
                      className="px-2 py-1"
                      aria-label={`Edit the note of ${formatDay(note.notedOn)}`}
                      disabled={editing !== null}
                      onClick={() => setEditing({ mode: "edit", note })}
                    >
                      Edit
                    </Button>
                    <Button
                      variant="ghost"
                      className="px-2 py-1 text-red-700"
                      aria-label={`Delete the note of ${formatDay(note.notedOn)}`}
                      disabled={remove.isPending}
                      onClick={() => void onDelete(note)}
                    >
                      Delete
                    </Button>
                  </div>
                </div>
                <Markdown text={note.body} />
              </li>
            ),
          )}
        </ul>
      </div>
    );
  }

  return (
    <RecordsCard
      id={`research-notes-${personId ?? organizationId}`}
      title={title}
      action={
        editing === null ? (
          <Button className="px-3 py-1.5" onClick={() => setEditing({ mode: "new" })}>
            Add a note
          </Button>
        ) : null
      }
    >
      {body()}
    </RecordsCard>
  );
}

/** The body's own message, or (for a failure no field names) the failure itself. */
function bodyError(failure: Error | null): string | undefined {
  if (!failure) return undefined;
  if (failure instanceof ApiError && Object.keys(failure.fields).length > 0)
    return failure.fields.body;
  return fieldMessage(failure, "body");
}

function NoteForm({
  of,
  note,
  onDone,
}: {
  of: { personId: string } | { organizationId: string };
  note?: ResearchNote;
  onDone: () => void;
}) {
  const id = useId();
  const [text, setText] = useState(note?.body ?? "");
  const [notedOn, setNotedOn] = useState(note?.notedOn ?? todayOnDevice());
  const add = useAddResearchNote();
  const update = useUpdateResearchNote();
  const saving = add.isPending || update.isPending;
  const failure = add.error ?? update.error;

  async function save(event: React.FormEvent) {
    event.preventDefault();
    try {
      if (note) await update.mutateAsync({ id: note.id, patch: { body: text, notedOn } });
      else await add.mutateAsync({ ...of, body: text, notedOn });
      onDone();
    } catch {
      // The messages show at the fields below.
    }
  }

  return (
    <form
      onSubmit={(event) => void save(event)}
      aria-label={note ? "Edit the note" : "New research note"}
      className="flex flex-col gap-3 rounded-xl bg-slate-50 p-3 ring-1 ring-slate-200"
    >
      <TextInput
        id={`${id}-date`}
        label="Date"
        type="date"
        value={notedOn}
        required
        onChange={(event) => setNotedOn(event.target.value)}
        error={failure instanceof ApiError ? failure.fields.notedOn : undefined}
        className="max-w-48"
      />
      <TextArea
        id={`${id}-body`}
        label="Note"
        hint="Markdown: **bold**, - lists, [a link](https://…). Their site, work, news, bio, what you share."
        value={text}
        rows={5}
        onChange={(event) => setText(event.target.value)}
        error={bodyError(failure)}
      />
      {text.trim() ? (
        <section aria-label="Preview" className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
          <p className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">
            Preview
          </p>
          <Markdown text={text} />
        </section>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={saving}>
          {saving ? "Saving…" : note ? "Save note" : "Add note"}
        </Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
