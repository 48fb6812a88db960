import { useRef } from "react";
import { Link } from "react-router";
import type { PersonListRow } from "../../../domain/people-page.js";
import { type Stage, stageLabels, stages } from "../../../domain/stage.js";
import { pluralForm } from "../../../domain/wording/plural.js";
import { ButtonLink } from "../../components/button.js";
import { EmptyState } from "../../components/empty-state.js";
import { PeopleIcon, PlusIcon } from "../../components/icons.js";
import { PageHeader } from "../../components/page-header.js";
import { LoadFailed, Loading } from "../../components/query-state.js";
import { stageDotClass } from "../../components/stage-badge.js";
import { formatDate } from "../../lib/format.js";
import { daysSinceText } from "../../lib/log-format.js";
import { PeopleFilters } from "./people-filters.js";
import { useSlashToFocus } from "./people-list-page.js";
import { pagedPeople, peopleCountText, ShowMorePeople } from "./people-more.js";
import { usePeopleSearch } from "./people-search-params.js";
import { PeopleViewToggle } from "./people-view-toggle.js";
import { usePeoplePages } from "./queries.js";

function BoardCard({ person, now }: { person: PersonListRow; now: Date }) {
  return (
    <li className="relative rounded-xl border border-slate-200 bg-white p-3 shadow-sm transition-shadow focus-within:ring-2 focus-within:ring-teal-600 hover:shadow-md">
      <Link
        to={`/people/${person.id}`}
        className="block font-semibold break-words text-slate-900 outline-none after:absolute after:inset-0 after:content-['']"
      >
        {person.name}
      </Link>
      {person.organizationName ? (
        <p className="text-sm break-words text-slate-600">{person.organizationName}</p>
      ) : null}
      <p className="mt-2 text-xs text-slate-500">
        {person.lastTouchAt ? (
          <>
            Last touch{" "}
            <time dateTime={person.lastTouchAt} className="text-slate-700">
              {formatDate(person.lastTouchAt)}
            </time>
            <br />
          </>
        ) : null}
        {daysSinceText(person.lastTouchAt, now)}
      </p>
    </li>
  );
}

function BoardColumn({ stage, people, now }: { stage: Stage; people: PersonListRow[]; now: Date }) {
  const headingId = `board-${stage}`;
  return (
    <section
      aria-labelledby={headingId}
      className="flex w-64 shrink-0 snap-start flex-col rounded-2xl bg-slate-100/80 p-3 ring-1 ring-slate-200 ring-inset lg:w-auto"
    >
      <h2
        id={headingId}
        className="flex items-center gap-2 px-1 pb-2 text-sm font-semibold text-slate-800"
      >
        <span aria-hidden="true" className={`size-2 rounded-full ${stageDotClass(stage)}`} />
        {stageLabels[stage]}
        <span className="ml-auto rounded-full bg-white px-2 text-xs font-semibold text-slate-600 ring-1 ring-slate-200">
          {people.length}
          <span className="sr-only">
            {" "}
            {pluralForm(people.length, { one: "person", other: "people" })}
          </span>
        </span>
      </h2>
      {people.length === 0 ? (
        <p className="px-1 py-3 text-sm text-slate-600">No one here</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {people.map((person) => (
            <BoardCard key={person.id} person={person} now={now} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** One column per stage, in the order a conversation moves; a card opens the person. */
export function PeopleBoardPage() {
  const search = usePeopleSearch();
  // The columns are the stages, so a stage filter from the table does not apply here.
  const { stage: _ignored, ...query } = search.query;
  const pages = usePeoplePages(query);
  const { people, total } = pagedPeople(pages);
  const textRef = useRef<HTMLInputElement>(null);
  useSlashToFocus(textRef);
  const now = new Date();

  const addButton = (
    <ButtonLink to="/people/new" variant="primary">
      <PlusIcon />
      Add person
    </ButtonLink>
  );

  function board() {
    if (pages.isPending) return <Loading label="Loading people…" />;
    if (pages.isError) return <LoadFailed error={pages.error} retry={() => pages.refetch()} />;
    if (people.length === 0 && !search.hasFilters) {
      return (
        <EmptyState icon={<PeopleIcon />} title="No people yet" actions={addButton}>
          Add the people you would like to learn from; each moves across the board as you log
          letters, calls and conversations.
        </EmptyState>
      );
    }
    const byStage = new Map<Stage, PersonListRow[]>(stages.map((stage) => [stage, []]));
    for (const person of people) byStage.get(person.stage)?.push(person);
    return (
      <>
        <div
          aria-busy={pages.isPlaceholderData}
          className="relative -mx-4 flex snap-x gap-3 overflow-x-auto px-4 pb-4 sm:mx-0 sm:px-0 lg:grid lg:grid-cols-3 lg:overflow-visible lg:pb-0"
        >
          {stages.map((stage) => (
            <BoardColumn key={stage} stage={stage} people={byStage.get(stage) ?? []} now={now} />
          ))}
        </div>
        <ShowMorePeople pages={pages} />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="People"
        documentTitle="People board"
        description="Where each conversation stands, from first idea to keeping in touch."
        actions={
          <>
            <PeopleViewToggle />
            {addButton}
          </>
        }
      />
      <div className="mb-4">
        <PeopleFilters search={search} textRef={textRef} showStage={false} />
        <p role="status" className="mt-3 px-1 text-sm text-slate-500">
          {pages.data && !pages.isPlaceholderData
            ? peopleCountText(people.length, total, false)
            : ""}
        </p>
      </div>
      {board()}
    </>
  );
}
