import { useId } from "react";
import { Link, useSearchParams } from "react-router";
import {
  type TakeawayTag,
  takeawayTagLabels,
  takeawayTags,
} from "../../../domain/follow-up/takeaway.js";
import type { ThemeItem, ThemesView } from "../../../domain/insights/insights-view.js";
import { counted, pluralForm } from "../../../domain/wording/plural.js";
import { ButtonLink } from "../../components/button.js";
import { EmptyState } from "../../components/empty-state.js";
import { Select } from "../../components/field.js";
import { LoadFailed, Loading } from "../../components/query-state.js";
import { useCadenceSettings } from "../settings/index.js";
import { type Column, DataTable } from "./data-table.js";
import { useThemes } from "./queries.js";
import type { SectionProps } from "./section-props.js";
import { ThemeCard } from "./themes-card.js";

const tagOf = (value: string | null): TakeawayTag | "" =>
  takeawayTags.find((tag) => tag === value) ?? "";

/** "4 of 6 people said…", or "4 of 6 people in UX research said…" while an interest is chosen. */
export function peopleSaidText(people: number, of: number, interestLabel: string | null): string {
  const who = `${pluralForm(of, { one: "person", other: "people" })}${interestLabel ? ` in ${interestLabel}` : ""}`;
  return `${people} of ${of} ${who} said`;
}

const tableColumns: Column<ThemeItem>[] = [
  {
    header: "Tag",
    cell: (theme) => takeawayTagLabels[theme.tag],
    csv: (theme) => takeawayTagLabels[theme.tag],
  },
  { header: "Theme", cell: (theme) => theme.label, csv: (theme) => theme.label },
  { header: "People", cell: (theme) => theme.people, csv: (theme) => theme.people, numeric: true },
  {
    header: "Takeaways",
    cell: (theme) => theme.sources.length,
    csv: (theme) => theme.sources.length,
    numeric: true,
  },
];

/** What keeps coming up (METHOD §7): takeaways grouped by tag and by what they say. */
export function ThemesSection({ query, filter, options }: SectionProps) {
  const id = useId();
  const [params, setParams] = useSearchParams();
  const tag = tagOf(params.get("tag"));
  const setTag = (next: TakeawayTag | "") =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next) updated.set("tag", next);
        else updated.delete("tag");
        return updated;
      },
      { replace: true },
    );
  const themes = useThemes(tag ? { ...query, tag } : query);
  const settings = useCadenceSettings();
  const timeZone = settings.data?.timeZone ?? "UTC";
  const interestLabel =
    options.interests.find((interest) => interest.id === filter.interest)?.label ?? null;

  if (options.counts.takeaways === 0) return <NoTakeawaysYet />;
  const tagSelect = (
    <div className="mb-5 max-w-xs">
      <Select
        id={`${id}-tag`}
        label="Tag"
        value={tag}
        onChange={(event) => setTag(tagOf(event.target.value))}
      >
        <option value="">All tags</option>
        {takeawayTags.map((each) => (
          <option key={each} value={each}>
            {takeawayTagLabels[each]}
          </option>
        ))}
      </Select>
    </div>
  );
  if (themes.isPending)
    return (
      <>
        {tagSelect}
        <Loading label="Grouping your takeaways…" />
      </>
    );
  if (themes.isError)
    return (
      <>
        {tagSelect}
        <LoadFailed error={themes.error} retry={() => themes.refetch()} />
      </>
    );
  const filtered = Boolean(filter.interest || filter.location || filter.from || filter.to);
  return (
    <>
      {tagSelect}
      <div
        aria-busy={themes.isPlaceholderData}
        className={themes.isPlaceholderData ? "opacity-50 transition-opacity" : ""}
        data-testid="themes"
      >
        {themes.data.themes.length === 0 ? (
          <NoMatch tag={tag} filtered={filtered} onClearTag={() => setTag("")} />
        ) : (
          <ThemesBody view={themes.data} interestLabel={interestLabel} timeZone={timeZone} />
        )}
      </div>
    </>
  );
}

function ThemesBody({
  view,
  interestLabel,
  timeZone,
}: {
  view: ThemesView;
  interestLabel: string | null;
  timeZone: string;
}) {
  const byTag = takeawayTags
    .map((tag) => ({ tag, themes: view.themes.filter((theme) => theme.tag === tag) }))
    .filter((group) => group.themes.length > 0);
  return (
    <div className="grid min-w-0 gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div className="min-w-0">
        <p className="mb-4 text-slate-600">
          {counted(view.takeaways, { one: "takeaway", other: "takeaways" })} from{" "}
          {counted(view.peopleWithTakeaways, { one: "person", other: "people" })}. Takeaways that
          say the same thing in other words are counted together.
        </p>
        {byTag.map((group) => (
          <section key={group.tag} aria-labelledby={`themes-${group.tag}`} className="mb-6">
            <h3
              id={`themes-${group.tag}`}
              className="mb-2 text-sm font-semibold tracking-wide text-slate-600 uppercase"
            >
              {takeawayTagLabels[group.tag]}
            </h3>
            <ul className="grid gap-3">
              {group.themes.map((theme) => (
                <ThemeCard
                  key={`${theme.tag}-${theme.key}`}
                  theme={theme}
                  of={view.peopleWithTakeaways}
                  said={peopleSaidText(theme.people, view.peopleWithTakeaways, interestLabel)}
                  timeZone={timeZone}
                />
              ))}
            </ul>
          </section>
        ))}
        {view.more > 0 ? (
          <p className="text-sm text-slate-600">
            And {view.more} more {pluralForm(view.more, { one: "theme", other: "themes" })}, each
            said by fewer people. Choose a tag to see them.
          </p>
        ) : null}
      </div>
      <DataTable
        caption="Themes"
        columns={tableColumns}
        rows={view.themes}
        rowKey={(theme) => `${theme.tag}-${theme.key}`}
        csvName="rapport-themes"
        footer={view.more > 0 ? `and ${view.more} more themes` : undefined}
      />
    </div>
  );
}

function NoTakeawaysYet() {
  return (
    <EmptyState
      title="No takeaways yet"
      icon="✎"
      actions={
        <ButtonLink variant="primary" to="/conversations">
          Go to your conversations
        </ButtonLink>
      }
    >
      After a conversation, write down what it taught you on its follow-up page: the advice, the
      skills and paths mentioned, the people recommended. Themes then show what keeps coming up.
    </EmptyState>
  );
}

function NoMatch({
  tag,
  filtered,
  onClearTag,
}: {
  tag: TakeawayTag | "";
  filtered: boolean;
  onClearTag: () => void;
}) {
  return (
    <div className="rounded-2xl border border-dashed border-slate-300 bg-white px-6 py-10 text-center">
      <p className="font-semibold text-slate-900">No takeaway matches this filter</p>
      <p className="mx-auto mt-2 max-w-md text-slate-600">
        {tag ? (
          <>
            None of the takeaways here is tagged “{takeawayTagLabels[tag]}”.{" "}
            <button
              type="button"
              onClick={onClearTag}
              className="min-h-11 font-medium text-teal-700 underline underline-offset-2"
            >
              Show all tags
            </button>
            {filtered ? " or clear the filters above." : ""}
          </>
        ) : (
          <>
            Try another interest, place or period, or clear the filters above. Takeaways are written
            on each conversation’s follow-up page; see{" "}
            <Link
              to="/conversations"
              className="font-medium text-teal-700 underline underline-offset-2"
            >
              your conversations
            </Link>
            .
          </>
        )}
      </p>
    </div>
  );
}
