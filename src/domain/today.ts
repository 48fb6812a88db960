import { type Activity, conversationModes } from "./activity.js";
import {
  type CadenceInput,
  computeDueActions,
  type DueAction,
  type DueReason,
  thankYouIdealBy,
} from "./cadence.js";
import type { CadenceSettings } from "./cadence-settings.js";
import { type Conversation, deriveConversations } from "./conversation.js";
import type { Person } from "./person.js";
import type { ChecklistProgress } from "./prepare/checklists.js";
import type { PlanQuestion, Preparation } from "./prepare/preparation.js";
import { emptyPreparation, preparedChecklist } from "./prepare/preparation-view.js";
import { defaultPrepareSettings, type PrepareSettings } from "./prepare/prepare-settings.js";
import { questionBudget } from "./prepare/time-budget.js";
import { compareInstants, isTouch } from "./stage.js";
import {
  type DuePage,
  defaultTodayShown,
  pageOfDue,
  type TodayGroupCount,
  type TodayShown,
  todayMostShown,
} from "./today-page.js";
import { formatInstant } from "./wording/dates.js";

/** A due action with what Today shows beside it. */
export interface TodayAction extends DueAction {
  personName: string;
  organizationName: string | null;
  phone: string | null;
  phoneExtension: string | null;
  email: string | null;
  /** Why it is due, in a sentence. */
  message: string;
  /** For "write to a second person at the organization" (3B7): whom to write to. */
  secondContact: SecondContactChoices | null;
  /**
   * For "prepare_conversation": the conversation's checklist progress ("5 of 8 ready");
   * its conversation is `triggeredBy`, which the preparation page is opened with.
   */
  preparation?: ChecklistProgress | null;
  /** For "thank_you": the end of the best window (Today counts down to it, then to `overdueAt`). */
  idealBy?: string | null;
  /** For "did_it_happen": the booked length, which "It happened" logs unless corrected. */
  conversationMinutes?: number | null;
}

/** What Today needs to show a conversation's preparation progress. */
export interface TodayPreparations {
  /** By conversation (its "meeting_scheduled" activity id); absent means nothing saved. */
  byActivity: ReadonlyMap<string, { preparation: Preparation | null; plan: PlanQuestion[] }>;
  settings: Pick<PrepareSettings, "minutesPerAnswer" | "openingMinutes" | "windDownMinutes">;
}

/** The checklist progress of the conversation a "prepare" reminder follows from. */
export function preparationProgress(
  conversation: Activity,
  preparations: TodayPreparations,
  defaultMinutes: number,
): ChecklistProgress {
  const saved = preparations.byActivity.get(conversation.id);
  const mode = conversationModes.find((each) => each === conversation.channel) ?? null;
  const durationMinutes = conversation.durationMinutes ?? defaultMinutes;
  const budget = questionBudget(saved?.plan ?? [], durationMinutes, preparations.settings);
  return preparedChecklist(
    { mode, place: conversation.place, durationMinutes },
    saved?.preparation ?? emptyPreparation(conversation.id),
    budget,
  ).progress;
}

/** One of the others at the organization, offered for the 3B7 second contact. */
export interface Colleague {
  id: string;
  name: string;
  title: string | null;
  email: string | null;
}

export interface SecondContactChoices {
  organizationId: string;
  /** The first few, those not yet contacted first; `total` says how many there are. */
  colleagues: Colleague[];
  total: number;
}

/** How many colleagues a second-contact action names; the organization's page lists all. */
export const shownColleagues = 5;

/**
 * The others at the person's organization the explorer could write to instead: not them,
 * not anyone who said no; those never contacted first (a fresh ask), then by name.
 */
export function secondContactChoices(
  person: Pick<Person, "id" | "organizationId">,
  people: readonly Person[],
): SecondContactChoices | null {
  const { organizationId } = person;
  if (organizationId === null) return null;
  const others = people
    .filter(
      (other) =>
        other.organizationId === organizationId &&
        other.id !== person.id &&
        other.stage !== "declined",
    )
    .sort(
      (first, second) =>
        Number(first.stage !== "identified") - Number(second.stage !== "identified") ||
        first.name.localeCompare(second.name) ||
        compareInstants(first.id, second.id),
    );
  return {
    organizationId,
    colleagues: others
      .slice(0, shownColleagues)
      .map(({ id, name, title, email }) => ({ id, name, title, email })),
    total: others.length,
  };
}

