import type { Query, QueryClient } from "@tanstack/react-query";
import type { Activity } from "../../domain/activity.js";
import type { PeopleQuery } from "../../domain/person.js";
import type { Profile, Target } from "../../domain/profile.js";
import type { PersonDue, TodayView } from "../../domain/today.js";

/**
 * Every cached query's key, and below them every "refresh after a change", in one place:
 * a feature's mutation says what changed (`afterLogChange`) and this module knows which
 * cached answers that touches.
 *
 * Most keys sit under "people" on purpose: Today, the log, conversations, who is on a
 * trip… all follow people and their logs (stages, last touch, locations), so a change to a
 * person or a log refreshes them by refreshing "people".
 */
export const queryKeys = {
  people: ["people"] as const,
  /** The people list page by page (the table and the board). */
  peoplePages: (query: PeopleQuery) => ["people", "pages", query] as const,
  /** Names to pick someone from. */
  peopleNames: ["people", "names"] as const,
  peopleLocations: ["people", "locations"] as const,
  person: (id: string) => ["people", "detail", id] as const,
  organizations: ["organizations"] as const,
  organizationList: ["organizations", "list"] as const,
  organization: (id: string) => ["organizations", "detail", id] as const,

  activities: (personId: string) => ["people", "log", personId] as const,
  introduced: (personId: string) => ["people", "introduced", personId] as const,
  asks: (personId: string) => ["people", "asks", personId] as const,
  /** Today moves with the clock and with every person or log change. */
  today: ["people", "today"] as const,
  /** Conversations are log entries. */
  conversations: ["people", "conversations"] as const,
  trips: ["trips"] as const,
  trip: (id: string) => ["trips", "detail", id] as const,
  tripPeople: (tripId: string) => ["people", "trip-people", tripId] as const,
  tripForPerson: (personId: string) => ["people", "trip-for", personId] as const,
  targetUsage: (targetId: string | null) => ["people", "target-usage", targetId] as const,
  search: (text: string) => ["search", text] as const,

  /** The profile and the interests/locations come in one answer. */
  profile: ["profile"] as const,
  targets: ["targets"] as const,
  /** Reminders, the time zone and a conversation's default length. */
  cadence: ["settings", "cadence"] as const,
  calendarFeed: ["settings", "calendar"] as const,
  /** Phones and tablets paired over the LAN, and whether Rapport serves the LAN now. */
  devices: ["settings", "devices"] as const,
  smtp: ["settings", "smtp"] as const,
  resume: ["settings", "resume"] as const,
  coachLimits: ["settings", "coach"] as const,
  templates: ["templates"] as const,
  /** A conversation's preparation page; under "people" so log changes (a new time) refresh it. */
  preparation: (activityId: string) => ["people", "preparation", activityId] as const,
  /** Conduct mode's page (issue 11); under "people" so log changes refresh it. */
  conduct: (activityId: string) => ["people", "conduct", activityId] as const,
  /** The takeaways a thank-you or update draft cites, per person and conversation. */
  draftTakeaways: ["draft-takeaways"] as const,
  /** The built-in and the explorer's own question banks. */
  questionBank: ["questions"] as const,
  prepareSettings: ["settings", "prepare"] as const,
  /** The yes/no check of one question's text. */
  questionCheck: (text: string) => ["coach", "questions", text] as const,
  // Prepare's records (issue 10). Notes live under "people" (and "organizations") so that
  // a person's or organization's delete, restore or rename refreshes them with the rest.
  researchNotes: (of: { personId: string } | { organizationId: string }) =>
    "personId" in of
      ? (["people", "research-notes", of.personId] as const)
      : (["organizations", "research-notes", of.organizationId] as const),
  pitches: ["pitches"] as const,
  preparedAnswers: ["prepared-answers"] as const,
  stories: ["stories"] as const,
  storyPicks: (activityId: string) => ["stories", "picks", activityId] as const,
  pitchFindings: (text: string) => ["coach", "pitch", text] as const,
  /** Which conversations this device keeps for offline use (lib/offline-pack.ts). */
  keptOnDevice: ["device", "kept"] as const,
  // Follow up (issue 11): under "people", so a person's or a log change refreshes them.
  takeaways: (activityId: string) => ["people", "takeaways", activityId] as const,
  reflection: (activityId: string) => ["people", "reflection", activityId] as const,
  reflections: ["people", "reflections"] as const,
  /** Insights (issue 12): every section follows people, logs, takeaways and reflections. */
  insights: ["people", "insights"] as const,
  insightsSection: (section: string, query: object) =>
    ["people", "insights", section, query] as const,
  /** The "still excited?" check-ins (Insights → Compare, Today). */
  checkIns: ["people", "check-ins"] as const,
  /** The coach's findings for one draft; see features/compose/queries.ts. */
  coachFindings: (
    purpose: string,
    kind: string,
    introducerName: string,
    introducerPermission: string,
    text: string,
  ) => ["coach", purpose, kind, introducerName, introducerPermission, text] as const,
};

