import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import type { Activity } from "../../src/domain/activity.js";
import { connect, parseStoreUrl } from "../../src/store/connect.js";
import { takeawaysRepository } from "../../src/store/takeaways.repository.js";
import { clockStart, daysLater, useClockedApp } from "./clocked-app.js";
import { browserAvailable, callApi, type RunningApp } from "./harness.js";

const available = browserAvailable();

describe.skipIf(!available)("The thank-you and the update from the takeaways", () => {
  const { session, addPerson, logFor } = useClockedApp({ clipboard: true });
  let app: RunningApp;
  let page: Page;
  beforeEach(() => {
    ({ app, page } = session);
  });
  const body = () => page.locator("#compose-body");
  const finding = (code: string) => page.locator(`button[data-code="${code}"]`);
  const logOf = async (personId: string) =>
    (await callApi<{ activities: Activity[] }>(app, "GET", `/api/people/${personId}/activities`))
      .activities;

  /** The takeaways the follow-up page would write, straight into the app's store. */
  async function withStore<T>(
    work: (takeaways: ReturnType<typeof takeawaysRepository>) => Promise<T>,
  ) {
    const db = connect(parseStoreUrl(`sqlite:${join(app.dataDir, "rapport.sqlite")}`));
    try {
      return await work(takeawaysRepository(db));
    } finally {
      await db.destroy();
    }
  }

  it("names the advice and the action; the coach asks for the action once it is deleted", async () => {
    await callApi(app, "PUT", "/api/profile", { name: "Jordan Lee", searchStatus: "graduating" });
    const maya = await addPerson({
      name: "Maya Chen",
      email: "maya@example.com",
      profileUrl: "https://www.linkedin.com/in/mayachen",
    });
    // Yesterday at 15:00, in person; marked held.
    const { activity } = await logFor(maya, {
      kind: "meeting_scheduled",
      occurredAt: daysLater(-7),
      scheduledFor: daysLater(-1).replace("14:00", "15:00"),
      channel: "in_person",
      durationMinutes: 30,
    });
    await callApi(app, "POST", `/api/conversations/${activity.id}/held`, {});
    const now = clockStart.toISOString();
    await withStore(async (takeaways) => {
      const note = { activityId: activity.id, personId: maya.id, actionDueOn: null };
      await takeaways.insert(
        "local",
        "t-trend",
        { ...note, tag: "trend", text: "Research ops is growing" },
        now,
      );
      await takeaways.insert(
        "local",
        "t-advice",
        { ...note, tag: "advice", text: "Start with a portfolio review" },
        daysLater(0.001),
      );
      await takeaways.insert(
        "local",
        "t-action",
        { ...note, tag: "action", text: "Sign up for the UX meetup", actionDueOn: "2025-03-07" },
        daysLater(0.002),
      );
    });

    await page.goto(`${app.url}/people/${maya.id}/compose?purpose=thank_you`);
    await page.getByRole("heading", { level: 1, name: "Thank Maya Chen" }).waitFor();
    const draft = await body().inputValue();
    const actionSentence = "Because of it, I will sign up for the UX meetup by Friday.";
    expect(draft).toBe(`Hello Maya,

Thank you for taking the time to meet with me yesterday. Your advice to start with a portfolio review has stayed with me.

${actionSentence} I'd like to keep you posted on how it goes — may I connect with you on LinkedIn?

Thank you again for your generosity.

Best regards,
Jordan Lee`);
    await page
      .getByTestId("coach-status")
      .getByText(/no findings/i)
      .waitFor();
    await page.screenshot({ path: "/tmp/thanks-1280.png", fullPage: true });

    // Deleting the action sentence: the coach asks for it.
    await body().fill(draft.replace(`${actionSentence} `, ""));
    await finding("no_action").waitFor();
    await page
      .getByText(/Say what you will do because of their advice, with a day to it/)
      .first()
      .waitFor();
    expect(await finding("no_specific_point").count()).toBe(0);
    expect(await finding("no_stay_in_touch").count()).toBe(0);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "/tmp/thanks-390-no-action.png", fullPage: true });

    // Restored, it clears.
    await body().fill(draft);
    await finding("no_action").waitFor({ state: "detached" });
    await page
      .getByTestId("coach-status")
      .getByText(/no findings/i)
      .waitFor();
    await page.screenshot({ path: "/tmp/thanks-390.png", fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    // Later the action is done: the update cites their advice and what came of it, and
    // sending it logs an update.
    await withStore((takeaways) =>
      takeaways.update("local", "t-action", { action_done_at: daysLater(3) }, daysLater(3)),
    );
    await page.goto(
      `${app.url}/people/${maya.id}/compose?purpose=update&conversation=${activity.id}`,
    );
    await page.getByRole("heading", { level: 1, name: "Update Maya Chen" }).waitFor();
    const update = await body().inputValue();
    expect(update).toContain(
      "You suggested I start with a portfolio review when we spoke on 2 March.",
    );
    expect(update).toContain("I took your advice and signed up for the UX meetup.");
    expect(await page.getByLabel("Subject").inputValue()).toBe("What came of your advice");
    await page
      .getByTestId("coach-status")
      .getByText(/no findings/i)
      .waitFor();
    await page.screenshot({ path: "/tmp/thanks-update-1280.png", fullPage: true });
    await page.getByRole("button", { name: "Copy" }).click();
    expect(await page.getByTestId("went-out").textContent()).toContain("Rapport logs the update.");
    await page.getByRole("button", { name: "Yes, log it" }).click();
    await page.waitForURL(`**/people/${maya.id}`);
    await page.getByTestId("toast").getByText("Logged: your update to Maya Chen.").waitFor();
    const [sent] = await logOf(maya.id);
    expect(sent).toMatchObject({ kind: "update_sent", channel: "email" });
    expect(sent?.detail).toContain("You suggested I start with a portfolio review");
  });
});
