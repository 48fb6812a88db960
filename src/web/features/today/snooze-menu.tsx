import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { buttonClasses } from "../../components/button.js";

export interface SnoozeMenuItem {
  id: string;
  label: string;
  /** When it comes back, e.g. "Tue, Mar 11, 8:00 AM". */
  detail: string;
}

interface SnoozeMenuProps {
  items: readonly SnoozeMenuItem[];
  onSelect: (id: string) => void;
  disabled?: boolean;
  /** Who or what is snoozed, for screen readers ("the call to Maya Chen"). */
  context: string;
}

function itemsOf(menu: HTMLElement | null): HTMLButtonElement[] {
  return [...(menu?.querySelectorAll<HTMLButtonElement>("[role=menuitem]") ?? [])];
}

/**
 * A "Snooze" button with a small menu (the WAI-ARIA menu button pattern): arrows move,
 * Enter chooses, Escape closes and gives focus back to the button.
 */
export function SnoozeMenu({ items, onSelect, disabled = false, context }: SnoozeMenuProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    itemsOf(menuRef.current)[0]?.focus();
    function onPointerDown(event: PointerEvent) {
      if (!wrapperRef.current?.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  function close(returnFocus: boolean) {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const all = itemsOf(menuRef.current);
    const current = all.indexOf(document.activeElement as HTMLButtonElement);
    const moveTo = (index: number) => all[(index + all.length) % all.length]?.focus();
    if (event.key === "ArrowDown") moveTo(current + 1);
    else if (event.key === "ArrowUp") moveTo(current - 1);
    else if (event.key === "Home") moveTo(0);
    else if (event.key === "End") moveTo(all.length - 1);
    else if (event.key === "Escape") close(true);
    else if (event.key === "Tab") close(false);
    else return;
    if (event.key !== "Tab") event.preventDefault();
  }

  function onButtonKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
    }
  }

  return (
    <div ref={wrapperRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        disabled={disabled}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        className={buttonClasses("secondary", "px-3")}
        onClick={() => setOpen((was) => !was)}
        onKeyDown={onButtonKeyDown}
      >
        Snooze
        <span className="sr-only"> {context}</span>
        <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4">
          <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4Z" />
        </svg>
      </button>
      {open ? (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={`Snooze ${context}`}
          onKeyDown={onMenuKeyDown}
          className="absolute top-full left-0 z-30 mt-1 w-64 rounded-xl bg-white p-1 shadow-lg ring-1 ring-slate-900/10 sm:right-0 sm:left-auto"
        >
          {items.map((item) => (
            <button
              key={item.id}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="flex w-full flex-col rounded-lg px-3 py-2 text-left hover:bg-slate-100 focus:bg-teal-50 focus:outline-none focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-teal-600"
              onClick={() => {
                close(true);
                onSelect(item.id);
              }}
            >
              <span className="text-sm font-semibold text-slate-900">{item.label}</span>
              <span className="text-xs text-slate-500">{item.detail}</span>
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
