import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import type { Target } from "../../src/domain/profile.js";
import type { TodayView } from "../../src/domain/today.js";
import { clockStart, useClockedApp } from "./clocked-app.js";
import { browserAvailable, callApi, type RunningApp } from "./harness.js";

const available = browserAvailable();

const viewports = [
  { name: "a 390 px phone", width: 390, height: 844 },
  { name: "a 1280 px laptop", width: 1280, height: 900 },
];

describe.skipIf(!available)("Still excited? The check-in on Today and Insights → Compare", () => {
  const { session, setClock, addPerson, logFor, openToday } = useClockedApp();
  let app: RunningApp;
  let page: Page;
  beforeEach(() => {
    ({ app, page } = session);
  });

  const addInterest = async (kind: string, label: string) =>
    (await callApi<{ target: Target }>(app, "POST", "/api/targets", { kind, label })).target;
  /** The number is the visible control; the radio inside it is what is checked. */
  const rate = (within: ReturnType<Page["getByTestId"]>, group: string, choice: string) =>
    within
      .getByRole("group", { name: group })
      .locator("label", { has: page.getByLabel(choice) })
      .click();
  const overflow = () =>
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );

  for (const viewport of viewports) {
    it(`asks on Today after a held conversation, with undo, and shows the ratings on Compare, on ${viewport.name}`, async () => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      const shot = (name: string) =>
        page.screenshot({
          path: `/work/notes/shots/checkins-${name}-${viewport.width}.png`,
          fullPage: true,
        });
      await addInterest("field", "UX research");
      await addInterest("role", "Product designer");
      await addInterest("location", "Lisbon");
      const maya = await addPerson({ name: "Maya Chen" });
      await logFor(maya, { kind: "conversation_held", occurredAt: "2025-03-03T13:00:00.000Z" });

      await openToday();
      const card = page.getByTestId("today-check-in");
      await card
        .getByRole("heading", { name: "Still excited about UX research and Product designer?" })
        .waitFor();
      // Places are not interests to rate; the direction overall is.
      expect(await card.getByRole("group").count()).toBe(3);
      expect(await card.getByRole("group", { name: "Lisbon" }).count()).toBe(0);
      expect(await overflow()).toBe(0);
      await shot("today-card");

      // Nothing rated: the card says what to do.
      await card.getByRole("button", { name: "Save check-in" }).click();
      await card.getByText("Rate at least one interest, or your direction overall.").waitFor();

      // A click for one interest, the keyboard for the other (arrows move within a group).
      await rate(card, "UX research", "4: Still excited");
      await card.getByText("Still excited", { exact: true }).waitFor();
      const role = card.getByRole("group", { name: "Product designer" });
      await rate(card, "Product designer", "1: Not any more");
      await page.keyboard.press("ArrowRight");
      expect(await role.getByLabel("2: Less than before").isChecked()).toBe(true);
      await card.getByLabel("Note (optional)").fill("Design feels further away");
      await shot("today-rated");
      await card.getByRole("button", { name: "Save check-in" }).click();
      const saved = page.getByTestId("toast").filter({ hasText: "Check-in saved." });
      await saved.waitFor();
      await card.waitFor({ state: "detached" });
      expect((await callApi<TodayView>(app, "GET", "/api/today")).checkIn).toBeNull();

      // Undo brings the card back.
      await saved.getByRole("button", { name: "Undo" }).click();
      await page.getByText("Check-in taken back.").waitFor();
      await card.waitFor();
      expect((await callApi<TodayView>(app, "GET", "/api/today")).checkIn).toEqual({
        dueAt: "2025-03-03T13:00:00.000Z",
        lastCheckedAt: null,
      });

      // Saved again a minute later; the card goes for four weeks.
      await setClock(new Date(clockStart.getTime() + 60_000).toISOString());
      await rate(card, "UX research", "5: More than ever");
      await rate(card, "Your direction overall", "3: Unsure");
      await card.getByRole("button", { name: "Save check-in" }).click();
      await page.getByTestId("toast").filter({ hasText: "Check-in saved." }).waitFor();
      await card.waitFor({ state: "detached" });

      // Insights → Compare: the same form, the last check-in and when the next is due.
      await page.goto(`${app.url}/insights?section=compare`);
      const panel = page.getByTestId("check-in-panel");
      await panel.getByRole("heading", { name: "How excited are you now?" }).waitFor();
      await panel
        .getByTestId("check-in-dates")
        .getByText("Last check-in Mar 3, 2025; next check-in due Mar 31, 2025.")
        .waitFor();
      await panel.getByText("Last time: 5 (More than ever)").waitFor();
      await panel.getByText("Last time: 3 (Unsure)").waitFor();
      // Product designer's rating was taken back with the first check-in.
      expect(
        await panel
          .getByRole("group", { name: "Product designer" })
          .getByText(/Last time/)
          .count(),
      ).toBe(0);
      expect(await overflow()).toBe(0);
      await shot("compare-panel");

      // A new rating from Compare moves the latest one.
      await setClock(new Date(clockStart.getTime() + 120_000).toISOString());
      await rate(panel, "Product designer", "4: Still excited");
      await panel.getByRole("button", { name: "Save check-in" }).click();
      await panel.getByText("Last time: 4 (Still excited)").waitFor();
    });
  }
});
