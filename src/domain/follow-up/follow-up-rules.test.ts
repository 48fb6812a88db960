import { describe, expect, it } from "vitest";
import { buildActivity } from "../../../test/builders.js";
import type { Activity } from "../activity.js";
import {
  activeActions,
  type CadencePerson,
  pendingActionsByPerson,
  pendingActionsFor,
} from "../cadence.js";
import { type CadenceSettings, defaultCadenceSettings } from "../cadence-settings.js";
import { followUpRules, type TakeawayFact } from "./follow-up-rules.js";

const person: CadencePerson = {
  id: "p1",
  organizationId: null,
  referredById: null,
  createdAt: "2026-01-01T00:00:00.000Z",
  routine: null,
};
// New York is UTC-5 in March before the 8th and in December.
const settings: CadenceSettings = { ...defaultCadenceSettings, timeZone: "America/New_York" };

/** A conversation at 14:00 New York time on 1 December, 30 minutes, held. */
function heldConversation(startsAt = "2026-12-01T19:00:00.000Z", durationMinutes = 30) {
  const scheduled = buildActivity("meeting_scheduled", "2026-11-20T15:00:00.000Z", {
    scheduledFor: startsAt,
    durationMinutes,
  });
  const held = buildActivity("conversation_held", startsAt, { durationMinutes });
  return { scheduled, held, log: [scheduled, held] };
}

function takeaway(activityId: string, extra: Partial<TakeawayFact> = {}): TakeawayFact {
  return {
    id: "t1",
    activityId,
    tag: "advice",
    actionDueOn: null,
    actionDoneAt: null,
    createdAt: "2026-12-01T20:00:00.000Z",
    ...extra,
  };
}

function stateAt(log: Activity[], takeaways: TakeawayFact[], now: string, zone = settings) {
  const pending = pendingActionsFor(person, log, zone, null, null, takeaways).filter((action) =>
    ["write_up_notes", "takeaway_action", "send_update"].includes(action.reason),
  );
  return activeActions(pending, { now: new Date(now) }).map(
    (action) => `${action.reason}:${action.state}`,
  );
}

describe("write up your notes", () => {
  it("is due at 20:00 of the conversation's day in the explorer's zone, overdue at 08:00 next", () => {
    const { scheduled, log } = heldConversation();
    expect(followUpRules(person, log, [], settings)).toEqual([
      {
        personId: "p1",
        conversationAt: null,
        reason: "write_up_notes",
        triggeredBy: scheduled.id,
        dueAt: "2026-12-02T01:00:00.000Z",
        overdueAt: "2026-12-02T13:00:00.000Z",
      },
    ]);
    expect(stateAt(log, [], "2026-12-02T00:59:59.999Z")).toEqual([]);
    expect(stateAt(log, [], "2026-12-02T01:00:00.000Z")).toEqual(["write_up_notes:due"]);
    expect(stateAt(log, [], "2026-12-02T12:59:59.999Z")).toEqual(["write_up_notes:due"]);
    expect(stateAt(log, [], "2026-12-02T13:00:00.000Z")).toEqual(["write_up_notes:overdue"]);
  });

  it("follows the write-up hour setting", () => {
    const { log } = heldConversation();
    const [rule] = followUpRules(person, log, [], { ...settings, writeUpNotesHour: 18 });
    expect(rule?.dueAt).toBe("2026-12-01T23:00:00.000Z");
  });

  it("is due an hour after the end when the conversation ends after the write-up hour", () => {
    // 19:30 to 20:30 New York time: due at 21:30.
    const { log } = heldConversation("2026-12-02T00:30:00.000Z", 60);
    const [rule] = followUpRules(person, log, [], settings);
    expect(rule?.dueAt).toBe("2026-12-02T02:30:00.000Z");
    expect(rule?.overdueAt).toBe("2026-12-02T13:00:00.000Z");
    // Ending exactly at 20:00: due at 20:00, not an hour later.
    const [atHour] = followUpRules(
      person,
      heldConversation("2026-12-02T00:30:00.000Z", 30).log,
      [],
      settings,
    );
    expect(atHour?.dueAt).toBe("2026-12-02T01:00:00.000Z");
  });

  it("is gone once the conversation has a takeaway, and never asked before it is held", () => {
    const { scheduled, held, log } = heldConversation();
    expect(followUpRules(person, log, [takeaway(scheduled.id)], settings)).toEqual([]);
    expect(followUpRules(person, [scheduled], [], settings)).toEqual([]);
    // A takeaway of another conversation does not count.
    expect(followUpRules(person, [scheduled, held], [takeaway("other")], settings)).toHaveLength(1);
  });
});

