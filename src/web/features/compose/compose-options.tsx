import type { OutreachKind } from "../../../domain/draft-purpose.js";
import { outreachKinds } from "../../../domain/draft-purpose.js";
import type { Template } from "../../../domain/template.js";
import { TextInput } from "../../components/field.js";

export const composeKindLabels: Record<OutreachKind, string> = {
  email: "E-mail",
  letter: "Letter",
  network_message: "Networking-site message",
};

/** What the draft proposes: when ("between" two dates, or in the user's own words) and how long. */
export interface ComposeOptions {
  kind: OutreachKind;
  windowMode: "dates" | "text";
  from: string;
  to: string;
  place: string;
  windowText: string;
  lengthMinutes: string;
  /** The explorer's own template to draft from (see compose-template-picker); built-in when absent. */
  template?: Template | null;
}

interface KindPickerProps {
  kind: OutreachKind;
  onChange: (kind: OutreachKind) => void;
}

/** E-mail, letter or networking-site message, as a row of radio buttons. */
export function KindPicker({ kind, onChange }: KindPickerProps) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-800">What are you writing?</legend>
      <div className="mt-1.5 flex flex-wrap gap-2">
        {outreachKinds.map((option) => (
          <label
            key={option}
            className={`flex cursor-pointer items-center gap-2 rounded-lg px-3 py-2 text-sm font-medium ring-1 ring-inset has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-teal-700 ${
              option === kind
                ? "bg-teal-50 text-teal-900 ring-teal-600"
                : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50"
            }`}
          >
            <input
              type="radio"
              name="compose-kind"
              value={option}
              checked={option === kind}
              onChange={() => onChange(option)}
              className="size-4 accent-teal-700"
            />
            {composeKindLabels[option]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface WindowFieldsProps {
  options: ComposeOptions;
  onChange: (patch: Partial<ComposeOptions>) => void;
}

/** The proposed window and length that the draft fills in. */
export function WindowFields({ options, onChange }: WindowFieldsProps) {
  const dates = options.windowMode === "dates";
  return (
    <fieldset className="rounded-xl border border-slate-200 px-4 pt-2 pb-4">
      <legend className="px-1 text-sm font-medium text-slate-800">When and how long</legend>
      <div className="flex flex-wrap gap-4 text-sm text-slate-700">
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="window-mode"
            checked={dates}
            onChange={() => onChange({ windowMode: "dates" })}
            className="size-4 accent-teal-700"
          />
          Between two dates
        </label>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="window-mode"
            checked={!dates}
            onChange={() => onChange({ windowMode: "text" })}
            className="size-4 accent-teal-700"
          />
          In my own words
        </label>
      </div>
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        {dates ? (
          <>
            <TextInput
              id="window-from"
              label="From"
              type="date"
              value={options.from}
              onChange={(event) => onChange({ from: event.target.value })}
            />
            <TextInput
              id="window-to"
              label="To"
              type="date"
              value={options.to}
              onChange={(event) => onChange({ to: event.target.value })}
            />
            <TextInput
              id="window-place"
              label="Where you will be (optional)"
              placeholder="Baltimore"
              value={options.place}
              onChange={(event) => onChange({ place: event.target.value })}
            />
          </>
        ) : (
          <TextInput
            id="window-text"
            label="Window"
            hint="Finishes the sentence “Would you have 20 minutes for a conversation …”"
            placeholder="some afternoon next week"
            value={options.windowText}
            onChange={(event) => onChange({ windowText: event.target.value })}
          />
        )}
        <TextInput
          id="length-minutes"
          label="Length (minutes)"
          type="number"
          inputMode="numeric"
          min={5}
          max={120}
          step={5}
          value={options.lengthMinutes}
          onChange={(event) => onChange({ lengthMinutes: event.target.value })}
        />
      </div>
    </fieldset>
  );
}
