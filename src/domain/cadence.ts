import { TZDate } from "@date-fns/tz";
import { addBusinessDays } from "date-fns/addBusinessDays";
import { addDays } from "date-fns/addDays";
import { addHours } from "date-fns/addHours";
import { addMinutes } from "date-fns/addMinutes";
import { addMonths } from "date-fns/addMonths";
import { addWeeks } from "date-fns/addWeeks";
import { startOfDay } from "date-fns/startOfDay";
import { subDays } from "date-fns/subDays";
import type { Activity, ActivityKind } from "./activity.js";
import type { CadenceSettings, Routine } from "./cadence-settings.js";
import { conversationClosings } from "./conversation.js";
import { followUpRules, type TakeawayFact } from "./follow-up/follow-up-rules.js";
import { chronological, compareInstants, deriveStage, isTouch } from "./stage.js";

/**
 * When every reminder fires (METHOD §3, "follow up on a cadence"). Pure: the log, the
 * settings and `now` go in; the due actions come out. Business days and "the day before"
 * are counted in the explorer's time zone. Any new touch resets the clock, because each
 * rule looks at the latest touch and its key names that touch.
 */

/** How Today groups actions, in the order it lists them. */
export const actionGroups = [
  "happened",
  "thank",
  "schedule",
  "call",
  "write",
  "follow_up",
  "confirm",
  "prepare",
  "keep_in_touch",
] as const;
export type ActionGroup = (typeof actionGroups)[number];

export const actionGroupLabels: Record<ActionGroup, string> = {
  happened: "Did it happen?",
  follow_up: "Follow up",
  keep_in_touch: "Keep in touch",
  schedule: "Schedule",
  call: "Call",
  write: "Write",
  thank: "Thank",
  confirm: "Confirm",
  prepare: "Prepare",
};

export type DueReason =
  | "schedule_conversation"
  | "fix_contact"
  | "follow_up_call"
  | "retry_call"
  | "reask"
  | "contact_suggested"
  | "second_contact"
  | "three_b7_follow_up"
  | "confirm_conversation"
  | "prepare_conversation"
  | "thank_you"
  /** A conversation's time has passed and nobody said whether it happened. */
  | "did_it_happen"
  /** They cancelled, or did not come: offer a new time. */
  | "offer_reschedule"
  /** Turn the conversation's notes into takeaways, the same evening. */
  | "write_up_notes"
  /** An action the explorer took from someone's advice, due on its day. */
  | "takeaway_action"
  /** An action from their advice is done: tell them what came of it. */
  | "send_update"
  /** The keep-in-touch cadence after the thank-you (any touch resets it). */
  | "keep_in_touch";

export const groupOfReason: Record<DueReason, ActionGroup> = {
  schedule_conversation: "schedule",
  fix_contact: "write",
  follow_up_call: "call",
  retry_call: "call",
  three_b7_follow_up: "call",
  reask: "write",
  contact_suggested: "write",
  second_contact: "write",
  confirm_conversation: "confirm",
  prepare_conversation: "prepare",
  thank_you: "thank",
  did_it_happen: "happened",
  offer_reschedule: "schedule",
  write_up_notes: "follow_up",
  takeaway_action: "follow_up",
  send_update: "keep_in_touch",
  keep_in_touch: "keep_in_touch",
};

export type ActionState = "upcoming" | "due" | "overdue";

export interface DueAction {
  /** Stable while nothing changes; a new touch makes a new key (so a snooze ends with it). */
  key: string;
  personId: string;
  reason: DueReason;
  group: ActionGroup;
  dueAt: string;
  overdueAt: string | null;
  state: ActionState;
  /** The log entry this follows from, if any. */
  triggeredBy: string | null;
  /** For conversations: when it starts. */
  conversationAt: string | null;
}

export interface CadencePerson {
  id: string;
  organizationId: string | null;
  /** Introduced by someone: contacting them is an action of its own. */
  referredById: string | null;
  createdAt: string;
  /** Their own routine, else the settings' default. */
  routine: Routine | null;
  /** Keep in touch every this many months; null (or absent) follows the setting. */
  keepInTouchMonths?: number | null;
}

export interface Snooze {
  key: string;
  until: string;
}

