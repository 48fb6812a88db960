import { randomBytes } from "node:crypto";
import { todayAllShown } from "../domain/today-page.js";
import {
  type CalendarLinks,
  calendarFeedIcs,
  conversationIcs,
  conversationIcsFileName,
} from "../formats/calendar-ics.js";
import type { ServiceContext } from "./context.js";
import { getConversation, listConversations } from "./conversations.service.js";
import { getCadenceSettings, getToday } from "./today.service.js";

/** What Settings → Calendar shows: the feed's path when it is on. */
export interface CalendarFeedSettings {
  enabled: boolean;
  /** `/calendar/<secret>.ics`; the web page puts its own origin in front. */
  path: string | null;
}

// 32 random bytes: unguessable, and base64url needs no escaping in a URL.
export const newCalendarSecret = () => randomBytes(32).toString("base64url");
const secretPattern = /^[A-Za-z0-9_-]{43}$/;

function settingsOf(secret: string | null): CalendarFeedSettings {
  return { enabled: secret !== null, path: secret ? `/calendar/${secret}.ics` : null };
}

export async function getCalendarFeedSettings(
  context: ServiceContext,
): Promise<CalendarFeedSettings> {
  return settingsOf(await context.store.settings.calendarSecret(context.ownerId));
}

/** Turns the feed on; an address already given out keeps working. */
export async function enableCalendarFeed(context: ServiceContext): Promise<CalendarFeedSettings> {
  return context.transaction(async (tx) => {
    const existing = await tx.store.settings.calendarSecret(tx.ownerId);
    if (existing) return settingsOf(existing);
    const secret = newCalendarSecret();
    await tx.store.settings.saveCalendarSecret(tx.ownerId, secret, tx.now().toISOString());
    return settingsOf(secret);
  });
}

/** A new address; the old one stops working at once (a shared link can be cut off). */
export async function rotateCalendarSecret(context: ServiceContext): Promise<CalendarFeedSettings> {
  const secret = newCalendarSecret();
  await context.transaction((tx) =>
    tx.store.settings.saveCalendarSecret(tx.ownerId, secret, tx.now().toISOString()),
  );
  return settingsOf(secret);
}

export async function disableCalendarFeed(context: ServiceContext): Promise<CalendarFeedSettings> {
  await context.transaction((tx) =>
    tx.store.settings.saveCalendarSecret(tx.ownerId, null, tx.now().toISOString()),
  );
  return settingsOf(null);
}

/**
 * The feed behind a secret: upcoming conversations and Today's actions of whoever owns
 * it, or null for an unknown secret. The secret, not the server's owner, says whose.
 */
export async function calendarFeed(
  context: ServiceContext,
  secret: string,
  links: CalendarLinks,
): Promise<string | null> {
  if (!secretPattern.test(secret)) return null;
  const ownerId = await context.store.settings.ownerOfCalendarSecret(secret);
  if (!ownerId) return null;
  const ownerContext = { ...context, ownerId };
  const [{ upcoming }, today, settings] = await Promise.all([
    listConversations(ownerContext),
    // The feed lists every reminder (as far as one response goes), not Today's top few.
    getToday(ownerContext, todayAllShown),
    getCadenceSettings(ownerContext),
  ]);
  return calendarFeedIcs({
    conversations: upcoming,
    actions: today.actions,
    now: new Date(today.now),
    timeZone: settings.timeZone,
    links,
  });
}

/** One conversation as a downloadable .ics file. */
export async function conversationCalendarFile(
  context: ServiceContext,
  activityId: string,
  links: CalendarLinks,
): Promise<{ fileName: string; text: string }> {
  const conversation = await getConversation(context, activityId);
  return {
    fileName: conversationIcsFileName(conversation),
    text: conversationIcs(conversation, context.now(), links),
  };
}
