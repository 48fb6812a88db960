import { useEffect, useId, useState } from "react";
import {
  type Takeaway,
  type TakeawayTag,
  takeawayLimits,
  takeawayTagLabels,
  takeawayTags,
} from "../../../domain/follow-up/takeaway.js";
import { Button } from "../../components/button.js";
import { Select, TextInput } from "../../components/field.js";
import { errorMessage, LoadFailed, Loading } from "../../components/query-state.js";
import { useToast } from "../../components/toast.js";
import { ApiError } from "../../lib/api.js";
import { addDaysTo, dayText, newClientId } from "./follow-up-format.js";
import {
  useAddTakeaway,
  useDeleteTakeaway,
  useRestoreTakeaway,
  useTakeaways,
  useUpdateTakeaway,
} from "./queries.js";

/** The server's message for a field, or (for a failure no field names) the failure itself. */
function fieldError(failure: Error | null, field: string): string | undefined {
  if (!failure) return undefined;
  if (failure instanceof ApiError && Object.keys(failure.fields).length > 0)
    return failure.fields[field];
  return field === "text" ? errorMessage(failure) : undefined;
}

/**
 * Takeaways (METHOD §6): the notes turned, the same day, into tagged points. Quick entry on
 * top (an action needs a day, which puts it on Today), the list grouped by tag, each one
 * editable, an action ticked off when done, and a delete with Undo.
 */
export function TakeawaysSection({ activityId }: { activityId: string }) {
  const view = useTakeaways(activityId);
  if (view.isPending) return <Loading label="Loading the takeaways…" />;
  if (view.isError) return <LoadFailed error={view.error} retry={() => view.refetch()} />;
  const { takeaways, today } = view.data;
  return (
    <div className="flex flex-col gap-5">
      {takeaways.length === 0 ? <WriteUpGuidance /> : null}
      <QuickEntry activityId={activityId} today={today} count={takeaways.length} />
      <TakeawayList activityId={activityId} takeaways={takeaways} />
    </div>
  );
}

function WriteUpGuidance() {
  return (
    <div className="rounded-xl bg-amber-50 px-4 py-3 text-sm text-amber-950 ring-1 ring-amber-200">
      <p className="font-semibold">Write up your notes</p>
      <p className="mt-1">
        Do it today, while you remember: what they advised, the skills and qualifications that
        matter, paths and trends, resources and programs, salary and benefits, whom they
        recommended, and what you will do next. Each point below is one takeaway.
      </p>
    </div>
  );
}

