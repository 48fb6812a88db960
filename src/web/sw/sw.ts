// Rapport's service worker (vite-plugin-pwa, injectManifest): the built app shell precached so
// every page opens without a connection, and the reads of the conversations kept on the
// device (lib/offline-reads.ts) answered network first with the saved copy as the fallback.
// It never takes over by itself: lib/service-worker.ts tells it when (never mid-conversation).
import type { WorkboxPlugin } from "workbox-core";
import { clientsClaim } from "workbox-core";
import { ExpirationPlugin } from "workbox-expiration";
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";
import { NetworkFirst } from "workbox-strategies";
import { keepHeader, offlineCacheName, offlineReadOf } from "../lib/offline-reads.js";

declare let self: ServiceWorkerGlobalScope;

const manifest = self.__WB_MANIFEST;
const precachedPaths = new Set(
  manifest.map(
    (entry) => new URL(typeof entry === "string" ? entry : entry.url, self.location.href).pathname,
  ),
);

/** A page waits this long for the server before the saved copy is shown (a weak connection). */
const networkTimeoutSeconds = 3;
/** After a change is sent, reads wait for the server however long it takes: never a stale copy. */
const patientAfterWriteMs = 30_000;

// Pages first, before the precache's own route (which would answer "/" from the cache): the
// server's page when it answers, so a new build shows at once; the precached page offline.
// Never for the API, the calendar feed or files the API serves (a PDF, an .ics).
registerRoute(
  new NavigationRoute(
    async ({ request }) => {
      try {
        return await fetchWithin(request, networkTimeoutSeconds * 1000);
      } catch {
        return (await matchPrecache("index.html")) ?? Response.error();
      }
    },
    // A pairing link must reach the server (it sets the device cookie), never the cached app.
    { denylist: [/^\/api\//, /^\/calendar\//, /^\/pair\//] },
  ),
);

precacheAndRoute(manifest);
cleanupOutdatedCaches();
clientsClaim();

function fetchWithin(request: Request, milliseconds: number): Promise<Response> {
  return new Promise((answered, failed) => {
    const timer = setTimeout(() => failed(new Error("timed out")), milliseconds);
    fetch(request).then(
      (response) => {
        clearTimeout(timer);
        answered(response);
      },
      (error: unknown) => {
        clearTimeout(timer);
        failed(error);
      },
    );
  });
}

/**
 * What is saved: a 200 answer to a shared read, to the keep-on-device step's own request, or
 * to a read already saved (refreshed as pages read it). Nothing else, so what the device keeps
 * is what the keep-on-device step chose.
 */
const saveOnlyKept: WorkboxPlugin = {
  cacheWillUpdate: async ({ request, response }) => {
    if (response.status !== 200) return null;
    if (offlineReadOf(new URL(request.url))?.kind === "shared") return response;
    if (request.headers.has(keepHeader)) return response;
    const cache = await self.caches.open(offlineCacheName);
    return (await cache.match(request, { ignoreVary: true })) ? response : null;
  },
};

const plugins = [
  saveOnlyKept,
  // A safety net: the keep-on-device step prunes on every run, but a device left offline for
  // days does not run it.
  new ExpirationPlugin({ maxAgeSeconds: 4 * 24 * 60 * 60, maxEntries: 600 }),
];
const matchOptions = { ignoreVary: true };
const quick = new NetworkFirst({
  cacheName: offlineCacheName,
  networkTimeoutSeconds,
  plugins,
  matchOptions,
});
const patient = new NetworkFirst({ cacheName: offlineCacheName, plugins, matchOptions });

let lastWriteAt = 0;
self.addEventListener("fetch", (event) => {
  const { method, url } = event.request;
  if (method !== "GET" && method !== "HEAD" && new URL(url).pathname.startsWith("/api/")) {
    lastWriteAt = Date.now();
  }
});

registerRoute(
  ({ url, request }) =>
    request.method === "GET" && url.origin === self.location.origin && offlineReadOf(url) !== null,
  (options) => (Date.now() - lastWriteAt < patientAfterWriteMs ? patient : quick).handle(options),
);

type Message = { type: "SKIP_WAITING" } | { type: "HAS_ASSET"; url: string };

self.addEventListener("message", (event) => {
  const message = event.data as Message | null;
  if (message?.type === "SKIP_WAITING") void self.skipWaiting();
  // Is the page that asks built by this worker? Its own script is among this worker's files.
  if (message?.type === "HAS_ASSET") {
    event.ports[0]?.postMessage(precachedPaths.has(new URL(message.url).pathname));
  }
});