export interface CadenceInput {
  people: readonly CadencePerson[];
  /** Every live log entry of these people. */
  activities: readonly Activity[];
  settings: CadenceSettings;
  now: Date;
  snoozes?: readonly Snooze[];
  /** Keys the explorer dismissed (with a reason kept elsewhere). */
  dismissed?: readonly string[];
  /** Also return actions falling due within this many days (e.g. this week's conversations). */
  horizonDays?: number;
}

type Rule = Omit<DueAction, "state" | "group" | "key"> & { key?: string };
/** A reminder before its key is made; rules in other files (follow-up) return these. */
export type ReminderRule = Rule;

/** Letters, e-mails and networking-site messages: what 3B7 and the follow-up call count. */
export const writtenActivityKinds = [
  "letter_sent",
  "email_sent",
  "network_message_sent",
] as const satisfies readonly ActivityKind[];
const writtenKinds = new Set<ActivityKind>(writtenActivityKinds);
const unansweredCalls = new Set(["voicemail", "message_left", "no_answer"]);

/** UTC ISO text; TZDate's own toISOString keeps the zone's offset instead of "Z". */
function iso(date: Date): string {
  return new Date(date.getTime()).toISOString();
}

function zoned(instant: string | Date, settings: CadenceSettings): TZDate {
  return new TZDate(new Date(instant).getTime(), settings.timeZone);
}

/**
 * Rules that follow the latest touch: a snag in the outreach, scheduling after a yes,
 * follow-ups, retries, re-asks and the 3B7 routine.
 */
function outreachRules(
  person: CadencePerson,
  log: Activity[],
  settings: CadenceSettings,
  colleagueWrittenAt: string | null,
): Rule[] {
  const touches = log.filter((entry) => isTouch(entry.kind));
  const last = touches.at(-1);
  if (!last) return [];
  const at = zoned(last.occurredAt, settings);
  const base = { personId: person.id, triggeredBy: last.id, conversationAt: null };
  const stage = deriveStage(log);
  const asking = stage === "contacted" || stage === "following_up";
  // A snafu after the latest letter, e-mail or call (a bounce, a wrong number, a message
  // likely never opened) means it did not land: waiting for a reply to it is pointless.
  const snag = log.slice(log.lastIndexOf(last) + 1).findLast((entry) => entry.kind === "snafu");
  if (snag && asking && (writtenKinds.has(last.kind) || last.kind === "call")) {
    return [
      {
        ...base,
        reason: "fix_contact",
        triggeredBy: snag.id,
        dueAt: snag.occurredAt,
        overdueAt: iso(
          addBusinessDays(zoned(snag.occurredAt, settings), settings.retryBusinessDays),
        ),
      },
    ];
  }
  // They replied, or picked up the phone, and nothing is scheduled yet: agree a time while
  // they are willing. Answered within the few business days a retry would wait.
  const saidYes =
    last.kind === "reply_received" || (last.kind === "call" && last.outcome === "answered");
  if (saidYes && asking) {
    return [
      {
        ...base,
        reason: "schedule_conversation",
        dueAt: last.occurredAt,
        overdueAt: iso(addBusinessDays(at, settings.retryBusinessDays)),
      },
    ];
  }
  if (writtenKinds.has(last.kind) && asking) {
    if ((person.routine ?? settings.routine) === "3b7")
      return threeB7Rules(person, touches, settings, colleagueWrittenAt);
    return [
      {
        ...base,
        reason: "follow_up_call",
        dueAt: iso(addDays(at, settings.followUpCallDays)),
        overdueAt: iso(addDays(at, settings.followUpOverdueDays)),
      },
    ];
  }
  if (last.kind === "call" && last.outcome !== null && unansweredCalls.has(last.outcome)) {
    return [
      {
        ...base,
        reason: "retry_call",
        dueAt: iso(addBusinessDays(at, settings.retryBusinessDays)),
        overdueAt: iso(addBusinessDays(at, 2 * settings.retryBusinessDays)),
      },
    ];
  }
  if (last.kind === "declined" && last.outcome === "maybe_later") {
    const due = addWeeks(at, settings.reaskWeeks);
    return [
      {
        ...base,
        reason: "reask",
        dueAt: iso(due),
        overdueAt: iso(addDays(due, 7)),
      },
    ];
  }
  return [];
}

