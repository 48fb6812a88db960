import { type FormEvent, useEffect, useRef, useState } from "react";
import {
  type LocationFlexibility,
  locationFlexibilities,
  locationFlexibilityLabels,
  type Target,
  type TargetKind,
  targetInputSchema,
} from "../../../domain/profile.js";
import { validate } from "../../../domain/validation.js";
import { counted } from "../../../domain/wording/plural.js";
import { Button } from "../../components/button.js";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { Select, TextInput } from "../../components/field.js";
import { errorMessage } from "../../components/query-state.js";
import { useToast } from "../../components/toast.js";
import { fieldMessage } from "../../lib/field-message.js";
import { useAddTarget, useRemoveTarget, useTargetUsage } from "./queries.js";
import { asFlexibility, TargetItem } from "./settings-target-item.js";

interface KindCopy {
  title: string;
  addLabel: string;
  hint: string;
  placeholder: string;
}

/** Words for each list, with examples in the spirit of METHOD §1. */
const kindCopy: Record<TargetKind, KindCopy> = {
  field: {
    title: "Fields or industries",
    addLabel: "Add a field or industry",
    hint: "Areas of work you are curious about, e.g. environmental law, health care, UX research.",
    placeholder: "e.g. environmental law",
  },
  organization_kind: {
    title: "Kinds of organization",
    addLabel: "Add a kind of organization",
    hint: "Where that work happens, e.g. government agency, private law firm, nonprofit, start-up.",
    placeholder: "e.g. government agency",
  },
  role: {
    title: "Roles",
    addLabel: "Add a role",
    hint: "Jobs you might want one day, e.g. trial attorney, policy researcher, product manager.",
    placeholder: "e.g. trial attorney",
  },
  location: {
    title: "Locations",
    addLabel: "Add a location",
    hint: "Where you live or could move to, and how flexible that is. Conversations close to home are easier to arrange.",
    placeholder: "e.g. Baltimore, MD",
  },
};

export const interestKinds = ["field", "organization_kind", "role", "location"] as const;

function describeUsage(usage: { people: number; organizations: number } | undefined): string {
  const suffix = "Nobody is deleted: only the tag goes.";
  if (!usage)
    return `It is also removed from any people and organizations tagged with it. ${suffix}`;
  const parts = [
    usage.people > 0 ? counted(usage.people, { one: "person", other: "people" }) : null,
    usage.organizations > 0
      ? counted(usage.organizations, { one: "organization", other: "organizations" })
      : null,
  ].filter(Boolean);
  if (parts.length === 0)
    return "No people or organizations are tagged with it yet, so nothing else changes.";
  return `It is also removed from the ${parts.join(" and ")} tagged with it. ${suffix}`;
}

interface TargetListProps {
  kind: TargetKind;
  targets: Target[];
  onRemove: (target: Target) => void;
}

/** One list (say, Roles): what is on it, and a one-line form to add more. */
function TargetList({ kind, targets, onRemove }: TargetListProps) {
  const copy = kindCopy[kind];
  const [label, setLabel] = useState("");
  const [flexibility, setFlexibility] = useState<LocationFlexibility>("home_base");
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState("");
  const add = useAddTarget();
  const inputId = `add-${kind}`;
  const headingId = `${kind}-heading`;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(targetInputSchema, { kind, label, flexibility });
    if (!checked.ok) {
      setError(checked.fields.label ?? Object.values(checked.fields)[0]);
      document.getElementById(inputId)?.focus();
      return;
    }
    // Clear at once so the next one can be typed while this one saves.
    const typed = label;
    setLabel("");
    document.getElementById(inputId)?.focus();
    try {
      await add.mutateAsync(checked.value);
      setStatus(`Added “${checked.value.label}”.`);
    } catch (failure) {
      setLabel((current) => (current === "" ? typed : current));
      setError(fieldMessage(failure, "label"));
      document.getElementById(inputId)?.focus();
    }
  }

  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col rounded-xl border border-slate-200 bg-white p-4 sm:p-5"
    >
      <h3 id={headingId} className="font-semibold text-slate-900">
        {copy.title}
      </h3>
      {targets.length > 0 ? (
        <ul className="mt-1 divide-y divide-slate-100">
          {targets.map((target) => (
            <TargetItem key={target.id} target={target} onRemove={onRemove} announce={setStatus} />
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-slate-500">None yet.</p>
      )}
      <form onSubmit={onSubmit} className="pt-4" noValidate>
        <div className="flex flex-wrap items-end gap-2">
          <TextInput
            id={inputId}
            label={copy.addLabel}
            hint={copy.hint}
            error={error}
            value={label}
            placeholder={copy.placeholder}
            autoComplete="off"
            onChange={(event) => {
              setLabel(event.target.value);
              setError(undefined);
            }}
            className={`min-w-0 flex-1 ${kind === "location" ? "basis-full" : "basis-40"}`}
          />
          {kind === "location" ? (
            <Select
              id="add-location-flexibility"
              label="Flexibility"
              value={flexibility}
              onChange={(event) => setFlexibility(asFlexibility(event.target.value))}
              className="flex-1 basis-40"
            >
              {locationFlexibilities.map((option) => (
                <option key={option} value={option}>
                  {locationFlexibilityLabels[option]}
                </option>
              ))}
            </Select>
          ) : null}
          <Button
            type="submit"
            className={`min-h-[42px] ${error && kind !== "location" ? "mb-7" : ""}`}
          >
            Add
          </Button>
        </div>
      </form>
      <p role="status" className="sr-only">
        {status}
      </p>
    </section>
  );
}

/** Every interest list and the locations, with one shared "remove?" question. */
export function TargetEditor({
  targets,
  kinds = interestKinds,
}: {
  targets: Target[];
  kinds?: readonly TargetKind[];
}) {
  const [removing, setRemoving] = useState<Target | null>(null);
  const usage = useTargetUsage(removing?.id ?? null);
  const remove = useRemoveTarget();
  const { showToast } = useToast();
  const lastRemoved = useRef<TargetKind | null>(null);

  // The removed row's button is gone, so focus lands in that list's "Add" field instead.
  useEffect(() => {
    const kind = lastRemoved.current;
    if (removing !== null || kind === null) return;
    lastRemoved.current = null;
    const timer = window.setTimeout(() => document.getElementById(`add-${kind}`)?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, [removing]);

  async function confirmRemove() {
    if (!removing) return;
    try {
      await remove.mutateAsync(removing.id);
      lastRemoved.current = removing.kind;
      showToast({ message: `Removed “${removing.label}”.`, duration: 5000 });
      setRemoving(null);
    } catch (failure) {
      showToast({
        message: `Could not remove “${removing.label}”: ${errorMessage(failure)}`,
        tone: "error",
      });
    }
  }

  return (
    <>
      <div className="grid items-start gap-4 lg:grid-cols-2">
        {kinds.map((kind) => (
          <TargetList
            key={kind}
            kind={kind}
            targets={targets.filter((target) => target.kind === kind)}
            onRemove={setRemoving}
          />
        ))}
      </div>
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => {
          if (!open) setRemoving(null);
        }}
        title={`Remove “${removing?.label ?? ""}”?`}
        description={describeUsage(usage.data)}
        confirmLabel="Remove"
        pendingLabel="Removing…"
        pending={remove.isPending}
        onConfirm={() => void confirmRemove()}
      />
    </>
  );
}
