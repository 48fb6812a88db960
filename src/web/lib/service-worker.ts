import { useSyncExternalStore } from "react";
import type { Workbox } from "workbox-window";

/**
 * Registers the service worker (sw/sw.ts) in the built app and decides when a new version
 * takes over. A new version never reloads a page mid-conversation:
 * - no conduct page open here: it takes over at once; the page reloads only if it is an
 *   older build than the new worker (a page fetched from the server is already the new build);
 * - a conduct page open: it waits, and a quiet bar offers "Update"; it applies when the
 *   explorer taps it or leaves the conduct page. If another tab let it take over meanwhile,
 *   this page keeps running and reloads when the explorer leaves the conduct page.
 */

export type AppUpdate = "none" | "waiting" | "taken-over";

/** /conversations/:id/conduct: the one page an update must never interrupt. */
export function isConductPath(pathname: string): boolean {
  return /^\/conversations\/[^/]+\/conduct\/?$/.test(pathname);
}

let update: AppUpdate = "none";
const listeners = new Set<() => void>();
let applyUpdate: () => void = () => {};

function setUpdate(next: AppUpdate) {
  update = next;
  for (const listener of listeners) listener();
}

/** A new version waiting (or already in charge, this page being older), and the way to apply it. */
export function useAppUpdate(): { update: AppUpdate; apply: () => void } {
  const current = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => update,
  );
  return { update: current, apply: () => applyUpdate() };
}

/** What the service worker needs from the router: where the page is, and word when it moves. */
export interface PageLocation {
  pathname: () => string;
  onChange: (listener: () => void) => void;
}

/** Whether this page's own script is among the files of the worker now in charge. */
async function builtByActiveWorker(workbox: Workbox): Promise<boolean> {
  const answer: Promise<unknown> = workbox.messageSW({ type: "HAS_ASSET", url: import.meta.url });
  const late = new Promise((settle) => setTimeout(() => settle(false), 3000));
  return (await Promise.race([answer, late])) === true;
}

/** Starts the service worker in the built app (not under `vite` dev, which serves no worker). */
export async function startServiceWorker(location: PageLocation): Promise<void> {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  const { Workbox } = await import("workbox-window");
  const workbox = new Workbox("/sw.js", { scope: "/" });
  let agreed = false;
  const onConduct = () => isConductPath(location.pathname());

  applyUpdate = () => {
    agreed = true;
    if (update === "taken-over") window.location.reload();
    else workbox.messageSkipWaiting();
  };

  workbox.addEventListener("waiting", () => {
    if (onConduct() && !agreed) setUpdate("waiting");
    else workbox.messageSkipWaiting();
  });
  workbox.addEventListener("controlling", async (event) => {
    // The first worker taking charge of a fresh page, or a new one of the same build: nothing to do.
    if (!event.isUpdate || (await builtByActiveWorker(workbox))) {
      setUpdate("none");
      return;
    }
    if (onConduct() && !agreed) setUpdate("taken-over");
    else window.location.reload();
  });
  location.onChange(() => {
    if (onConduct()) return;
    if (update === "waiting") workbox.messageSkipWaiting();
    if (update === "taken-over") window.location.reload();
  });

  await workbox.register();
  // A page left open for days still learns of new versions.
  setInterval(() => void workbox.update(), 60 * 60 * 1000);
}
