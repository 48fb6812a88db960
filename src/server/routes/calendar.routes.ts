import { Hono } from "hono";
import {
  calendarFeed,
  disableCalendarFeed,
  enableCalendarFeed,
  getCalendarFeedSettings,
  rotateCalendarSecret,
} from "../../services/calendar.service.js";
import type { AppEnv } from "../request-context.js";
import { linksFrom } from "./conversations.routes.js";

/** Settings → Calendar: turn the feed on or off, or give it a new address. */
export function calendarSettingsRoutes() {
  return new Hono<AppEnv>()
    .get("/", async (c) => c.json({ calendar: await getCalendarFeedSettings(c.var.context) }))
    .post("/", async (c) => c.json({ calendar: await enableCalendarFeed(c.var.context) }))
    .post("/rotate", async (c) => c.json({ calendar: await rotateCalendarSecret(c.var.context) }))
    .delete("/", async (c) => c.json({ calendar: await disableCalendarFeed(c.var.context) }));
}

/**
 * GET /calendar/<secret>.ics, outside /api: calendar apps fetch it without a session, so
 * the secret is the only key. Anything unknown is a plain 404 that reveals nothing.
 */
export function calendarFeedRoutes() {
  return new Hono<AppEnv>().get("/:file", async (c) => {
    const file = c.req.param("file");
    const feed = file.endsWith(".ics")
      ? await calendarFeed(c.var.context, file.slice(0, -".ics".length), linksFrom(c.req.url))
      : null;
    if (feed === null) return c.text("Not found", 404);
    return c.body(feed, 200, {
      "content-type": "text/calendar; charset=utf-8",
      // Calendar apps poll; nothing in between should keep a stale copy.
      "cache-control": "no-store",
    });
  });
}
