import { useId, useState } from "react";
import type { Story } from "../../../domain/prepare/preparation.js";
import {
  defaultPrepareSettings,
  type PrepareSettings,
} from "../../../domain/prepare/prepare-settings.js";
import { storySpokenSeconds } from "../../../domain/prepare/story-text.js";
import { Button } from "../../components/button.js";
import { TextArea, TextInput } from "../../components/field.js";
import { errorMessage, LoadFailed, Loading } from "../../components/query-state.js";
import { useToast } from "../../components/toast.js";
import { ApiError } from "../../lib/api.js";
import { formatSeconds, RecordsCard } from "./records-parts.js";
import {
  useAddStory,
  useDeleteStory,
  useRestoreStory,
  useSaveStoryPicks,
  useStories,
  useStoryPicks,
  useUpdateStory,
} from "./records-queries.js";

type Editing = { mode: "new" } | { mode: "edit"; story: Story } | null;

/**
 * The story bank: Situation–Task–Action–Result stories, tagged, each with its spoken time;
 * with a conversation, a box to pick the ones to tell there (in the order picked).
 */
export function StoryBank({
  activityId,
  settings = defaultPrepareSettings,
}: {
  activityId?: string;
  settings?: Pick<PrepareSettings, "speakingRate">;
}) {
  const stories = useStories();
  const [editing, setEditing] = useState<Editing>(null);
  const remove = useDeleteStory();
  const restore = useRestoreStory();
  const { showToast } = useToast();

  async function onDelete(story: Story) {
    try {
      await remove.mutateAsync(story.id);
    } catch (error) {
      showToast({ message: `Could not delete: ${errorMessage(error)}`, tone: "error" });
      return;
    }
    showToast({
      message: `Deleted “${story.title}”.`,
      action: {
        label: "Undo",
        onAction: () =>
          void restore.mutateAsync(story.id).then(
            () => showToast({ message: `Restored “${story.title}”.`, duration: 5000 }),
            (error: unknown) =>
              showToast({ message: `Could not restore: ${errorMessage(error)}`, tone: "error" }),
          ),
      },
    });
  }

  function body() {
    if (stories.isPending) return <Loading label="Loading your stories…" />;
    if (stories.isError)
      return <LoadFailed error={stories.error} retry={() => stories.refetch()} />;
    return (
      <div className="flex flex-col gap-4">
        {editing?.mode === "new" ? <StoryForm onDone={() => setEditing(null)} /> : null}
        {stories.data.length === 0 && editing === null ? (
          <p className="text-slate-500">
            No stories yet. A story is a time you did something well: the situation, your task, what
            you did, and how it turned out.
          </p>
        ) : null}
        {activityId ? <StoryPicks activityId={activityId} stories={stories.data} /> : null}
        <ul aria-label="Your stories" className="flex flex-col gap-3">
          {stories.data.map((story) =>
            editing?.mode === "edit" && editing.story.id === story.id ? (
              <li key={story.id}>
                <StoryForm story={story} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <li key={story.id} className="rounded-xl border border-slate-200 p-4">
                <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
                  <div className="min-w-0">
                    <h3 className="font-semibold text-slate-900">{story.title}</h3>
                    <p className="text-sm text-slate-500">
                      About {formatSeconds(storySpokenSeconds(story, settings.speakingRate))} to
                      tell
                      {story.tags.length > 0 ? ` · ${story.tags.join(", ")}` : ""}
                    </p>
                  </div>
                  <div className="flex shrink-0 gap-1">
                    <Button
                      variant="ghost"
                      className="px-2 py-1"
                      aria-label={`Edit ${story.title}`}
                      disabled={editing !== null}
                      onClick={() => setEditing({ mode: "edit", story })}
                    >
                      Edit
                    </Button>
                    <Button
                      variant="ghost"
                      className="px-2 py-1 text-red-700"
                      aria-label={`Delete ${story.title}`}
                      disabled={remove.isPending}
                      onClick={() => void onDelete(story)}
                    >
                      Delete
                    </Button>
                  </div>
                </div>
                <StarParts story={story} />
              </li>
            ),
          )}
        </ul>
      </div>
    );
  }

  return (
    <RecordsCard
      id="story-bank"
      title="Your stories"
      action={
        editing === null ? (
          <Button className="px-3 py-1.5" onClick={() => setEditing({ mode: "new" })}>
            Add a story
          </Button>
        ) : null
      }
    >
      {body()}
    </RecordsCard>
  );
}

const starLabels = [
  ["situation", "Situation"],
  ["task", "Task"],
  ["action", "Action"],
  ["result", "Result"],
] as const;