export interface UpcomingConversation
  extends Pick<
    Conversation,
    "activityId" | "startsAt" | "endsAt" | "durationMinutes" | "mode" | "place" | "placeLink"
  > {
  personId: string;
  personName: string;
  organizationName: string | null;
}

export interface WeekSummary {
  touches: number;
  conversations: number;
  thankYous: number;
  peopleAdded: number;
}

export interface TodayView {
  now: string;
  /** The explorer's time zone: "today", "due tomorrow" and snoozes are counted there. */
  timeZone: string;
  /** The shown actions: the most pressing of each group, then the first coming up. */
  actions: TodayAction[];
  /** Each group with something due: how many actions, shown or not, and how many overdue. */
  groups: TodayGroupCount[];
  /** Actions falling due later this week, shown or not. */
  comingUpTotal: number;
  /** The first of this week's conversations, soonest first. */
  upcoming: UpcomingConversation[];
  /** This week's conversations, shown or not. */
  upcomingTotal: number;
  week: WeekSummary;
  /** Whether anyone is saved yet: without, Today shows the first steps. */
  hasPeople: boolean;
  /**
   * "Still excited?" (METHOD §7): present only while a check-in is due (since `dueAt`);
   * the card stays until one is saved.
   */
  checkIn: DueCheckIn | null;
}

/** One person's actions on Today, with the clock their wording was made by. */
export interface PersonDue {
  now: string;
  timeZone: string;
  actions: TodayAction[];
}

export interface DueCheckIn {
  dueAt: string;
  lastCheckedAt: string | null;
}

const writtenLabel: Partial<Record<Activity["kind"], string>> = {
  letter_sent: "letter",
  email_sent: "email",
  network_message_sent: "message",
};

function day(instant: string, timeZone: string): string {
  return formatInstant(instant, timeZone, { day: "numeric", month: "short" });
}

/** "15:00" in the explorer's zone. */
function clock(instant: string, timeZone: string): string {
  return formatInstant(instant, timeZone, { hour: "2-digit", minute: "2-digit" });
}

