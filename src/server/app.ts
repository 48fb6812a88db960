import { existsSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import { except } from "hono/combine";
import type { ActorResolver, ServiceContext } from "../services/context.js";
import { apiRoutes } from "./api.js";
import { limitJsonBody } from "./body-limits.js";
import { errorResponse, handleError } from "./errors.js";
import { pairingRoutes, requirePairedDevice } from "./lan-access.js";
import { type AppEnv, contextPerRequest, contextWithoutActor } from "./request-context.js";
import { calendarFeedRoutes } from "./routes/calendar.routes.js";
import { requireExactHost, requireKnownHost, requireSameOrigin } from "./security.js";
import type { TestClock } from "./test-clock.js";
import { webCachePolicy, webHeaders } from "./web-headers.js";

export interface AppOptions {
  /** The base every request's context is built from (store, clock, data folder). */
  context: ServiceContext;
  /**
   * Who makes a request. Left out, local mode: every request is the one person at this
   * computer, the base context's owner (`local`; tests give each their own).
   */
  resolveActor?: ActorResolver;
  /** The built web UI (dist/web); omitted in API-only tests. */
  webRoot?: string;
  /** Host names besides loopback that may address this server (e.g. the --host it binds). */
  allowedHostnames?: readonly string[];
  /** Only for browser tests: lets them move "now" with PUT /api/test/clock. */
  testClock?: TestClock;
  /**
   * `rapport serve --lan`: the LAN origin (`http://<lan-address>:<port>`) once its listener
   * is up, for pairing links; null or left out while Rapport serves loopback only.
   */
  lanOrigin?: () => string | null;
}

/**
 * The routes whose body is a file. Each sets its own, larger limit beside the route
 * (import 50 MB, résumé 5 MB, a backup to restore 100 MB); every other body is JSON and
 * gets the JSON limit here.
 */
const fileUploadPaths = [
  "/api/import",
  "/api/import/preview",
  "/api/settings/resume",
  "/api/restore",
];

function localOwnerOf(base: ServiceContext): ActorResolver {
  return async () => ({ kind: "local", ownerId: base.ownerId });
}

/**
 * The app of the loopback listener (and of `--host`): loopback Host names (DNS
 * rebinding) and same-origin changes (CSRF); the person at this computer needs no key.
 */
export function createApp(options: AppOptions) {
  const app = new Hono<AppEnv>()
    .use(...webHeaders())
    .use(requireKnownHost(options.allowedHostnames))
    .use(requireSameOrigin());
  return withRapport(app, options);
}

/**
 * The app of the LAN listener (`rapport serve --lan`), a separate server, so the policy
 * follows the socket a request came through, never a header it carries: Host must be
 * exactly `lanHost` (`<lan-address>:<port>`; the Origin check then admits only the LAN
 * origin), and every request but /pair/<token> needs a paired device's cookie.
 */
export function createLanApp(options: AppOptions & { lanHost: string }) {
  const app = new Hono<AppEnv>()
    .use(...webHeaders())
    .use(requireExactHost(options.lanHost))
    .use(requireSameOrigin())
    // Before the device check: opening a pairing link is how a device gets its cookie.
    .route("/pair", pairingRoutes(options.context))
    .use(requirePairedDevice(options.context));
  return withRapport(app, options);
}

/** Everything both listeners serve once their guards let a request through. */
function withRapport(app: Hono<AppEnv>, options: AppOptions) {
  const lanOrigin = options.lanOrigin ?? (() => null);
  const api = new Hono<AppEnv>()
    .use(async (c, next) => {
      c.set("lanOrigin", lanOrigin());
      await next();
    })
    .use(contextPerRequest(options.context, options.resolveActor ?? localOwnerOf(options.context)));
  if (options.testClock) api.route("/test", options.testClock.routes());
  api.route("/", apiRoutes());
  const calendar = new Hono<AppEnv>()
    .use(contextWithoutActor(options.context))
    .route("/", calendarFeedRoutes());

  app
    .use(except(fileUploadPaths, limitJsonBody))
    .route("/api", api)
    // Before the single-page fallback, so an unknown secret is a 404, not the app's page.
    .route("/calendar", calendar);
  app.all("/api/*", (c) =>
    errorResponse(c, "not_found", `No API route ${c.req.method} ${c.req.path}.`),
  );
  app.onError(handleError);

  const webRoot = options.webRoot;
  if (webRoot && existsSync(join(webRoot, "index.html"))) {
    app.use("/*", webCachePolicy);
    app.use("/*", serveStatic({ root: webRoot }));
    // Any other path is a page of the single-page app; its router shows the right screen.
    app.get("/*", serveStatic({ path: join(webRoot, "index.html") }));
  } else {
    app.get("/*", (c) =>
      c.text(
        "Rapport's web UI is not built yet. Run `npm run build` (npm start does this for you).",
        503,
      ),
    );
  }
  return app;
}

export type RapportApp = ReturnType<typeof createApp>;
