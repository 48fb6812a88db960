import { lazy, Suspense, useState } from "react";
import type { CommandKeys } from "./command-keys.js";
import { paletteKeysLabel } from "./shortcuts.js";

const loadLayers = () => import("./command-palette-chunk.js");
// The palette and the sheet are their own chunk, fetched the first time either opens (or the
// header button is pointed at), so Today's first load carries only the key listener.
const CommandLayers = lazy(async () => ({ default: (await loadLayers()).CommandLayers }));

/** Where the palette and the sheet of shortcuts are drawn, once first asked for. */
export function CommandLayer({ keys, onSearch }: { keys: CommandKeys; onSearch: () => void }) {
  const [wanted, setWanted] = useState(false);
  if (keys.layer !== null && !wanted) setWanted(true);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <CommandLayers keys={keys} onSearch={onSearch} />
    </Suspense>
  );
}

const BoltIcon = () => (
  <svg
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth={1.75}
    strokeLinejoin="round"
    aria-hidden="true"
    className="size-5 shrink-0"
  >
    <path d="M13.5 3 5.5 13.5h6L10.5 21l8-10.5h-6l1-7.5Z" />
  </svg>
);

/**
 * The header's way into the palette: on a wide screen it says its keys; on a phone, where
 * there is no keyboard, it is the only way in.
 */
export function CommandsButton({ keys, compact }: { keys: CommandKeys; compact: boolean }) {
  const preload = () => void loadLayers();
  return (
    <button
      type="button"
      aria-haspopup="dialog"
      aria-keyshortcuts="Control+K Meta+K"
      aria-label={compact ? "Commands" : undefined}
      title={compact ? "Commands" : undefined}
      onClick={() => keys.open("palette")}
      onPointerEnter={preload}
      onFocus={preload}
      className={
        compact
          ? "flex items-center rounded-lg px-2.5 py-2 text-slate-700 hover:bg-slate-100"
          : "flex shrink-0 items-center gap-2 rounded-lg px-3 py-2.5 text-sm font-medium text-slate-700 ring-1 ring-slate-300 ring-inset hover:bg-slate-50"
      }
    >
      <BoltIcon />
      {compact ? null : (
        <>
          Commands
          <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 font-sans text-xs text-slate-600">
            {paletteKeysLabel()}
          </kbd>
        </>
      )}
    </button>
  );
}