/** The day of the conversation a booking (or anything dated by it) is about. */
function conversationDay(trigger: Activity | null, timeZone: string): string {
  if (!trigger) return "";
  return ` of ${day(trigger.scheduledFor ?? trigger.occurredAt, timeZone)}`;
}
/** The first line of a note, cut at a word near 80 characters, for a one-line message. */
function shortened(text: string): string {
  const line = text.trim().split("\n")[0] ?? "";
  if (line.length <= 80) return line;
  const cut = line.slice(0, 80);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 40 ? cut.lastIndexOf(" ") : 80)}…`;
}

/** One sentence saying why an action is due, naming the entry it follows from. */
export function describeDueAction(
  reason: DueReason,
  trigger: Activity | null,
  timeZone: string,
  conversationAt: string | null,
): string {
  const on = trigger ? ` of ${day(trigger.occurredAt, timeZone)}` : "";
  const onDay = trigger ? ` on ${day(trigger.occurredAt, timeZone)}` : "";
  const what = trigger ? (writtenLabel[trigger.kind] ?? "message") : "message";
  switch (reason) {
    case "schedule_conversation":
      return trigger?.kind === "call"
        ? `They picked up your call${on} — agree a time and schedule the conversation`
        : `They replied${onDay} — agree a time and schedule the conversation`;
    case "fix_contact": {
      // The trigger is the snafu itself: say what went wrong, in the explorer's words.
      const what = trigger?.detail ? `: “${shortened(trigger.detail)}”` : "";
      return `Your message did not get through${onDay}${what} — fix the address or number, or try another way`;
    }
    case "follow_up_call":
      return `No reply to your ${what}${on} — call to follow up`;
    case "retry_call":
      return `Your call${on} did not get through — try again`;
    case "reask":
      return `They said "maybe later"${onDay} — ask again`;
    case "contact_suggested":
      return "Suggested to you — write to introduce yourself";
    case "second_contact":
      return `No reply to your ${what}${on} — write to a second person at the organization (3B7)`;
    case "three_b7_follow_up":
      return `No reply to your ${what}${on} — follow up once (3B7)`;
    case "confirm_conversation":
      return `Confirm your conversation${conversationAt ? ` on ${day(conversationAt, timeZone)}` : ""} — include your phone number`;
    case "prepare_conversation":
      return `Prepare for your conversation${conversationAt ? ` on ${day(conversationAt, timeZone)}` : ""}: research, questions, pitch`;
    case "thank_you":
      return "Send a thank-you: ideally within two hours, at the latest within a day";
    case "did_it_happen": {
      const at = conversationAt ?? trigger?.scheduledFor ?? null;
      return at
        ? `Your conversation on ${day(at, timeZone)} at ${clock(at, timeZone)} has passed — did it happen?`
        : "Your conversation has passed — did it happen?";
    }
    case "offer_reschedule": {
      const when = trigger ? ` on ${day(trigger.occurredAt, timeZone)}` : "";
      if (trigger?.outcome === "cancelled_by_me")
        return `You cancelled the conversation${when} — offer a new time when you can`;
      if (trigger?.outcome === "no_show")
        return `They did not come to the conversation${when} — check all is well and offer a new time`;
      return `They cancelled the conversation${when} — offer a new time`;
    }
    case "write_up_notes":
      return `Write up your notes from the conversation${conversationDay(trigger, timeZone)} as takeaways, while they are fresh`;
    case "takeaway_action":
      return `An action you planned after the conversation${conversationDay(trigger, timeZone)} is due`;
    case "send_update":
      return `You acted on their advice from the conversation${conversationDay(trigger, timeZone)} — tell them what came of it`;
    case "keep_in_touch":
      return trigger
        ? `Last in touch on ${day(trigger.occurredAt, timeZone)} — send a short update to keep in touch`
        : "Keep in touch — send a short update";
  }
}

const week = 7 * 24 * 60 * 60 * 1000;

/** What Today is made of, however it was read: from the whole log or from the caches. */
export interface TodayParts {
  now: Date;
  settings: CadenceSettings;
  page: DuePage;
  /** The people the shown actions name and, for a second contact, their colleagues. */
  people: readonly Person[];
  /** The entries the shown actions follow from (others may be there too). */
  activities: readonly Activity[];
  upcoming: { conversations: UpcomingConversation[]; total: number };
  week: WeekSummary;
  hasPeople: boolean;
  /** Saved preparations, for the progress on "prepare" reminders (none: all unticked). */
  preparations?: TodayPreparations;
  /** A due "still excited?" check-in (none: not due). */
  checkIn?: DueCheckIn | null;
}

/** Today's view from its parts: each shown action with the sentence and details beside it. */
export function assembleToday(parts: TodayParts): TodayView {
  const { now, settings } = parts;
  const people = new Map(parts.people.map((person) => [person.id, person]));
  const activities = new Map(parts.activities.map((activity) => [activity.id, activity]));
  // People by organization, built on first need: Today may list many second contacts.
  let byOrganization: Map<string | null, Person[]> | null = null;
  const atOrganization = (organizationId: string | null): Person[] => {
    if (!byOrganization) {
      byOrganization = new Map();
      for (const person of parts.people) {
        const colleagues = byOrganization.get(person.organizationId);
        if (colleagues) colleagues.push(person);
        else byOrganization.set(person.organizationId, [person]);
      }
    }
    return byOrganization.get(organizationId) ?? [];
  };
  const actions: TodayAction[] = parts.page.actions.flatMap((action) => {
    const person = people.get(action.personId);
    if (!person) return [];
    const trigger = action.triggeredBy ? (activities.get(action.triggeredBy) ?? null) : null;
    return [
      {
        ...action,
        personName: person.name,
        organizationName: person.organizationName,
        phone: person.phone,
        phoneExtension: person.phoneExtension,
        email: person.email,
        message: describeDueAction(
          action.reason,
          trigger,
          settings.timeZone,
          action.conversationAt,
        ),
        secondContact:
          action.reason === "second_contact"
            ? secondContactChoices(person, atOrganization(person.organizationId))
            : null,
        preparation:
          action.reason === "prepare_conversation" && trigger?.kind === "meeting_scheduled"
            ? preparationProgress(
                trigger,
                parts.preparations ?? { byActivity: new Map(), settings: defaultPrepareSettings },
                settings.conversationMinutes,
              )
            : null,
        idealBy: action.reason === "thank_you" ? thankYouIdealBy(action.dueAt, settings) : null,
        conversationMinutes:
          action.reason === "did_it_happen"
            ? (trigger?.durationMinutes ?? settings.conversationMinutes)
            : null,
      },
    ];
  });
  return {
    now: now.toISOString(),
    timeZone: settings.timeZone,
    actions,
    groups: parts.page.groups,
    comingUpTotal: parts.page.comingUpTotal,
    upcoming: parts.upcoming.conversations,
    upcomingTotal: parts.upcoming.total,
    week: parts.week,
    hasPeople: parts.hasPeople,
    checkIn: parts.checkIn ?? null,
  };
}

/**
 * The conversations still to come within the week, soonest first: the same the
 * Conversations page lists, so the two never disagree.
 */
export function upcomingThisWeek(
  activities: readonly Activity[],
  people: readonly Pick<Person, "id" | "name" | "organizationName">[],
  now: Date,
  defaultMinutes: number,
): UpcomingConversation[] {
  const byId = new Map(people.map((person) => [person.id, person]));
  const weekAhead = now.getTime() + week;
  const upcoming: UpcomingConversation[] = [];
  for (const conversation of deriveConversations(activities, now, defaultMinutes)) {
    const person = byId.get(conversation.personId);
    const startsAt = new Date(conversation.startsAt).getTime();
    if (!person || conversation.status !== "upcoming" || startsAt > weekAhead) continue;
    const { activityId, endsAt, durationMinutes, mode, place, placeLink } = conversation;
    upcoming.push({
      personId: person.id,
      personName: person.name,
      organizationName: person.organizationName,
      startsAt: conversation.startsAt,
      activityId,
      endsAt,
      durationMinutes,
      mode,
      place,
      placeLink,
    });
  }
  return upcoming.sort((first, second) => compareInstants(first.startsAt, second.startsAt));
}

/** The log kinds the week's progress counts, by how many of each were logged. */
export function weekSummaryOfCounts(
  entriesByKind: ReadonlyMap<Activity["kind"], number>,
  peopleAdded: number,
): WeekSummary {
  let touches = 0;
  for (const [kind, count] of entriesByKind) if (isTouch(kind)) touches += count;
  return {
    touches,
    conversations: entriesByKind.get("conversation_held") ?? 0,
    thankYous: entriesByKind.get("thank_you_sent") ?? 0,
    peopleAdded,
  };
}

/** The past week (up to now, not including the moment a week ago): what the summary counts. */
export function pastWeek(now: Date): { after: string; until: string } {
  return { after: new Date(now.getTime() - week).toISOString(), until: now.toISOString() };
}

/** Today from the whole log: the rules the cached reading in services/today.service.ts keeps. */
export function buildToday(
  input: Omit<CadenceInput, "people"> & {
    people: readonly Person[];
    /** Reminders already worked out (from the cache); otherwise computed from `activities`. */
    due?: readonly DueAction[];
    /** How much to show (default: the top of each list). */
    shown?: TodayShown;
    preparations?: TodayPreparations;
    checkIn?: DueCheckIn | null;
  },
): TodayView {
  const { now, settings } = input;
  const shown = input.shown ?? defaultTodayShown;
  const due =
    input.due ??
    computeDueActions({
      ...input,
      people: input.people.map((person) => ({
        id: person.id,
        organizationId: person.organizationId,
        referredById: person.referredById,
        createdAt: person.createdAt,
        routine: person.routine,
        keepInTouchMonths: person.keepInTouchMonths,
      })),
    });
  const live = new Set(input.people.map((person) => person.id));
  const upcoming = upcomingThisWeek(
    input.activities,
    input.people,
    now,
    settings.conversationMinutes,
  );
  const { after, until } = pastWeek(now);
  const inPastWeek = (instant: string) => {
    const time = new Date(instant).getTime();
    return time > Date.parse(after) && time <= Date.parse(until);
  };
  const entriesByKind = new Map<Activity["kind"], number>();
  for (const activity of input.activities) {
    if (!inPastWeek(activity.occurredAt)) continue;
    entriesByKind.set(activity.kind, (entriesByKind.get(activity.kind) ?? 0) + 1);
  }
  return assembleToday({
    now,
    settings,
    page: pageOfDue(
      due.filter((action) => live.has(action.personId)),
      shown,
    ),
    people: input.people,
    activities: input.activities,
    upcoming: {
      conversations: upcoming.slice(0, Math.min(shown.conversations, todayMostShown)),
      total: upcoming.length,
    },
    week: weekSummaryOfCounts(
      entriesByKind,
      input.people.filter((person) => inPastWeek(person.createdAt)).length,
    ),
    hasPeople: input.people.length > 0,
    preparations: input.preparations,
    checkIn: input.checkIn,
  });
}
