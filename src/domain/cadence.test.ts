import { describe, expect, it } from "vitest";
import { buildActivity } from "../../test/builders.js";
import type { Activity } from "./activity.js";
import {
  actionKey,
  type CadencePerson,
  computeDueActions,
  type DueAction,
  renameActionKeyIds,
} from "./cadence.js";
import {
  type CadenceSettings,
  cadenceSettingsFrom,
  cadenceSettingsSchema,
  defaultCadenceSettings,
} from "./cadence-settings.js";
import { validate } from "./validation.js";

const entry = buildActivity;

const person: CadencePerson = {
  id: "p1",
  organizationId: "o1",
  referredById: null,
  createdAt: "2026-01-01T00:00:00.000Z",
  routine: null,
};

function due(
  log: Activity[],
  now: string,
  settings: Partial<CadenceSettings> = {},
  extra: Partial<Parameters<typeof computeDueActions>[0]> = {},
) {
  return computeDueActions({
    people: [person],
    activities: log,
    settings: { ...defaultCadenceSettings, ...settings },
    now: new Date(now),
    horizonDays: 0,
    ...extra,
  });
}
const summary = (actions: DueAction[]) =>
  actions.map((action) => `${action.reason}:${action.state}`);

describe("follow-up call after a letter or e-mail with no reply", () => {
  const sent = entry("email_sent", "2026-03-02T15:00:00.000Z");
  it("is not due before 7 days, due at 7 days, overdue at 14", () => {
    expect(due([sent], "2026-03-09T14:59:59.999Z")).toEqual([]);
    expect(summary(due([sent], "2026-03-09T15:00:00.000Z"))).toEqual(["follow_up_call:due"]);
    expect(summary(due([sent], "2026-03-16T14:59:59.999Z"))).toEqual(["follow_up_call:due"]);
    expect(summary(due([sent], "2026-03-16T15:00:00.000Z"))).toEqual(["follow_up_call:overdue"]);
  });

  it("shows as upcoming within the horizon and follows the settings", () => {
    const soon = computeDueActions({
      people: [person],
      activities: [sent],
      settings: defaultCadenceSettings,
      now: new Date("2026-03-05T00:00:00.000Z"),
      horizonDays: 7,
    });
    expect(summary(soon)).toEqual(["follow_up_call:upcoming"]);
    expect(summary(due([sent], "2026-03-12T14:59:00.000Z", { followUpCallDays: 10 }))).toEqual([]);
    expect(summary(due([sent], "2026-03-12T15:00:00.000Z", { followUpCallDays: 10 }))).toEqual([
      "follow_up_call:due",
    ]);
  });

  it("gives way to scheduling after a reply, and any new touch resets the clock", () => {
    expect(
      summary(
        due(
          [sent, entry("reply_received", "2026-03-05T10:00:00.000Z")],
          "2026-03-20T00:00:00.000Z",
        ),
      ),
    ).toEqual(["schedule_conversation:overdue"]);
    const again = entry("letter_sent", "2026-03-08T10:00:00.000Z");
    const actions = due([sent, again], "2026-03-15T10:00:00.000Z");
    expect(actions).toMatchObject([
      { reason: "follow_up_call", triggeredBy: again.id, dueAt: "2026-03-15T10:00:00.000Z" },
    ]);
  });
});