/**
 * 3B7: three business days without a reply, contact a second person at the same
 * organization; after seven days, follow up once with the first. After that one follow-up
 * the routine asks nothing more of this person. Writing to anyone else at the organization
 * since the first letter is the second contact done.
 */
function threeB7Rules(
  person: CadencePerson,
  touches: Activity[],
  settings: CadenceSettings,
  colleagueWrittenAt: string | null,
): Rule[] {
  // Unanswered outreach in a row at the end of the log; a reply or call would end the run.
  let unanswered = 0;
  for (const touch of [...touches].reverse()) {
    if (!writtenKinds.has(touch.kind)) break;
    unanswered += 1;
  }
  const first = touches[touches.length - unanswered];
  if (!first || unanswered > 1) return [];
  const at = zoned(first.occurredAt, settings);
  const base = { personId: person.id, triggeredBy: first.id, conversationAt: null };
  const rules: Rule[] = [
    {
      ...base,
      reason: "three_b7_follow_up",
      dueAt: iso(addDays(at, settings.threeB7FollowUpDays)),
      overdueAt: iso(addDays(at, settings.followUpOverdueDays)),
    },
  ];
  const secondContactDone = colleagueWrittenAt !== null && colleagueWrittenAt > first.occurredAt;
  if (person.organizationId && !secondContactDone) {
    const due = addBusinessDays(at, settings.secondContactBusinessDays);
    rules.push({
      ...base,
      reason: "second_contact",
      dueAt: iso(due),
      overdueAt: iso(addDays(at, settings.threeB7FollowUpDays)),
    });
  }
  return rules;
}

/**
 * "Did it happen?" for every booked conversation nothing has closed (neither held nor
 * cancelled): due from its start (`activeActions` keeps it hidden until then), late once
 * a thank-you would be.
 */
function didItHappenRules(
  person: CadencePerson,
  log: Activity[],
  settings: CadenceSettings,
  closings: Map<string, Activity>,
): Rule[] {
  return log.flatMap((entry) => {
    if (entry.kind !== "meeting_scheduled" || !entry.scheduledFor || closings.has(entry.id))
      return [];
    const end = addMinutes(
      new Date(entry.scheduledFor),
      entry.durationMinutes ?? settings.conversationMinutes,
    );
    return [
      {
        personId: person.id,
        reason: "did_it_happen" as const,
        triggeredBy: entry.id,
        conversationAt: entry.scheduledFor,
        dueAt: entry.scheduledFor,
        overdueAt: iso(addHours(end, settings.thankYouDueHours)),
      },
    ];
  });
}

/** Confirm the day before and prepare ahead, for a scheduled conversation still to come. */
function conversationRules(
  person: CadencePerson,
  log: Activity[],
  settings: CadenceSettings,
  closings: Map<string, Activity>,
): Rule[] {
  const scheduled = [...log].reverse().find((entry) => entry.kind === "meeting_scheduled");
  if (!scheduled?.scheduledFor) return [];
  // Whether it is still to come depends on `now`, so `activeActions` decides that.
  const startsAt = scheduled.scheduledFor;
  if (closings.has(scheduled.id)) return [];
  const start = zoned(startsAt, settings);
  const confirmFrom = startOfDay(subDays(start, 1));
  // A call, e-mail or reply on or after the day before counts as the confirmation.
  const confirmed = log.some(
    (entry) =>
      isTouch(entry.kind) && entry.id !== scheduled.id && new Date(entry.occurredAt) >= confirmFrom,
  );
  const base = {
    personId: person.id,
    triggeredBy: scheduled.id,
    conversationAt: startsAt,
    overdueAt: startsAt,
  };
  const rules: Rule[] = [
    {
      ...base,
      reason: "prepare_conversation",
      dueAt: iso(startOfDay(subDays(start, settings.prepareDaysBefore))),
    },
  ];
  if (!confirmed) rules.push({ ...base, reason: "confirm_conversation", dueAt: iso(confirmFrom) });
  return rules;
}

/**
 * When a held conversation ended: its logged time (the start) plus its real length; an
 * entry without a length (logged before lengths were kept) was logged at its end.
 */
export function heldEndsAt(held: Pick<Activity, "occurredAt" | "durationMinutes">): string {
  if (held.durationMinutes === null) return held.occurredAt;
  return iso(addMinutes(new Date(held.occurredAt), held.durationMinutes));
}

