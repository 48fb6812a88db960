import { ApiError } from "../lib/api.js";
import { errorMessage } from "../lib/error-message.js";
import { keepAheadHours } from "../lib/offline-window.js";
import { useOnline } from "../lib/online.js";
import { NotFoundPage } from "./not-found-page.js";

/** A calm "loading" line with a spinner; announced politely to screen readers. */
export function Loading({ label = "Loading…" }: { label?: string }) {
  return (
    <div role="status" className="flex items-center gap-3 py-12 text-slate-500">
      <span
        aria-hidden="true"
        className="size-5 animate-spin rounded-full border-2 border-slate-300 border-t-teal-600"
      />
      {label}
    </div>
  );
}

// Pages take the message from here with the loading and failure views it belongs with.
export { errorMessage } from "../lib/error-message.js";

interface LoadFailedProps {
  error: unknown;
  retry?: () => void;
  /** For 404s: what was missing and where to go instead. */
  notFound?: { title: string; message: string; back: { to: string; label: string } };
}

export function LoadFailed({ error, retry, notFound }: LoadFailedProps) {
  const online = useOnline();
  if (!online && error instanceof ApiError && error.code === "network") {
    return <NotSavedOnDevice retry={retry} />;
  }
  if (notFound && error instanceof ApiError && error.code === "not_found") {
    return <NotFoundPage {...notFound} />;
  }
  return (
    <div role="alert" className="rounded-xl border border-red-200 bg-red-50 px-5 py-4 text-red-800">
      <p className="font-semibold">Could not load this page.</p>
      <p className="mt-1">{errorMessage(error)}</p>
      {retry ? (
        <button
          type="button"
          onClick={retry}
          className="mt-3 rounded-md font-semibold text-red-800 underline underline-offset-2"
        >
          Try again
        </button>
      ) : null}
    </div>
  );
}

/** Offline, and the service worker had no saved copy of this read. */
function NotSavedOnDevice({ retry }: { retry?: () => void }) {
  return (
    <div
      role="alert"
      className="rounded-xl border border-amber-200 bg-amber-50 px-5 py-4 text-amber-950"
    >
      <p className="font-semibold">Not saved on this device</p>
      <p className="mt-1">
        You are offline, and this was not kept on this device. Rapport keeps the conversations of
        the next {keepAheadHours} hours here so they open without a connection; this opens again
        once you are back online.
      </p>
      {retry ? (
        <button
          type="button"
          onClick={retry}
          className="mt-3 rounded-md font-semibold text-amber-950 underline underline-offset-2"
        >
          Try again
        </button>
      ) : null}
    </div>
  );
}
