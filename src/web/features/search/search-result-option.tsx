import type { ReactNode } from "react";
import {
  buildSnippet,
  type SearchEntityType,
  type SearchResult,
  type SnippetSegment,
} from "../../../domain/search.js";
import {
  ConversationIcon,
  DocumentIcon,
  InsightsIcon,
  OrganizationIcon,
  PeopleIcon,
  QuestionIcon,
  TripIcon,
} from "../../components/icons.js";

const typeLabels: Record<SearchEntityType, string> = {
  person: "Person",
  organization: "Organization",
  trip: "Trip",
  activity: "Log entry",
  network_ask: "Network ask",
  bank_question: "My question",
  plan_question: "Planned question",
  research_note: "Research note",
  story: "Story",
  takeaway: "Takeaway",
};

const typeIcons: Record<SearchEntityType, ReactNode> = {
  person: <PeopleIcon />,
  organization: <OrganizationIcon />,
  trip: <TripIcon />,
  activity: <ConversationIcon />,
  network_ask: <QuestionIcon />,
  bank_question: <QuestionIcon />,
  plan_question: <QuestionIcon />,
  research_note: <DocumentIcon />,
  story: <InsightsIcon />,
  takeaway: <DocumentIcon />,
};

/** Text with the words that matched shown as <mark>. */
function Highlighted({ segments }: { segments: SnippetSegment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.highlighted ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: a snippet is rebuilt whole each time
          <mark key={index} className="rounded-sm bg-amber-100 px-0.5 text-slate-900">
            {segment.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: a snippet is rebuilt whole each time
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}

interface SearchResultOptionProps {
  id: string;
  result: SearchResult;
  /** The query's terms, to mark them in the title as the server marks the snippet. */
  terms: readonly string[];
  active: boolean;
  onChoose: () => void;
  onPoint: () => void;
}

export function SearchResultOption({
  id,
  result,
  terms,
  active,
  onChoose,
  onPoint,
}: SearchResultOptionProps) {
  const title = buildSnippet(result.title, terms);
  return (
    // Keyboard use goes through the search field (aria-activedescendant); a click chooses.
    // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys
    <div
      id={id}
      role="option"
      tabIndex={-1}
      aria-selected={active}
      onMouseDown={(event) => event.preventDefault()}
      onMouseMove={onPoint}
      onClick={onChoose}
      className={`flex cursor-pointer gap-3 rounded-lg px-3 py-2.5 ${
        active ? "bg-teal-50 ring-1 ring-teal-600/30 ring-inset" : ""
      }`}
    >
      <span
        aria-hidden="true"
        className="mt-0.5 flex size-8 shrink-0 items-center justify-center rounded-lg bg-slate-100 text-slate-600"
      >
        {typeIcons[result.type]}
      </span>
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-baseline gap-x-2">
          <span className="font-semibold break-words text-slate-900">
            {title.length > 0 ? <Highlighted segments={title} /> : result.title}
          </span>
          <span className="text-xs font-medium tracking-wide text-slate-500 uppercase">
            {typeLabels[result.type]}
          </span>
        </div>
        {result.snippet.length > 0 ? (
          <p className="mt-0.5 line-clamp-2 text-sm break-words text-slate-600">
            <Highlighted segments={result.snippet} />
          </p>
        ) : null}
      </div>
    </div>
  );
}