/**
 * A thank-you after the latest conversation: actionable from the moment it ends, best
 * within `thankYouIdealHours` (Today counts that down), late after `thankYouDueHours`.
 */
function thankYouRule(person: CadencePerson, log: Activity[], settings: CadenceSettings): Rule[] {
  const held = [...log].reverse().find((entry) => entry.kind === "conversation_held");
  if (!held) return [];
  if (log.some((entry) => entry.kind === "thank_you_sent" && entry.occurredAt >= held.occurredAt))
    return [];
  const end = heldEndsAt(held);
  return [
    {
      personId: person.id,
      reason: "thank_you",
      triggeredBy: held.id,
      conversationAt: null,
      dueAt: end,
      overdueAt: iso(addHours(new Date(end), settings.thankYouDueHours)),
    },
  ];
}

/** When the thank-you is best sent: `thankYouIdealHours` after the reminder falls due. */
export function thankYouIdealBy(dueAt: string, settings: CadenceSettings): string {
  return iso(addHours(new Date(dueAt), settings.thankYouIdealHours));
}

/**
 * After a cancellation (by either side) or a no-show: offer a new time, until anything
 * else is logged with them (a new booking, a letter, a call, a reply…). Due from when the
 * cancellation was logged (it is dated at the conversation's start).
 */
function offerRescheduleRule(
  person: CadencePerson,
  log: Activity[],
  settings: CadenceSettings,
): Rule[] {
  const index = log.findLastIndex((entry) => entry.kind === "conversation_cancelled");
  const cancelled = log[index];
  if (!cancelled) return [];
  if (log.slice(index + 1).some((entry) => isTouch(entry.kind))) return [];
  const due =
    cancelled.createdAt > cancelled.occurredAt ? cancelled.createdAt : cancelled.occurredAt;
  const at = zoned(due, settings);
  return [
    {
      personId: person.id,
      reason: "offer_reschedule",
      triggeredBy: cancelled.id,
      conversationAt: null,
      dueAt: due,
      // "I cancelled": offer a new time when you can; theirs is answered within days.
      overdueAt:
        cancelled.outcome === "cancelled_by_me"
          ? iso(addDays(at, settings.followUpOverdueDays))
          : iso(addBusinessDays(at, settings.retryBusinessDays)),
    },
  ];
}

/**
 * Keep in touch every `keepInTouchMonths` (the person's own, else the setting) after the
 * thank-you for a conversation: counted from the latest touch of any kind, so every
 * letter, call, update, reply or conversation resets it (its key names that touch).
 */
function keepInTouchRule(
  person: CadencePerson,
  log: Activity[],
  settings: CadenceSettings,
): Rule[] {
  const stage = deriveStage(log);
  if (stage !== "thanked" && stage !== "keeping_in_touch") return [];
  const heldIndex = log.findLastIndex((entry) => entry.kind === "conversation_held");
  if (heldIndex < 0 || !log.slice(heldIndex + 1).some((entry) => entry.kind === "thank_you_sent"))
    return [];
  const last = log.findLast((entry) => isTouch(entry.kind));
  if (!last) return [];
  const months = person.keepInTouchMonths ?? settings.keepInTouchMonths;
  const due = addMonths(zoned(last.occurredAt, settings), months);
  return [
    {
      personId: person.id,
      reason: "keep_in_touch",
      triggeredBy: last.id,
      conversationAt: null,
      dueAt: iso(due),
      overdueAt: iso(addWeeks(due, 2)),
    },
  ];
}

/** Someone introduced (or suggested) and not yet contacted. */
function suggestedRule(
  person: CadencePerson,
  log: Activity[],
  settings: CadenceSettings,
  suggestedAt: string | null,
): Rule[] {
  const since = suggestedAt ?? (person.referredById ? person.createdAt : null);
  if (!since || log.some((entry) => isTouch(entry.kind))) return [];
  return [
    {
      personId: person.id,
      reason: "contact_suggested",
      triggeredBy: null,
      conversationAt: null,
      dueAt: since,
      overdueAt: iso(addDays(new Date(since), settings.contactSuggestedDays)),
    },
  ];
}

