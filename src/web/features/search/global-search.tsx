import { lazy, Suspense, useState, useSyncExternalStore } from "react";
import { SearchIcon } from "../../components/icons.js";
import { globalSearchId, SearchBox } from "./search-box.js";

// The sheet and the dialog library load when it is first opened, not with every page.
const PhoneSearchSheet = lazy(() =>
  import("./phone-search-sheet.js").then((module) => ({ default: module.PhoneSearchSheet })),
);

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

/** Phone: a button in the top bar that opens search as a full-screen sheet (loaded when first opened). */
export function PhoneSearch({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => onOpenChange(true)}
        className="flex items-center gap-2 rounded-lg px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100"
      >
        <SearchIcon />
        Search
      </button>
      {opened ? (
        <Suspense fallback={null}>
          <PhoneSearchSheet open={open} onOpenChange={onOpenChange} />
        </Suspense>
      ) : null}
    </>
  );
}