function refresh(queryClient: QueryClient, keys: readonly (readonly unknown[])[]) {
  return Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

/** A person or an organization was created, edited, restored or imported: they point at each other (names, counts). */
export function afterPeopleChange(queryClient: QueryClient) {
  return refresh(queryClient, [queryKeys.people, queryKeys.organizations]);
}

/**
 * A person or an organization was deleted. The page showing it is about to go away; its own
 * queries (the record, its log, its asks… any key that names its id) would only answer 404
 * if fetched again, so they are marked stale without refetching (the next visit asks afresh
 * and says "not found"); everything else about people and organizations is refreshed.
 */
export function afterRecordDeleted(queryClient: QueryClient, id: string) {
  const namesGone = (query: Query) => query.queryKey.includes(id);
  const aboutPeople = (query: Query) =>
    query.queryKey[0] === "people" || query.queryKey[0] === "organizations";
  void queryClient.invalidateQueries({ predicate: namesGone, refetchType: "none" });
  void queryClient.invalidateQueries({
    predicate: (query) => aboutPeople(query) && !namesGone(query),
  });
}

/**
 * A log entry, a network ask, a conversation or a sent e-mail changed: stage, last touch,
 * referrals, Today and search results all follow the log.
 */
export function afterLogChange(queryClient: QueryClient) {
  return refresh(queryClient, [queryKeys.people, queryKeys.organizations, ["search"]]);
}

/** Newest first, as the API lists them; ties keep the order they were logged in. */
function sortNewestFirst(activities: Activity[]): Activity[] {
  return [...activities].sort(
    (first, second) =>
      second.occurredAt.localeCompare(first.occurredAt) ||
      second.createdAt.localeCompare(first.createdAt),
  );
}

/** A saved entry goes into the cached log at once, before the refetch confirms it. */
export function showInLog(queryClient: QueryClient, activity: Activity) {
  queryClient.setQueryData<Activity[]>(queryKeys.activities(activity.personId), (current) =>
    sortNewestFirst([
      activity,
      ...(current ?? []).filter((existing) => existing.id !== activity.id),
    ]),
  );
}

/** A deleted entry leaves the cached log at once. */
export function removeFromLog(queryClient: QueryClient, activity: Activity) {
  queryClient.setQueryData<Activity[]>(queryKeys.activities(activity.personId), (current) =>
    current?.filter((existing) => existing.id !== activity.id),
  );
}

/**
 * A call (and any person "try someone else" created with it) was taken back in the browser:
 * the log, Today and the people lists all live under "people".
 */
export function afterCallTakenBack(queryClient: QueryClient) {
  return refresh(queryClient, [queryKeys.people]);
}

/**
 * An action on Today was snoozed, dismissed or undone: a settled one (its key) leaves the
 * cached agenda at once, then the agenda is asked again. Undo passes null and only refreshes.
 */
export function afterTodayActionChange(queryClient: QueryClient, settledKey: string | null) {
  if (settledKey !== null) {
    // Every cached agenda and person's list; a group's count drops with its action.
    queryClient.setQueriesData<TodayView | PersonDue>({ queryKey: queryKeys.today }, (current) =>
      current ? withoutAction(current, settledKey) : current,
    );
  }
  return queryClient.invalidateQueries({ queryKey: queryKeys.today });
}

function withoutAction<View extends TodayView | PersonDue>(view: View, key: string): View {
  const settled = view.actions.find((action) => action.key === key);
  if (!settled) return view;
  const actions = view.actions.filter((action) => action !== settled);
  if (!("groups" in view)) return { ...view, actions };
  const overdue = settled.state === "overdue" ? 1 : 0;
  return {
    ...view,
    actions,
    groups:
      settled.state === "upcoming"
        ? view.groups
        : view.groups
            .map((group) =>
              group.group === settled.group
                ? { ...group, total: group.total - 1, overdue: group.overdue - overdue }
                : group,
            )
            .filter((group) => group.total > 0),
    comingUpTotal: view.comingUpTotal - (settled.state === "upcoming" ? 1 : 0),
  };
}

/** A trip was saved, deleted or restored: the trips and who is there for each. */
export function afterTripChange(queryClient: QueryClient) {
  return refresh(queryClient, [queryKeys.trips, ["people", "trip-people"], ["people", "trip-for"]]);
}

/** An interest or location was added, renamed or removed; people and organizations count tags. */
export function afterTargetsChange(queryClient: QueryClient) {
  return refresh(queryClient, [
    queryKeys.profile,
    queryKeys.targets,
    queryKeys.people,
    queryKeys.organizations,
  ]);
}

/** The profile was saved (or the welcome finished): the server's answer replaces the cached one. */
export function afterProfileSaved(queryClient: QueryClient, profile: Profile) {
  queryClient.setQueryData<{ profile: Profile; targets: Target[] }>(queryKeys.profile, (current) =>
    current ? { ...current, profile } : current,
  );
}

/**
 * The cadence settings were saved: Today's reminders follow the new cadence, and its
 * conversation times are counted in the new zone.
 */
export function afterCadenceSaved<Settings>(queryClient: QueryClient, saved: Settings) {
  queryClient.setQueryData(queryKeys.cadence, saved);
  void queryClient.invalidateQueries({ queryKey: queryKeys.people });
}

/** The calendar feed was turned on, off or given a new address; the answer is its new state. */
export function afterCalendarFeedChange<Feed>(queryClient: QueryClient, feed: Feed) {
  queryClient.setQueryData(queryKeys.calendarFeed, feed);
}

/** A device was revoked or paired: the list (and "last seen") comes again. */
export function afterDevicesChange(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: queryKeys.devices });
}

