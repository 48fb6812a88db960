import { targetKindLabels } from "../../../domain/profile.js";
import { useTargets } from "../settings/index.js";
import type { PeopleSearch } from "./people-search-params.js";

/**
 * Interests and locations as toggle chips (checkboxes underneath): people tagged with every
 * chosen one are shown. Nothing is shown until the explorer has added some in Settings.
 */
export function TargetFilter({ search }: { search: PeopleSearch }) {
  const targets = useTargets();
  const list = targets.data ?? [];
  if (list.length === 0) return null;
  const chosen = search.query.targetIds ?? [];
  return (
    <fieldset className="sm:col-span-2 lg:col-span-full">
      <legend className="text-sm font-medium text-slate-800">
        Interests and locations
        <span className="font-normal text-slate-500"> · people tagged with all you pick</span>
      </legend>
      <div className="mt-1.5 flex flex-wrap gap-2">
        {list.map((target) => (
          <label key={target.id} className="group relative">
            <input
              type="checkbox"
              checked={chosen.includes(target.id)}
              onChange={() => search.toggleTarget(target.id)}
              className="peer sr-only"
            />
            <span className="flex cursor-pointer items-center gap-1.5 rounded-full bg-white px-3 py-1 text-sm text-slate-700 ring-1 ring-slate-300 transition-colors ring-inset hover:bg-slate-50 peer-checked:bg-teal-50 peer-checked:font-medium peer-checked:text-teal-900 peer-checked:ring-teal-600 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-teal-600">
              <span aria-hidden="true" className="hidden text-teal-700 group-has-checked:inline">
                ✓
              </span>
              {target.label}
              <span className="sr-only"> ({targetKindLabels[target.kind]})</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
