import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import type { Activity } from "../../src/domain/activity.js";
import { clockStart, daysLater, useClockedApp } from "./clocked-app.js";
import { browserAvailable, callApi, type RunningApp } from "./harness.js";

const available = browserAvailable();

describe.skipIf(!available)("The call screen, the thank-you and the confirmation", () => {
  const { session, setClock, addPerson, logFor, openToday } = useClockedApp({ clipboard: true });
  let app: RunningApp;
  let page: Page;
  beforeEach(() => {
    ({ app, page } = session);
  });
  const group = (name: string) => page.getByRole("region", { name: new RegExp(`^${name}`) });
  const body = () => page.locator("#compose-body");
  const finding = (code: string) => page.locator(`button[data-code="${code}"]`);
  const logOf = async (personId: string) =>
    (await callApi<{ activities: Activity[] }>(app, "GET", `/api/people/${personId}/activities`))
      .activities;
  const saveProfile = (phone: string | null) =>
    callApi(app, "PUT", "/api/profile", {
      name: "Jordan Lee",
      schoolOrRole: "senior at Towson University",
      searchStatus: "graduating",
      phone,
    });

  it("opens the call screen from Today, logs a voicemail with Undo, and schedules the retry", async () => {
    await saveProfile("(410) 555-0199");
    const maya = await addPerson({
      name: "Maya Chen",
      organizationName: "Hopkins Digital Health",
      phone: "(410) 555-0100",
      phoneExtension: "12",
    });
    await logFor(maya, { kind: "email_sent", occurredAt: clockStart.toISOString() });
    await setClock(daysLater(8));
    await openToday();
    await group("Call")
      .getByRole("link", { name: /^Call \(410\) 555-0100 ext\. 12/ })
      .click();

    // Who, the number with its extension, why, and what to say.
    await page.waitForURL(`**/people/${maya.id}/call`);
    await page.getByRole("heading", { level: 1, name: "Call Maya Chen" }).waitFor();
    const number = page.getByTestId("call-number").getByRole("link");
    expect(await number.getAttribute("href")).toBe("tel:4105550100,12");
    expect(await page.getByTestId("call-reason").textContent()).toContain(
      "No reply to your email of 3 Mar",
    );
    await page
      .getByRole("region", { name: "What to say" })
      .getByRole("listitem")
      .getByText(
        "Hi Maya, this is Jordan Lee, senior at Towson University. I sent you an e-mail on 3 March",
      )
      .waitFor();
    expect(await page.getByTestId("voicemail-script").textContent()).toContain(
      "You can reach me at (410) 555-0199",
    );
    // The last few log entries, to remember where things stand.
    await page.getByText("Email sent", { exact: true }).waitFor();

    // Number keys pick: 1 is "Answered", which asks what they said; Back returns.
    await page.keyboard.press("1");
    await page.getByRole("heading", { name: "What did they say?" }).waitFor();
    await page.getByRole("button", { name: "Back" }).click();
    // "Message left with…" wants the name, said at the field.
    await page.keyboard.press("4");
    await page.getByRole("button", { name: "Log the call" }).click();
    await page.getByText("Enter who took the message").waitFor();
    await page.getByRole("button", { name: "Back" }).click();

    await page.getByRole("button", { name: /Voicemail left/ }).click();
    await page.waitForURL("**/today");
    const toast = page
      .getByTestId("toast")
      .filter({ hasText: "Logged “Call · Voicemail left” for Maya Chen." });
    await toast.waitFor();
    const comingUp = page.getByRole("region", { name: "Coming up" });
    await comingUp.getByText("Your call of 11 Mar did not get through").waitFor();
    expect(await group("Call").count()).toBe(0);
    expect(
      (await logOf(maya.id)).map((entry) => [entry.kind, entry.outcome, entry.occurredAt]),
    ).toEqual([
      ["call", "voicemail", daysLater(8)],
      ["email_sent", null, clockStart.toISOString()],
    ]);

    // Undo takes the entry back, and the follow-up call is due again.
    await toast.getByRole("button", { name: "Undo" }).click();
    await page.getByText("Took back “Call · Voicemail left”.").waitFor();
    await group("Call").locator("li").filter({ hasText: "Maya Chen" }).waitFor();
    expect((await logOf(maya.id)).map((entry) => entry.kind)).toEqual(["email_sent"]);

    // Calling again, they agree: when, how and where are noted on the spot.
    await group("Call")
      .getByRole("link", { name: /^Call \(410\) 555-0100 ext\. 12/ })
      .click();
    await page.getByRole("heading", { level: 1, name: "Call Maya Chen" }).waitFor();
    await page.keyboard.press("1");
    await page.getByRole("button", { name: /They agreed to talk/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("heading", { name: "Schedule a conversation with Maya Chen" }).waitFor();
    await dialog.getByLabel("Date").fill("2025-03-13");
    await dialog.getByLabel("Time").fill("10:00");
    await dialog.getByLabel("How").selectOption("phone");
    await dialog.getByRole("button", { name: "Schedule" }).click();
    await page.waitForURL("**/today");
    await page.getByText("Scheduled with Maya Chen: Thu, Mar 13, 10:00 AM.").waitFor();
    await page
      .getByRole("region", { name: "Conversations this week" })
      .getByText("Maya Chen")
      .waitFor();
    expect(
      (await logOf(maya.id)).map((entry) => [entry.kind, entry.outcome, entry.channel]),
    ).toEqual([
      ["meeting_scheduled", null, "phone"],
      ["call", "answered", "phone"],
      ["email_sent", null, "email"],
    ]);
  });

  it("drafts a thank-you from Today's Thank, logs it as a thank-you, and the action goes", async () => {
    await saveProfile("(410) 555-0199");
    const maya = await addPerson({ name: "Maya Chen", email: "maya@example.com" });
    // Yesterday afternoon, in person.
    const held = new Date(clockStart.getTime() - 23 * 60 * 60 * 1000).toISOString();
    await logFor(maya, { kind: "conversation_held", occurredAt: held, channel: "in_person" });

    await openToday();
    await group("Thank").getByRole("link", { name: "Write a thank-you to Maya Chen" }).click();
    await page.waitForURL(`**/people/${maya.id}/compose?purpose=thank_you&kind=email*`);
    await page.getByRole("heading", { level: 1, name: "Thank Maya Chen" }).waitFor();
    const draft = await body().inputValue();
    expect(draft).toMatch(
      /^Hello Maya,\n\nThank you for taking the time to meet with me yesterday\./,
    );
    expect(await page.getByLabel("Subject").inputValue()).toBe(
      "Thank you for your time and advice",
    );
    // No window or question to nag about: only the two blanks only the explorer can fill,
    // in one card that lists both.
    await finding("unfilled_merge").waitFor();
    expect(await finding("unfilled_merge").count()).toBe(1);
    expect(
      await page
        .getByRole("list", { name: "Places: Fill this in" })
        .getByRole("button")
        .allTextContents(),
    ).toEqual([
      "Show in the draft: “[one thing they said that stayed with you]”",
      "Show in the draft: “[what you will do next with their advice]”",
    ]);
    expect(await finding("no_question").count()).toBe(0);
    expect(await finding("no_window").count()).toBe(0);
    expect(await page.getByLabel("From").count()).toBe(0);

    await body().fill(
      draft
        .replace("[one thing they said that stayed with you]", "starting in a support role")
        .replace(
          "[what you will do next with their advice]",
          "I will sign up for the county's data course this month",
        ),
    );
    await finding("unfilled_merge").first().waitFor({ state: "detached" });
    await page.getByRole("button", { name: "Copy" }).click();
    // A thank-you is logged as one and starts no follow-up clock.
    expect(await page.getByTestId("went-out").textContent()).toContain(
      "Rapport logs the thank-you.",
    );
    await page.getByRole("button", { name: "Yes, log it" }).click();

    await page.waitForURL(`**/people/${maya.id}`);
    await page.getByTestId("toast").getByText("Logged: your thank-you to Maya Chen.").waitFor();
    const [thanks] = await logOf(maya.id);
    expect(thanks).toMatchObject({ kind: "thank_you_sent", channel: "email" });
    expect(thanks?.detail).toContain("starting in a support role");

    await openToday();
    expect(await group("Thank").count()).toBe(0);
  });

  it("drafts a confirmation with the day, place and the explorer's phone, prompting for a missing phone", async () => {
    await saveProfile(null);
    const maya = await addPerson({ name: "Maya Chen", email: "maya@example.com" });
    // Tomorrow (Tuesday) at 15:00 UTC, 45 minutes, in person.
    await logFor(maya, {
      kind: "meeting_scheduled",
      occurredAt: daysLater(-5),
      scheduledFor: daysLater(1).replace("14:00", "15:00"),
      channel: "in_person",
      durationMinutes: 45,
      place: "Café Milano, 12 Charles St",
    });

    await openToday();
    await group("Confirm").getByRole("link", { name: "Write to confirm to Maya Chen" }).click();
    await page.waitForURL(`**/people/${maya.id}/compose?purpose=confirm*`);
    await page.getByRole("heading", { level: 1, name: "Confirm with Maya Chen" }).waitFor();
    // No phone in the profile: a prompt to add it, and a field the coach flags.
    await page
      .getByTestId("missing-phone")
      .getByRole("link", { name: "Add it in Settings" })
      .waitFor();
    expect(await body().inputValue()).toContain("My phone number is {{my_phone}}");
    await finding("unfilled_merge").waitFor();

    await saveProfile("(410) 555-0199");
    await callApi(app, "POST", "/api/templates", {
      name: "Short confirmation",
      purpose: "confirm",
      subject: "See you {{when}}",
      body: "Hi {{first_name}},\n\nLooking forward to {{when}} ({{length}}, {{place}}). If anything changes: {{my_phone}}.\n\nBest,\n{{my_name}}",
    });
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Confirm with Maya Chen" }).waitFor();
    const draft = await body().inputValue();
    expect(draft).toContain(
      "I am writing to confirm our conversation tomorrow, Tuesday 4 March, at 3:00 PM UTC, for 45 minutes, at Café Milano, 12 Charles St.",
    );
    expect(draft).toContain("My phone number is (410) 555-0199 in case anything changes.");
    expect(await page.getByTestId("missing-phone").count()).toBe(0);
    await page
      .getByTestId("coach-status")
      .getByText(/no findings/i)
      .waitFor();

    // The explorer's own confirmation template, filled from the same conversation.
    await page.getByLabel("Template").selectOption({ label: "Short confirmation" });
    await page.waitForFunction(() =>
      (document.querySelector("#compose-body") as HTMLTextAreaElement | null)?.value.startsWith(
        "Hi Maya",
      ),
    );
    expect(await body().inputValue()).toBe(
      "Hi Maya,\n\nLooking forward to tomorrow, Tuesday 4 March, at 3:00 PM UTC (45 minutes, at Café Milano, 12 Charles St). If anything changes: (410) 555-0199.\n\nBest,\nJordan Lee",
    );
    await page.getByLabel("Template").selectOption({ label: "Rapport’s built-in text" });
    await page.waitForFunction(() =>
      (document.querySelector("#compose-body") as HTMLTextAreaElement | null)?.value.includes(
        "I am writing to confirm",
      ),
    );

    await page.getByRole("button", { name: "Copy" }).click();
    await page.getByRole("button", { name: "Yes, log it" }).click();
    await page.getByTestId("toast").getByText("Logged: your confirmation to Maya Chen.").waitFor();
    const [confirmation] = await logOf(maya.id);
    expect(confirmation?.kind).toBe("email_sent");
    expect(confirmation?.detail).toMatch(/^Confirmation\n\nSubject: Confirming our conversation/);

    // The cadence counts it as the confirmation: Confirm goes, Prepare stays.
    await openToday();
    expect(await group("Confirm").count()).toBe(0);
    await group("Prepare").getByText("Maya Chen").first().waitFor();
  });
});
