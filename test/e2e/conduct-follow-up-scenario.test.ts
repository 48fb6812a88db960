import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import type { Activity } from "../../src/domain/activity.js";
import type { ConductView } from "../../src/domain/conduct/conduct-view.js";
import type { Person } from "../../src/domain/person.js";
import { clockStart, daysLater, useClockedApp } from "./clocked-app.js";
import { bookPlannedConversation } from "./conduct-seed.js";
import { browserAvailable, callApi, type RunningApp } from "./harness.js";

const available = browserAvailable();

const questions = [
  "How did you find your way into user research?",
  "What does a typical week look like for you?",
  "Which skills matter most for someone starting out?",
];

/**
 * Issue 11's walk on a 390 px phone with the test clock: a 30-minute conversation run in
 * conduct mode (the next question moves with ticks and the clock, wind-down at 25:00), a
 * referral captured, the end; the notes written up as takeaways; the thank-you offered
 * first with its countdown, drafted from the takeaways and sent; three months later, Keep
 * in touch.
 */
describe.skipIf(!available)("From the conversation to keeping in touch, on a phone", () => {
  const { session, addPerson, setClock, openToday } = useClockedApp({ clipboard: true });
  let app: RunningApp;
  let page: Page;
  let dana: Person;
  let activityId: string;

  beforeEach(async () => {
    ({ app, page } = session);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.clock.setFixedTime(clockStart);
    await callApi(app, "PUT", "/api/profile", { name: "Jordan Lee", searchStatus: "graduating" });
    dana = await addPerson({
      name: "Dana Reyes",
      organizationName: "Northwind",
      email: "dana@example.com",
    });
    activityId = await bookPlannedConversation(app, dana.id, {
      questions,
      objective: "Learn which first roles lead into user research by June",
    });
  });

  async function moveTo(minutes: number, seconds = 0) {
    const now = new Date(clockStart.getTime() + (minutes * 60 + seconds) * 1000);
    await setClock(now.toISOString());
    await page.clock.setFixedTime(now);
    await expect
      .poll(() => page.getByTestId("elapsed").textContent())
      .toBe(`${minutes}:${String(seconds).padStart(2, "0")}`);
  }
  const question = (text: string) => page.getByTestId("conduct-question").filter({ hasText: text });
  const nextQuestion = () =>
    page.locator('[data-testid="conduct-question"][data-status="next"]').textContent();
  const group = (label: string) => page.getByRole("region", { name: new RegExp(`^${label} \\d`) });

  it("runs it, captures a referral, writes it up, thanks within the hour and keeps in touch", async () => {
    // The conversation, from the conversations list.
    await page.goto(`${app.url}/conversations`);
    await page.getByRole("link", { name: "Start the conversation with Dana Reyes" }).click();
    await page.getByRole("button", { name: "Start the conversation" }).click();
    await page.getByLabel(/Ask permission to take notes/).check();
    expect(await nextQuestion()).toContain(questions[0]);
    await question(String(questions[0]))
      .getByRole("button", { name: /^Asked/ })
      .click();
    await expect.poll(nextQuestion).toContain(questions[1]);
    await page.getByLabel("A note").fill("Start with a portfolio review before applying");
    await page.getByLabel("A note").press("Enter");

    // The clock: 3 minutes before the wind-down one answer fits; 2:59 before, none does.
    await moveTo(22);
    expect(await nextQuestion()).toContain(questions[1]);
    await moveTo(22, 1);
    expect(await page.locator('[data-testid="conduct-question"][data-status="next"]').count()).toBe(
      0,
    );
    await moveTo(25);
    await page.getByTestId("wind-down").getByText("Who else should I talk to?").waitFor();

    // A name said in answer.
    await page.getByRole("button", { name: "+ person", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Their name").fill("Sam Lee");
    await dialog.getByText("Yes", { exact: true }).click();
    await dialog.getByRole("button", { name: "Save person" }).click();
    await page.getByTestId("captured-people").getByText("Sam Lee").waitFor();
    await expect
      .poll(() => page.getByTestId("outbox-status").textContent())
      .toBe("All changes saved");

    await moveTo(28);
    await page.getByRole("button", { name: "End", exact: true }).click();
    await page.getByRole("button", { name: "End the conversation" }).click();
    await page.waitForURL(`**/conversations/${activityId}/follow-up`);
    const { capturedPeople } = await callApi<ConductView>(
      app,
      "GET",
      `/api/conversations/${activityId}/conduct`,
    );
    expect(capturedPeople.map((person) => [person.name, person.mentionPermission])).toEqual([
      ["Sam Lee", "yes"],
    ]);

    // Written up the same hour, from the notes shown above the takeaways.
    await page
      .getByRole("region", { name: "Your notes from the conversation" })
      .getByText("Start with a portfolio review before applying")
      .waitFor();
    const entry = page.getByRole("form", { name: "New takeaway" });
    await entry.getByLabel("Takeaway").fill("Start with a portfolio review");
    await entry.getByText("Advice", { exact: true }).click();
    await entry.getByRole("button", { name: "Add takeaway" }).click();
    await entry.getByText("Added to Advice.").waitFor();
    await entry.getByLabel("Takeaway").fill("Sign up for the UX meetup");
    await entry.getByText("Action I will take", { exact: true }).click();
    await entry.getByRole("button", { name: "Add takeaway" }).click();
    await entry.getByText(/^Added\. It is on Today on/).waitFor();
    await page.screenshot({ path: "/tmp/scenario-follow-up-390.png", fullPage: true });

    // Today offers the thank-you first, counting down from the end of the conversation.
    await openToday();
    const headings = await page
      .locator("section[aria-labelledby^='today-group-'] h3")
      .allTextContents();
    expect(headings[0]).toMatch(/^Thank/);
    await group("Thank").getByText("2 hr left for the best time").waitFor();
    await page.screenshot({ path: "/tmp/scenario-today-thank-390.png", fullPage: true });
    await group("Thank").getByRole("link", { name: "Write a thank-you to Dana Reyes" }).click();
    await page.getByRole("heading", { level: 1, name: "Thank Dana Reyes" }).waitFor();
    const draft = await page.locator("#compose-body").inputValue();
    expect(draft).toContain("Your advice to start with a portfolio review");
    expect(draft).toContain("I will sign up for the UX meetup");
    await page
      .getByTestId("coach-status")
      .getByText(/no findings/i)
      .waitFor();
    await page.getByRole("button", { name: "Copy" }).click();
    await page.getByRole("button", { name: "Yes, log it" }).click();
    await page.waitForURL(`**/people/${dana.id}`);
    const { activities } = await callApi<{ activities: Activity[] }>(
      app,
      "GET",
      `/api/people/${dana.id}/activities`,
    );
    expect(activities.map((each) => each.kind)).toEqual([
      "thank_you_sent",
      "conversation_held",
      "meeting_scheduled",
    ]);

    // Three months after the thank-you: keep in touch.
    await setClock(daysLater(93));
    await page.clock.setFixedTime(new Date(daysLater(93)));
    await openToday();
    const keep = group("Keep in touch");
    const link = keep.getByRole("link", { name: "Write to keep in touch to Dana Reyes" });
    expect(await link.getAttribute("href")).toBe(`/people/${dana.id}/compose?purpose=update`);
    await page.screenshot({ path: "/tmp/scenario-keep-in-touch-390.png", fullPage: true });
  });
});
