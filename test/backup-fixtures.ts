import { calendarFeed, enableCalendarFeed } from "../src/services/calendar.service.js";
import { saveCoachLimits } from "../src/services/coach-settings.service.js";
import type { ServiceContext } from "../src/services/context.js";
import {
  listConversations,
  markConversationHeld,
  scheduleConversation,
} from "../src/services/conversations.service.js";
import { listPeople } from "../src/services/people.service.js";
import { addTemplate, deleteTemplate, listTemplates } from "../src/services/templates.service.js";
import { getToday, saveCadenceSettings, snoozeAction } from "../src/services/today.service.js";
import { addTrip, listTrips } from "../src/services/trips.service.js";
import { generateData } from "./generate.js";

/**
 * A store as a real explorer leaves it, made through the services: people, organizations,
 * a log with conversations (one held), network asks, trips, templates (one deleted), their
 * own reminder and coach settings, a snoozed reminder and the calendar feed on.
 */
export async function fillRealisticStore(context: ServiceContext, people = 12) {
  const { personIds } = await generateData(context, people, 11);
  await saveCadenceSettings(context, { timeZone: "America/New_York", followUpCallDays: 5 });
  await saveCoachLimits(context, { emailWords: 180 });
  const [first, , third] = personIds;
  if (!first || !third) throw new Error("generateData made too few people");
  await scheduleConversation(context, first, {
    scheduledFor: "2026-11-25T15:00:00.000Z",
    channel: "video",
    place: "https://meet.example.com/abc",
  });
  const held = await scheduleConversation(context, third, {
    scheduledFor: "2026-11-20T15:00:00.000Z",
    channel: "in_person",
    place: "Café Lumen, 12 Charles Street",
    durationMinutes: 45,
  });
  await markConversationHeld(context, held.activityId);
  await addTrip(context, {
    place: "Baltimore, MD",
    startsOn: "2026-12-10",
    endsOn: "2026-12-15",
    note: "Bring résumés",
  });
  await addTemplate(context, {
    name: "Warm e-mail",
    purpose: "email",
    subject: "Hello {{first_name}}",
    body: "Dear {{first_name}}, {{why_you}}",
  });
  const old = await addTemplate(context, {
    name: "Old",
    purpose: "letter",
    body: "Dear {{full_name}}",
  });
  await deleteTemplate(context, old.id);
  const [action] = (await getToday(context)).actions;
  if (action) await snoozeAction(context, action.key, "2026-11-23T09:00:00.000Z");
  await enableCalendarFeed(context);
}

const links = { personPage: (personId: string) => `http://127.0.0.1/people/${personId}` };

/**
 * Everything the explorer sees after a restore: each read must work (a restore that let a
 * bad row in shows up here as a crash), and ids are whatever the store gave.
 */
export async function everythingShown(context: ServiceContext) {
  const feedPath = (await context.store.settings.calendarSecret(context.ownerId)) ?? "";
  return {
    people: await listPeople(context, { sort: "stage" }),
    today: await getToday(context),
    conversations: await listConversations(context),
    trips: await listTrips(context),
    templates: await listTemplates(context),
    feed: feedPath ? await calendarFeed(context, feedPath, links) : null,
  };
}
