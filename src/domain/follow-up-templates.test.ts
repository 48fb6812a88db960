import { describe, expect, it } from "vitest";
import { coachOutreach } from "./coach/coach-outreach.js";
import { draftConfirmation, type ScheduledConversation } from "./confirm-draft.js";
import {
  builtInFollowUpTemplates,
  draftFromOwnTemplate,
  followUpMergeValues,
} from "./follow-up-templates.js";
import { fillTemplate } from "./outreach-draft.js";

// Tuesday 4 March 2025, 9:00 in New York.
const now = new Date("2025-03-04T14:00:00Z");
const timeZone = "America/New_York";
const video: ScheduledConversation = {
  startsAt: "2025-03-05T15:00:00Z",
  durationMinutes: 45,
  channel: "video",
  place: "https://meet.example.com/maya",
};
const profile = {
  name: "Jordan Lee",
  schoolOrRole: "senior at Towson University",
  phone: "(410) 555-0199",
};
const person = { name: "Dr. Maya Chen", title: "UX researcher", organizationName: "Hopkins" };

describe("the explorer's own thank-you and confirmation templates", () => {
  it("fill a confirmation's time, length and place the way Rapport's own draft says them", () => {
    const values = followUpMergeValues({
      purpose: "confirm",
      profile,
      person,
      held: null,
      scheduled: video,
      now,
      timeZone,
    });
    expect(values).toMatchObject({
      first_name: "Maya",
      my_phone: "(410) 555-0199",
      length: "45 minutes",
      when: "tomorrow, Wednesday 5 March, at 10:00 AM EST",
      place: "by video at https://meet.example.com/maya",
    });
    const fromTemplate = fillTemplate(builtInFollowUpTemplates.confirm, values);
    const drafted = draftConfirmation({
      kind: "email",
      profile,
      person,
      conversation: video,
      now,
      timeZone,
    });
    expect(fromTemplate).toBe(drafted.body);
  });

  it("say when a thank-you's conversation was, and leave what the profile lacks for the coach", () => {
    const values = followUpMergeValues({
      purpose: "thank_you",
      profile: { name: null, schoolOrRole: null, phone: null },
      person,
      held: { at: "2025-03-03T16:00:00Z", channel: "video" },
      scheduled: null,
      now,
      timeZone,
    });
    expect(values.when).toBe("yesterday");
    const draft = draftFromOwnTemplate(
      { subject: "Thanks, {{first_name}}", body: builtInFollowUpTemplates.thank_you },
      values,
      "unused",
    );
    expect(draft.subject).toBe("Thanks, Maya");
    expect(draft.body).toContain("Thank you for taking the time to talk with me yesterday.");
    const codes = coachOutreach({ text: draft.body, kind: "email", purpose: "thank_you" }).map(
      (finding) => finding.code,
    );
    // {{my_name}} and the two bracketed specifics are left for the explorer.
    expect(codes).toContain("unfilled_merge");
  });

  it("keep the fallback subject when the template has none", () => {
    expect(
      draftFromOwnTemplate({ subject: null, body: "Hi" }, {}, "Confirming our conversation"),
    ).toEqual({
      subject: "Confirming our conversation",
      body: "Hi",
    });
  });
});
