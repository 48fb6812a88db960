import { useId } from "react";
import {
  chooseTheme,
  type ThemeChoice,
  themeChoiceLabels,
  useThemeChoice,
} from "../../lib/theme.js";

const choices: readonly ThemeChoice[] = ["system", "light", "dark"];

const hints: Record<ThemeChoice, string> = {
  system: "Light or dark as this device is set, changing when it does.",
  light: "Always light.",
  dark: "Always dark.",
};

/** Settings → Appearance: the theme on this device, as native radios (arrow keys move it). */
export function AppearanceSection() {
  const id = useId();
  const choice = useThemeChoice();
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
      <fieldset aria-describedby={`${id}-hint`}>
        <legend className="mb-2 font-medium text-slate-900">Theme</legend>
        <div className="inline-flex flex-wrap gap-1 rounded-full bg-slate-100 p-1">
          {choices.map((each) => (
            <label
              key={each}
              className="relative flex min-h-10 cursor-pointer items-center rounded-full px-4 text-sm font-semibold text-slate-700 hover:text-slate-900 has-checked:bg-teal-700 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-teal-600"
            >
              <input
                type="radio"
                name={`${id}-theme`}
                value={each}
                checked={each === choice}
                onChange={() => chooseTheme(each)}
                className="absolute inset-0 cursor-pointer appearance-none rounded-full"
              />
              {themeChoiceLabels[each]}
            </label>
          ))}
        </div>
        <p id={`${id}-hint`} className="mt-2 text-sm text-slate-600">
          {hints[choice]} Remembered on this device only.
        </p>
      </fieldset>
    </div>
  );
}
