import { useSyncExternalStore } from "react";

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
/** How long a waiting worker has to take charge once the conduct page is left. */
const takeOverGraceMs = 3000;
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
function builtByController(): Promise<boolean> {
  const controller = navigator.serviceWorker.controller;
  if (!controller) return Promise.resolve(false);
  return new Promise((answered) => {
    const channel = new MessageChannel();
    // A worker that cannot answer is not this build's.
    const timer = setTimeout(() => answered(false), 3000);
    channel.port1.onmessage = (event) => {
      clearTimeout(timer);
      answered(event.data === true);
    };
    controller.postMessage({ type: "HAS_ASSET", url: import.meta.url }, [channel.port2]);
  });
}

/** Starts the service worker in the built app (not under `vite` dev, which serves no worker). */
export async function startServiceWorker(location: PageLocation): Promise<void> {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  const serviceWorker = navigator.serviceWorker;
  let waiting: ServiceWorker | null = null;
  let agreed = false;
  const onConduct = () => isConductPath(location.pathname());
  const takeOver = () => waiting?.postMessage({ type: "SKIP_WAITING" });

  applyUpdate = () => {
    agreed = true;
    if (update === "taken-over") window.location.reload();
    else takeOver();
  };

  // A new worker installed while another is in charge waits until told (sw/sw.ts).
  const onInstalled = (worker: ServiceWorker) => {
    waiting = worker;
    if (onConduct() && !agreed) setUpdate("waiting");
    else takeOver();
  };
  const follow = (worker: ServiceWorker | null) => {
    worker?.addEventListener("statechange", () => {
      if (worker.state === "installed" && serviceWorker.controller) onInstalled(worker);
    });
  };

  serviceWorker.addEventListener("controllerchange", async () => {
    waiting = null;
    // The first worker of a fresh page, or a new one of this same build: nothing to do.
    if (await builtByController()) {
      setUpdate("none");
      return;
    }
    if (onConduct() && !agreed) setUpdate("taken-over");
    else window.location.reload();
  });
  location.onChange(() => {
    if (onConduct()) return;
    if (update === "waiting") {
      takeOver();
      // Leaving the conversation is the safe moment. Should the new worker not take charge
      // soon (Chromium can hold it back while the old one still answers a request), a reload
      // brings the new build anyway: the page comes from the server first.
      setTimeout(() => {
        if (update === "waiting" && !onConduct()) window.location.reload();
      }, takeOverGraceMs);
    }
    if (update === "taken-over") window.location.reload();
  });

  const registration = await serviceWorker.register("/sw.js", { scope: "/" });
  if (registration.waiting && serviceWorker.controller) onInstalled(registration.waiting);
  follow(registration.installing);
  registration.addEventListener("updatefound", () => follow(registration.installing));
  // A page left open for days still learns of new versions.
  setInterval(() => void registration.update().catch(() => undefined), 60 * 60 * 1000);
}
