import {
  type ReactNode,
  type RefObject,
  Suspense,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
} from "react";
import { Link, NavLink, Outlet, useLocation } from "react-router";
import {
  ConversationIcon,
  InsightsIcon,
  MenuIcon,
  OrganizationIcon,
  PeopleIcon,
  SettingsIcon,
  TodayIcon,
  TripIcon,
} from "../components/icons.js";
import { Loading } from "../components/query-state.js";
import { ToastRegion } from "../components/toast.js";
import { CommandLayer, CommandsButton, useCommandKeys } from "../features/command-palette/index.js";
import {
  focusGlobalSearch,
  HeaderSearch,
  PhoneSearch,
  useIsWide,
} from "../features/search/index.js";

const navItems: { to: string; label: string; icon: ReactNode }[] = [
  { to: "/today", label: "Today", icon: <TodayIcon /> },
  { to: "/people", label: "People", icon: <PeopleIcon /> },
  { to: "/organizations", label: "Organizations", icon: <OrganizationIcon /> },
  { to: "/conversations", label: "Conversations", icon: <ConversationIcon /> },
  { to: "/trips", label: "Trips", icon: <TripIcon /> },
  { to: "/insights", label: "Insights", icon: <InsightsIcon /> },
  { to: "/settings", label: "Settings", icon: <SettingsIcon /> },
];

function NavList({ onNavigate }: { onNavigate?: () => void }) {
  return (
    <ul className="flex flex-col gap-1">
      {navItems.map((item) => (
        <li key={item.to}>
          <NavLink
            to={item.to}
            onClick={onNavigate}
            className={({ isActive }) =>
              `flex items-center gap-3 rounded-lg px-3 py-2 text-[15px] font-medium transition-colors ${
                isActive
                  ? "bg-teal-50 text-teal-800"
                  : "text-slate-600 hover:bg-slate-100 hover:text-slate-900"
              }`
            }
          >
            {item.icon}
            {item.label}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}

function Brand() {
  return (
    <Link to="/" className="flex items-center gap-2.5 rounded-lg text-slate-900">
      <span
        aria-hidden="true"
        className="flex size-8 items-center justify-center rounded-lg bg-teal-700 font-bold text-white"
      >
        R
      </span>
      <span className="text-lg font-semibold tracking-tight">Rapport</span>
    </Link>
  );
}

/**
 * Moves focus to the new page's heading after in-app navigation, as a page load would. It
 * sits inside the pages' Suspense boundary, so it runs once a lazily loaded page is drawn.
 */
function FocusHeadingOnNavigate({ mainRef }: { mainRef: RefObject<HTMLElement | null> }) {
  const { pathname } = useLocation();
  const shownPath = useRef(pathname);
  useEffect(() => {
    // Only a change of page moves focus: not the first load, not a filter in the query string.
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    const heading = document.querySelector<HTMLElement>("[data-page-heading]");
    (heading ?? mainRef.current)?.focus();
  }, [pathname, mainRef]);
  return null;
}

export function AppShell() {
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  const mainRef = useRef<HTMLElement>(null);
  const wide = useIsWide();
  const [searchOpen, setSearchOpen] = useState(false);
  const openSearch = useCallback(() => focusGlobalSearch(() => setSearchOpen(true)), []);
  // Ctrl+K / ⌘K opens the command palette; "?" its list of shortcuts; "/" the search.
  const commandKeys = useCommandKeys(openSearch);

  return (
    <div className="min-h-screen md:flex">
      <a
        href="#main"
        className="sr-only z-50 rounded-lg bg-white px-4 py-2 font-medium text-teal-800 shadow focus:not-sr-only focus:fixed focus:top-3 focus:left-3 print:hidden"
      >
        Skip to content
      </a>

      {/* Phone and small tablet: a top bar with a disclosure menu. */}
      <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/95 backdrop-blur md:hidden print:hidden">
        <div className="flex items-center justify-between px-4 py-3">
          <Brand />
          <div className="flex items-center gap-1">
            {wide ? null : <PhoneSearch open={searchOpen} onOpenChange={setSearchOpen} />}
            <CommandsButton keys={commandKeys} compact />
            <button
              type="button"
              aria-expanded={menuOpen}
              aria-controls={menuId}
              onClick={() => setMenuOpen((open) => !open)}
              className="flex items-center gap-2 rounded-lg px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100"
            >
              <MenuIcon />
              Menu
            </button>
          </div>
        </div>
        <nav
          id={menuId}
          aria-label="Main"
          hidden={!menuOpen}
          className="border-t border-slate-100 px-3 py-3"
        >
          <NavList onNavigate={() => setMenuOpen(false)} />
        </nav>
      </header>

      {/* Desktop: a quiet sidebar. */}
      <aside className="hidden w-60 shrink-0 border-r border-slate-200 bg-white md:block print:hidden">
        <div className="sticky top-0 flex h-screen flex-col gap-8 px-4 py-6">
          <div className="px-2">
            <Brand />
          </div>
          <nav aria-label="Main">
            <NavList />
          </nav>
        </div>
      </aside>

      <ToastRegion />
      <CommandLayer keys={commandKeys} onSearch={openSearch} />

      <div className="min-w-0 flex-1">
        {wide ? (
          <div className="sticky top-0 z-30 border-b border-slate-200 bg-white/90 px-8 py-2.5 backdrop-blur print:hidden">
            <div className="mx-auto flex max-w-6xl items-center justify-end gap-3">
              <HeaderSearch />
              <CommandsButton keys={commandKeys} compact={false} />
            </div>
          </div>
        ) : null}
        <main
          id="main"
          ref={mainRef}
          tabIndex={-1}
          className="min-w-0 px-4 py-6 outline-none sm:px-8 sm:py-8 print:p-0"
        >
          <div className="mx-auto max-w-6xl">
            <Suspense fallback={<Loading />}>
              <FocusHeadingOnNavigate mainRef={mainRef} />
              <Outlet />
            </Suspense>
          </div>
        </main>
      </div>
    </div>
  );
}