describe("retry after a voicemail or a message left", () => {
  it("counts 3 business days, skipping the weekend", () => {
    // Thursday 5 March → Tuesday 10 March.
    const call = entry("call", "2026-03-05T16:00:00.000Z", { outcome: "voicemail" });
    expect(due([call], "2026-03-10T15:59:59.000Z")).toEqual([]);
    expect(due([call], "2026-03-10T16:00:00.000Z")).toMatchObject([
      { reason: "retry_call", state: "due", group: "call" },
    ]);
    expect(summary(due([call], "2026-03-13T16:00:00.000Z"))).toEqual(["retry_call:overdue"]);
  });

  it("counts business days in the explorer's time zone, keeping local time across a DST change", () => {
    // Friday 6 March 23:30 in New York is already Saturday 04:30 in UTC.
    const call = entry("call", "2026-03-07T04:30:00.000Z", {
      outcome: "message_left",
      withName: "Pat",
    });
    // New York: Mon, Tue, Wed → Wednesday 11 March 23:30 local, which is EDT (UTC−4) after 8 March.
    const newYork = due([call], "2026-03-12T03:30:00.000Z", { timeZone: "America/New_York" });
    expect(newYork).toMatchObject([{ reason: "retry_call", dueAt: "2026-03-12T03:30:00.000Z" }]);
    expect(due([call], "2026-03-12T03:29:00.000Z", { timeZone: "America/New_York" })).toEqual([]);
    // UTC: the call was on a Saturday, so it falls due on Wednesday at 04:30 UTC, a day sooner.
    expect(due([call], "2026-03-11T04:30:00.000Z")).toMatchObject([
      { reason: "retry_call", dueAt: "2026-03-11T04:30:00.000Z" },
    ]);
  });

  it("does not follow an answered call: scheduling the conversation does", () => {
    expect(
      summary(
        due(
          [entry("call", "2026-03-05T16:00:00.000Z", { outcome: "answered" })],
          "2026-04-01T00:00:00.000Z",
        ),
      ),
    ).toEqual(["schedule_conversation:overdue"]);
  });
});

describe("re-ask after 'maybe later'", () => {
  it("is due 4 weeks later", () => {
    const later = entry("declined", "2026-03-02T10:00:00.000Z", { outcome: "maybe_later" });
    expect(due([later], "2026-03-30T09:59:00.000Z")).toEqual([]);
    expect(due([later], "2026-03-30T10:00:00.000Z")).toMatchObject([
      { reason: "reask", group: "write" },
    ]);
    expect(
      due(
        [entry("declined", "2026-03-02T10:00:00.000Z", { outcome: "no" })],
        "2026-06-01T00:00:00.000Z",
      ),
    ).toEqual([]);
  });
});

describe("a person suggested by someone", () => {
  it("is due at once and overdue after a week, until contacted", () => {
    const introduced = {
      ...person,
      id: "p2",
      referredById: "p1",
      createdAt: "2026-03-02T10:00:00.000Z",
    };
    const run = (log: Activity[], now: string) =>
      computeDueActions({
        people: [introduced],
        activities: log,
        settings: defaultCadenceSettings,
        now: new Date(now),
      });
    expect(summary(run([], "2026-03-02T10:00:00.000Z"))).toEqual(["contact_suggested:due"]);
    expect(summary(run([], "2026-03-09T10:00:00.000Z"))).toEqual(["contact_suggested:overdue"]);
    expect(
      run(
        [{ ...entry("email_sent", "2026-03-03T10:00:00.000Z"), personId: "p2" }],
        "2026-03-04T10:00:00.000Z",
      ),
    ).toEqual([]);
  });

  it("counts from the moment someone said 'try them instead'", () => {
    const suggested = { ...person, id: "p3", createdAt: "2026-01-01T00:00:00.000Z" };
    const decline = entry("declined", "2026-03-05T10:00:00.000Z", {
      outcome: "try_someone_else",
      suggestedPersonId: "p3",
    });
    const actions = computeDueActions({
      people: [person, suggested],
      activities: [decline],
      settings: defaultCadenceSettings,
      now: new Date("2026-03-06T10:00:00.000Z"),
    });
    expect(actions).toMatchObject([
      { personId: "p3", reason: "contact_suggested", dueAt: "2026-03-05T10:00:00.000Z" },
    ]);
  });
});

