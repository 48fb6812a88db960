import { useState } from "react";
import { Link } from "react-router";
import type { NetworkAsk } from "../../../domain/network.js";
import type { PersonName } from "../../../domain/people-page.js";
import type { Person } from "../../../domain/person.js";
import { counted } from "../../../domain/wording/plural.js";
import { Button, ButtonLink } from "../../components/button.js";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { PlusIcon } from "../../components/icons.js";
import { errorMessage } from "../../components/query-state.js";
import { StageBadge } from "../../components/stage-badge.js";
import { useToast } from "../../components/toast.js";
import { formatDate } from "../../lib/format.js";
import { lastTouchText } from "../../lib/log-format.js";
import { AskForm } from "./person-ask-form.js";
import { useAsks, useDeleteAsk, useIntroduced, useSaveAsk } from "./queries.js";

const linkClass = "font-medium text-teal-700 underline-offset-2 hover:underline";
const actionClass =
  "rounded-md px-2 py-1 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900";
const cardClass = "rounded-2xl border border-slate-200 bg-white px-5 py-4 shadow-sm sm:px-6";

/** Whom this person introduced, and how those conversations went (their stages). */
export function PeopleTheyIntroduced({ person }: { person: Person }) {
  const introduced = useIntroduced(person.id);
  const people = introduced.data ?? [];
  return (
    <section aria-labelledby="person-introduced" className={cardClass}>
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 pb-3">
        <h2 id="person-introduced" className="text-base font-semibold text-slate-900">
          People they introduced
          {people.length > 0 ? (
            <span className="font-normal text-slate-500"> ({people.length})</span>
          ) : null}
        </h2>
        <ButtonLink
          to={`/people/new?introducedBy=${encodeURIComponent(person.id)}`}
          variant="ghost"
          className="-mr-3 px-3 py-1 text-teal-800"
        >
          <PlusIcon />
          Add
          <span className="sr-only"> someone {person.name} introduced</span>
        </ButtonLink>
      </div>
      {introduced.isError ? (
        <p className="py-3 text-red-800">{errorMessage(introduced.error)}</p>
      ) : people.length === 0 ? (
        <p className="py-3 text-slate-500">
          {introduced.isPending
            ? "Loading…"
            : `No introductions yet. After you talk, ask ${person.name} who else to talk to.`}
        </p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {people.map((introducedPerson) => (
            <li
              key={introducedPerson.id}
              className="flex items-center justify-between gap-3 py-2.5"
            >
              <div className="min-w-0">
                <Link to={`/people/${introducedPerson.id}`} className={linkClass}>
                  {introducedPerson.name}
                </Link>
                <p className="text-sm text-slate-500">
                  {lastTouchText(introducedPerson.lastTouchAt)}
                </p>
              </div>
              <StageBadge stage={introducedPerson.stage} withLabel />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function AskItem({
  ask,
  peopleById,
  onEdit,
  onDelete,
}: {
  ask: NetworkAsk;
  peopleById: Map<string, PersonName>;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const suggested = ask.suggestedPersonIds.flatMap((id) => peopleById.get(id) ?? []);
  return (
    <div>
      <h3 className="font-semibold break-words text-slate-900">“{ask.question}”</h3>
      <div className="flex flex-wrap items-center justify-between gap-x-3">
        <p className="text-sm text-slate-500">
          Asked <time dateTime={ask.askedAt}>{formatDate(ask.askedAt)}</time>
        </p>
        <div className="-mr-2 flex gap-1">
          <button type="button" className={actionClass} onClick={onEdit}>
            Edit<span className="sr-only"> ask “{ask.question}”</span>
          </button>
          <button type="button" className={`${actionClass} hover:text-red-700`} onClick={onDelete}>
            Delete<span className="sr-only"> ask “{ask.question}”</span>
          </button>
        </div>
      </div>
      {ask.outcome ? (
        <p className="mt-1 whitespace-pre-line text-slate-800">{ask.outcome}</p>
      ) : null}
      {suggested.length > 0 ? (
        <p className="mt-1 text-sm text-slate-700">
          Suggested:{" "}
          {suggested.map((someone, index) => (
            <span key={someone.id}>
              {index > 0 ? ", " : null}
              <Link to={`/people/${someone.id}`} className={linkClass}>
                {someone.name}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}

/** "Ask the network" (METHOD §2): what was asked of this person, and whom it produced. */
export function NetworkAsks({ person, people }: { person: Person; people: PersonName[] }) {
  const asks = useAsks(person.id);
  const saveAsk = useSaveAsk(person.id);
  const deleteAsk = useDeleteAsk();
  const { showToast } = useToast();
  // null: no form; "new": asking; otherwise the id of the ask being edited.
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<NetworkAsk | null>(null);
  const peopleById = new Map(people.map((someone) => [someone.id, someone]));

  const form = (ask: NetworkAsk | null) => (
    <AskForm
      idPrefix={ask ? `ask-edit-${ask.id}` : "ask"}
      personName={person.name}
      ask={ask}
      saving={saveAsk.isPending}
      onCancel={() => setEditing(null)}
      save={async (draft) => {
        await saveAsk.mutateAsync({ id: ask?.id ?? null, draft });
        setEditing(null);
        const added = draft.suggestedNames.length;
        showToast({
          message:
            added > 0
              ? `Saved. Added ${counted(added, { one: "person", other: "people" })} introduced by ${person.name}.`
              : "Saved the network ask.",
          duration: 6000,
        });
      }}
    />
  );

  async function remove(ask: NetworkAsk) {
    try {
      await deleteAsk.mutateAsync(ask.id);
      showToast({ message: "Deleted the network ask." });
    } catch (error) {
      showToast({ message: `Could not delete the ask: ${errorMessage(error)}`, tone: "error" });
    }
    setConfirming(null);
  }

  const list = asks.data ?? [];
  return (
    <section aria-labelledby="person-asks" className={cardClass}>
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 pb-3">
        <h2 id="person-asks" className="text-base font-semibold text-slate-900">
          Network asks
        </h2>
        {editing === "new" ? null : (
          <Button variant="secondary" className="px-3 py-1.5" onClick={() => setEditing("new")}>
            Ask {person.name} for an introduction
          </Button>
        )}
      </div>
      {editing === "new" ? <div className="mt-4">{form(null)}</div> : null}
      {list.length === 0 && editing !== "new" ? (
        <p className="py-3 text-slate-500">
          {asks.isPending
            ? "Loading…"
            : "Tell them specifically what you are looking for, then note whom they suggest."}
        </p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {list.map((ask) => (
            <li key={ask.id} className="py-3">
              {editing === ask.id ? (
                form(ask)
              ) : (
                <AskItem
                  ask={ask}
                  peopleById={peopleById}
                  onEdit={() => setEditing(ask.id)}
                  onDelete={() => setConfirming(ask)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={confirming !== null}
        onOpenChange={(open) => (open ? null : setConfirming(null))}
        title="Delete this network ask?"
        description={`The people it suggested stay in your people, still introduced by ${person.name}.`}
        confirmLabel="Delete ask"
        pendingLabel="Deleting…"
        pending={deleteAsk.isPending}
        onConfirm={() => confirming && remove(confirming)}
      />
    </section>
  );
}
