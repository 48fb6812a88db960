import { type RefObject, useEffect, useRef } from "react";
import { Button, ButtonLink } from "../../components/button.js";
import { EmptyState } from "../../components/empty-state.js";
import { PeopleIcon, PlusIcon, SearchIcon } from "../../components/icons.js";
import { PageHeader } from "../../components/page-header.js";
import { LoadFailed, Loading } from "../../components/query-state.js";
import { importFrom } from "../import/index.js";
import { PeopleFilters } from "./people-filters.js";
import { pagedPeople, peopleCountText, ShowMorePeople } from "./people-more.js";
import { usePeopleSearch } from "./people-search-params.js";
import { PeopleTable } from "./people-table.js";
import { PeopleViewToggle } from "./people-view-toggle.js";
import { usePeoplePages } from "./queries.js";

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}

/** "/" jumps to the quick filter, as on many sites, unless the user is already typing. */
export function useSlashToFocus(input: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || !input.current) return;
      event.preventDefault();
      input.current.focus();
      input.current.select();
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [input]);
}

export function PeopleListPage() {
  const search = usePeopleSearch();
  const pages = usePeoplePages(search.query);
  const { people, total } = pagedPeople(pages);
  const textRef = useRef<HTMLInputElement>(null);
  useSlashToFocus(textRef);

  const addButton = (
    <ButtonLink to="/people/new" variant="primary">
      <PlusIcon />
      Add person
    </ButtonLink>
  );

  function results() {
    if (pages.isPending) return <Loading label="Loading people…" />;
    if (pages.isError) return <LoadFailed error={pages.error} retry={() => pages.refetch()} />;
    if (people.length === 0 && !search.hasFilters) {
      return (
        <EmptyState
          icon={<PeopleIcon />}
          title="No people yet — add the first person you'd like to learn from"
          actions={
            <>
              {addButton}
              <ButtonLink to="/import" state={importFrom("people")}>
                Import LinkedIn or contacts
              </ButtonLink>
            </>
          }
        >
          Think of a friend, a professor, a former colleague or someone whose work you admire. You
          only need a name to start — or bring in the people you already know from LinkedIn, Google
          Contacts or your phone.
        </EmptyState>
      );
    }
    if (people.length === 0) {
      return (
        <EmptyState
          icon={<SearchIcon />}
          title="No matches for these filters"
          actions={
            <Button variant="secondary" onClick={search.clearFilters}>
              Clear filters
            </Button>
          }
        >
          Nobody you have saved matches every filter. Try fewer words or another choice.
        </EmptyState>
      );
    }
    return (
      <>
        <PeopleTable
          people={people}
          sort={search.sort}
          direction={search.direction}
          onSort={search.setSort}
          busy={pages.isPlaceholderData}
        />
        <ShowMorePeople pages={pages} />
      </>
    );
  }

  const showFilters = search.hasFilters || people.length > 0;

  return (
    <>
      <PageHeader
        title="People"
        description="Everyone you might learn from, and what you know about them."
        actions={
          <>
            <PeopleViewToggle />
            <ButtonLink to="/import" state={importFrom("people")}>
              Import
            </ButtonLink>
            {addButton}
          </>
        }
      />
      {showFilters ? (
        <div className="mb-4">
          <PeopleFilters search={search} textRef={textRef} />
          <p role="status" className="mt-3 px-1 text-sm text-slate-500">
            {pages.data && !pages.isPlaceholderData
              ? peopleCountText(people.length, total, search.hasFilters)
              : ""}
          </p>
        </div>
      ) : null}
      {results()}
    </>
  );
}
