import { type Ref, useEffect, useRef, useState } from "react";
import { personSourceLabels, personSources } from "../../../domain/person.js";
import { stageLabels, stages } from "../../../domain/stage.js";
import { Select } from "../../components/field.js";
import { useOrganizations } from "../organizations/index.js";
import type { PeopleSearch } from "./people-search-params.js";
import { TargetFilter } from "./people-target-filter.js";
import { usePeopleLocations } from "./queries.js";

const textDelay = 200;

/** The quick text filter: typing is instant on screen, the URL (and fetch) follow shortly. */
interface FilterProps {
  search: PeopleSearch;
  /** The text input, so the page can focus it when "/" is pressed. */
  textRef: Ref<HTMLInputElement>;
}

function QuickFilter({ search, textRef }: FilterProps) {
  const { text: urlText, setParam } = search;
  const [text, setText] = useState(urlText);
  const lastWritten = useRef(urlText);

  // The URL changed from outside (back button, "Clear filters"): show what it says.
  useEffect(() => {
    if (urlText !== lastWritten.current) {
      lastWritten.current = urlText;
      setText(urlText);
    }
  }, [urlText]);

  useEffect(() => {
    if (text === lastWritten.current) return;
    const timer = window.setTimeout(() => {
      lastWritten.current = text;
      setParam("q", text);
    }, textDelay);
    return () => window.clearTimeout(timer);
  }, [text, setParam]);

  return (
    <div className="sm:col-span-2 lg:col-span-1">
      <label htmlFor="people-filter-text" className="block text-sm font-medium text-slate-800">
        Search
      </label>
      <div className="relative mt-1.5">
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth={2}
          className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-400"
        >
          <circle cx="11" cy="11" r="6.5" />
          <path d="m16 16 4 4" strokeLinecap="round" />
        </svg>
        <input
          ref={textRef}
          id="people-filter-text"
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder="Name, title, notes…"
          aria-keyshortcuts="/"
          autoComplete="off"
          className="peer block w-full rounded-lg border border-slate-300 bg-white py-2 pr-10 pl-9 text-[15px] shadow-sm placeholder:text-slate-400 focus:border-teal-600 focus:outline-2 focus:outline-offset-0 focus:outline-teal-600"
        />
        {text ? null : (
          <span
            aria-hidden="true"
            className="peer-focus:invisible pointer-events-none absolute top-1/2 right-2.5 hidden -translate-y-1/2 rounded border border-slate-300 bg-slate-50 px-1.5 font-sans text-xs text-slate-500 sm:block"
          >
            /
          </span>
        )}
      </div>
    </div>
  );
}

/** On the board the columns already are the stages, so the stage filter is left out there. */
export function PeopleFilters({
  search,
  textRef,
  showStage = true,
}: FilterProps & { showStage?: boolean }) {
  const organizations = useOrganizations();
  const locations = usePeopleLocations();
  const { query, setParam } = search;
  const chosen =
    [query.organizationId, query.location, query.source, query.stage].filter(Boolean).length +
    (query.targetIds?.length ?? 0);
  // On a phone the three lists fold away behind one button to keep the people in view.
  const [open, setOpen] = useState(chosen > 0);

  const locationOptions = [...(locations.data ?? [])];
  // Keep a location from an old link selectable even if nobody is there any more.
  if (query.location && !locationOptions.includes(query.location)) {
    locationOptions.push(query.location);
  }

  return (
    <search
      className={`grid gap-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 ${
        showStage
          ? "lg:grid-cols-[1.4fr_repeat(4,minmax(0,1fr))]"
          : "lg:grid-cols-[1.6fr_repeat(3,minmax(0,1fr))]"
      }`}
    >
      <QuickFilter textRef={textRef} search={search} />
      <button
        type="button"
        aria-expanded={open}
        aria-controls="people-more-filters"
        onClick={() => setOpen((current) => !current)}
        className="flex items-center gap-1.5 justify-self-start rounded-lg py-1 text-sm font-semibold text-teal-800 sm:hidden"
      >
        {open ? "Hide filters" : `More filters${chosen > 0 ? ` (${chosen} on)` : ""}`}
        <span aria-hidden="true">{open ? "▴" : "▾"}</span>
      </button>
      <div id="people-more-filters" className={`${open ? "grid gap-3" : "hidden"} sm:contents`}>
        <Select
          id="people-filter-organization"
          label="Organization"
          value={query.organizationId ?? ""}
          onChange={(event) => setParam("organization", event.target.value)}
        >
          <option value="">All organizations</option>
          {(organizations.data ?? []).map((organization) => (
            <option key={organization.id} value={organization.id}>
              {organization.name}
            </option>
          ))}
        </Select>
        <Select
          id="people-filter-location"
          label="Location"
          value={query.location ?? ""}
          onChange={(event) => setParam("location", event.target.value)}
        >
          <option value="">All locations</option>
          {locationOptions.map((location) => (
            <option key={location} value={location}>
              {location}
            </option>
          ))}
        </Select>
        <Select
          id="people-filter-source"
          label="How found"
          value={query.source ?? ""}
          onChange={(event) => setParam("source", event.target.value)}
        >
          <option value="">Any way</option>
          {personSources.map((source) => (
            <option key={source} value={source}>
              {personSourceLabels[source]}
            </option>
          ))}
        </Select>
        {showStage ? (
          <Select
            id="people-filter-stage"
            label="Stage"
            value={query.stage ?? ""}
            onChange={(event) => setParam("stage", event.target.value)}
          >
            <option value="">Any stage</option>
            {stages.map((stage) => (
              <option key={stage} value={stage}>
                {stageLabels[stage]}
              </option>
            ))}
          </Select>
        ) : null}
        <TargetFilter search={search} />
      </div>
    </search>
  );
}
