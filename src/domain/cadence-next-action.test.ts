import { describe, expect, it } from "vitest";
import { buildActivity } from "../../test/builders.js";
import type { Activity } from "./activity.js";
import { type CadencePerson, computePendingActions } from "./cadence.js";
import { defaultCadenceSettings, type Routine } from "./cadence-settings.js";
import { deriveStage, type Stage } from "./stage.js";
import { describeDueAction } from "./today.js";

/**
 * Every kind of log entry and outcome, walked against METHOD §3–§6: after this entry, what
 * does Rapport ask the explorer to do next, and where does the person stand? The stage
 * is derived (deriveStage) and the reminders come from the same pendingActionsFor that
 * Today, the CLI and the calendar feed read.
 */
const emailed = "2026-03-02T15:00:00.000Z";
const later = "2026-03-05T10:00:00.000Z";
const nextWeek = "2026-03-20T10:00:00.000Z";

const person = (routine: Routine | null = null): CadencePerson => ({
  id: "p1",
  organizationId: "o1",
  referredById: null,
  createdAt: "2026-01-01T00:00:00.000Z",
  routine,
});

const email = () => buildActivity("email_sent", emailed);

interface Case {
  after: string;
  log: Activity[];
  routine?: Routine;
  /** Each pending reminder of this person, as "reason: what Today says". */
  next: string[];
  stage: Stage;
}

const cases: Case[] = [
  {
    after: "a letter",
    log: [buildActivity("letter_sent", emailed)],
    next: ["follow_up_call: No reply to your letter of 2 Mar — call to follow up"],
    stage: "contacted",
  },
  {
    after: "an e-mail",
    log: [email()],
    next: ["follow_up_call: No reply to your email of 2 Mar — call to follow up"],
    stage: "contacted",
  },
  {
    after: "a networking-site message",
    log: [buildActivity("network_message_sent", emailed)],
    next: ["follow_up_call: No reply to your message of 2 Mar — call to follow up"],
    stage: "contacted",
  },
  {
    after: "an e-mail on the 3B7 routine",
    routine: "3b7",
    log: [email()],
    next: [
      "three_b7_follow_up: No reply to your email of 2 Mar — follow up once (3B7)",
      "second_contact: No reply to your email of 2 Mar — write to a second person at the organization (3B7)",
    ],
    stage: "contacted",
  },
  {
    after: "a second e-mail",
    log: [email(), buildActivity("email_sent", later)],
    next: ["follow_up_call: No reply to your email of 5 Mar — call to follow up"],
    stage: "following_up",
  },
  {
    after: "a bounced e-mail (a snafu)",
    log: [email(), buildActivity("snafu", later, { detail: "Bounced: mailbox unknown" })],
    next: [
      "fix_contact: Your message did not get through on 5 Mar: “Bounced: mailbox unknown” — fix the address or number, or try another way",
    ],
    stage: "contacted",
  },
  {
    after: "a bounced e-mail on the 3B7 routine",
    routine: "3b7",
    log: [email(), buildActivity("snafu", later, { detail: "Bounced" })],
    next: [
      "fix_contact: Your message did not get through on 5 Mar: “Bounced” — fix the address or number, or try another way",
    ],
    stage: "contacted",
  },
  {
    after: "a wrong number (a snafu after a call)",
    log: [
      email(),
      buildActivity("call", later, { outcome: "no_answer" }),
      buildActivity("snafu", later, { detail: "Number not in service" }),
    ],
    next: [
      "fix_contact: Your message did not get through on 5 Mar: “Number not in service” — fix the address or number, or try another way",
    ],
    stage: "following_up",
  },
  {
    after: "a new letter that works around a bounce",
    log: [
      email(),
      buildActivity("snafu", later, { detail: "Bounced" }),
      buildActivity("letter_sent", "2026-03-06T10:00:00.000Z"),
    ],
    next: ["follow_up_call: No reply to your letter of 6 Mar — call to follow up"],
    stage: "following_up",
  },
  {
    after: "a positive reply (“happy to chat”)",
    log: [email(), buildActivity("reply_received", later, { detail: "Happy to chat!" })],
    next: [
      "schedule_conversation: They replied on 5 Mar — agree a time and schedule the conversation",
    ],
    stage: "following_up",
  },
  {
    after: "an answered call with nothing scheduled yet",
    log: [email(), buildActivity("call", later, { outcome: "answered" })],
    next: [
      "schedule_conversation: They picked up your call of 5 Mar — agree a time and schedule the conversation",
    ],
    stage: "following_up",
  },
  {
    after: "a call with no answer",
    log: [email(), buildActivity("call", later, { outcome: "no_answer" })],
    next: ["retry_call: Your call of 5 Mar did not get through — try again"],
    stage: "following_up",
  },
  {
    after: "a voicemail",
    log: [email(), buildActivity("call", later, { outcome: "voicemail" })],
    next: ["retry_call: Your call of 5 Mar did not get through — try again"],
    stage: "following_up",
  },
  {
    after: "a message left with someone",
    log: [email(), buildActivity("call", later, { outcome: "message_left", withName: "Sam" })],
    next: ["retry_call: Your call of 5 Mar did not get through — try again"],
    stage: "following_up",
  },
  {
    after: "a no",
    log: [email(), buildActivity("declined", later, { outcome: "no" })],
    next: [],
    stage: "declined",
  },
  {
    after: "not now, maybe later",
    log: [email(), buildActivity("declined", later, { outcome: "maybe_later" })],
    next: ['reask: They said "maybe later" on 5 Mar — ask again'],
    stage: "paused",
  },
  {
    after: "a reply after “maybe later”",
    log: [
      email(),
      buildActivity("declined", later, { outcome: "maybe_later" }),
      buildActivity("reply_received", nextWeek),
    ],
    next: [
      "schedule_conversation: They replied on 20 Mar — agree a time and schedule the conversation",
    ],
    stage: "following_up",
  },
  {
    after: "no, but try someone else (the someone else is asked of below)",
    log: [
      email(),
      buildActivity("declined", later, { outcome: "try_someone_else", suggestedPersonId: "p2" }),
    ],
    next: [],
    stage: "declined",
  },
  {
    after: "a private note",
    log: [email(), buildActivity("note", later, { detail: "Her team ships in April" })],
    next: ["follow_up_call: No reply to your email of 2 Mar — call to follow up"],
    stage: "contacted",
  },
  {
    after: "a conversation scheduled",
    log: [
      email(),
      buildActivity("meeting_scheduled", later, { scheduledFor: "2026-03-12T15:00:00.000Z" }),
    ],
    next: [
      "did_it_happen: Your conversation on 12 Mar at 15:00 has passed — did it happen?",
      "prepare_conversation: Prepare for your conversation on 12 Mar: research, questions, pitch",
      "confirm_conversation: Confirm your conversation on 12 Mar — include your phone number",
    ],
    stage: "scheduled",
  },
  {
    after: "a reply once the conversation is scheduled",
    log: [
      email(),
      buildActivity("meeting_scheduled", later, { scheduledFor: "2026-03-12T15:00:00.000Z" }),
      buildActivity("reply_received", "2026-03-06T10:00:00.000Z"),
    ],
    next: [
      "did_it_happen: Your conversation on 12 Mar at 15:00 has passed — did it happen?",
      "prepare_conversation: Prepare for your conversation on 12 Mar: research, questions, pitch",
      "confirm_conversation: Confirm your conversation on 12 Mar — include your phone number",
    ],
    stage: "scheduled",
  },
  {
    after: "the conversation",
    log: [email(), buildActivity("conversation_held", later)],
    next: ["thank_you: Send a thank-you: ideally within two hours, at the latest within a day"],
    stage: "met",
  },
  {
    after: "the thank-you",
    log: [
      email(),
      buildActivity("conversation_held", later),
      buildActivity("thank_you_sent", "2026-03-05T12:00:00.000Z"),
    ],
    next: ["keep_in_touch: Last in touch on 5 Mar — send a short update to keep in touch"],
    stage: "thanked",
  },
  {
    after: "an update to a past contact",
    log: [
      email(),
      buildActivity("conversation_held", later),
      buildActivity("thank_you_sent", "2026-03-05T12:00:00.000Z"),
      buildActivity("update_sent", nextWeek),
    ],
    next: ["keep_in_touch: Last in touch on 20 Mar — send a short update to keep in touch"],
    stage: "keeping_in_touch",
  },
];

