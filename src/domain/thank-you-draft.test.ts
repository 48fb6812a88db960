import { describe, expect, it } from "vitest";
import type { ActivityKind } from "./activity.js";
import { coachOutreach } from "./coach/coach-outreach.js";
import {
  draftThankYou,
  latestConversation,
  nextStepPlaceholder,
  saidPlaceholder,
  type ThankYouDraftRequest,
} from "./thank-you-draft.js";

// Tuesday 4 March 2025, 9:00 in New York.
const now = new Date("2025-03-04T14:00:00Z");

function request(overrides: Partial<ThankYouDraftRequest> = {}): ThankYouDraftRequest {
  return {
    kind: "email",
    profile: { name: "Jordan Lee" },
    person: { name: "Dr. Maya Chen" },
    conversation: { at: "2025-03-03T20:00:00Z", channel: "in_person" },
    now,
    timeZone: "America/New_York",
    ...overrides,
  };
}

const fill = (body: string) =>
  body
    .replace(saidPlaceholder, "starting in a support role")
    .replace(nextStepPlaceholder, "I will sign up for the county's data course this month");

describe("draftThankYou", () => {
  it("thanks them, leaves the specifics to the explorer, offers to keep them posted", () => {
    const { subject, body } = draftThankYou(request());
    expect(subject).toBe("Thank you for your time and advice");
    expect(body).toBe(`Hello Maya,

Thank you for taking the time to meet with me yesterday. What you said about ${saidPlaceholder} has stayed with me.

Your advice gave me a clear next step: ${nextStepPlaceholder}. I would be glad to keep you posted on how it goes.

Thank you again for your generosity.

Best regards,
Jordan Lee`);
  });

  it("has the coach point at each placeholder, and at the point and action they leave out; filled in, it is clean", () => {
    const { body } = draftThankYou(request());
    const findings = coachOutreach({ text: body, kind: "email", purpose: "thank_you" });
    expect(findings.map((finding) => finding.code)).toEqual([
      "no_specific_point",
      "unfilled_merge",
      "no_action",
    ]);
    const merge = findings.find((finding) => finding.code === "unfilled_merge");
    expect(merge?.places.map((place) => body.slice(place.start, place.end))).toEqual([
      saidPlaceholder,
      nextStepPlaceholder,
    ]);
    expect(coachOutreach({ text: fill(body), kind: "email", purpose: "thank_you" })).toEqual([]);
  });

  it("counts days in the explorer's time zone, not in UTC", () => {
    // 22:30 on 3 March in New York is already 4 March in UTC.
    const late = { at: "2025-03-04T03:30:00Z", channel: "video" as const };
    expect(draftThankYou(request({ conversation: late })).body).toContain(
      "to talk with me yesterday.",
    );
    expect(draftThankYou(request({ conversation: late, timeZone: "UTC" })).body).toContain(
      "to talk with me today.",
    );
  });

  it("names the weekday within a week and the date after that", () => {
    const friday = { at: "2025-02-28T16:00:00Z", channel: "phone" as const };
    expect(draftThankYou(request({ conversation: friday })).body).toContain(
      "to speak with me on Friday.",
    );
    const earlier = { at: "2025-02-20T16:00:00Z", channel: "email" as const };
    expect(draftThankYou(request({ conversation: earlier })).body).toContain(
      "to answer my questions on 20 February.",
    );
  });

  it("writes a letter formally, and leaves a field for the name the profile lacks", () => {
    const { body } = draftThankYou(
      request({ kind: "letter", profile: { name: null }, conversation: null }),
    );
    expect(body).toMatch(/^Dear Dr\. Chen,\n\nThank you for taking the time to talk with me\./);
    expect(body).toMatch(/Sincerely,\n\{\{my_name\}\}$/);
    const filled = fill(body);
    const findings = coachOutreach({ text: filled, kind: "letter", purpose: "thank_you" });
    expect(
      findings.map((finding) => [finding.code, filled.slice(finding.start, finding.end)]),
    ).toEqual([["unfilled_merge", "{{my_name}}"]]);
  });
});

describe("latestConversation", () => {
  const entry = (kind: ActivityKind, occurredAt: string) => ({
    kind,
    occurredAt,
    channel: kind === "conversation_held" ? ("phone" as const) : null,
  });

  it("finds the latest conversation held, whatever order the log is in", () => {
    const log = [
      entry("conversation_held", "2025-03-03T15:00:00Z"),
      entry("thank_you_sent", "2025-03-04T15:00:00Z"),
      entry("conversation_held", "2025-01-03T15:00:00Z"),
    ];
    expect(latestConversation(log)).toEqual({
      at: "2025-03-03T15:00:00Z",
      channel: "phone",
    });
    expect(latestConversation([])).toBeNull();
  });
});
