import { describe, expect, it } from "vitest";
import { buildActivity } from "../../test/builders.js";
import type { Activity } from "./activity.js";
import { computeDueActions } from "./cadence.js";
import { defaultCadenceSettings } from "./cadence-settings.js";
import { coachOutreach } from "./coach/coach-outreach.js";
import {
  type ConfirmDraftRequest,
  draftConfirmation,
  latestScheduled,
  linkPlaceholder,
  type ScheduledConversation,
  wherePlaceholder,
} from "./confirm-draft.js";

// Tuesday 4 March 2025, 9:00 in New York; the conversation is Wednesday at 10:00 there.
const now = new Date("2025-03-04T14:00:00Z");
const cafe: ScheduledConversation = {
  startsAt: "2025-03-05T15:00:00Z",
  durationMinutes: 45,
  channel: "in_person",
  place: "Café Milano, 12 Charles St",
};

function request(overrides: Partial<ConfirmDraftRequest> = {}): ConfirmDraftRequest {
  return {
    kind: "email",
    profile: { name: "Jordan Lee", phone: "(410) 555-0199" },
    person: { name: "Maya Chen" },
    conversation: cafe,
    now,
    timeZone: "America/New_York",
    ...overrides,
  };
}

describe("draftConfirmation", () => {
  it("gives the date and time in the explorer's zone, the length, the place and their phone", () => {
    const { subject, body } = draftConfirmation(request());
    expect(subject).toBe("Confirming our conversation");
    expect(body).toBe(`Hello Maya,

I am writing to confirm our conversation tomorrow, Wednesday 5 March, at 10:00 AM EST, for 45 minutes, at Café Milano, 12 Charles St.

My phone number is (410) 555-0199 in case anything changes. I look forward to seeing you.

Best regards,
Jordan Lee`);
    expect(coachOutreach({ text: body, kind: "email", purpose: "confirm" })).toEqual([]);
  });

  it("leaves {{my_phone}} for the coach to flag when the profile has no phone", () => {
    const { body } = draftConfirmation(request({ profile: { name: "Jordan Lee", phone: null } }));
    expect(body).toContain("My phone number is {{my_phone}} in case anything changes.");
    const findings = coachOutreach({ text: body, kind: "email", purpose: "confirm" });
    expect(
      findings.map((finding) => [finding.code, body.slice(finding.start, finding.end)]),
    ).toEqual([["unfilled_merge", "{{my_phone}}"]]);
  });

  it("assumes 30 minutes when the log gives no length, and says the day after tomorrow by date", () => {
    const later = { ...cafe, startsAt: "2025-03-06T15:00:00Z", durationMinutes: null };
    expect(draftConfirmation(request({ conversation: later })).body).toContain(
      "our conversation on Thursday 6 March at 10:00 AM EST, for 30 minutes,",
    );
  });

  it("writes the time in the explorer's zone even when UTC is already on the next day", () => {
    // 20:30 on Wednesday in New York is Thursday 01:30 in UTC.
    const evening = { ...cafe, startsAt: "2025-03-06T01:30:00Z" };
    expect(draftConfirmation(request({ conversation: evening })).body).toContain(
      "tomorrow, Wednesday 5 March, at 8:30 PM EST,",
    );
  });

  it.each([
    [
      { channel: "phone", place: "I will call 410 555 0100" },
      "by phone (I will call 410 555 0100).",
    ],
    [{ channel: "phone", place: null }, "by phone."],
    [
      { channel: "video", place: "https://meet.example/abc" },
      "by video at https://meet.example/abc.",
    ],
    [{ channel: "video", place: null }, `by video at ${linkPlaceholder}.`],
    [{ channel: "in_person", place: null }, `at ${wherePlaceholder}.`],
  ] as const)("says how and where: %j", (mode, phrase) => {
    const { body } = draftConfirmation(request({ conversation: { ...cafe, ...mode } }));
    expect(body).toContain(`for 45 minutes, ${phrase}`);
    expect(body).toContain(mode.channel === "in_person" ? "seeing you" : "talking with you");
  });
});

describe("latestScheduled", () => {
  it("takes the last scheduling logged, with its length and place", () => {
    const log = [
      {
        kind: "meeting_scheduled" as const,
        occurredAt: "2025-03-01T10:00:00Z",
        scheduledFor: "2025-03-04T15:00:00Z",
        channel: "phone" as const,
      },
      {
        kind: "meeting_scheduled" as const,
        occurredAt: "2025-03-02T10:00:00Z",
        scheduledFor: cafe.startsAt,
        channel: "in_person" as const,
        durationMinutes: 45,
        place: "  Café Milano, 12 Charles St ",
      },
      {
        kind: "note" as const,
        occurredAt: "2025-03-03T10:00:00Z",
        scheduledFor: null,
        channel: null,
      },
    ];
    expect(latestScheduled(log)).toEqual(cafe);
    expect(latestScheduled(log.slice(0, 1))).toEqual({
      startsAt: "2025-03-04T15:00:00Z",
      durationMinutes: null,
      channel: "phone",
      place: null,
    });
    expect(latestScheduled([])).toBeNull();
  });
});

describe("a confirmation logged as the composer logs it", () => {
  const entry = buildActivity;
  const reasons = (log: Activity[], at: Date) =>
    computeDueActions({
      people: [
        {
          id: "p1",
          organizationId: null,
          referredById: null,
          createdAt: "2025-01-01T00:00:00Z",
          routine: null,
        },
      ],
      activities: log,
      settings: { ...defaultCadenceSettings, timeZone: "America/New_York" },
      now: at,
      horizonDays: 0,
    }).map((action) => action.reason);

  it("settles the confirm action and starts no follow-up call", () => {
    const scheduled = entry("meeting_scheduled", "2025-02-26T15:00:00Z", {
      scheduledFor: cafe.startsAt,
      channel: "in_person",
    });
    expect(reasons([scheduled], now)).toContain("confirm_conversation");
    const confirmation = entry("email_sent", now.toISOString(), {
      channel: "email",
      detail: "Confirmation\n\nHello Maya, …",
    });
    const after = reasons([scheduled, confirmation], new Date("2025-03-04T15:00:00Z"));
    expect(after).not.toContain("confirm_conversation");
    expect(after).not.toContain("follow_up_call");
  });
});
