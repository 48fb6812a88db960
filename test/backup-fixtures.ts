import { createBackup, restoreBackup } from "../src/services/backup.service.js";
import { calendarFeed, enableCalendarFeed } from "../src/services/calendar.service.js";
import { deleteCheckIn, getCheckIns, saveCheckIn } from "../src/services/check-ins.service.js";
import { saveCoachLimits } from "../src/services/coach-settings.service.js";
import {
  addConductNote,
  getConduct,
  markQuestion,
  setNotesPermission,
  startConduct,
} from "../src/services/conduct.service.js";
import type { ServiceContext } from "../src/services/context.js";
import {
  listConversations,
  markConversationHeld,
  scheduleConversation,
} from "../src/services/conversations.service.js";
import { createOrganization } from "../src/services/organizations.service.js";
import { listPeople } from "../src/services/people.service.js";
import {
  deletePitch,
  listPitches,
  saveDefaultPitch,
  saveOrganizationPitch,
} from "../src/services/pitches.service.js";
import {
  listPreparedAnswers,
  savePreparedAnswers,
} from "../src/services/prepared-answers.service.js";
import { listReflections, saveReflection } from "../src/services/reflections.service.js";
import {
  addResearchNote,
  deleteResearchNote,
  listResearchNotes,
} from "../src/services/research-notes.service.js";
import {
  addStory,
  deleteStory,
  getStoryPicks,
  listStories,
  saveStoryPicks,
} from "../src/services/stories.service.js";
import {
  addTakeaway,
  deleteTakeaway,
  listTakeaways,
  updateTakeaway,
} from "../src/services/takeaways.service.js";
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
  const upcoming = await scheduleConversation(context, first, {
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
  await fillFollowUp(context, held.activityId);
  await saveFirstCheckIn(context);
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
  await fillPreparation(context, first, upcoming.activityId);
}

/**
 * Preparing a conversation with `personId` (issue 10): research notes on the person and an
 * organization (one deleted), a default pitch and a variant (one deleted), prepared answers,
 * stories (one deleted) picked for the conversation, through the services; and a
 * preparation, its question plan and an own bank question through the backup path (their
 * services are helper "plan"'s), so a round trip covers all eight tables.
 */
export async function fillPreparation(
  context: ServiceContext,
  personId: string,
  conversationId?: string,
) {
  const activityId =
    conversationId ??
    (
      await scheduleConversation(context, personId, {
        scheduledFor: "2026-11-27T16:00:00.000Z",
        channel: "phone",
        durationMinutes: 30,
      })
    ).activityId;
  const organization = await createOrganization(context, {
    name: "Northwind Clinics",
    website: "https://northwind.example",
  });
  await addResearchNote(context, {
    personId,
    body: "Spoke at **HIMSS** on [nurse-led analytics](https://example.org/talk).",
    notedOn: "2026-11-01",
  });
  const wrong = await addResearchNote(context, { personId, body: "Wrong person's note" });
  await deleteResearchNote(context, wrong.id);
  await addResearchNote(context, {
    organizationId: organization.id,
    body: "- Opened a site in Baltimore\n- Hiring data analysts",
    notedOn: "2026-05-02",
  });
  await saveDefaultPitch(context, {
    whoIAm: "I'm a nurse of six years, exploring health data.",
    workIHope: "I hope to build tools that give nurses time back.",
    learnToday: "I'd love to learn how you moved into analytics.",
  });
  const variant = await saveOrganizationPitch(context, organization.id, {
    whoIAm: "I'm a nurse of six years.",
    workIHope: "Northwind's mission of care close to home is why I'm here.",
    learnToday: "How do your analysts work with the clinics?",
  });
  await deletePitch(context, variant.id);
  await saveOrganizationPitch(context, organization.id, {
    whoIAm: "I'm a nurse of six years.",
    workIHope: "Care close to home, with data.",
    learnToday: "What do your analysts do in a week?",
  });
  await savePreparedAnswers(context, {
    answers: [
      { prompt: "about_you", answer: "A nurse moving into health data." },
      { prompt: "looking_for", answer: "Advice on a first analytics role." },
    ],
  });
  const rota = await addStory(context, {
    title: "Rebuilt the rota",
    situation: "Flu season, no scheduler.",
    task: "Cover every shift.",
    action: "A shared sheet and a swap rule.",
    result: "No missed shifts.",
    tags: ["planning"],
  });
  const audit = await addStory(context, { title: "Chart audit", tags: ["quality", "data"] });
  const dropped = await addStory(context, { title: "Dropped story" });
  await deleteStory(context, dropped.id);
  await saveStoryPicks(context, activityId, { storyIds: [audit.id, rota.id] });
  await addPlanRowsThroughBackup(context, activityId);
  await fillConduct(context, activityId);
}

/**
 * Conduct mode on that conversation (issue 11): a session with the permission to take
 * notes, a question ticked with its note, another answered without asking, two notes.
 */
async function fillConduct(context: ServiceContext, activityId: string) {
  await startConduct(context, activityId, { startedAt: "2026-11-22T10:02:00.000Z" });
  await setNotesPermission(context, activityId, { granted: true });
  const [first, second] = await context.store.planQuestions.list(context.ownerId, activityId);
  if (!first || !second) throw new Error("the plan has fewer than two questions");
  await markQuestion(context, first.id, { asked: "asked", note: "Through a night course" });
  await markQuestion(context, second.id, { asked: "answered" });
  await addConductNote(context, activityId, {
    body: "Certifications: the CPHIMS first",
    notedAt: "2026-11-22T10:05:00.000Z",
  });
  await addConductNote(context, activityId, { body: "Ask Sam about the data team" });
}

/**
 * Following up a held conversation (issue 11): takeaways of several tags (one deleted), an
 * open action whose reminder is snoozed (its key names the takeaway), a done action, and
 * a reflection.
 */
export async function fillFollowUp(context: ServiceContext, activityId: string) {
  await addTakeaway(context, activityId, { tag: "advice", text: "Learn SQL before Python" });
  await addTakeaway(context, activityId, {
    tag: "person",
    text: "Talk to Dana Reyes at Northwind",
  });
  const open = await addTakeaway(context, activityId, {
    tag: "action",
    text: "Take the free SQL course",
    actionDueOn: "2026-11-29",
  });
  const done = await addTakeaway(context, activityId, {
    tag: "action",
    text: "Update my profile headline",
    actionDueOn: "2026-11-21",
  });
  await updateTakeaway(context, done.id, { done: true });
  const wrong = await addTakeaway(context, activityId, { tag: "trend", text: "Typo" });
  await deleteTakeaway(context, wrong.id);
  await snoozeAction(
    context,
    `takeaway_action:${open.personId}:${open.id}`,
    "2026-11-30T09:00:00.000Z",
  );
  await saveReflection(context, activityId, {
    ratings: { confidence: 3, competence: 4, communication: 4, character: 5, chemistry: null },
    note: "Rushed the opening",
    changeNext: "Slow down in the first two minutes",
  });
}

/** "Still excited?" (issue 12): the first interest and the direction overall, rated together. */
export async function saveFirstCheckIn(context: ServiceContext) {
  const [interest] = (await getCheckIns(context)).interests;
  if (!interest?.targetId) throw new Error("the store has no interest to rate");
  return saveCheckIn(context, {
    ratings: [
      { targetId: interest.targetId, rating: 4 },
      { targetId: null, rating: 3 },
    ],
    note: "Law still pulls me; the hours worry me",
  });
}

/** A first check-in kept, and a second one taken back (soft-deleted, kept for undo). */
export async function fillCheckIns(clock: { context: ServiceContext; advance(ms: number): void }) {
  const first = await saveFirstCheckIn(clock.context);
  clock.advance(60_000);
  const undone = await saveCheckIn(clock.context, {
    ratings: [{ targetId: first.ratings[0]?.targetId, rating: 1 }],
  });
  await deleteCheckIn(clock.context, undone.checkedAt);
}

/** Helper "plan"'s tables, as its services would leave them, added by a restore over the store. */
async function addPlanRowsThroughBackup(context: ServiceContext, activityId: string) {
  const backup = await createBackup(context);
  const at = "2026-11-22T10:00:00.000Z";
  const times = { created_at: at, updated_at: at, deleted_at: null };
  backup.tables.bank_questions = [
    {
      id: "bank-1",
      ...times,
      text: "What would you do differently if you started again?",
      question_group: "person",
      tags: '["advice"]',
    },
    {
      id: "bank-2",
      ...times,
      deleted_at: at,
      text: "Old question?",
      question_group: "field",
      tags: "[]",
    },
  ];
  backup.tables.preparations = [
    {
      id: "prep-1",
      activity_id: activityId,
      ...times,
      objective: "Learn which certifications matter for analytics roles by Friday",
      about_them: "Regional clinics; care close to home",
      checklist_done: '["quiet_place","notes_at_hand"]',
    },
  ];
  backup.tables.plan_questions = [
    {
      id: "plan-1",
      activity_id: activityId,
      position: 0,
      bank_question_id: null,
      spare: 0,
      ...times,
      text: "How did you move from the ward into analytics?",
      question_group: "person",
      tags: '["insights"]',
      builtin_key: "person-path",
    },
    {
      id: "plan-2",
      activity_id: activityId,
      position: 1,
      bank_question_id: "bank-1",
      spare: 1,
      ...times,
      text: "What would you do differently if you started again?",
      question_group: "person",
      tags: '["advice"]',
      builtin_key: null,
    },
  ];
  await restoreBackup(context, JSON.parse(JSON.stringify(backup)), { replace: true });
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
    ...(await preparationShown(context)),
    ...(await followUpShown(context)),
  };
}

/** Follow up's records as the explorer sees them (issue 11): every past conversation's takeaways, and the trend. */
async function followUpShown(context: ServiceContext) {
  const { past } = await listConversations(context);
  const takeaways = [];
  for (const conversation of past)
    takeaways.push(await listTakeaways(context, conversation.activityId));
  return {
    takeaways,
    reflections: await listReflections(context),
    checkIns: await getCheckIns(context),
  };
}

/** Prepare's records as the explorer sees them (the notes of every live person and organization). */
async function preparationShown(context: ServiceContext) {
  const people = await listPeople(context, { sort: "stage" });
  const notes = [];
  for (const person of people) {
    const { notes: theirs } = await listResearchNotes(context, { personId: person.id });
    notes.push(...theirs);
  }
  const { upcoming } = await listConversations(context);
  const picks = [];
  for (const conversation of upcoming)
    picks.push(await getStoryPicks(context, conversation.activityId));
  const conduct = [];
  for (const conversation of upcoming)
    conduct.push(await getConduct(context, conversation.activityId));
  return {
    conduct,
    researchNotes: notes,
    pitches: await listPitches(context),
    preparedAnswers: await listPreparedAnswers(context),
    stories: await listStories(context),
    picks,
  };
}
