import { useId } from "react";

/**
 * One choice of a few as radio pills (Compare's dimension, Effort's "Group people by"):
 * native radios, so arrow keys move the choice and a screen reader hears a radio group.
 */
export function ChoicePills<Choice extends string>({
  legend,
  choices,
  labels,
  value,
  onChange,
  className = "",
}: {
  legend: string;
  choices: readonly Choice[];
  labels: Record<Choice, string>;
  value: Choice;
  onChange: (choice: Choice) => void;
  className?: string;
}) {
  const id = useId();
  return (
    <fieldset className={className}>
      <legend className="mb-2 text-sm font-medium text-slate-800">{legend}</legend>
      <div className="flex flex-wrap gap-2">
        {choices.map((each) => (
          <label
            key={each}
            className="relative flex min-h-11 cursor-pointer items-center rounded-full px-4 text-sm font-semibold ring-1 ring-slate-300 has-checked:bg-teal-700 has-checked:text-white has-checked:ring-teal-700 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-teal-600"
          >
            <input
              type="radio"
              name={`${id}-choice`}
              value={each}
              checked={each === value}
              onChange={() => onChange(each)}
              className="absolute inset-0 cursor-pointer appearance-none rounded-full"
            />
            {labels[each]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
