import { Link } from "react-router";
import {
  type Target,
  type TargetKind,
  targetKindLabels,
  targetKinds,
} from "../../../domain/profile.js";
import { useTargets } from "./queries.js";

interface TargetCheckboxesProps {
  idPrefix: string;
  /** "this person", "this organization": who is being tagged, for the hint. */
  subject: string;
  value: string[];
  onChange: (targetIds: string[]) => void;
  className?: string;
}

/**
 * The explorer's interests and locations as checkboxes, grouped by kind. With none yet,
 * only a pointer to Settings is shown.
 */
export function TargetCheckboxes({
  idPrefix,
  subject,
  value,
  onChange,
  className = "",
}: TargetCheckboxesProps) {
  const targets = useTargets();
  const list = targets.data ?? [];
  if (targets.isPending) return null;
  if (list.length === 0) {
    return (
      <p className={`text-sm text-slate-500 ${className}`}>
        Tag {subject} with your interests and locations once you{" "}
        <Link to="/settings" className="font-medium text-teal-700 hover:underline">
          add them in Settings
        </Link>
        .
      </p>
    );
  }

  const groups = targetKinds
    .map((kind): [TargetKind, Target[]] => [kind, list.filter((target) => target.kind === kind)])
    .filter(([, targets]) => targets.length > 0);

  function toggle(id: string, checked: boolean) {
    onChange(checked ? [...value, id] : value.filter((chosen) => chosen !== id));
  }

  return (
    <fieldset className={className} aria-describedby={`${idPrefix}-targets-hint`}>
      <legend className="text-sm font-medium text-slate-800">Interests and locations</legend>
      <p id={`${idPrefix}-targets-hint`} className="mt-0.5 text-sm text-slate-500">
        Which of what you are exploring {subject} can tell you about.{" "}
        <Link to="/settings" className="font-medium text-teal-700 hover:underline">
          Edit the list in Settings
        </Link>
      </p>
      <div className="mt-2 grid gap-x-6 gap-y-3 sm:grid-cols-2">
        {groups.map(([kind, targets]) => (
          <div key={kind}>
            <p className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
              {targetKindLabels[kind]}
            </p>
            <ul className="mt-1 flex flex-col gap-1">
              {targets.map((target) => (
                <li key={target.id}>
                  <label className="flex cursor-pointer items-center gap-2 rounded-md py-0.5 text-[15px] text-slate-800">
                    <input
                      type="checkbox"
                      checked={value.includes(target.id)}
                      onChange={(event) => toggle(target.id, event.target.checked)}
                      className="size-4 rounded border-slate-300 accent-teal-700"
                    />
                    {target.label}
                  </label>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
