/**
 * Whether the plain-key shortcuts (?, /, g t…) are on. WCAG 2.1.4 asks that shortcuts of one
 * character can be turned off: speech input can "type" them by accident. Kept on this
 * device only, like other display choices; on unless turned off.
 */

const storageKey = "rapport.single-key-shortcuts";
const listeners = new Set<() => void>();
// Where the choice lives when the browser refuses storage: until the page reloads.
let unsaved: boolean | null = null;

export function singleKeyShortcutsOn(): boolean {
  if (unsaved !== null) return unsaved;
  try {
    return window.localStorage.getItem(storageKey) !== "off";
  } catch {
    return true;
  }
}

export function setSingleKeyShortcuts(on: boolean) {
  try {
    if (on) window.localStorage.removeItem(storageKey);
    else window.localStorage.setItem(storageKey, "off");
  } catch {
    unsaved = on;
  }
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore: told when the setting changes on this page. */
export function subscribeToShortcutSetting(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
