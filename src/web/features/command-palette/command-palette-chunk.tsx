import { useRef } from "react";
import { useLocation, useNavigate } from "react-router";
import type { CommandKeys } from "./command-keys.js";
import { CommandPalette } from "./command-palette.js";
import type { CommandAction } from "./commands.js";
import { ShortcutsSheet } from "./shortcuts-sheet.js";

/** Where focus goes once a layer has closed. */
type AfterClose =
  /** Back where it was before the palette opened. */
  | "return"
  /** Nowhere: a new page takes it (the shell focuses its heading), or another layer has it. */
  | "leave"
  /** To the search field. */
  | "search";

/**
 * The palette and the sheet of shortcuts (this module is their chunk). One is open at a time;
 * "Keyboard shortcuts" in the palette swaps one for the other, and focus returns to where it
 * was before either opened.
 */
export function CommandLayers({ keys, onSearch }: { keys: CommandKeys; onSearch: () => void }) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const afterClose = useRef<AfterClose>("return");

  function onCloseAutoFocus(event: Event) {
    event.preventDefault();
    const next = afterClose.current;
    afterClose.current = "return";
    if (next === "search") onSearch();
    else if (next === "return" && keys.returnFocusTo.current?.isConnected) {
      keys.returnFocusTo.current.focus();
    }
  }

  function run(action: Exclude<CommandAction, { kind: "pick-person" }>) {
    switch (action.kind) {
      case "go": {
        const target = new URL(action.to, window.location.origin);
        afterClose.current = target.pathname === pathname ? "return" : "leave";
        keys.close();
        navigate(action.to, { state: action.state });
        break;
      }
      case "shortcuts":
        afterClose.current = "leave";
        keys.open("shortcuts");
        break;
      case "search":
        afterClose.current = "search";
        keys.close();
        break;
    }
  }

  return (
    <>
      <CommandPalette
        open={keys.layer === "palette"}
        onClose={keys.close}
        onRun={run}
        onCloseAutoFocus={onCloseAutoFocus}
      />
      <ShortcutsSheet
        open={keys.layer === "shortcuts"}
        onClose={keys.close}
        onCloseAutoFocus={onCloseAutoFocus}
      />
    </>
  );
}