function stateOf(rule: Pick<Rule, "dueAt" | "overdueAt">, now: Date): ActionState {
  if (now < new Date(rule.dueAt)) return "upcoming";
  return rule.overdueAt !== null && now >= new Date(rule.overdueAt) ? "overdue" : "due";
}

/** A reminder's key: its reason, whose it is, and the log entry it follows from ("none"). */
export function actionKey(reason: DueReason, personId: string, triggeredBy: string | null): string {
  return `${reason}:${personId}:${triggeredBy ?? "none"}`;
}

/**
 * The same key with its person's and log entry's ids passed through `rename` (a restore
 * that gives rows new ids); any text `actionKey` did not build is returned as it is.
 */
export function renameActionKeyIds(
  key: string,
  rename: { person(id: string): string; entry(id: string): string },
): string {
  const parts = key.split(":");
  const [reason, personId, triggeredBy] = parts;
  if (parts.length !== 3 || !reason || !personId || !triggeredBy) return key;
  const entry = triggeredBy === "none" ? triggeredBy : rename.entry(triggeredBy);
  return `${reason}:${rename.person(personId)}:${entry}`;
}

/**
 * A reminder before `now` is applied: what the log and settings alone say. Cached per
 * person (see services/due-actions.ts) so Today need not read every log on every visit.
 */
export type PendingAction = Omit<DueAction, "state" | "group">;

/**
 * One person's pending reminders from their log (in chronological order), the settings,
 * when someone else's log suggested them (null if nobody did), and when the explorer last
 * wrote to someone else at their organization (null if never). Independent of `now`.
 */
export function pendingActionsFor(
  person: CadencePerson,
  log: readonly Activity[],
  settings: CadenceSettings,
  suggestedAt: string | null,
  colleagueWrittenAt: string | null = null,
  takeaways: readonly TakeawayFact[] = [],
): PendingAction[] {
  const entries = [...log];
  const closings = conversationClosings(entries);
  const rules = [
    ...followUpRules(person, entries, takeaways, settings),
    ...outreachRules(person, entries, settings, colleagueWrittenAt),
    ...didItHappenRules(person, entries, settings, closings),
    ...conversationRules(person, entries, settings, closings),
    ...thankYouRule(person, entries, settings),
    ...offerRescheduleRule(person, entries, settings),
    ...keepInTouchRule(person, entries, settings),
    ...suggestedRule(person, entries, settings, suggestedAt),
  ];
  // A rule about one of several records (a takeaway) names it in its own key.
  return rules.map((rule) => ({
    ...rule,
    key: rule.key ?? actionKey(rule.reason, person.id, rule.triggeredBy),
  }));
}

export interface ActiveActionsOptions {
  now: Date;
  snoozes?: readonly Snooze[];
  dismissed?: readonly string[];
  horizonDays?: number;
}

/**
 * The pending reminders that apply at `now`: not dismissed, not snoozed, due within the
 * horizon, and (for conversations) before the conversation starts, except "did it
 * happen?", which applies only once it has started; soonest first.
 */
export function activeActions(
  pending: Iterable<PendingAction>,
  options: ActiveActionsOptions,
): DueAction[] {
  const { now } = options;
  const horizon = addDays(now, options.horizonDays ?? 0);
  const dismissed = new Set(options.dismissed ?? []);
  const snoozedUntil = new Map(
    (options.snoozes ?? []).map((snooze) => [snooze.key, new Date(snooze.until)]),
  );
  const actions: DueAction[] = [];
  for (const action of pending) {
    if (action.reason === "did_it_happen") {
      if (action.conversationAt !== null && new Date(action.conversationAt) > now) continue;
    } else if (action.conversationAt !== null && new Date(action.conversationAt) <= now) continue;
    const snooze = snoozedUntil.get(action.key);
    if (dismissed.has(action.key) || (snooze && now < snooze)) continue;
    if (new Date(action.dueAt) > horizon) continue;
    actions.push({ ...action, group: groupOfReason[action.reason], state: stateOf(action, now) });
  }
  return actions.sort(
    (first, second) =>
      compareInstants(first.dueAt, second.dueAt) || compareInstants(first.key, second.key),
  );
}

