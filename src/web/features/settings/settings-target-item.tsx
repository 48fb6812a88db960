import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from "react";
import {
  type LocationFlexibility,
  locationFlexibilities,
  locationFlexibilityLabels,
  type Target,
  targetInputSchema,
} from "../../../domain/profile.js";
import { validate } from "../../../domain/validation.js";
import { Button, buttonClasses } from "../../components/button.js";
import { fieldMessage } from "../../lib/field-message.js";
import { useUpdateTarget } from "./queries.js";

/** A select's value as a flexibility; the options only offer valid ones. */
export function asFlexibility(value: string): LocationFlexibility {
  return locationFlexibilities.find((option) => option === value) ?? "home_base";
}

const smallButton = "px-2.5 py-1 text-[13px]";

interface TargetItemProps {
  target: Target;
  onRemove: (target: Target) => void;
  /** Tells screen readers what happened, e.g. "Renamed …". */
  announce: (message: string) => void;
}

/** One interest or location: its name, rename in place, flexibility for places, remove. */
export function TargetItem({ target, onRemove, announce }: TargetItemProps) {
  const [editing, setEditing] = useState(false);
  const [label, setLabel] = useState(target.label);
  const [error, setError] = useState<string | null>(null);
  const update = useUpdateTarget();
  const inputRef = useRef<HTMLInputElement>(null);
  const renameRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const inputId = `target-${target.id}-label`;
  const flexibilityId = `target-${target.id}-flexibility`;

  useEffect(() => {
    if (editing) inputRef.current?.select();
    else if (returnFocus.current) {
      returnFocus.current = false;
      renameRef.current?.focus();
    }
  }, [editing]);

  function stopEditing() {
    returnFocus.current = true;
    setEditing(false);
    setError(null);
  }

  async function save(draft: { label: string; flexibility: string | null }) {
    const checked = validate(targetInputSchema, { kind: target.kind, ...draft });
    if (!checked.ok) {
      setError(checked.fields.label ?? Object.values(checked.fields)[0] ?? null);
      return false;
    }
    try {
      await update.mutateAsync({ id: target.id, draft: checked.value });
      return true;
    } catch (failure) {
      setError(fieldMessage(failure, "label"));
      return false;
    }
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (label.trim() === target.label) return stopEditing();
    if (await save({ label, flexibility: target.flexibility })) {
      announce(`Renamed “${target.label}” to “${label.trim()}”.`);
      stopEditing();
    } else inputRef.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === "Escape") {
      event.preventDefault();
      setLabel(target.label);
      stopEditing();
    }
  }

  if (editing) {
    return (
      <li className="py-2.5">
        <form onSubmit={onSubmit} className="flex flex-wrap items-start gap-2">
          <div className="min-w-0 flex-1 basis-48">
            <label htmlFor={inputId} className="sr-only">
              New name for “{target.label}”
            </label>
            <input
              id={inputId}
              ref={inputRef}
              value={label}
              onChange={(event) => {
                setLabel(event.target.value);
                setError(null);
              }}
              onKeyDown={onKeyDown}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${inputId}-error` : undefined}
              className={`block w-full rounded-lg border bg-white px-3 py-1.5 text-[15px] shadow-sm focus:outline-2 ${
                error
                  ? "border-red-500 focus:outline-red-600"
                  : "border-slate-300 focus:border-teal-600 focus:outline-teal-600"
              }`}
            />
            {error ? (
              <p id={`${inputId}-error`} className="mt-1 text-sm font-medium text-red-700">
                <span aria-hidden="true">⚠ </span>
                {error}
              </p>
            ) : null}
          </div>
          <div className="flex gap-1.5">
            <Button
              type="submit"
              variant="primary"
              className={smallButton}
              disabled={update.isPending}
            >
              Save
            </Button>
            <Button
              className={smallButton}
              onClick={() => {
                setLabel(target.label);
                stopEditing();
              }}
            >
              Cancel
            </Button>
          </div>
        </form>
      </li>
    );
  }

  return (
    <li className="flex flex-wrap items-center gap-x-2 gap-y-1.5 py-2">
      {/* A place's basis fits it and its flexibility: past that, the buttons wrap below. */}
      <div
        className={`flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1 ${target.kind === "location" ? "grow basis-52" : "flex-1"}`}
      >
        <span className="min-w-0 font-medium break-words text-slate-900">{target.label}</span>
        {target.kind === "location" ? (
          // A visible label, so the select says what it is; its name also says which place.
          <span className="flex items-center gap-1.5">
            <label htmlFor={flexibilityId} className="text-[13px] text-slate-500">
              Flexibility<span className="sr-only"> for {target.label}</span>
            </label>
            <select
              id={flexibilityId}
              value={target.flexibility ?? "home_base"}
              disabled={update.isPending}
              onChange={async (event) => {
                const flexibility = asFlexibility(event.target.value);
                if (await save({ label: target.label, flexibility }))
                  announce(`${target.label}: ${locationFlexibilityLabels[flexibility]}.`);
              }}
              className="rounded-md border border-slate-300 bg-white py-0.5 pr-7 pl-2 text-[13px] text-slate-700 focus:outline-2 focus:outline-teal-600"
            >
              {locationFlexibilities.map((flexibility) => (
                <option key={flexibility} value={flexibility}>
                  {locationFlexibilityLabels[flexibility]}
                </option>
              ))}
            </select>
          </span>
        ) : null}
      </div>
      <span className="flex shrink-0 gap-1">
        <button
          type="button"
          ref={renameRef}
          className={buttonClasses("ghost", smallButton)}
          aria-label={`Rename “${target.label}”`}
          onClick={() => {
            setLabel(target.label);
            setEditing(true);
          }}
        >
          Rename
        </button>
        <Button
          variant="ghost"
          className={`${smallButton} text-red-700 hover:bg-red-50 hover:text-red-800`}
          aria-label={`Remove “${target.label}”`}
          onClick={() => onRemove(target)}
        >
          Remove
        </Button>
      </span>
      {error && !editing ? (
        <p role="alert" className="basis-full text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </li>
  );
}