function StarParts({ story }: { story: Story }) {
  const told = starLabels.filter(([key]) => story[key].trim());
  if (told.length === 0) return null;
  return (
    <dl className="mt-2 grid gap-1 text-sm sm:grid-cols-[6rem_minmax(0,1fr)]">
      {told.map(([key, label]) => (
        <div key={key} className="contents">
          <dt className="font-medium text-slate-500">{label}</dt>
          <dd className="break-words text-slate-800">{story[key]}</dd>
        </div>
      ))}
    </dl>
  );
}

function StoryForm({ story, onDone }: { story?: Story; onDone: () => void }) {
  const id = useId();
  const [values, setValues] = useState({
    title: story?.title ?? "",
    situation: story?.situation ?? "",
    task: story?.task ?? "",
    action: story?.action ?? "",
    result: story?.result ?? "",
    tags: story?.tags.join(", ") ?? "",
  });
  const add = useAddStory();
  const update = useUpdateStory();
  const saving = add.isPending || update.isPending;
  const failure = add.error ?? update.error;
  const fields = failure instanceof ApiError ? failure.fields : {};
  const set = (key: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [key]: event.target.value }));

  async function onSave(event: React.FormEvent) {
    event.preventDefault();
    const draft = {
      ...values,
      tags: values.tags
        .split(",")
        .map((tag) => tag.trim())
        .filter(Boolean),
    };
    try {
      if (story) await update.mutateAsync({ id: story.id, patch: draft });
      else await add.mutateAsync(draft);
      onDone();
    } catch {
      // The messages show at the fields.
    }
  }

  return (
    <form
      onSubmit={(event) => void onSave(event)}
      aria-label={story ? `Edit ${story.title}` : "New story"}
      className="flex flex-col gap-3 rounded-xl bg-slate-50 p-3 ring-1 ring-slate-200"
    >
      <TextInput
        id={`${id}-title`}
        label="Title"
        hint="A few words you will recognise it by."
        value={values.title}
        onChange={set("title")}
        error={
          fields.title ??
          (failure && !(failure instanceof ApiError) ? errorMessage(failure) : undefined)
        }
      />
      <TextArea
        id={`${id}-situation`}
        label="Situation"
        hint="Where and when; what was going on."
        rows={2}
        value={values.situation}
        onChange={set("situation")}
        error={fields.situation}
      />
      <TextArea
        id={`${id}-task`}
        label="Task"
        hint="What you had to do."
        rows={2}
        value={values.task}
        onChange={set("task")}
        error={fields.task}
      />
      <TextArea
        id={`${id}-action`}
        label="Action"
        hint="What you did, yourself."
        rows={2}
        value={values.action}
        onChange={set("action")}
        error={fields.action}
      />
      <TextArea
        id={`${id}-result`}
        label="Result"
        hint="How it turned out; a number if there is one."
        rows={2}
        value={values.result}
        onChange={set("result")}
        error={fields.result}
      />
      <TextInput
        id={`${id}-tags`}
        label="Tags"
        hint="Skills or themes, separated by commas: leadership, data, teamwork."
        value={values.tags}
        onChange={set("tags")}
        error={fields.tags ?? Object.entries(fields).find(([key]) => key.startsWith("tags."))?.[1]}
      />
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={saving}>
          {saving ? "Saving…" : story ? "Save story" : "Add story"}
        </Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}

/** Which stories to tell in this conversation: ticked in the order to tell them. */
function StoryPicks({ activityId, stories }: { activityId: string; stories: Story[] }) {
  const picks = useStoryPicks(activityId);
  const save = useSaveStoryPicks(activityId);
  const { showToast } = useToast();
  if (stories.length === 0) return null;
  if (picks.isPending) return <Loading label="Loading the stories picked…" />;
  if (picks.isError) return <LoadFailed error={picks.error} retry={() => picks.refetch()} />;
  const picked = picks.data.storyIds;

  function toggle(storyId: string) {
    const next = picked.includes(storyId)
      ? picked.filter((id) => id !== storyId)
      : [...picked, storyId];
    save.mutate(next, {
      onError: (error) =>
        showToast({ message: `Could not save the picks: ${errorMessage(error)}`, tone: "error" }),
    });
  }

  return (
    <fieldset className="rounded-xl bg-teal-50/60 p-3 ring-1 ring-teal-100">
      <legend className="px-1 text-sm font-semibold text-slate-900">
        Stories to tell in this conversation
      </legend>
      <ul className="mt-1 flex flex-col gap-1.5">
        {stories.map((story) => {
          const place = picked.indexOf(story.id);
          return (
            <li key={story.id}>
              <label className="flex items-center gap-2 text-slate-800">
                <input
                  type="checkbox"
                  className="size-4 accent-teal-700"
                  checked={place >= 0}
                  disabled={save.isPending}
                  onChange={() => toggle(story.id)}
                />
                {story.title}
                {place >= 0 ? <span className="text-sm text-slate-500">(#{place + 1})</span> : null}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
