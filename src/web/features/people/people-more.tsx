import { pluralForm } from "../../../domain/wording/plural.js";
import { Button } from "../../components/button.js";
import { countPeople } from "../../lib/format.js";
import type { usePeoplePages } from "./queries.js";

type PeoplePages = ReturnType<typeof usePeoplePages>;

/** Every row of the pages read so far, and how many match in all. */
export function pagedPeople(pages: PeoplePages) {
  const read = pages.data?.pages ?? [];
  return {
    people: read.flatMap((page) => page.people),
    total: read[0]?.total ?? 0,
  };
}

/** "12 people", "3 people match", or "Showing 50 of 2,000 people" while more remain. */
export function peopleCountText(shown: number, total: number, filtered: boolean): string {
  const all = countPeople(total).replace(String(total), total.toLocaleString("en"));
  if (shown < total) return `Showing ${shown.toLocaleString("en")} of ${all}`;
  return filtered ? `${all} ${pluralForm(total, { one: "matches", other: "match" })}` : all;
}

/** The button that reads the next page; a real button, so keyboards and screen readers reach it. */
export function ShowMorePeople({ pages }: { pages: PeoplePages }) {
  if (!pages.hasNextPage) return null;
  return (
    <div className="mt-4 flex flex-col items-center gap-2">
      {pages.isFetchNextPageError ? (
        <p role="alert" className="text-sm text-red-700">
          Could not load more people. Try again.
        </p>
      ) : null}
      <Button
        variant="secondary"
        className="w-full sm:w-auto"
        disabled={pages.isFetchingNextPage}
        onClick={() => void pages.fetchNextPage()}
      >
        {pages.isFetchingNextPage ? "Loading more…" : "Show more"}
      </Button>
    </div>
  );
}
