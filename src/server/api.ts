import { Hono } from "hono";
import type { AppEnv } from "./request-context.js";
import { activitiesRoutes } from "./routes/activities.routes.js";
import { briefRoutes } from "./routes/brief.routes.js";
import { calendarSettingsRoutes } from "./routes/calendar.routes.js";
import { callOutcomesRoutes } from "./routes/calls.routes.js";
import { checkInsRoutes } from "./routes/check-ins.routes.js";
import { coachRoutes } from "./routes/coach.routes.js";
import { conductRoutes, planQuestionMarkRoutes } from "./routes/conduct.routes.js";
import { conversationsRoutes } from "./routes/conversations.routes.js";
import { devicesRoutes } from "./routes/devices.routes.js";
import { draftsRoutes } from "./routes/drafts.routes.js";
import { followUpRoutes } from "./routes/follow-up.routes.js";
import { exportRoutes, importRoutes, restoreRoutes } from "./routes/import-export.routes.js";
import { insightsRoutes } from "./routes/insights.routes.js";
import { mailRoutes } from "./routes/mail.routes.js";
import { resumeRoutes, smtpSettingsRoutes } from "./routes/mail-settings.routes.js";
import { networkAsksRoutes } from "./routes/network-asks.routes.js";
import { organizationsRoutes } from "./routes/organizations.routes.js";
import { peopleRoutes } from "./routes/people.routes.js";
import { pitchesRoutes } from "./routes/pitches.routes.js";
import {
  planQuestionsRoutes,
  preparationRoutes,
  prepareSettingsRoutes,
} from "./routes/prepare.routes.js";
import { profileRoutes, targetsRoutes } from "./routes/profile.routes.js";
import { questionsRoutes } from "./routes/questions.routes.js";
import { researchNotesRoutes } from "./routes/research-notes.routes.js";
import { searchRoutes } from "./routes/search.routes.js";
import { coachSettingsRoutes } from "./routes/settings-coach.routes.js";
import {
  conversationStoriesRoutes,
  preparedAnswersRoutes,
  storiesRoutes,
} from "./routes/stories.routes.js";
import { templatesRoutes } from "./routes/templates.routes.js";
import { cadenceSettingsRoutes, todayRoutes } from "./routes/today.routes.js";
import { tripsRoutes } from "./routes/trips.routes.js";

/**
 * Every route under /api, as one chain: its type (`ApiRoutes` in api-types.ts) carries
 * each route's path, body and answer, which the web's typed client is derived from. A
 * route added outside this chain would work but be invisible to the client's types.
 */
export function apiRoutes() {
  return (
    new Hono<AppEnv>()
      .get("/health", (c) => c.json({ ok: true }))
      .route("/people", peopleRoutes())
      .route("/organizations", organizationsRoutes())
      .route("/activities", activitiesRoutes())
      // POST /people/:id/call-outcomes and DELETE /call-outcomes/:id
      .route("/", callOutcomesRoutes())
      .route("/network-asks", networkAsksRoutes())
      .route("/profile", profileRoutes())
      .route("/targets", targetsRoutes())
      .route("/import", importRoutes())
      .route("/export", exportRoutes())
      .route("/restore", restoreRoutes())
      .route("/search", searchRoutes())
      .route("/coach", coachRoutes())
      .route("/today", todayRoutes())
      .route("/conversations", conversationsRoutes())
      .route("/drafts", draftsRoutes())
      // GET /conversations/:id/brief and /conversations/:id/brief.pdf
      .route("/conversations", briefRoutes())
      .route("/settings/calendar", calendarSettingsRoutes())
      .route("/trips", tripsRoutes())
      .route("/settings/cadence", cadenceSettingsRoutes())
      .route("/settings/smtp", smtpSettingsRoutes())
      .route("/settings/resume", resumeRoutes())
      .route("/mail", mailRoutes())
      .route("/settings/coach", coachSettingsRoutes())
      .route("/templates", templatesRoutes())
      // Prepare (issue 10): /conversations/:id/preparation and /plan…, plan questions, banks.
      .route("/conversations", preparationRoutes())
      .route("/plan-questions", planQuestionsRoutes())
      .route("/questions", questionsRoutes())
      .route("/settings/prepare", prepareSettingsRoutes())
      // Prepare's records (issue 10): research notes, pitches, answers, stories and picks.
      .route("/research-notes", researchNotesRoutes())
      .route("/pitches", pitchesRoutes())
      .route("/prepared-answers", preparedAnswersRoutes())
      .route("/stories", storiesRoutes())
      .route("/conversations", conversationStoriesRoutes())
      // Phones and tablets paired with `rapport serve --lan` (issue 11).
      .route("/devices", devicesRoutes())
      // Conduct (issue 11): /conversations/:id/conduct…, /captured-people, a question's mark.
      .route("/conversations", conductRoutes())
      .route("/plan-questions", planQuestionMarkRoutes())
      // Follow up (issue 11): takeaways, a person's takeaways, reflections and their trend.
      .route("/", followUpRoutes())
      // Insights (issue 12): /insights/options|effort|themes|compare|network.
      .route("/insights", insightsRoutes())
      .route("/check-ins", checkInsRoutes())
  );
}
