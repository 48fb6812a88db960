import { Link, useLocation } from "react-router";

const views = [
  { to: "/people", label: "Table" },
  { to: "/people/board", label: "Board" },
] as const;

/** Table or board of the same people; the filters in the address come along. */
export function PeopleViewToggle() {
  const { pathname, search } = useLocation();
  return (
    <nav
      aria-label="People view"
      className="flex rounded-lg bg-slate-100 p-1 ring-1 ring-slate-200 ring-inset"
    >
      {views.map((view) => {
        const current = pathname === view.to;
        return (
          <Link
            key={view.to}
            to={{ pathname: view.to, search }}
            aria-current={current ? "page" : undefined}
            className={`rounded-md px-3 py-1 text-sm font-semibold transition-colors ${
              current
                ? "bg-white text-teal-800 shadow-sm ring-1 ring-slate-200"
                : "text-slate-600 hover:text-slate-900"
            }`}
          >
            {view.label}
          </Link>
        );
      })}
    </nav>
  );
}
