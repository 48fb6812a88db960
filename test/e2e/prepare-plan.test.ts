import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { useClockedApp } from "./clocked-app.js";
import { browserAvailable, callApi, type RunningApp } from "./harness.js";

const available = browserAvailable();
// Set to a folder to keep the page's screenshots at 1280 and 390 pixels (for a look).
const screenshotDir = process.env.PREPARE_SCREENSHOTS;

describe.skipIf(!available)("Preparing a conversation in a real browser", () => {
  const { session, addPerson, openToday } = useClockedApp();
  let app: RunningApp;
  let page: Page;
  beforeEach(() => {
    ({ app, page } = session);
  });

  const plan = () => page.getByRole("list", { name: "Question plan" });
  const planTexts = () => plan().locator("[data-question-text]").allTextContents();

  it("opens Prepare from Today, writes an objective, plans and orders questions, ticks the checklist", async () => {
    const dana = await addPerson({ name: "Dana Reyes", organizationName: "Acme Health" });
    // Tomorrow (Tuesday 4 March, 15:00 UTC), 20 minutes by phone: Today says prepare.
    await callApi(app, "POST", "/api/conversations", {
      personId: dana.id,
      scheduledFor: "2025-03-04T15:00:00.000Z",
      durationMinutes: 20,
      channel: "phone",
    });

    await openToday();
    const prepare = page.getByRole("link", { name: /^Prepare Dana Reyes/ });
    expect(await prepare.textContent()).toContain("0 of 8 ready");
    await prepare.click();
    await page.getByRole("heading", { level: 1, name: "Prepare: Dana Reyes" }).waitFor();
    expect(await page.locator("main header").textContent()).toContain("20 min · Phone");

    // A hint while the objective names nothing to learn and no time frame; none once it does.
    const objective = page.getByRole("textbox", { name: "Objective" });
    await objective.fill("Meet Dana");
    await page.locator('[data-hint="objective_nothing_to_learn"]').waitFor();
    await page.locator('[data-hint="objective_no_time_frame"]').waitFor();
    await objective.fill("Learn how Dana moved into policy before applying in March");
    await page.locator("[data-hint]").first().waitFor({ state: "detached" });
    await page.getByRole("button", { name: "Save objective" }).click();
    await page.locator("#prepare-objective-status").getByText("Saved").waitFor();

    // Two questions from the built-in bank.
    const bankQuestion = (key: string) =>
      page.locator(`[data-bank-question="${key}"]`).getByRole("button");
    await page.locator('[data-bank-group="person"] summary').click();
    await page.locator('[data-bank-group="chances"] summary').click();
    await bankQuestion("person-path-1").click();
    await plan().locator("li").first().waitFor();
    await bankQuestion("chances-pay-1").click();
    await expect
      .poll(planTexts)
      .toEqual([
        "How did you find your way into this line of work?",
        "What salary range is realistic for someone starting out in this role?",
      ]);
    // Once in the plan, the bank says so.
    await bankQuestion("person-path-1").getByText("Added").waitFor();
    const budget = page.locator("[data-budget]");
    expect(await budget.textContent()).toBe("2 of 2 fit in 20 minutes at 3 minutes an answer");
    expect(
      await page
        .locator("[data-empty-group]")
        .evaluateAll((items) => items.map((item) => item.getAttribute("data-empty-group"))),
    ).toEqual(["field"]);

    // Keyboard: Alt+ArrowUp on the second question moves it first, and the order is saved.
    await plan().locator("li").nth(1).getByRole("button", { name: /^Edit/ }).focus();
    await page.keyboard.press("Alt+ArrowUp");
    await expect
      .poll(planTexts)
      .toEqual([
        "What salary range is realistic for someone starting out in this role?",
        "How did you find your way into this line of work?",
      ]);
    // The move-up button of the moved question keeps the focus… it is disabled at the top,
    // so its move-down button takes it; Alt+ArrowDown there moves it back down and up again.
    await page.keyboard.press("Alt+ArrowDown");
    await expect
      .poll(planTexts)
      .toEqual([
        "How did you find your way into this line of work?",
        "What salary range is realistic for someone starting out in this role?",
      ]);
    await page.keyboard.press("Alt+ArrowUp");
    await expect
      .poll(planTexts)
      .toEqual([
        "What salary range is realistic for someone starting out in this role?",
        "How did you find your way into this line of work?",
      ]);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Prepare: Dana Reyes" }).waitFor();
    await expect
      .poll(planTexts)
      .toEqual([
        "What salary range is realistic for someone starting out in this role?",
        "How did you find your way into this line of work?",
      ]);

    // Checklist: the objective and questions tick themselves; three by hand make 5 of 8.
    const progress = page.locator("[data-progress]");
    expect(await progress.textContent()).toBe("2 of 8 ready");
    for (const item of ["Pitch practised aloud", "A quiet place to talk", "Phone charged"]) {
      await page.getByLabel(item).check();
    }
    expect(await progress.textContent()).toBe("5 of 8 ready");
    await expect
      .poll(
        async () =>
          (
            await callApi<{ progress: { ready: number } }>(
              app,
              "GET",
              `/api/conversations/${await activityId()}/preparation`,
            )
          ).progress.ready,
      )
      .toBe(5);

    if (screenshotDir) {
      await page.screenshot({ path: `${screenshotDir}/prepare-1280.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    if (screenshotDir) {
      await page.screenshot({ path: `${screenshotDir}/prepare-390.png`, fullPage: true });
    }

    await openToday();
    expect(await page.getByRole("link", { name: /^Prepare Dana Reyes/ }).textContent()).toContain(
      "5 of 8 ready",
    );
    if (screenshotDir) {
      await page.screenshot({ path: `${screenshotDir}/today-390.png`, fullPage: true });
      await page.goto(`${app.url}/settings#prepare`);
      await page.getByRole("button", { name: "Save Prepare settings" }).waitFor();
      await page.locator("#prepare").screenshot({ path: `${screenshotDir}/settings-390.png` });
    }
  });

  async function activityId(): Promise<string> {
    return new URL(page.url()).pathname.split("/")[2] ?? "";
  }
});
