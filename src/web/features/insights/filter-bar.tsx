import { useId } from "react";
import type { InsightsOptions } from "../../../domain/insights/insights-view.js";
import { targetKindLabels } from "../../../domain/profile.js";
import { Button } from "../../components/button.js";
import { Select } from "../../components/field.js";
import type { InsightsFilterState } from "./filter-state.js";

/** The period presets: the last N days up to today (open-ended, so today's work counts). */
const presets = [
  { value: "30", label: "Last 30 days", days: 30 },
  { value: "90", label: "Last 90 days", days: 90 },
  { value: "365", label: "Last 12 months", days: 365 },
] as const;

function calendarDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, "0");
  const day = String(date.getDate()).padStart(2, "0");
  return `${date.getFullYear()}-${month}-${day}`;
}

function daysAgo(days: number, today = new Date()): string {
  const date = new Date(today);
  date.setDate(date.getDate() - (days - 1));
  return calendarDay(date);
}

function periodChoice(filter: InsightsFilterState): string {
  if (!filter.from && !filter.to) return "all";
  const preset = presets.find((each) => !filter.to && filter.from === daysAgo(each.days));
  return preset?.value ?? "custom";
}

/** Interest, place and period: the same filter narrows every section. */
export function FilterBar({
  filter,
  options,
  onChange,
  onClear,
  fieldErrors,
}: {
  filter: InsightsFilterState;
  options: InsightsOptions;
  onChange: (changes: Partial<InsightsFilterState>) => void;
  onClear: () => void;
  fieldErrors?: Record<string, string> | undefined;
}) {
  const id = useId();
  const period = periodChoice(filter);
  const kinds = ["field", "organization_kind", "role"] as const;
  const active = Boolean(filter.interest || filter.location || filter.from || filter.to);
  return (
    <section
      aria-label="Filter insights"
      className="mb-6 grid gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-2 lg:grid-cols-4"
    >
      <Select
        id={`${id}-interest`}
        label="Interest"
        value={filter.interest}
        onChange={(event) => onChange({ interest: event.target.value })}
      >
        <option value="">All interests</option>
        {kinds.map((kind) => {
          const interests = options.interests.filter((interest) => interest.kind === kind);
          return interests.length === 0 ? null : (
            <optgroup key={kind} label={targetKindLabels[kind]}>
              {interests.map((interest) => (
                <option key={interest.id} value={interest.id}>
                  {interest.label}
                </option>
              ))}
            </optgroup>
          );
        })}
      </Select>
      <Select
        id={`${id}-location`}
        label="Location"
        value={filter.location}
        onChange={(event) => onChange({ location: event.target.value })}
      >
        <option value="">All places</option>
        {options.locations.map((place) => (
          <option key={place} value={place}>
            {place}
          </option>
        ))}
      </Select>
      <Select
        id={`${id}-period`}
        label="Period"
        value={period}
        onChange={(event) => {
          const choice = event.target.value;
          const preset = presets.find((each) => each.value === choice);
          if (choice === "all") onChange({ from: "", to: "" });
          else if (preset) onChange({ from: daysAgo(preset.days), to: "" });
          else
            onChange({
              from: filter.from || daysAgo(30),
              to: filter.to || calendarDay(new Date()),
            });
        }}
      >
        <option value="all">All time</option>
        {presets.map((preset) => (
          <option key={preset.value} value={preset.value}>
            {preset.label}
          </option>
        ))}
        <option value="custom">Choose days…</option>
      </Select>
      <div className="flex items-end">
        <Button className="min-h-11 w-full" onClick={onClear} disabled={!active}>
          Clear filters
        </Button>
      </div>
      {period === "custom" ? (
        <div className="grid gap-3 sm:col-span-2 sm:grid-cols-2">
          <DayField
            id={`${id}-from`}
            label="From"
            value={filter.from}
            onChange={(from) => onChange({ from })}
            error={fieldErrors?.from}
          />
          <DayField
            id={`${id}-to`}
            label="To"
            value={filter.to}
            onChange={(to) => onChange({ to })}
            error={fieldErrors?.to}
          />
        </div>
      ) : null}
    </section>
  );
}

function DayField({
  id,
  label,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        type="date"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="mt-1.5 block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-[15px] text-slate-900 shadow-sm focus:border-teal-600 focus:outline-2 focus:outline-teal-600"
      />
      {error ? (
        <p id={`${id}-error`} className="mt-1.5 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
