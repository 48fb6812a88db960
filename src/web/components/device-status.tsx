import { useOnline } from "../lib/online.js";
import { useAppUpdate } from "../lib/service-worker.js";

/**
 * Two quiet lines at the top of every page: "offline" while the browser has no connection,
 * and a new version waiting while a conduct page keeps it from applying itself
 * (lib/service-worker.ts).
 */
export function DeviceStatus() {
  const online = useOnline();
  const { update, apply } = useAppUpdate();
  return (
    <div className="print:hidden">
      <div role="status">
        {online ? null : (
          <p className="bg-amber-100 px-4 py-1.5 text-center text-sm font-medium text-amber-950">
            Offline — showing what was saved on this device
          </p>
        )}
      </div>
      {update === "none" ? null : (
        <div
          role="status"
          className="flex flex-wrap items-center justify-center gap-x-3 gap-y-1 bg-teal-50 px-4 py-1.5 text-sm text-teal-950"
        >
          <span>
            {update === "waiting"
              ? "A new version of Rapport is ready. It applies when you leave this page."
              : "Rapport was updated. This page reloads when you leave it."}
          </span>
          <button
            type="button"
            onClick={apply}
            className="rounded-md font-semibold text-teal-800 underline underline-offset-2"
          >
            {update === "waiting" ? "Update now" : "Reload now"}
          </button>
        </div>
      )}
    </div>
  );
}