/** Tags as a row of chips: radio buttons, so arrow keys move between them. */
function TagChips({
  name,
  value,
  onChange,
  error,
}: {
  name: string;
  value: TakeawayTag | "";
  onChange: (tag: TakeawayTag) => void;
  error: string | undefined;
}) {
  return (
    <fieldset aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">Kind</legend>
      <div className="mt-1.5 flex flex-wrap gap-2">
        {takeawayTags.map((tag) => (
          <label
            key={tag}
            className="cursor-pointer rounded-full px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-300 ring-inset has-checked:bg-teal-700 has-checked:text-white has-checked:ring-teal-700 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-teal-700 hover:bg-slate-50 has-checked:hover:bg-teal-800"
          >
            <input
              type="radio"
              name={name}
              value={tag}
              checked={value === tag}
              onChange={() => onChange(tag)}
              className="sr-only"
            />
            {takeawayTagLabels[tag]}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${name}-error`} className="mt-1.5 flex gap-1.5 text-sm font-medium text-red-700">
          <span aria-hidden="true">⚠</span>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

function QuickEntry({
  activityId,
  today,
  count,
}: {
  activityId: string;
  today: string;
  count: number;
}) {
  const id = useId();
  const [text, setText] = useState("");
  const [tag, setTag] = useState<TakeawayTag | "">("");
  const [day, setDay] = useState(addDaysTo(today, 7));
  const [added, setAdded] = useState("");
  const add = useAddTakeaway(activityId);
  const full = count >= takeawayLimits.perConversation;

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setAdded("");
    try {
      const takeaway = await add.mutateAsync({
        id: newClientId(),
        // No kind chosen yet: the server says "Choose what kind…" at the chips.
        tag: tag as TakeawayTag,
        text,
        actionDueOn: tag === "action" ? day : null,
      });
      setText("");
      setAdded(
        takeaway.actionDueOn
          ? `Added. It is on Today on ${dayText(takeaway.actionDueOn)}.`
          : `Added to ${takeawayTagLabels[takeaway.tag]}.`,
      );
      document.getElementById(`${id}-text`)?.focus();
    } catch {
      // The messages show at the fields.
    }
  }

  return (
    <form
      onSubmit={(event) => void save(event)}
      aria-label="New takeaway"
      className="flex flex-col gap-3 rounded-xl bg-slate-50 p-3 ring-1 ring-slate-200 sm:p-4"
    >
      <TextInput
        id={`${id}-text`}
        label="Takeaway"
        hint="One point, in your words."
        value={text}
        maxLength={takeawayLimits.text}
        onChange={(event) => setText(event.target.value)}
        error={fieldError(add.error, "text")}
        disabled={full}
      />
      <TagChips
        name={`${id}-tag`}
        value={tag}
        onChange={setTag}
        error={fieldError(add.error, "tag")}
      />
      {tag === "action" ? (
        <TextInput
          id={`${id}-day`}
          label="By when"
          type="date"
          value={day}
          required
          onChange={(event) => setDay(event.target.value)}
          hint={day ? `On Today on ${dayText(day)}.` : "Choose the day it goes on Today."}
          error={fieldError(add.error, "actionDueOn")}
          className="max-w-56"
        />
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="primary" disabled={add.isPending || full}>
          {add.isPending ? "Adding…" : "Add takeaway"}
        </Button>
        <p role="status" className="text-sm text-teal-800">
          {full
            ? `A conversation keeps at most ${takeawayLimits.perConversation} takeaways.`
            : added}
        </p>
      </div>
    </form>
  );
}

function TakeawayList({ activityId, takeaways }: { activityId: string; takeaways: Takeaway[] }) {
  const [editing, setEditing] = useState<string | null>(null);
  const remove = useDeleteTakeaway(activityId);
  const restore = useRestoreTakeaway(activityId);
  const update = useUpdateTakeaway(activityId);
  const { showToast } = useToast();

  async function onDelete(takeaway: Takeaway) {
    try {
      await remove.mutateAsync(takeaway.id);
    } catch (error) {
      showToast({
        message: `Could not delete the takeaway: ${errorMessage(error)}`,
        tone: "error",
      });
      return;
    }
    showToast({
      message: `Deleted “${takeaway.text}”.`,
      action: {
        label: "Undo",
        onAction: () =>
          void restore.mutateAsync(takeaway.id).then(
            () => showToast({ message: "Restored the takeaway.", duration: 5000 }),
            (error: unknown) =>
              showToast({
                message: `Could not restore the takeaway: ${errorMessage(error)}`,
                tone: "error",
              }),
          ),
      },
    });
  }

  async function onDone(takeaway: Takeaway, done: boolean): Promise<boolean> {
    try {
      await update.mutateAsync({ id: takeaway.id, patch: { done } });
      return true;
    } catch (error) {
      showToast({ message: `Could not save: ${errorMessage(error)}`, tone: "error" });
      return false;
    }
  }

  if (takeaways.length === 0) return null;
  const groups = takeawayTags
    .map((tag) => ({ tag, items: takeaways.filter((takeaway) => takeaway.tag === tag) }))
    .filter((group) => group.items.length > 0);
  return (
    <div className="flex flex-col gap-4" data-testid="takeaway-list">
      {groups.map(({ tag, items }) => (
        <section key={tag} aria-labelledby={`takeaways-${tag}`}>
          <h3
            id={`takeaways-${tag}`}
            className="text-xs font-semibold tracking-wide text-slate-500 uppercase"
          >
            {takeawayTagLabels[tag]} <span className="font-normal">({items.length})</span>
          </h3>
          <ul className="mt-1 flex flex-col divide-y divide-slate-100">
            {items.map((takeaway) =>
              editing === takeaway.id ? (
                <li key={takeaway.id} className="py-2">
                  <EditTakeaway
                    activityId={activityId}
                    takeaway={takeaway}
                    onDone={() => setEditing(null)}
                  />
                </li>
              ) : (
                <li
                  key={takeaway.id}
                  className="flex flex-col gap-2 py-2 sm:flex-row sm:items-start sm:justify-between"
                >
                  <div className="flex min-w-0 items-start gap-3">
                    {takeaway.tag === "action" ? (
                      <DoneBox
                        takeaway={takeaway}
                        disabled={update.isPending}
                        onChange={(done) => onDone(takeaway, done)}
                      />
                    ) : null}
                    <div className="min-w-0">
                      <p
                        className={`break-words ${takeaway.actionDoneAt ? "text-slate-500 line-through" : "text-slate-900"}`}
                      >
                        {takeaway.text}
                      </p>
                      {takeaway.actionDueOn ? (
                        <p className="text-sm text-slate-500">
                          {takeaway.actionDoneAt
                            ? "Done. Tell them what came of it: an update is on Today."
                            : `On Today on ${dayText(takeaway.actionDueOn)}`}
                        </p>
                      ) : null}
                    </div>
                  </div>
                  <div className="flex shrink-0 gap-1 max-sm:-ml-2">
                    <Button
                      variant="ghost"
                      className="px-2 py-1"
                      aria-label={`Edit “${takeaway.text}”`}
                      disabled={editing !== null}
                      onClick={() => setEditing(takeaway.id)}
                    >
                      Edit
                    </Button>
                    <Button
                      variant="ghost"
                      className="px-2 py-1 text-red-700"
                      aria-label={`Delete “${takeaway.text}”`}
                      disabled={remove.isPending}
                      onClick={() => void onDelete(takeaway)}
                    >
                      Delete
                    </Button>
                  </div>
                </li>
              ),
            )}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** An action's "done" tick, shown at once while the server saves it (and put back if it fails). */
function DoneBox({
  takeaway,
  disabled,
  onChange,
}: {
  takeaway: Takeaway;
  disabled: boolean;
  onChange: (done: boolean) => Promise<boolean>;
}) {
  const saved = takeaway.actionDoneAt !== null;
  const [checked, setChecked] = useState(saved);
  useEffect(() => setChecked(saved), [saved]);
  return (
    <input
      type="checkbox"
      className="mt-1 size-5 shrink-0 accent-teal-700"
      checked={checked}
      disabled={disabled}
      aria-label={`Done: ${takeaway.text}`}
      onChange={(event) => {
        const done = event.target.checked;
        setChecked(done);
        void onChange(done).then((ok) => {
          if (!ok) setChecked(!done);
        });
      }}
    />
  );
}

function EditTakeaway({
  activityId,
  takeaway,
  onDone,
}: {
  activityId: string;
  takeaway: Takeaway;
  onDone: () => void;
}) {
  const id = useId();
  const [text, setText] = useState(takeaway.text);
  const [tag, setTag] = useState<TakeawayTag>(takeaway.tag);
  const [day, setDay] = useState(takeaway.actionDueOn ?? "");
  const update = useUpdateTakeaway(activityId);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    try {
      await update.mutateAsync({
        id: takeaway.id,
        patch: { text, tag, actionDueOn: tag === "action" ? day || null : null },
      });
      onDone();
    } catch {
      // The messages show at the fields.
    }
  }

  return (
    <form
      onSubmit={(event) => void save(event)}
      aria-label="Edit the takeaway"
      className="flex flex-col gap-3 rounded-xl bg-slate-50 p-3 ring-1 ring-teal-600/40"
    >
      <TextInput
        id={`${id}-text`}
        label="Takeaway"
        value={text}
        maxLength={takeawayLimits.text}
        autoFocus
        onChange={(event) => setText(event.target.value)}
        error={fieldError(update.error, "text")}
      />
      <div className="flex flex-wrap gap-3">
        <Select
          id={`${id}-tag`}
          label="Kind"
          value={tag}
          onChange={(event) =>
            setTag(takeawayTags.find((each) => each === event.target.value) ?? tag)
          }
          error={fieldError(update.error, "tag")}
          className="min-w-48 flex-1"
        >
          {takeawayTags.map((each) => (
            <option key={each} value={each}>
              {takeawayTagLabels[each]}
            </option>
          ))}
        </Select>
        {tag === "action" ? (
          <TextInput
            id={`${id}-day`}
            label="By when"
            type="date"
            value={day}
            onChange={(event) => setDay(event.target.value)}
            error={fieldError(update.error, "actionDueOn")}
            className="min-w-40"
          />
        ) : null}
      </div>
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={update.isPending}>
          {update.isPending ? "Saving…" : "Save"}
        </Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