describe("a scheduled conversation", () => {
  const scheduled = entry("meeting_scheduled", "2026-03-02T10:00:00.000Z", {
    scheduledFor: "2026-03-12T14:00:00.000Z",
  });

  it("asks to prepare 2 days ahead and confirm the day before, both from the start of the day", () => {
    expect(due([scheduled], "2026-03-09T23:59:00.000Z")).toEqual([]);
    expect(summary(due([scheduled], "2026-03-10T00:00:00.000Z"))).toEqual([
      "prepare_conversation:due",
    ]);
    expect(summary(due([scheduled], "2026-03-11T00:00:00.000Z"))).toEqual([
      "prepare_conversation:due",
      "confirm_conversation:due",
    ]);
    // From its start, prepare and confirm are gone and "did it happen?" takes their place.
    expect(summary(due([scheduled], "2026-03-12T13:59:59.999Z"))).toEqual([
      "prepare_conversation:due",
      "confirm_conversation:due",
    ]);
    expect(summary(due([scheduled], "2026-03-12T14:00:00.000Z"))).toEqual(["did_it_happen:due"]);
  });

  it("takes 'the day before' in the explorer's time zone", () => {
    const actions = due(
      [scheduled],
      "2026-03-11T00:00:00.000Z",
      { timeZone: "Asia/Tokyo" },
      { horizonDays: 3 },
    );
    expect(actions.find((action) => action.reason === "confirm_conversation")?.dueAt).toBe(
      "2026-03-10T15:00:00.000Z",
    );
  });

  it("counts a call on the day before as the confirmation", () => {
    const call = entry("call", "2026-03-11T09:00:00.000Z", { outcome: "answered" });
    expect(summary(due([scheduled, call], "2026-03-11T12:00:00.000Z"))).toEqual([
      "prepare_conversation:due",
    ]);
  });
});

describe("thank-you after a conversation", () => {
  // Logged before lengths were kept: at its end.
  const held = entry("conversation_held", "2026-03-12T14:00:00.000Z");
  it("is actionable from the end (best within 2 hours) and overdue at 24", () => {
    expect(due([held], "2026-03-12T13:59:59.999Z")).toEqual([]);
    expect(due([held], "2026-03-12T14:00:00.000Z")).toMatchObject([
      {
        reason: "thank_you",
        state: "due",
        group: "thank",
        dueAt: "2026-03-12T14:00:00.000Z",
        overdueAt: "2026-03-13T14:00:00.000Z",
      },
    ]);
    expect(summary(due([held], "2026-03-13T13:59:59.999Z"))).toEqual(["thank_you:due"]);
    expect(summary(due([held], "2026-03-13T14:00:00.000Z"))).toEqual(["thank_you:overdue"]);
    expect(
      due([held, entry("thank_you_sent", "2026-03-12T18:00:00.000Z")], "2026-03-14T00:00:00.000Z"),
    ).toEqual([]);
  });
});

describe("the 3B7 routine", () => {
  const sent = entry("email_sent", "2026-03-05T10:00:00.000Z");
  it("asks for a second contact at the organization after 3 business days, and one follow-up after 7", () => {
    expect(due([sent], "2026-03-10T09:59:00.000Z", { routine: "3b7" })).toEqual([]);
    expect(summary(due([sent], "2026-03-10T10:00:00.000Z", { routine: "3b7" }))).toEqual([
      "second_contact:due",
    ]);
    expect(summary(due([sent], "2026-03-12T10:00:00.000Z", { routine: "3b7" }))).toEqual([
      "second_contact:overdue",
      "three_b7_follow_up:due",
    ]);
  });

  it("stops after the one follow-up, and applies per person", () => {
    const followUp = entry("email_sent", "2026-03-12T11:00:00.000Z");
    expect(due([sent, followUp], "2026-04-30T00:00:00.000Z", { routine: "3b7" })).toEqual([]);
    const onThreeB7 = computeDueActions({
      people: [{ ...person, routine: "3b7" }],
      activities: [sent],
      settings: defaultCadenceSettings,
      now: new Date("2026-03-10T10:00:00.000Z"),
    });
    expect(summary(onThreeB7)).toEqual(["second_contact:due"]);
  });

  it("counts writing to anyone else at the organization since as the second contact", () => {
    const colleague: CadencePerson = { ...person, id: "p2" };
    const outsider: CadencePerson = { ...person, id: "p3", organizationId: "o2" };
    const reasons = (activities: Activity[], people = [person, colleague, outsider]) =>
      computeDueActions({
        people,
        activities,
        settings: { ...defaultCadenceSettings, routine: "3b7" },
        now: new Date("2026-03-12T10:00:00.000Z"),
      }).map((action) => `${action.personId}:${action.reason}`);
    const before = entry("letter_sent", "2026-03-01T10:00:00.000Z", { personId: "p2" });
    const after = entry("email_sent", "2026-03-09T10:00:00.000Z", { personId: "p2" });
    const elsewhere = entry("email_sent", "2026-03-09T10:00:00.000Z", { personId: "p3" });
    // Written to before the first letter, or at another organization: still to do.
    expect(reasons([sent, before, elsewhere])).toContain("p1:second_contact");
    expect(reasons([sent, after]).filter((reason) => reason.startsWith("p1:"))).toEqual([
      "p1:three_b7_follow_up",
    ]);
    // Maya's letter came before Ben's, so Ben still needs a second contact of his own.
    expect(reasons([sent, after])).toContain("p2:second_contact");
  });
});

