import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import { useNavigate } from "react-router";
import { parseSearchTerms, type SearchResult } from "../../../domain/search.js";
import { counted } from "../../../domain/wording/plural.js";
import { errorMessage } from "../../components/query-state.js";
import { useSearch } from "./queries.js";
import { SearchResultOption } from "./search-result-option.js";

export const globalSearchId = "global-search";
const debounceMs = 150;

function useDebounced(value: string, delay: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

function resultCount(count: number): string {
  return counted(count, { one: "result", other: "results" });
}

interface SearchBoxProps {
  /** "popover": results float under the field; "panel": they fill the phone overlay. */
  layout: "popover" | "panel";
  autoFocus?: boolean;
  /** Called when a result is chosen or Escape is pressed with nothing left to close. */
  onClose?: () => void;
  /** Shown beside the field, e.g. the overlay's Close button. */
  trailing?: ReactNode;
}

/**
 * Search everything: a combobox whose options are ranked results. Up/Down move, Enter
 * opens (the first result when none is chosen), Escape closes.
 */
export function SearchBox({ layout, autoFocus = false, onClose, trailing }: SearchBoxProps) {
  const navigate = useNavigate();
  const listboxId = useId();
  const wrapperRef = useRef<HTMLDivElement>(null);
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const debounced = useDebounced(text, debounceMs);
  const search = useSearch(debounced);

  const hasQuery = text.trim().length > 0;
  const results: SearchResult[] = hasQuery && debounced.trim() ? (search.data ?? []) : [];
  const settled = hasQuery && debounced === text && !search.isFetching;
  const expanded = open && hasQuery;
  const terms = parseSearchTerms(debounced);

  // New results: nothing is highlighted until the user moves into the list.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset whenever the list changes
  useEffect(() => setActive(-1), [search.data]);

  function choose(result: SearchResult | undefined) {
    if (!result) return;
    setOpen(false);
    setText("");
    onClose?.();
    navigate(result.href);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        setOpen(true);
        setActive((current) => Math.min(current + 1, results.length - 1));
        break;
      case "ArrowUp":
        event.preventDefault();
        setActive((current) => Math.max(current - 1, 0));
        break;
      case "Enter":
        if (!expanded) return;
        event.preventDefault();
        choose(results[active] ?? results[0]);
        break;
      case "Escape":
        event.preventDefault();
        if (expanded) setOpen(false);
        else if (text) setText("");
        else onClose?.();
        break;
    }
  }

  let status = "";
  if (hasQuery && search.isError) status = `Search failed: ${errorMessage(search.error)}`;
  else if (settled) {
    status = results.length > 0 ? resultCount(results.length) : `No matches for “${text.trim()}”`;
  } else if (hasQuery) status = "Searching…";

  const optionId = (index: number) => `${listboxId}-option-${index}`;
  const popover = layout === "popover";

  return (
    <div
      ref={wrapperRef}
      className={popover ? "relative w-full max-w-md" : "flex min-h-0 flex-1 flex-col"}
    >
      <label htmlFor={globalSearchId} className="sr-only">
        Search everything
      </label>
      <div className="flex items-center gap-2">
        <div className="relative min-w-0 flex-1">
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
            id={globalSearchId}
            type="search"
            role="combobox"
            aria-expanded={expanded}
            aria-controls={listboxId}
            aria-autocomplete="list"
            aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
            aria-keyshortcuts="/"
            // biome-ignore lint/a11y/noAutofocus: the phone overlay opens only to type a search
            autoFocus={autoFocus}
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
            placeholder="Search people, organizations, log…"
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setOpen(true);
            }}
            onFocus={() => setOpen(true)}
            onBlur={(event) => {
              if (!wrapperRef.current?.contains(event.relatedTarget)) setOpen(false);
            }}
            onKeyDown={onKeyDown}
            className={`block w-full rounded-lg border border-slate-300 bg-white py-2 pl-9 ${popover && !text ? "pr-10" : "pr-3"} text-[15px] shadow-sm placeholder:text-slate-400 focus:border-teal-600 focus:outline-2 focus:outline-offset-0 focus:outline-teal-600`}
          />
          {popover && !text ? (
            <span
              aria-hidden="true"
              className="pointer-events-none absolute top-1/2 right-2.5 -translate-y-1/2 rounded border border-slate-300 bg-slate-50 px-1.5 font-sans text-xs text-slate-500"
            >
              /
            </span>
          ) : null}
        </div>
        {trailing}
      </div>
      <p role="status" aria-live="polite" className="sr-only">
        {status}
      </p>
      <div
        hidden={!expanded}
        className={
          popover
            ? "absolute top-full right-0 z-40 mt-2 max-h-[min(32rem,70vh)] w-[min(36rem,calc(100vw-2rem))] overflow-y-auto rounded-xl bg-white p-2 shadow-xl ring-1 ring-slate-900/10"
            : "mt-3 min-h-0 flex-1 overflow-y-auto"
        }
      >
        <div id={listboxId} role="listbox" aria-label="Search results" className="flex flex-col">
          {results.map((result, index) => (
            <SearchResultOption
              key={`${result.type}-${result.id}`}
              id={optionId(index)}
              result={result}
              terms={terms}
              active={index === active}
              onPoint={() => setActive(index)}
              onChoose={() => choose(result)}
            />
          ))}
        </div>
        {settled && results.length === 0 ? (
          <p className="px-3 py-4 text-sm text-slate-500">{status}</p>
        ) : null}
        {search.isError ? <p className="px-3 py-4 text-sm text-red-800">{status}</p> : null}
      </div>
    </div>
  );
}
