import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import type { ConversationWithPerson } from "../../src/domain/conversation.js";
import type { TodayView } from "../../src/domain/today.js";
import { clockStart, useClockedApp } from "./clocked-app.js";
import { browserAvailable, callApi, type RunningApp } from "./harness.js";

const available = browserAvailable();

const viewports = [
  { name: "a 390 px phone", width: 390, height: 844 },
  { name: "a 1280 px laptop", width: 1280, height: 900 },
];

describe.skipIf(!available)("Follow up: takeaways, their reminders and the reflection", () => {
  const { session, setClock, addPerson, openToday } = useClockedApp();
  let app: RunningApp;
  let page: Page;
  beforeEach(() => {
    ({ app, page } = session);
  });

  const schedule = async (personId: string, scheduledFor: string) =>
    (
      await callApi<{ conversation: ConversationWithPerson }>(app, "POST", "/api/conversations", {
        personId,
        scheduledFor,
        channel: "video",
        durationMinutes: 30,
      })
    ).conversation;
  const markHeld = (activityId: string) =>
    callApi(app, "POST", `/api/conversations/${activityId}/held`, {});
  /** The follow-up reminders as Today's API answers them: reason, state and when due. */
  const followUps = async () =>
    (await callApi<TodayView>(app, "GET", "/api/today")).actions
      .filter((action) => action.group === "follow_up" || action.reason === "send_update")
      .map(({ reason, state, dueAt }) => ({ reason, state, dueAt }));

  for (const viewport of viewports) {
    it(`runs from a held conversation to a reflection on the next preparation page, on ${viewport.name}`, async () => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      const shot = (name: string) =>
        page.screenshot({ path: `/tmp/followup-${name}-${viewport.width}.png`, fullPage: true });
      const maya = await addPerson({ name: "Maya Chen", organizationName: "Hopkins" });
      const sam = await addPerson({ name: "Sam Ortiz" });
      const lee = await addPerson({ name: "Lee Park" });

      // An earlier conversation with a reflection, so the trend has two points.
      await setClock("2025-02-01T09:00:00.000Z");
      const earlier = await schedule(sam.id, "2025-02-10T15:00:00.000Z");
      const today = await schedule(maya.id, "2025-03-03T13:00:00.000Z");
      await setClock("2025-02-10T16:00:00.000Z");
      await markHeld(earlier.activityId);
      await callApi(app, "PUT", `/api/conversations/${earlier.activityId}/reflection`, {
        ratings: { confidence: 2, competence: 3, communication: 2, character: 4, chemistry: 3 },
        changeNext: "Prepare a shorter pitch",
      });
      await callApi(app, "POST", `/api/conversations/${earlier.activityId}/takeaways`, {
        tag: "advice",
        text: "Ask about the on-call rota",
      });
      // Monday 3 March, 14:00 UTC: Maya's conversation (13:00–13:30) is held.
      await setClock(clockStart.toISOString());
      await markHeld(today.activityId);

      // "Write up your notes" is due this evening, at 20:00 in the explorer's zone (UTC).
      expect(await followUps()).toEqual([
        { reason: "write_up_notes", state: "upcoming", dueAt: "2025-03-03T20:00:00.000Z" },
      ]);
      await setClock("2025-03-03T20:00:00.000Z");
      expect((await followUps()).map((action) => action.state)).toEqual(["due"]);
      await openToday();
      await page
        .getByText(
          "Write up your notes from the conversation of 3 Mar as takeaways, while they are fresh",
        )
        .waitFor();
      await shot("today-write-up");

      // From the conversations list, the held conversation opens its follow-up page.
      await page.goto(`${app.url}/conversations`);
      await page
        .locator("li[data-conversation]")
        .filter({ hasText: "Maya Chen" })
        .getByRole("link", { name: /^Follow up/ })
        .click();
      await page.waitForURL(`**/conversations/${today.activityId}/follow-up`);
      await page.getByRole("heading", { level: 1, name: "Follow up: Maya Chen" }).waitFor();
      await page.getByText("Write up your notes", { exact: true }).waitFor();
      const thanks = page.getByRole("link", { name: "Write the thank-you" });
      expect(await thanks.getAttribute("href")).toBe(
        `/people/${maya.id}/compose?purpose=thank_you`,
      );

      const entry = page.getByRole("form", { name: "New takeaway" });
      const add = async (text: string, tag: string) => {
        await entry.getByLabel("Takeaway").fill(text);
        await entry.getByText(tag, { exact: true }).click();
        await entry.getByRole("button", { name: "Add takeaway" }).click();
      };
      // Nothing chosen: the messages are at the fields.
      await entry.getByRole("button", { name: "Add takeaway" }).click();
      await entry.getByText("Choose what kind of takeaway this is").waitFor();
      await entry.getByText("Enter the takeaway").waitFor();
      await add("Learn SQL before Python", "Advice");
      await entry.getByText("Added to Advice.").waitFor();
      await add("Talk to Dana Reyes at Northwind", "Person recommended");
      await entry.getByText("Added to Person recommended.").waitFor();
      // An action needs a day: a week ahead by default, shown as the day it is on Today.
      await entry.getByLabel("Takeaway").fill("Take the free SQL course");
      await entry.getByText("Action I will take", { exact: true }).click();
      expect(await entry.getByLabel("By when").inputValue()).toBe("2025-03-10");
      await entry.getByText("On Today on Mon, Mar 10.").waitFor();
      await entry.getByRole("button", { name: "Add takeaway" }).click();
      await entry.getByText("Added. It is on Today on Mon, Mar 10.").waitFor();
      const list = page.getByTestId("takeaway-list");
      for (const group of ["Advice (1)", "Person recommended (1)", "Action I will take (1)"])
        await list.getByRole("heading", { name: group }).waitFor();
      await page.getByText("Write up your notes", { exact: true }).waitFor({ state: "detached" });

      // Delete with Undo.
      await list.getByRole("button", { name: "Delete “Learn SQL before Python”" }).click();
      await page
        .getByTestId("toast")
        .filter({ hasText: "Deleted “Learn SQL before Python”." })
        .getByRole("button", { name: "Undo" })
        .click();
      await page.getByText("Restored the takeaway.").waitFor();
      await list.getByText("Learn SQL before Python").waitFor();

      // Written up: the reminder goes; the action waits for its day.
      expect(await followUps()).toEqual([
        { reason: "takeaway_action", state: "upcoming", dueAt: "2025-03-10T00:00:00.000Z" },
      ]);

      // The five Cs, a note and what to change.
      const reflection = page.getByRole("form", { name: "Reflection" });
      // The number is the visible control; the radio inside it is what is checked.
      for (const [c, score] of [
        ["Confidence", 3],
        ["Competence", 4],
        ["Communication", 4],
        ["Character", 5],
        ["Chemistry", 4],
      ] as const)
        await reflection.locator("label", { has: page.getByLabel(`${c}: ${score} of 5`) }).click();
      expect(await reflection.getByLabel("Character: 5 of 5").isChecked()).toBe(true);
      await reflection.getByLabel("Note").fill("Rushed the opening");
      await reflection
        .getByLabel("What I would change next time")
        .fill("Slow down in the first two minutes");
      await reflection.getByText("Not saved yet").waitFor();
      await reflection.getByRole("button", { name: "Save reflection" }).click();
      await reflection.getByText("✓ Saved").waitFor();
      // The trend: two conversations in the table, and the chart drawn.
      const table = page.getByTestId("trend-table");
      await table.getByText("Maya Chen").waitFor();
      expect(await table.locator("tbody tr").count()).toBe(2);
      expect(await table.locator("tbody tr").first().textContent()).toContain("Sam Ortiz");
      await page.getByTestId("trend-chart").locator("canvas").waitFor();
      await shot("page");

      // The action's day: it is on Today; ticked off, an update is proposed.
      await setClock("2025-03-10T09:00:00.000Z");
      await openToday();
      await page
        .getByText("An action you planned after the conversation of 3 Mar is due")
        .waitFor();
      expect((await followUps()).map(({ reason, state }) => `${reason}:${state}`)).toEqual([
        "takeaway_action:due",
      ]);
      await page.goto(`${app.url}/conversations/${today.activityId}/follow-up`);
      await page.getByLabel("Done: Take the free SQL course").check();
      await page.getByText("Done. Tell them what came of it: an update is on Today.").waitFor();
      expect((await followUps()).map(({ reason, state }) => `${reason}:${state}`)).toEqual([
        "send_update:due",
      ]);
      await openToday();
      await page
        .getByText(
          "You acted on their advice from the conversation of 3 Mar — tell them what came of it",
        )
        .waitFor();
      await shot("today-update");

      // The next conversation's preparation page shows what to change.
      const next = await schedule(lee.id, "2025-03-12T15:00:00.000Z");
      await page.goto(`${app.url}/conversations/${next.activityId}/prepare`);
      const last = page.getByTestId("last-reflection");
      await last.waitFor();
      expect(await last.textContent()).toContain(
        "Last time you said you would change: Slow down in the first two minutes",
      );
      expect(await last.textContent()).toContain("After your conversation with Maya Chen");
      await shot("prepare");

      // The person's log links the held conversation to its follow-up.
      await page.goto(`${app.url}/people/${maya.id}`);
      await page.getByRole("link", { name: "Follow up: takeaways and reflection" }).click();
      await page.waitForURL(`**/conversations/${today.activityId}/follow-up`);
      // Nothing runs off a phone's screen.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
    });
  }
});
