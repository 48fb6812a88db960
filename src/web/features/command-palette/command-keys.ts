import { type RefObject, useCallback, useEffect, useRef, useState } from "react";
import { useNavigate } from "react-router";
import { singleKeyShortcutsOn } from "./shortcut-preference.js";
import { type PendingKeys, readKey } from "./shortcut-sequence.js";
import { shortcutBindings, shortcuts } from "./shortcuts.js";

/** What the keyboard layer shows: the palette, the sheet of shortcuts, or nothing. */
export type CommandLayerName = "palette" | "shortcuts";

export interface CommandKeys {
  layer: CommandLayerName | null;
  /** Opens the palette or the sheet; from nothing open, remembers where focus was. */
  open: (layer: CommandLayerName) => void;
  close: () => void;
  /** Where focus goes back to when the layer closes without leaving the page. */
  returnFocusTo: RefObject<HTMLElement | null>;
}

/** The marker on the palette's and the sheet's dialogs, so keys know they are ours. */
export const commandLayerAttribute = "data-command-layer";

const textInputTypes = new Set([
  "text",
  "search",
  "email",
  "url",
  "tel",
  "password",
  "number",
  "date",
  "datetime-local",
  "time",
  "month",
  "week",
]);

/** Whether a key pressed here is someone typing (a plain key must not be taken from them). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && textInputTypes.has(target.type);
}

const openDialog = () => document.querySelector('[role="dialog"], [role="alertdialog"]');

/**
 * The shell's key listener: Ctrl+K / ⌘K toggles the palette from anywhere (also in a field);
 * the plain keys of `shortcuts` work when nothing is being typed and no dialog is open.
 * `onSearch` is what "/" does: focus the search field, or open it on a phone.
 */
export function useCommandKeys(onSearch: () => void): CommandKeys {
  const navigate = useNavigate();
  const [layer, setLayer] = useState<CommandLayerName | null>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const pending = useRef<PendingKeys | null>(null);

  // The layer as the listener sees it between renders.
  const shown = useRef<CommandLayerName | null>(null);

  const open = useCallback((next: CommandLayerName) => {
    if (shown.current === null) {
      const focused = document.activeElement;
      returnFocusTo.current =
        focused instanceof HTMLElement && focused !== document.body ? focused : null;
    }
    shown.current = next;
    setLayer(next);
  }, []);
  const close = useCallback(() => {
    shown.current = null;
    setLayer(null);
  }, []);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.isComposing || event.defaultPrevented) return;
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey) {
        if (event.key.toLowerCase() !== "k") return;
        const dialog = openDialog();
        // Another dialog keeps the keyboard; the palette's own keys close it again.
        if (dialog && !dialog.hasAttribute(commandLayerAttribute)) return;
        event.preventDefault();
        if (shown.current === "palette") close();
        else open("palette");
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      if (isTyping(event.target) || openDialog() || !singleKeyShortcutsOn()) return;
      const reading = readKey(shortcutBindings, pending.current, event.key, event.timeStamp);
      pending.current = reading.pending;
      if (!reading.consumed) return;
      // A field of the page's own that "/" goes to (the People filter) keeps the key.
      if (
        reading.matched === "search" &&
        document.querySelector('[aria-keyshortcuts="/"]:not(#global-search)')
      ) {
        return;
      }
      event.preventDefault();
      if (reading.matched === "help") open("shortcuts");
      else if (reading.matched === "search") onSearch();
      else {
        const to = shortcuts.find((shortcut) => shortcut.id === reading.matched)?.to;
        if (to) navigate(to);
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [navigate, onSearch, open, close]);

  return { layer, open, close, returnFocusTo };
}
