import type { Activity } from "../domain/activity.js";
import { actionGroups, activeActions, type DueAction } from "../domain/cadence.js";
import {
  type CadenceSettings,
  cadenceSettingsFrom,
  cadenceSettingsSchema,
} from "../domain/cadence-settings.js";
import type { Person } from "../domain/person.js";
import type { PlanQuestion } from "../domain/prepare/preparation.js";
import {
  assembleToday,
  type PersonDue,
  pastWeek,
  type TodayPreparations,
  type TodayView,
  upcomingThisWeek,
  weekSummaryOfCounts,
} from "../domain/today.js";
import {
  bySoonest,
  byUrgency,
  defaultTodayShown,
  inPageOrder,
  shownInGroup,
  type TodayShown,
  todayMostShown,
} from "../domain/today-page.js";
import { validate } from "../domain/validation.js";
import { dueCheckIn } from "./check-ins.service.js";
import type { ServiceContext } from "./context.js";
import { ensureDueActions } from "./due-actions.js";
import { getPrepareSettings } from "./prepare-settings.service.js";
import { onBulkChange } from "./projections.js";
import { validationFailed } from "./service-error.js";

/** The explorer's cadence: their saved choices over the defaults. */
export async function getCadenceSettings(context: ServiceContext): Promise<CadenceSettings> {
  return cadenceSettingsFrom(await context.store.settings.cadence(context.ownerId));
}

export async function saveCadenceSettings(
  context: ServiceContext,
  draft: unknown,
): Promise<CadenceSettings> {
  const current = await getCadenceSettings(context);
  const input = validate(cadenceSettingsSchema, {
    ...current,
    ...(typeof draft === "object" && draft !== null ? draft : {}),
  });
  if (!input.ok) throw validationFailed(input.fields);
  await context.transaction(async (tx) => {
    await tx.store.settings.saveCadence(tx.ownerId, input.value, tx.now().toISOString());
    // Every reminder may move; the next read of Today recomputes them all.
    await onBulkChange(tx);
  });
  return input.value;
}

/**
 * What is due today (the top of each group; `shown` opens groups further), this week's
 * conversations and the past week's progress. Reads only what it shows, from the cached
 * reminders, never every person or every log; `buildToday` from the whole log gives the
 * same view (the tests hold the two together).
 */
export async function getToday(
  context: ServiceContext,
  shown: TodayShown = defaultTodayShown,
): Promise<TodayView> {
  const settings = await getCadenceSettings(context);
  await ensureDueActions(context, settings);
  const now = context.now();
  const weekAhead = new Date(now.getTime() + todayHorizonDays * day).toISOString();
  const page = await context.store.dueActions.todayPage(context.ownerId, {
    now: now.toISOString(),
    horizon: weekAhead,
    shown: (bucket) =>
      bucket === "coming_up"
        ? Math.min(shown.comingUp, todayMostShown)
        : shownInGroup(shown, bucket),
  });
  const { after, until } = pastWeek(now);
  const [bookings, entriesByKind, peopleAdded, hasPeople] = await Promise.all([
    context.store.dueActions.openBookings(context.ownerId, {
      after: now.toISOString(),
      until: weekAhead,
      limit: Math.min(shown.conversations, todayMostShown),
    }),
    context.store.activities.countByKind(context.ownerId, { after, until }),
    context.store.people.countAdded(context.ownerId, { after, until }),
    context.store.people.hasAny(context.ownerId),
  ]);
  const entryIds = [
    ...new Set([
      ...page.actions.flatMap((action) => (action.triggeredBy ? [action.triggeredBy] : [])),
      ...bookings.bookingIds,
    ]),
  ];
  const [named, activities, preparations, checkIn] = await Promise.all([
    context.store.people.getMany(context.ownerId, [
      ...new Set(page.actions.map((action) => action.personId)),
    ]),
    context.store.activities.getMany(context.ownerId, entryIds),
    preparationsFor(context, page.actions),
    dueCheckIn(context, settings.checkInWeeks),
  ]);
  const people = [...named, ...(await secondContactColleagues(context, page.actions, named))];
  const bookingIds = new Set(bookings.bookingIds);
  const groups = actionGroups.flatMap((group) => {
    const counts = page.totals.get(group);
    return counts ? [{ group, ...counts }] : [];
  });
  return assembleToday({
    now,
    settings,
    page: {
      actions: inPageOrder(page.actions),
      groups,
      comingUpTotal: page.totals.get("coming_up")?.total ?? 0,
    },
    people,
    activities,
    upcoming: {
      conversations: upcomingThisWeek(
        activities.filter((activity) => bookingIds.has(activity.id)),
        await bookedPeople(context, activities, bookingIds, people),
        now,
        settings.conversationMinutes,
      ),
      total: bookings.total,
    },
    week: weekSummaryOfCounts(entriesByKind, peopleAdded),
    hasPeople,
    preparations,
    checkIn,
  });
}

/**
 * A person's actions on Today, all of them (due and coming up this week), in Today's
 * order: what their page and the call screen show, wherever Today's lists are cut.
 */
