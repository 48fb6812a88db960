import { existsSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import { except } from "hono/combine";
import type { ServiceContext } from "../services/context.js";
import { limitJsonBody } from "./body-limits.js";
import { errorResponse, handleError } from "./errors.js";
import { activitiesRoutes } from "./routes/activities.routes.js";
import { calendarFeedRoutes, calendarSettingsRoutes } from "./routes/calendar.routes.js";
import { callOutcomesRoutes } from "./routes/calls.routes.js";
import { coachRoutes } from "./routes/coach.routes.js";
import { conversationsRoutes } from "./routes/conversations.routes.js";
import { exportRoutes, importRoutes, restoreRoutes } from "./routes/import-export.routes.js";
import { mailRoutes } from "./routes/mail.routes.js";
import { resumeRoutes, smtpSettingsRoutes } from "./routes/mail-settings.routes.js";
import { networkAsksRoutes } from "./routes/network-asks.routes.js";
import { organizationsRoutes } from "./routes/organizations.routes.js";
import { peopleRoutes } from "./routes/people.routes.js";
import { profileRoutes, targetsRoutes } from "./routes/profile.routes.js";
import { searchRoutes } from "./routes/search.routes.js";
import { coachSettingsRoutes } from "./routes/settings-coach.routes.js";
import { templatesRoutes } from "./routes/templates.routes.js";
import { cadenceSettingsRoutes, todayRoutes } from "./routes/today.routes.js";
import { tripsRoutes } from "./routes/trips.routes.js";
import { requireKnownHost, requireSameOrigin } from "./security.js";
import type { TestClock } from "./test-clock.js";

export interface AppOptions {
  context: ServiceContext;
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

export function createApp(options: AppOptions) {
  const api = new Hono()
    .get("/health", (c) => c.json({ ok: true }))
    .route("/people", peopleRoutes(options.context))
    .route("/organizations", organizationsRoutes(options.context))
    .route("/activities", activitiesRoutes(options.context))
    .route("/", callOutcomesRoutes(options.context))
    .route("/network-asks", networkAsksRoutes(options.context))
    .route("/profile", profileRoutes(options.context))
    .route("/targets", targetsRoutes(options.context))
    .route("/import", importRoutes(options.context))
    .route("/export", exportRoutes(options.context))
    .route("/restore", restoreRoutes(options.context))
    .route("/search", searchRoutes(options.context))
    .route("/coach", coachRoutes(options.context))
    .route("/today", todayRoutes(options.context))
    .route("/conversations", conversationsRoutes(options.context))
    .route("/settings/calendar", calendarSettingsRoutes(options.context))
    .route("/trips", tripsRoutes(options.context))
    .route("/settings/cadence", cadenceSettingsRoutes(options.context))
    .route("/settings/smtp", smtpSettingsRoutes(options.context))
    .route("/settings/resume", resumeRoutes(options.context))
    .route("/mail", mailRoutes(options.context))
    .route("/settings/coach", coachSettingsRoutes(options.context))
    .route("/templates", templatesRoutes(options.context));
  if (options.testClock) api.route("/test", options.testClock.routes());

  const app = new Hono()
    .use(requireKnownHost(options.allowedHostnames))
    .use(requireSameOrigin())
    .use(except(fileUploadPaths, limitJsonBody))
    .route("/api", api)
    // Before the single-page fallback, so an unknown secret is a 404, not the app's page.
    .route("/calendar", calendarFeedRoutes(options.context));
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
