import { useMemo, useSyncExternalStore } from "react";

/** Settings → Appearance: follow the system's setting, or always light, or always dark. */
export type ThemeChoice = "system" | "light" | "dark";

export const themeChoiceLabels: Record<ThemeChoice, string> = {
  system: "System",
  light: "Light",
  dark: "Dark",
};

// Kept in this browser's localStorage, not in the profile on the server: it belongs to the
// device (a phone in daylight, a laptop at night), and /theme.js must read it synchronously
// before the first paint, with no request and without a connection. public/theme.js reads
// the same key; keep the two in step.
const storageKey = "rapport-theme";

const listeners = new Set<() => void>();

function readStored(): ThemeChoice {
  try {
    const stored = localStorage.getItem(storageKey);
    return stored === "light" || stored === "dark" ? stored : "system";
  } catch {
    return "system";
  }
}

function applyToPage(choice: ThemeChoice) {
  const root = document.documentElement;
  // All at once: without this, buttons and links with a colour transition would fade into the
  // new theme a moment after everything else has changed (styles.css, [data-theme-switching]).
  root.dataset.themeSwitching = "";
  if (choice === "system") delete root.dataset.theme;
  else root.dataset.theme = choice;
  // Read a style, so the new theme is worked out now, while transitions are off.
  getComputedStyle(root).color;
  requestAnimationFrame(() => {
    delete root.dataset.themeSwitching;
  });
}

/** Saves the choice on this device and shows it at once (other tabs follow via /theme.js). */
export function chooseTheme(choice: ThemeChoice) {
  try {
    if (choice === "system") localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, choice);
  } catch {
    // Storage refused: the choice holds for this page only.
  }
  applyToPage(choice);
  for (const listener of listeners) listener();
}

function subscribeToChoice(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === storageKey || event.key === null) listener();
  };
  addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    removeEventListener("storage", onStorage);
  };
}

/** The theme chosen on this device, kept current when it changes here or in another tab. */
export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(subscribeToChoice, readStored);
}

const systemDark = () => matchMedia("(prefers-color-scheme: dark)");

function shownTheme(): "light" | "dark" {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === "light" || chosen === "dark") return chosen;
  return systemDark().matches ? "dark" : "light";
}

function subscribeToShown(listener: () => void) {
  const observer = new MutationObserver(listener);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  const media = systemDark();
  media.addEventListener("change", listener);
  return () => {
    observer.disconnect();
    media.removeEventListener("change", listener);
  };
}

/** The theme on screen now: the choice, or the system's setting when there is none. */
export function useShownTheme(): "light" | "dark" {
  return useSyncExternalStore(subscribeToShown, shownTheme);
}

export interface ThemeColours {
  theme: "light" | "dark";
  /** A palette colour as this theme defines it, e.g. `of("teal-700")`. */
  of: (name: string) => string;
  /** A uPlot axis: labels in slate-600, grid and ticks in slate-200. */
  axis: () => { stroke: string; grid: { stroke: string }; ticks: { stroke: string } };
}

/**
 * The palette's colours for what styles.css cannot colour (a chart drawn on a canvas): a new
 * object whenever the theme on screen changes, so an effect that draws with it draws again.
 */
export function useThemeColours(): ThemeColours {
  const theme = useShownTheme();
  return useMemo(() => {
    const of = (name: string) =>
      getComputedStyle(document.documentElement).getPropertyValue(`--color-${name}`).trim();
    return {
      theme,
      of,
      axis: () => {
        const line = of("slate-200");
        return { stroke: of("slate-600"), grid: { stroke: line }, ticks: { stroke: line } };
      },
    };
  }, [theme]);
}