export async function getPersonDue(context: ServiceContext, personId: string): Promise<PersonDue> {
  const settings = await getCadenceSettings(context);
  await ensureDueActions(context, settings);
  const now = context.now();
  const [pending, states, named] = await Promise.all([
    context.store.dueActions.forPerson(context.ownerId, personId),
    context.store.today.states(context.ownerId),
    context.store.people.getMany(context.ownerId, [personId]),
  ]);
  const due = activeActions(pending, { now, ...states, horizonDays: todayHorizonDays });
  const [activities, preparations] = await Promise.all([
    context.store.activities.getMany(
      context.ownerId,
      due.flatMap((action) => (action.triggeredBy ? [action.triggeredBy] : [])),
    ),
    preparationsFor(context, due),
  ]);
  const { actions, timeZone } = assembleToday({
    now,
    settings,
    page: {
      actions: inPageOrder([
        ...due.filter((action) => action.state !== "upcoming").sort(byUrgency),
        ...due.filter((action) => action.state === "upcoming").sort(bySoonest),
      ]),
      groups: [],
      comingUpTotal: 0,
    },
    people: [...named, ...(await secondContactColleagues(context, due, named))],
    activities,
    upcoming: { conversations: [], total: 0 },
    week: weekSummaryOfCounts(new Map(), 0),
    hasPeople: named.length > 0,
    preparations,
  });
  return { now: now.toISOString(), timeZone, actions };
}

/** The people a shown second contact offers: the others at the organization. */
async function secondContactColleagues(
  context: ServiceContext,
  actions: readonly DueAction[],
  named: readonly Person[],
): Promise<Person[]> {
  const asking = new Set(
    actions.flatMap((action) => (action.reason === "second_contact" ? [action.personId] : [])),
  );
  const organizationIds = [
    ...new Set(
      named.flatMap((person) =>
        asking.has(person.id) && person.organizationId ? [person.organizationId] : [],
      ),
    ),
  ];
  if (organizationIds.length === 0) return [];
  const namedIds = new Set(named.map((person) => person.id));
  return (await context.store.people.atOrganizations(context.ownerId, organizationIds)).filter(
    (person) => !namedIds.has(person.id),
  );
}

/** Whom this week's shown bookings are with (most are already read for the actions). */
async function bookedPeople(
  context: ServiceContext,
  activities: readonly Activity[],
  bookingIds: ReadonlySet<string>,
  known: readonly Person[],
): Promise<Person[]> {
  const knownIds = new Set(known.map((person) => person.id));
  const missing = [
    ...new Set(
      activities.flatMap((activity) =>
        bookingIds.has(activity.id) && !knownIds.has(activity.personId) ? [activity.personId] : [],
      ),
    ),
  ];
  return [...known, ...(await context.store.people.getMany(context.ownerId, missing))];
}

/** The saved preparations of the conversations Today's "prepare" reminders name. */
async function preparationsFor(
  context: ServiceContext,
  due: readonly DueAction[],
): Promise<TodayPreparations> {
  const activityIds = [
    ...new Set(
      due.flatMap((action) =>
        action.reason === "prepare_conversation" && action.triggeredBy ? [action.triggeredBy] : [],
      ),
    ),
  ];
  const [saved, plans, settings] = await Promise.all([
    context.store.preparations.getMany(context.ownerId, activityIds),
    context.store.planQuestions.listFor(context.ownerId, activityIds),
    getPrepareSettings(context),
  ]);
  const byActivity = new Map(
    activityIds.map((id) => [
      id,
      {
        preparation: saved.find((each) => each.activityId === id) ?? null,
        plan: [] as PlanQuestion[],
      },
    ]),
  );
  for (const question of plans) byActivity.get(question.activityId)?.plan.push(question);
  return { byActivity, settings };
}

/** Today lists what is due and what comes due within this many days. */
const todayHorizonDays = 7;
const day = 24 * 60 * 60 * 1000;

function requireKey(key: unknown): string {
  if (typeof key !== "string" || key.length === 0 || key.length > 300)
    throw validationFailed({ key: "Say which reminder" });
  return key;
}

export async function snoozeAction(
  context: ServiceContext,
  key: unknown,
  until: unknown,
): Promise<void> {
  const validKey = requireKey(key);
  const when = typeof until === "string" ? new Date(until) : new Date(Number.NaN);
  if (Number.isNaN(when.getTime()) || when <= context.now()) {
    throw validationFailed({ until: "Choose a time in the future" });
  }
  await context.transaction((tx) =>
    tx.store.today.snooze(tx.ownerId, validKey, when.toISOString(), tx.now().toISOString()),
  );
}

export async function dismissAction(
  context: ServiceContext,
  key: unknown,
  reason: unknown,
): Promise<void> {
  const validKey = requireKey(key);
  const why = typeof reason === "string" ? reason.trim() : "";
  if (!why) throw validationFailed({ reason: "Say why, so you remember later" });
  if (why.length > 500) throw validationFailed({ reason: "Keep the reason under 500 characters" });
  await context.transaction((tx) =>
    tx.store.today.dismiss(tx.ownerId, validKey, why, tx.now().toISOString()),
  );
}

/** Undo of a snooze or a dismissal. */
export async function undoActionState(context: ServiceContext, key: unknown): Promise<void> {
  const validKey = requireKey(key);
  await context.transaction((tx) => tx.store.today.clear(tx.ownerId, validKey));
}