/** When, and in whose log, each person was first suggested ("try X instead"). */
export function firstSuggestions(
  activities: readonly Activity[],
): Map<string, { at: string; by: string }> {
  const suggested = new Map<string, { at: string; by: string }>();
  for (const entry of chronological(activities)) {
    if (entry.suggestedPersonId && !suggested.has(entry.suggestedPersonId)) {
      suggested.set(entry.suggestedPersonId, { at: entry.occurredAt, by: entry.personId });
    }
  }
  return suggested;
}

/**
 * For each person at an organization, when the explorer last wrote to someone else there
 * (the 3B7 second contact). Keeps the two latest writers per organization, so each person
 * learns the latest of the others without comparing everyone with everyone.
 */
export function colleagueOutreach(
  people: readonly Pick<CadencePerson, "id" | "organizationId">[],
  activities: readonly Activity[],
): Map<string, string> {
  const organizationOf = new Map(people.map((person) => [person.id, person.organizationId]));
  const latestWritten = new Map<string, string>();
  for (const entry of activities) {
    if (!writtenKinds.has(entry.kind) || !organizationOf.get(entry.personId)) continue;
    const previous = latestWritten.get(entry.personId);
    if (previous === undefined || entry.occurredAt > previous)
      latestWritten.set(entry.personId, entry.occurredAt);
  }
  type Writer = { personId: string; at: string };
  const topTwo = new Map<string, [Writer, Writer | null]>();
  for (const [personId, at] of latestWritten) {
    const organizationId = organizationOf.get(personId);
    if (!organizationId) continue;
    const writer = { personId, at };
    const top = topTwo.get(organizationId);
    if (!top) topTwo.set(organizationId, [writer, null]);
    else if (at > top[0].at) topTwo.set(organizationId, [writer, top[0]]);
    else if (!top[1] || at > top[1].at) topTwo.set(organizationId, [top[0], writer]);
  }
  const result = new Map<string, string>();
  for (const person of people) {
    const top = person.organizationId ? topTwo.get(person.organizationId) : undefined;
    const other = top?.[0].personId === person.id ? top[1] : top?.[0];
    if (other) result.set(person.id, other.at);
  }
  return result;
}

/** One person's pending reminders, and whose log first suggested them (null if nobody's). */
export interface PersonPendingActions {
  personId: string;
  actions: PendingAction[];
  suggestedBy: string | null;
}

/**
 * Every person's pending reminders from the whole log, person by person: the one place
 * the whole-log inputs of `pendingActionsFor` (each log in order, first suggestions, the
 * latest letter to a colleague) are gathered, for Today and for the reminders cache.
 */
export function pendingActionsByPerson(
  input: Pick<CadenceInput, "people" | "activities" | "settings"> & {
    /** Every live takeaway, whoever's (the follow-up reminders). */
    takeaways?: readonly (TakeawayFact & { personId: string })[];
  },
): PersonPendingActions[] {
  const takeawaysOf = new Map<string, TakeawayFact[]>();
  for (const takeaway of input.takeaways ?? []) {
    const list = takeawaysOf.get(takeaway.personId);
    if (list) list.push(takeaway);
    else takeawaysOf.set(takeaway.personId, [takeaway]);
  }
  const logs = new Map<string, Activity[]>();
  for (const entry of chronological(input.activities)) {
    const log = logs.get(entry.personId);
    if (log) log.push(entry);
    else logs.set(entry.personId, [entry]);
  }
  const suggested = firstSuggestions(input.activities);
  const colleagues = colleagueOutreach(input.people, input.activities);
  return input.people.map((person) => {
    const suggestion = suggested.get(person.id);
    return {
      personId: person.id,
      actions: pendingActionsFor(
        person,
        logs.get(person.id) ?? [],
        input.settings,
        suggestion?.at ?? null,
        colleagues.get(person.id) ?? null,
        takeawaysOf.get(person.id) ?? [],
      ),
      suggestedBy: suggestion?.by ?? null,
    };
  });
}

/** Every person's pending reminders from the whole log. */
export function computePendingActions(
  input: Parameters<typeof pendingActionsByPerson>[0],
): PendingAction[] {
  return pendingActionsByPerson(input).flatMap(({ actions }) => actions);
}

/** Every action due (or, within the horizon, coming due), soonest first. */
export function computeDueActions(input: CadenceInput): DueAction[] {
  return activeActions(computePendingActions(input), input);
}
