import * as Dialog from "@radix-ui/react-dialog";
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import { useLocation } from "react-router";
import { counted } from "../../../domain/wording/plural.js";
import { errorMessage } from "../../components/query-state.js";
import { commandLayerAttribute } from "./command-keys.js";
import { type CommandAction, paletteCommands } from "./commands.js";
import { KeysLabel } from "./keys-label.js";
import { type PaletteOption, paletteSections } from "./palette-options.js";
import { nameLookupMinLength, useNamedRecords } from "./palette-people.js";

type PickPerson = Extract<CommandAction, { kind: "pick-person" }>;

interface CommandPaletteProps {
  open: boolean;
  onClose: () => void;
  /** Runs a chosen option; the layer closes or changes as the action needs. */
  onRun: (action: Exclude<CommandAction, PickPerson>) => void;
  onCloseAutoFocus: (event: Event) => void;
}

const countLabel = (count: number) => counted(count, { one: "result", other: "results" });

/**
 * The command palette: a text box over a list of commands, people and organizations. Typing
 * filters (words in any order); Up/Down move (round the end), Enter runs the highlighted
 * option, Escape closes. Enter pressed while names are still being looked up runs once they
 * arrive, so a fast "maya⏎" opens Maya rather than a loose command match.
 */
export function CommandPalette({ open, onClose, onRun, onCloseAutoFocus }: CommandPaletteProps) {
  return (
    <Dialog.Root open={open} onOpenChange={(next) => (next ? undefined : onClose())}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40 backdrop-blur-[1px]" />
        <Dialog.Content
          {...{ [commandLayerAttribute]: "" }}
          aria-describedby={undefined}
          onCloseAutoFocus={onCloseAutoFocus}
          className="fixed top-3 left-1/2 z-50 flex max-h-[calc(100dvh-1.5rem)] w-[calc(100vw-1.5rem)] max-w-xl -translate-x-1/2 flex-col overflow-hidden rounded-2xl bg-white shadow-2xl ring-1 ring-slate-900/10 sm:top-[12vh] sm:max-h-[min(34rem,76vh)]"
        >
          <Dialog.Title className="sr-only">Commands</Dialog.Title>
          <PaletteBody onRun={onRun} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function PaletteBody({ onRun }: Pick<CommandPaletteProps, "onRun">) {
  const { pathname } = useLocation();
  const commands = useMemo(() => paletteCommands(pathname), [pathname]);
  const listboxId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [picking, setPicking] = useState<PickPerson | null>(null);
  const [active, setActive] = useState(0);
  const [enterWaiting, setEnterWaiting] = useState(false);
  const named = useNamedRecords(query);
  const sections = paletteSections(commands, query, named, picking);
  const options = sections.flatMap((section) => section.options);
  const optionId = (index: number) => `${listboxId}-${index}`;
  const typed = query.trim();

  // A new list: the first option is highlighted again.
  const listKey = options.map((option) => option.id).join("|");
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset whenever the list changes
  useEffect(() => setActive(0), [listKey]);
  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView({ block: "nearest" });
  });

  function choose(option: PaletteOption | undefined) {
    if (!option) return;
    if (option.action.kind === "pick-person") {
      setPicking(option.action);
      setQuery("");
      inputRef.current?.focus();
      return;
    }
    onRun(option.action);
  }

  // Enter while names are on their way: choose once they are in.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the answer arrives
  useEffect(() => {
    if (!enterWaiting || !named.settled) return;
    setEnterWaiting(false);
    choose(options[active]);
  }, [enterWaiting, named.settled]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = options.length;
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (count > 0) setActive((current) => (current + 1) % count);
        break;
      case "ArrowUp":
        event.preventDefault();
        if (count > 0) setActive((current) => (current - 1 + count) % count);
        break;
      case "Enter":
        event.preventDefault();
        if (named.settled) choose(options[active]);
        else setEnterWaiting(true);
        break;
      case "Backspace":
        // Back from "for whom?" to every command.
        if (picking && query === "") {
          event.preventDefault();
          setPicking(null);
        }
        break;
    }
  }

  let status: string;
  if (named.error) status = `Could not look up names: ${errorMessage(named.error)}`;
  else if (picking && typed.length < nameLookupMinLength) status = "Type a name";
  else if (!named.settled && options.length === 0) status = `Looking for “${typed}”…`;
  else if (options.length > 0) status = countLabel(options.length);
  else if (picking) status = `No one is named “${typed}”`;
  else status = `No command matches “${typed}”`;
  const showStatus = options.length === 0 || Boolean(named.error);

  let index = -1;
  return (
    <>
      <div className="flex items-center gap-2 border-b border-slate-200 px-4">
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth={2}
          className="size-5 shrink-0 text-slate-400"
        >
          <circle cx="11" cy="11" r="6.5" />
          <path d="m16 16 4 4" strokeLinecap="round" />
        </svg>
        {picking ? (
          <span className="shrink-0 rounded-md bg-teal-50 px-2 py-0.5 text-sm font-medium text-teal-800">
            {picking.question}
          </span>
        ) : null}
        <input
          ref={inputRef}
          type="text"
          role="combobox"
          aria-label={picking ? picking.question : "Type a command or a name"}
          aria-expanded={options.length > 0}
          aria-controls={listboxId}
          aria-autocomplete="list"
          aria-activedescendant={options.length > 0 ? optionId(active) : undefined}
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="go"
          placeholder={picking ? "Their name…" : "Type a command or a name…"}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
          className="min-w-0 flex-1 bg-transparent py-4 text-base text-slate-900 outline-none placeholder:text-slate-500"
        />
        {/* No Esc key on a phone: there the button says what it does. */}
        <Dialog.Close className="shrink-0 rounded-md px-2 py-1 text-xs font-semibold text-slate-600 ring-1 ring-slate-300 ring-inset hover:bg-slate-50">
          <span className="sm:hidden">Close</span>
          <span className="hidden sm:inline">
            Esc<span className="sr-only"> to close</span>
          </span>
        </Dialog.Close>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto p-2">
        <div id={listboxId} role="listbox" aria-label="Commands and names">
          {sections.map((section, sectionIndex) => (
            // A listbox's groups must be role="group" elements; a fieldset is for form fields.
            // biome-ignore lint/a11y/useSemanticElements: see above
            <div
              key={section.heading}
              role="group"
              aria-labelledby={`${listboxId}-group-${sectionIndex}`}
            >
              <div
                id={`${listboxId}-group-${sectionIndex}`}
                role="presentation"
                className="px-3 pt-3 pb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase"
              >
                {section.heading}
              </div>
              {section.options.map((option) => {
                index += 1;
                const at = index;
                return (
                  <PaletteRow
                    key={option.id}
                    id={optionId(at)}
                    option={option}
                    active={at === active}
                    onPoint={() => setActive(at)}
                    onChoose={() => choose(option)}
                  />
                );
              })}
            </div>
          ))}
        </div>
        <p
          role="status"
          className={showStatus ? "px-3 py-6 text-center text-sm text-slate-600" : "sr-only"}
        >
          {status}
        </p>
      </div>
      <p className="hidden border-t border-slate-200 px-4 py-2 text-xs text-slate-600 sm:block">
        ↑ ↓ to move · Enter to choose · Esc to close
        {picking ? " · Backspace to go back" : ""}
      </p>
    </>
  );
}

interface PaletteRowProps {
  id: string;
  option: PaletteOption;
  active: boolean;
  onPoint: () => void;
  onChoose: () => void;
}

function PaletteRow({ id, option, active, onPoint, onChoose }: PaletteRowProps) {
  return (
    // Keys go through the text box (aria-activedescendant); a click or tap chooses.
    // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys
    <div
      id={id}
      role="option"
      tabIndex={-1}
      aria-selected={active}
      onMouseDown={(event) => event.preventDefault()}
      onMouseMove={onPoint}
      onClick={onChoose}
      className={`flex cursor-pointer items-center gap-3 rounded-lg px-3 py-2.5 ${
        active ? "bg-teal-50 ring-1 ring-teal-600/30 ring-inset" : ""
      }`}
    >
      <div className="min-w-0 flex-1">
        <span className="font-medium break-words text-slate-900">{option.label}</span>
        {option.detail ? <p className="truncate text-sm text-slate-600">{option.detail}</p> : null}
      </div>
      {option.keys ? (
        <span className="hidden sm:inline-flex">
          <span className="sr-only">, keys </span>
          <KeysLabel keys={option.keys} />
        </span>
      ) : null}
    </div>
  );
}
