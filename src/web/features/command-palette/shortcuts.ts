import type { KeyBinding } from "./shortcut-sequence.js";

/**
 * The app's own keyboard shortcuts. Ctrl+K (⌘K on a Mac) opens the command palette from
 * anywhere; the rest are plain keys, read only when the focus is not in a text field, so
 * they never take a letter someone is typing. None is a key browsers or screen readers
 * keep for themselves with no modifier in the page's focus mode.
 */

export type ShortcutId =
  | "help"
  | "search"
  | "go-today"
  | "go-people"
  | "go-organizations"
  | "go-conversations"
  | "go-trips"
  | "go-insights"
  | "go-settings"
  | "new-person"
  | "new-organization";

export interface Shortcut {
  id: ShortcutId;
  /** The keys in order, separated by spaces: "g t" is g, then t. */
  keys: string;
  label: string;
  /** The page it opens, for those that open one. */
  to?: string;
}

export const shortcuts: readonly Shortcut[] = [
  { id: "help", keys: "?", label: "Keyboard shortcuts" },
  { id: "search", keys: "/", label: "Search everything" },
  { id: "go-today", keys: "g t", label: "Go to Today", to: "/today" },
  { id: "go-people", keys: "g p", label: "Go to People", to: "/people" },
  { id: "go-organizations", keys: "g o", label: "Go to Organizations", to: "/organizations" },
  { id: "go-conversations", keys: "g c", label: "Go to Conversations", to: "/conversations" },
  { id: "go-trips", keys: "g r", label: "Go to Trips", to: "/trips" },
  { id: "go-insights", keys: "g i", label: "Go to Insights", to: "/insights" },
  { id: "go-settings", keys: "g s", label: "Go to Settings", to: "/settings" },
  { id: "new-person", keys: "n p", label: "Add person", to: "/people/new" },
  { id: "new-organization", keys: "n o", label: "Add organization", to: "/organizations/new" },
];

export const shortcutBindings: readonly KeyBinding<ShortcutId>[] = shortcuts.map((shortcut) => ({
  id: shortcut.id,
  keys: shortcut.keys.split(" "),
}));

/** Whether this is an Apple computer, whose keyboards say ⌘ where others say Ctrl. */
export const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** The palette's own keys as this computer names them. */
export const paletteKeysLabel = () => (isMac() ? "⌘K" : "Ctrl K");