describe("after each kind of log entry, the next action", () => {
  it.each(cases)("after $after: $next", ({ log, routine, next, stage }) => {
    const activities = new Map(log.map((entry) => [entry.id, entry]));
    const pending = computePendingActions({
      people: [person(routine ?? null)],
      activities: log,
      settings: defaultCadenceSettings,
    });
    expect(
      pending.map((action) => {
        const trigger = action.triggeredBy ? (activities.get(action.triggeredBy) ?? null) : null;
        const message = describeDueAction(action.reason, trigger, "UTC", action.conversationAt);
        return `${action.reason}: ${message}`;
      }),
    ).toEqual(next);
    expect(deriveStage(log)).toBe(stage);
  });

  it("after “no, but try someone else”, the one they suggested is to be written to", () => {
    const declined = buildActivity("declined", later, {
      outcome: "try_someone_else",
      suggestedPersonId: "p2",
    });
    const suggested: CadencePerson = { ...person(), id: "p2" };
    const pending = computePendingActions({
      people: [person(), suggested],
      activities: [email(), declined],
      settings: defaultCadenceSettings,
    });
    expect(pending.map((action) => `${action.personId}:${action.reason}`)).toEqual([
      "p2:contact_suggested",
    ]);
  });

  it("a bounce is due at once and overdue after the retry's business days", () => {
    const snafu = buildActivity("snafu", "2026-03-06T10:00:00.000Z", { detail: "Bounced" });
    const [fix] = computePendingActions({
      people: [person()],
      activities: [email(), snafu],
      settings: defaultCadenceSettings,
    });
    // Friday plus three business days is Wednesday.
    expect(fix).toMatchObject({
      reason: "fix_contact",
      triggeredBy: snafu.id,
      dueAt: "2026-03-06T10:00:00.000Z",
      overdueAt: "2026-03-11T10:00:00.000Z",
    });
  });
});
