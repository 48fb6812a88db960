import * as Dialog from "@radix-ui/react-dialog";
import { type ReactNode, useId, useSyncExternalStore } from "react";
import { Button } from "../../components/button.js";
import { commandLayerAttribute } from "./command-keys.js";
import { ChordLabel, KeysLabel } from "./keys-label.js";
import {
  setSingleKeyShortcuts,
  singleKeyShortcutsOn,
  subscribeToShortcutSetting,
} from "./shortcut-preference.js";
import { isMac, paletteKeysLabel, shortcuts } from "./shortcuts.js";

/** Keys that belong to one page or one control, listed here so they can be found. */
const pageKeys: [keys: ReactNode, does: string][] = [
  [<KeysLabel key="slash" keys="/" />, "People: filter the list"],
  [<KeysLabel key="digits" keys="1 2 3 4" />, "A call: choose how it went"],
  [<ChordLabel key="enter" keys={[isMac() ? "⌘" : "Ctrl", "Enter"]} />, "A log entry: add it"],
  [<ChordLabel key="alt" keys={["Alt", "↑ ↓"]} />, "Prepare: move a question up or down"],
  [<KeysLabel key="space" keys="Space" />, "Pitch practice: start and stop"],
  [<KeysLabel key="f8" keys="F8" />, "Go to the newest notification"],
  [<KeysLabel key="esc" keys="Esc" />, "Close a dialog or a menu"],
];

function KeyRows({ rows }: { rows: [ReactNode, string][] }) {
  return (
    <dl className="grid grid-cols-[minmax(6rem,auto)_1fr] items-center gap-x-4 gap-y-2.5">
      {rows.map(([keys, does]) => (
        <div key={does} className="contents">
          <dt className="flex">{keys}</dt>
          <dd className="text-sm text-slate-700">{does}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The `?` sheet: every keyboard shortcut, and the switch for the one-key ones. */
export function ShortcutsSheet({
  open,
  onClose,
  onCloseAutoFocus,
}: {
  open: boolean;
  onClose: () => void;
  onCloseAutoFocus: (event: Event) => void;
}) {
  const switchId = useId();
  const on = useSyncExternalStore(subscribeToShortcutSetting, singleKeyShortcutsOn);
  const anywhere: [ReactNode, string][] = [
    [
      <ChordLabel key="palette" keys={isMac() ? ["⌘", "K"] : ["Ctrl", "K"]} />,
      "Open the command palette",
    ],
    ...shortcuts.map((shortcut): [ReactNode, string] => [
      <KeysLabel key={shortcut.id} keys={shortcut.keys} />,
      shortcut.id === "search" ? "Search everything" : shortcut.label,
    ]),
  ];

  return (
    <Dialog.Root open={open} onOpenChange={(next) => (next ? undefined : onClose())}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40 backdrop-blur-[1px]" />
        <Dialog.Content
          {...{ [commandLayerAttribute]: "" }}
          onCloseAutoFocus={onCloseAutoFocus}
          className="fixed top-1/2 left-1/2 z-50 flex max-h-[calc(100dvh-1.5rem)] w-[calc(100vw-1.5rem)] max-w-2xl -translate-x-1/2 -translate-y-1/2 flex-col rounded-2xl bg-white shadow-2xl ring-1 ring-slate-900/10"
        >
          <div className="flex items-start justify-between gap-4 border-b border-slate-200 px-6 py-4">
            <div>
              <Dialog.Title className="text-lg font-semibold text-slate-900">
                Keyboard shortcuts
              </Dialog.Title>
              <Dialog.Description className="mt-1 text-sm text-slate-600">
                The one-key shortcuts work when you are not typing in a field.
              </Dialog.Description>
            </div>
            <Dialog.Close asChild>
              <Button variant="secondary">Close</Button>
            </Dialog.Close>
          </div>
          <div className="min-h-0 overflow-y-auto px-6 py-5">
            <div className="grid gap-8 sm:grid-cols-2">
              <section aria-labelledby={`${switchId}-anywhere`}>
                <h3
                  id={`${switchId}-anywhere`}
                  className="mb-3 text-sm font-semibold text-slate-900"
                >
                  Anywhere
                </h3>
                <KeyRows rows={anywhere} />
              </section>
              <section aria-labelledby={`${switchId}-pages`}>
                <h3 id={`${switchId}-pages`} className="mb-3 text-sm font-semibold text-slate-900">
                  On some pages
                </h3>
                <KeyRows rows={pageKeys} />
              </section>
            </div>
            <div className="mt-6 flex items-start gap-3 rounded-xl bg-slate-50 p-4 ring-1 ring-slate-200 ring-inset">
              <input
                id={switchId}
                type="checkbox"
                checked={on}
                onChange={(event) => setSingleKeyShortcuts(event.target.checked)}
                className="mt-1 size-4 accent-teal-700"
              />
              <label htmlFor={switchId} className="text-sm text-slate-700">
                <span className="font-medium text-slate-900">Use one-key shortcuts</span> (?, / and
                the “g t” kind). Turn them off if speech input or another tool presses them by
                accident; {paletteKeysLabel()} still opens the palette, and this list is in it.
              </label>
            </div>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
