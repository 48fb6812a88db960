import { existsSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import { except } from "hono/combine";
import type { ActorResolver, ServiceContext } from "../services/context.js";
import { apiRoutes } from "./api.js";
import { limitJsonBody } from "./body-limits.js";
import { errorResponse, handleError } from "./errors.js";
import { type AppEnv, contextPerRequest, contextWithoutActor } from "./request-context.js";
import { calendarFeedRoutes } from "./routes/calendar.routes.js";
import { requireKnownHost, requireSameOrigin } from "./security.js";
import type { TestClock } from "./test-clock.js";

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

export function createApp(options: AppOptions) {
  const api = new Hono<AppEnv>().use(
    contextPerRequest(options.context, options.resolveActor ?? localOwnerOf(options.context)),
  );
  if (options.testClock) api.route("/test", options.testClock.routes());
  api.route("/", apiRoutes());
  const calendar = new Hono<AppEnv>()
    .use(contextWithoutActor(options.context))
    .route("/", calendarFeedRoutes());

  const app = new Hono()
    .use(requireKnownHost(options.allowedHostnames))
    .use(requireSameOrigin())
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
