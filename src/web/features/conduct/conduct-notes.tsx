import * as Dialog from "@radix-ui/react-dialog";
import { type FormEvent, useState } from "react";
import type { CapturedPerson, ConductView } from "../../../domain/conduct/conduct-view.js";
import {
  type MentionPermission,
  mentionPermissionLabels,
  mentionPermissions,
} from "../../../domain/network.js";
import { Button } from "../../components/button.js";
import type { ConductChange } from "./conduct-changes.js";

/** The free notes pad: each Enter or "Add" keeps one line. */
export function NotesPad({
  notes,
  write,
}: {
  notes: ConductView["notes"];
  write: (change: ConductChange) => void;
}) {
  const [text, setText] = useState("");
  const add = (event: FormEvent) => {
    event.preventDefault();
    const body = text.trim();
    if (!body) return;
    // Strictly after the last note, so the pad keeps the order typed even within one millisecond.
    const last = notes.at(-1);
    const notedAt = Math.max(Date.now(), last ? Date.parse(last.notedAt) + 1 : 0);
    write({
      kind: "note",
      id: crypto.randomUUID(),
      body,
      notedAt: new Date(notedAt).toISOString(),
    });
    setText("");
  };
  return (
    <section aria-labelledby="conduct-notes" className="grid gap-2">
      <h2 id="conduct-notes" className="text-lg font-semibold text-slate-900">
        Notes
      </h2>
      {notes.length > 0 ? (
        <ul className="grid gap-1" data-testid="conduct-notes">
          {notes.map((note) => (
            <li
              key={note.id}
              className="rounded-lg bg-white px-3 py-2 text-[15px] ring-1 ring-slate-200"
            >
              {note.body}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">Nothing noted yet.</p>
      )}
      <form onSubmit={add} className="flex gap-2">
        <label className="min-w-0 flex-1">
          <span className="sr-only">A note</span>
          <input
            type="text"
            value={text}
            maxLength={5000}
            onChange={(event) => setText(event.target.value)}
            placeholder="Type a note, then Enter"
            className="block min-h-12 w-full rounded-lg border border-slate-300 bg-white px-3 text-[16px] focus:border-teal-600 focus:outline-2 focus:outline-teal-600"
          />
        </label>
        <Button type="submit" variant="primary" className="min-h-12 px-5">
          Add
        </Button>
      </form>
    </section>
  );
}

/** The people named so far in this conversation. */
export function CapturedPeople({ people }: { people: CapturedPerson[] }) {
  if (people.length === 0) return null;
  return (
    <section aria-labelledby="conduct-people" className="grid gap-2">
      <h2 id="conduct-people" className="text-lg font-semibold text-slate-900">
        People they mentioned
      </h2>
      <ul className="grid gap-1" data-testid="captured-people">
        {people.map((person) => (
          <li
            key={person.id}
            className="rounded-lg bg-white px-3 py-2 text-[15px] ring-1 ring-slate-200"
          >
            <span className="font-semibold">{person.name}</span>
            <span className="text-slate-600">
              {" "}
              · {mentionPermissionLabels[person.mentionPermission]}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "+ person": a name the moment it is said, and whether the contact may be mentioned. */
export function CapturePersonDialog({
  open,
  onOpenChange,
  contactName,
  write,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  contactName: string;
  write: (change: ConductChange) => void;
}) {
  const [name, setName] = useState("");
  const [note, setNote] = useState("");
  const [permission, setPermission] = useState<MentionPermission>("not_asked");
  const [error, setError] = useState("");
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError("Enter their name");
      return;
    }
    write({
      kind: "capture",
      id: crypto.randomUUID(),
      name: name.trim(),
      mentionPermission: permission,
      capturedAt: new Date().toISOString(),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    setName("");
    setNote("");
    setPermission("not_asked");
    setError("");
    onOpenChange(false);
  };
  const choices: Record<MentionPermission, string> = {
    yes: "Yes",
    no: "No",
    not_asked: "Not asked",
  };
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-scrim/40" />
        <Dialog.Content className="fixed inset-x-0 bottom-0 z-50 max-h-[90vh] overflow-y-auto rounded-t-2xl bg-white p-5 shadow-xl sm:top-1/2 sm:bottom-auto sm:left-1/2 sm:w-full sm:max-w-md sm:-translate-x-1/2 sm:-translate-y-1/2 sm:rounded-2xl">
          <Dialog.Title className="text-lg font-semibold text-slate-900">
            Someone to talk to
          </Dialog.Title>
          <Dialog.Description className="mt-1 text-sm text-slate-600">
            They become a person introduced by {contactName}.
          </Dialog.Description>
          <form onSubmit={save} className="mt-4 grid gap-4">
            <label className="grid gap-1">
              <span className="text-sm font-semibold text-slate-800">Their name</span>
              <input
                type="text"
                value={name}
                maxLength={200}
                autoComplete="off"
                onChange={(event) => setName(event.target.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? "capture-name-error" : undefined}
                className="block min-h-12 w-full rounded-lg border border-slate-300 px-3 text-[16px] focus:border-teal-600 focus:outline-2 focus:outline-teal-600"
              />
              {error ? (
                <span id="capture-name-error" className="text-sm text-red-700">
                  {error}
                </span>
              ) : null}
            </label>
            <fieldset className="grid gap-2">
              <legend className="text-sm font-semibold text-slate-800">
                “May I mention you?” — {contactName}’s answer
              </legend>
              <div className="grid grid-cols-3 gap-2">
                {mentionPermissions.map((value) => (
                  <label
                    key={value}
                    className={`flex min-h-12 cursor-pointer items-center justify-center rounded-lg px-2 text-[15px] font-semibold ring-1 ring-inset has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-teal-700 ${
                      permission === value
                        ? "bg-teal-700 text-white ring-teal-700"
                        : "bg-white text-slate-800 ring-slate-300"
                    }`}
                  >
                    <input
                      type="radio"
                      name="mention-permission"
                      value={value}
                      checked={permission === value}
                      onChange={() => setPermission(value)}
                      className="sr-only"
                    />
                    {choices[value]}
                  </label>
                ))}
              </div>
            </fieldset>
            <label className="grid gap-1">
              <span className="text-sm font-semibold text-slate-800">
                What they said about them (optional)
              </span>
              <input
                type="text"
                value={note}
                maxLength={2000}
                onChange={(event) => setNote(event.target.value)}
                className="block min-h-12 w-full rounded-lg border border-slate-300 px-3 text-[16px] focus:border-teal-600 focus:outline-2 focus:outline-teal-600"
              />
            </label>
            <div className="grid grid-cols-2 gap-2">
              <Dialog.Close asChild>
                <Button className="min-h-12">Cancel</Button>
              </Dialog.Close>
              <Button type="submit" variant="primary" className="min-h-12">
                Save person
              </Button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