/** The SMTP account was saved (the answer) or removed (null). */
export function afterSmtpAccountChange<Account>(queryClient: QueryClient, account: Account | null) {
  queryClient.setQueryData(queryKeys.smtp, account);
}

/** The résumé was uploaded (the answer) or removed (null). */
export function afterResumeChange<Resume>(queryClient: QueryClient, resume: Resume | null) {
  queryClient.setQueryData(queryKeys.resume, resume);
}

/** A template was added, edited, deleted or restored. */
export function afterTemplatesChange(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: queryKeys.templates });
}

/** The coach's limits were saved: findings already computed were measured against the old ones. */
export function afterCoachLimitsSaved<Limits>(queryClient: QueryClient, saved: Limits) {
  queryClient.setQueryData(queryKeys.coachLimits, saved);
  void queryClient.invalidateQueries({ queryKey: ["coach"] });
}

/** A backup was restored: everything on every page may have changed. */
export function afterRestore(queryClient: QueryClient) {
  return queryClient.invalidateQueries();
}

/**
 * A preparation changed (objective, ticks, its plan): its page, Today's "5 of 8 ready"
 * and search (plan questions are found by search).
 */
export function afterPreparationChange(queryClient: QueryClient, activityId: string) {
  return refresh(queryClient, [
    queryKeys.preparation(activityId),
    queryKeys.today,
    queryKeys.conversations,
    ["search"],
  ]);
}

/** The explorer's own bank changed: the picker, Settings and search. */
export function afterQuestionBankChange(queryClient: QueryClient) {
  return refresh(queryClient, [queryKeys.questionBank, ["search"]]);
}

/** Settings → Prepare changed: every preparation's budget, and Today's progress. */
export function afterPrepareSettingsSaved(queryClient: QueryClient) {
  return refresh(queryClient, [
    queryKeys.prepareSettings,
    ["people", "preparation"],
    queryKeys.today,
  ]);
}

/** A research note was added, edited, deleted or restored: the notes lists, and search finds notes. */
export function afterResearchNotesChange(queryClient: QueryClient) {
  return refresh(queryClient, [
    ["people", "research-notes"],
    ["organizations", "research-notes"],
    ["search"],
  ]);
}

/** A pitch (default or an organization's) was saved, deleted or restored. */
export function afterPitchesChange(queryClient: QueryClient) {
  return refresh(queryClient, [queryKeys.pitches]);
}

/** The prepared answers were saved: the server's answer is the new list. */
export function afterPreparedAnswersSaved<Answers>(queryClient: QueryClient, saved: Answers) {
  queryClient.setQueryData(queryKeys.preparedAnswers, saved);
}

/** A story was added, edited, deleted or restored: the bank, every conversation's picks, search. */
export function afterStoriesChange(queryClient: QueryClient) {
  return refresh(queryClient, [queryKeys.stories, ["search"]]);
}

/** A conversation's picks were saved: the answer is the new picks. */
export function afterStoryPicksSaved<Picks>(
  queryClient: QueryClient,
  activityId: string,
  saved: Picks,
) {
  queryClient.setQueryData(queryKeys.storyPicks(activityId), saved);
}

/**
 * A takeaway was added, edited, ticked off, deleted or restored: the conversation's list,
 * Today (the write-up, the action and the update reminders), the person's takeaways (the
 * thank-you draft reads them) and search (takeaways are found by search).
 */
export function afterTakeawaysChange(queryClient: QueryClient, activityId: string) {
  return refresh(queryClient, [
    queryKeys.takeaways(activityId),
    queryKeys.today,
    ["people", "person-takeaways"],
    // The thank-you and update drafts cite them (compose/queries.ts).
    queryKeys.draftTakeaways,
    queryKeys.insights,
    ["search"],
  ]);
}

/** A reflection was saved: the answer is the new one; the trend and preparation pages follow. */
export function afterReflectionSaved<Reflection>(
  queryClient: QueryClient,
  activityId: string,
  saved: Reflection,
) {
  queryClient.setQueryData(queryKeys.reflection(activityId), { reflection: saved });
  return refresh(queryClient, [
    queryKeys.reflections,
    ["people", "preparation"],
    queryKeys.insights,
  ]);
}

/**
 * A "still excited?" check-in was saved, taken back or restored: Today's card, the check-in
 * form and Insights (Compare's excitement series) follow.
 */
export function afterCheckIn(queryClient: QueryClient) {
  return refresh(queryClient, [queryKeys.checkIns, queryKeys.today, queryKeys.insights]);
}
