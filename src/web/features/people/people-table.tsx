import type { MouseEvent } from "react";
import { Link, useNavigate } from "react-router";
import type { PersonListRow } from "../../../domain/people-page.js";
import type { PeopleSortKey } from "../../../domain/person.js";
import { daysSince } from "../../../domain/stage.js";
import { StageBadge } from "../../components/stage-badge.js";
import { formatDate, sourceLabel } from "../../lib/format.js";
import { daysSinceText } from "../../lib/log-format.js";

interface PeopleTableProps {
  people: PersonListRow[];
  sort: PeopleSortKey;
  direction: "asc" | "desc";
  onSort: (sort: PeopleSortKey) => void;
  busy: boolean;
}

interface Column {
  label: string;
  sort?: PeopleSortKey;
  className?: string;
}

// Narrower screens keep who, where and how recently; the rest appears as room allows.
const columns: Column[] = [
  { label: "Name", sort: "name" },
  { label: "Organization", sort: "organization" },
  { label: "Title", className: "hidden 2xl:table-cell" },
  { label: "Stage", sort: "stage" },
  { label: "Location", sort: "location", className: "hidden lg:table-cell" },
  { label: "How found", sort: "source", className: "hidden 2xl:table-cell" },
  { label: "Last touch", sort: "last_touch" },
  { label: "Days since", className: "hidden md:table-cell" },
  { label: "Updated", sort: "updated", className: "hidden xl:table-cell" },
];

const empty = <span className="text-slate-500">—</span>;

function SortHeader({
  column,
  sort,
  direction,
  onSort,
}: { column: Column } & Pick<PeopleTableProps, "sort" | "direction" | "onSort">) {
  const active = column.sort !== undefined && column.sort === sort;
  const ariaSort = active ? (direction === "asc" ? "ascending" : "descending") : undefined;
  return (
    <th
      scope="col"
      aria-sort={ariaSort}
      className={`px-4 py-3 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase ${column.className ?? ""}`}
    >
      {column.sort ? (
        <button
          type="button"
          onClick={() => column.sort && onSort(column.sort)}
          className="-mx-1.5 inline-flex items-center gap-1 rounded px-1.5 py-0.5 uppercase hover:bg-slate-200/60 hover:text-slate-900"
        >
          {column.label}
          <span aria-hidden="true" className={active ? "text-teal-700" : "text-slate-300"}>
            {active ? (direction === "asc" ? "▲" : "▼") : "↕"}
          </span>
        </button>
      ) : (
        column.label
      )}
    </th>
  );
}

/** Desktop: a table whose rows open the person; phone: the same people as stacked cards. */
export function PeopleTable({ people, sort, direction, onSort, busy }: PeopleTableProps) {
  const navigate = useNavigate();
  const now = new Date();

  function openRow(event: MouseEvent<HTMLTableRowElement>, person: PersonListRow) {
    // Links inside the row (name, organization) do their own thing.
    if (event.target instanceof Element && event.target.closest("a, button")) return;
    navigate(`/people/${person.id}`);
  }

  return (
    <div aria-busy={busy} className={busy ? "opacity-70 transition-opacity" : "transition-opacity"}>
      <div className="hidden overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-sm sm:block">
        <table className="w-full table-auto border-collapse text-[14px]">
          <caption className="sr-only">People. Select a column heading to sort by it.</caption>
          <thead className="border-b border-slate-200 bg-slate-50">
            <tr>
              {columns.map((column) => (
                <SortHeader
                  key={column.label}
                  column={column}
                  sort={sort}
                  direction={direction}
                  onSort={onSort}
                />
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {people.map((person) => (
              <tr
                key={person.id}
                onClick={(event) => openRow(event, person)}
                className="cursor-pointer align-top transition-colors hover:bg-teal-50/40"
              >
                <td className="min-w-[9rem] px-4 py-3">
                  <Link
                    to={`/people/${person.id}`}
                    className="font-semibold text-slate-900 hover:text-teal-800 hover:underline"
                  >
                    {person.name}
                  </Link>
                  {person.title ? (
                    <div className="text-sm text-slate-500 2xl:hidden">{person.title}</div>
                  ) : null}
                </td>
                <td className="px-4 py-3 text-slate-700">
                  {person.organizationId && person.organizationName ? (
                    <Link
                      to={`/organizations/${person.organizationId}`}
                      className="hover:text-teal-800 hover:underline"
                    >
                      {person.organizationName}
                    </Link>
                  ) : (
                    empty
                  )}
                </td>
                <td className="hidden px-4 py-3 text-slate-700 2xl:table-cell">
                  {person.title ?? empty}
                </td>
                <td className="px-4 py-3">
                  <StageBadge stage={person.stage} />
                </td>
                <td className="hidden px-4 py-3 text-slate-700 lg:table-cell">
                  {person.location ?? empty}
                </td>
                <td className="hidden px-4 py-3 text-slate-700 2xl:table-cell">
                  {sourceLabel(person.source) ?? empty}
                </td>
                <td className="px-4 py-3 text-sm whitespace-nowrap text-slate-700">
                  {person.lastTouchAt ? formatDate(person.lastTouchAt) : empty}
                </td>
                <td className="hidden px-4 py-3 text-sm whitespace-nowrap text-slate-700 tabular-nums md:table-cell">
                  {daysSince(person.lastTouchAt, now) ?? empty}
                </td>
                <td className="hidden px-4 py-3 text-sm whitespace-nowrap text-slate-500 xl:table-cell">
                  {formatDate(person.updatedAt)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul className="flex flex-col gap-3 sm:hidden" aria-label="People">
        {people.map((person) => (
          <li
            key={person.id}
            className="relative rounded-xl border border-slate-200 bg-white p-4 shadow-sm focus-within:ring-2 focus-within:ring-teal-600"
          >
            <div className="flex items-start justify-between gap-3">
              <Link
                to={`/people/${person.id}`}
                className="min-w-0 font-semibold break-words text-slate-900 outline-none after:absolute after:inset-0 after:content-['']"
              >
                {person.name}
              </Link>
              <StageBadge stage={person.stage} withLabel />
            </div>
            {person.title || person.organizationName ? (
              <p className="mt-0.5 text-sm break-words text-slate-600">
                {[person.title, person.organizationName].filter(Boolean).join(" · ")}
              </p>
            ) : null}
            <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-500">
              {person.location ? <span>{person.location}</span> : null}
              <span>{daysSinceText(person.lastTouchAt, now)}</span>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
