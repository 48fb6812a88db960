import { isRouteErrorResponse, Link, useRouteError } from "react-router";
import { useDocumentTitle } from "../lib/use-document-title.js";

/** Shown when a page crashes while rendering, instead of a blank screen. */
export function RouteErrorPage() {
  const error = useRouteError();
  useDocumentTitle("Something went wrong");
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : null;
  return (
    <main className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-2xl font-semibold text-slate-900">Something went wrong</h1>
      <p className="mt-3 text-slate-600">
        This page ran into a problem. Your saved data is safe; try going back to the start.
      </p>
      {detail ? (
        <pre className="mt-4 overflow-x-auto rounded-lg bg-slate-100 p-3 text-sm whitespace-pre-wrap text-slate-700">
          {detail}
        </pre>
      ) : null}
      <Link to="/" className="mt-6 inline-block font-semibold text-teal-700 underline">
        Go to the start page
      </Link>
    </main>
  );
}