describe("an action takeaway", () => {
  const { scheduled, log } = heldConversation();
  const noted = takeaway(scheduled.id);
  const action = takeaway(scheduled.id, { id: "t2", tag: "action", actionDueOn: "2026-12-08" });

  it("is due at the start of its day in the explorer's zone and overdue the day after", () => {
    const rules = followUpRules(person, log, [noted, action], settings);
    expect(rules).toEqual([
      {
        personId: "p1",
        conversationAt: null,
        key: "takeaway_action:p1:t2",
        reason: "takeaway_action",
        triggeredBy: scheduled.id,
        dueAt: "2026-12-08T05:00:00.000Z",
        overdueAt: "2026-12-09T05:00:00.000Z",
      },
    ]);
    expect(stateAt(log, [noted, action], "2026-12-08T04:59:59.999Z")).toEqual([]);
    expect(stateAt(log, [noted, action], "2026-12-08T05:00:00.000Z")).toEqual([
      "takeaway_action:due",
    ]);
    expect(stateAt(log, [noted, action], "2026-12-09T05:00:00.000Z")).toEqual([
      "takeaway_action:overdue",
    ]);
  });

  it("names its takeaway in its key, so two actions are two reminders", () => {
    const other = { ...action, id: "t3" };
    const keys = pendingActionsFor(person, log, settings, null, null, [action, other])
      .filter((rule) => rule.reason === "takeaway_action")
      .map((rule) => rule.key);
    expect(keys).toEqual(["takeaway_action:p1:t2", "takeaway_action:p1:t3"]);
  });

  it("reminds nothing once its conversation is deleted from the log", () => {
    expect(followUpRules(person, [], [action], settings)).toEqual([]);
  });
});

describe("send an update once an action is done", () => {
  const { scheduled, log } = heldConversation();
  const done = takeaway(scheduled.id, {
    tag: "action",
    actionDueOn: "2026-12-08",
    actionDoneAt: "2026-12-07T15:00:00.000Z",
  });

  it("is due when the action is done, overdue a week later", () => {
    expect(followUpRules(person, log, [done], settings)).toEqual([
      {
        personId: "p1",
        conversationAt: null,
        key: "send_update:p1:t1",
        reason: "send_update",
        triggeredBy: scheduled.id,
        dueAt: "2026-12-07T15:00:00.000Z",
        overdueAt: "2026-12-14T15:00:00.000Z",
      },
    ]);
    expect(stateAt(log, [done], "2026-12-07T14:59:59.999Z")).toEqual([]);
    expect(stateAt(log, [done], "2026-12-07T15:00:00.000Z")).toEqual(["send_update:due"]);
    expect(stateAt(log, [done], "2026-12-14T15:00:00.000Z")).toEqual(["send_update:overdue"]);
  });

  it("is gone after an update or any written touch from when it was done, not before", () => {
    const update = buildActivity("update_sent", "2026-12-07T15:00:00.000Z");
    const email = buildActivity("email_sent", "2026-12-08T10:00:00.000Z");
    const before = buildActivity("update_sent", "2026-12-07T14:59:59.999Z");
    const call = buildActivity("call", "2026-12-08T10:00:00.000Z", { outcome: "answered" });
    expect(followUpRules(person, [...log, update], [done], settings)).toEqual([]);
    expect(followUpRules(person, [...log, email], [done], settings)).toEqual([]);
    expect(followUpRules(person, [...log, before], [done], settings)).toHaveLength(1);
    expect(followUpRules(person, [...log, call], [done], settings)).toHaveLength(1);
  });
});

describe("the whole-log rebuild", () => {
  it("gives each person their own takeaways' reminders", () => {
    const { scheduled, log } = heldConversation();
    const action = {
      ...takeaway(scheduled.id, { tag: "action", actionDueOn: "2026-12-08" }),
      personId: "p1",
    };
    const other: CadencePerson = { ...person, id: "p2" };
    const result = pendingActionsByPerson({
      people: [person, other],
      activities: log,
      settings,
      takeaways: [action],
    });
    expect(result.map(({ personId, actions }) => [personId, actions.map((a) => a.key)])).toEqual([
      ["p1", ["takeaway_action:p1:t1", `thank_you:p1:${log[1]?.id}`]],
      ["p2", []],
    ]);
  });
});
