import * as Dialog from "@radix-ui/react-dialog";
import { useSyncExternalStore } from "react";
import { SearchIcon } from "../../components/icons.js";
import { globalSearchId, SearchBox } from "./search-box.js";

const wideQuery = "(min-width: 768px)";

/** Whether the screen is wide enough for the sidebar layout (Tailwind's `md`). */
export function useIsWide(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const media = window.matchMedia(wideQuery);
      media.addEventListener("change", onChange);
      return () => media.removeEventListener("change", onChange);
    },
    () => window.matchMedia(wideQuery).matches,
  );
}

/**
 * Focus the header's search field, or open the search sheet on a phone, where there is none.
 * The command palette's "/" and its "Search everything" call it (Ctrl+K is the palette's).
 */
export function focusGlobalSearch(openOverlay: () => void) {
  const field = document.getElementById(globalSearchId);
  if (field instanceof HTMLInputElement) {
    field.focus();
    field.select();
  } else {
    openOverlay();
  }
}

/** Desktop: the search field in the header bar. */
export function HeaderSearch() {
  return (
    <search aria-label="Everything" className="flex min-w-0 flex-1 justify-end">
      <SearchBox layout="popover" />
    </search>
  );
}

/** Phone: a button in the top bar that opens search as a full-screen sheet. */
export function PhoneSearch({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Trigger className="flex items-center gap-2 rounded-lg px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100">
        <SearchIcon />
        Search
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Content
          aria-describedby={undefined}
          className="fixed inset-0 z-50 flex flex-col bg-white px-4 pt-3 pb-4"
        >
          <Dialog.Title className="sr-only">Search everything</Dialog.Title>
          <SearchBox
            layout="panel"
            autoFocus
            onClose={() => onOpenChange(false)}
            trailing={
              <Dialog.Close className="shrink-0 rounded-lg px-3 py-2 text-sm font-semibold text-teal-800 hover:bg-slate-100">
                Close
              </Dialog.Close>
            }
          />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
