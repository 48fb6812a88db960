import { createServiceContext } from "../services/context.js";
import { createApp } from "./app.js";
import { createTestClock } from "./test-clock.js";

/** The markers in docs/API.md between which `npm run docs:api` writes the route list. */
export const routeListMarkers = {
  start: "<!-- routes:start: written by `npm run docs:api` from the code; do not edit -->",
  end: "<!-- routes:end -->",
};

/** Building the app reads nothing; a store that throws proves the list serves no request. */
const noStore = new Proxy({} as Parameters<typeof createServiceContext>[0], {
  get() {
    throw new Error("Listing the routes reads no data.");
  },
});

/**
 * Every method and path the server answers, in the order they are registered, from the
 * app itself (with the browser tests' clock, so its route is listed too): the middleware,
 * the /api fallback and the web UI's pages are not routes of the API.
 */
export function apiRouteList(): string[] {
  const app = createApp({ context: createServiceContext(noStore), testClock: createTestClock() });
  const seen = new Set<string>();
  for (const { method, path } of app.routes) {
    const isApi = path.startsWith("/api/") || path.startsWith("/calendar/");
    if (method === "ALL" || !isApi || path.endsWith("*")) continue;
    seen.add(`${method} ${path}`);
  }
  return [...seen];
}

/** The list as docs/API.md shows it: one route a line, between the markers. */
export function renderRouteList(routes: readonly string[]): string {
  const lines = routes.map((route) => `- \`${route}\``);
  return [routeListMarkers.start, ...lines, routeListMarkers.end].join("\n");
}

/** The document with its route list (markers included) replaced by `list`. */
export function withRouteList(document: string, list: string): string {
  const start = document.indexOf(routeListMarkers.start);
  const end = document.indexOf(routeListMarkers.end);
  if (start === -1 || end < start) {
    throw new Error(
      `docs/API.md needs the markers ${routeListMarkers.start} … ${routeListMarkers.end}`,
    );
  }
  return document.slice(0, start) + list + document.slice(end + routeListMarkers.end.length);
}