describe("snooze and dismiss", () => {
  const sent = entry("email_sent", "2026-03-02T15:00:00.000Z");
  const now = "2026-03-10T00:00:00.000Z";
  it("hides a snoozed action until the snooze ends, and a dismissed one for good", () => {
    const [action] = due([sent], now);
    if (!action) throw new Error("expected an action");
    expect(
      due([sent], now, {}, { snoozes: [{ key: action.key, until: "2026-03-11T00:00:00.000Z" }] }),
    ).toEqual([]);
    expect(
      due(
        [sent],
        "2026-03-11T00:00:00.000Z",
        {},
        { snoozes: [{ key: action.key, until: "2026-03-11T00:00:00.000Z" }] },
      ),
    ).toHaveLength(1);
    expect(due([sent], now, {}, { dismissed: [action.key] })).toEqual([]);
  });

  it("a new touch brings a new action even after a dismissal", () => {
    const [action] = due([sent], now);
    const call = entry("call", "2026-03-10T10:00:00.000Z", { outcome: "voicemail" });
    expect(
      summary(
        due([sent, call], "2026-03-16T10:00:00.000Z", {}, { dismissed: [action?.key ?? ""] }),
      ),
    ).toEqual(["retry_call:due"]);
  });
});

describe("cadence settings", () => {
  it("accepts the defaults and explains bad values at the field", () => {
    expect(validate(cadenceSettingsSchema, defaultCadenceSettings)).toMatchObject({ ok: true });
    expect(
      validate(cadenceSettingsSchema, { ...defaultCadenceSettings, timeZone: "Mars/Olympus" }),
    ).toEqual({
      ok: false,
      fields: { timeZone: "Choose a time zone from the list" },
    });
    expect(
      validate(cadenceSettingsSchema, { ...defaultCadenceSettings, followUpOverdueDays: 3 }),
    ).toEqual({
      ok: false,
      fields: { followUpOverdueDays: "A follow-up cannot be overdue before it is due" },
    });
  });

  it("asks “still excited?” every 4 weeks by default; 0 turns it off, up to 26 whole weeks", () => {
    expect(defaultCadenceSettings.checkInWeeks).toBe(4);
    expect(cadenceSettingsFrom({}).checkInWeeks).toBe(4);
    expect(cadenceSettingsFrom({ checkInWeeks: 0 }).checkInWeeks).toBe(0);
    const message = "Weeks between check-ins must be from 0 (off) to 26";
    for (const [checkInWeeks, error] of [
      [27, message],
      [-1, message],
      [1.5, "Weeks between check-ins must be a whole number of weeks"],
    ] as const)
      expect(validate(cadenceSettingsSchema, { ...defaultCadenceSettings, checkInWeeks })).toEqual({
        ok: false,
        fields: { checkInWeeks: error },
      });
  });
});

describe("reminder keys", () => {
  it("name the reason, the person and the entry, and follow new ids on a restore", () => {
    const key = actionKey("follow_up_call", "p1", "a1");
    expect(key).toBe("follow_up_call:p1:a1");
    const rename = { person: (id: string) => `new-${id}`, entry: (id: string) => `log-${id}` };
    expect(renameActionKeyIds(key, rename)).toBe("follow_up_call:new-p1:log-a1");
    expect(renameActionKeyIds(actionKey("contact_suggested", "p2", null), rename)).toBe(
      "contact_suggested:new-p2:none",
    );
    expect(renameActionKeyIds("anything else", rename)).toBe("anything else");
  });
});
