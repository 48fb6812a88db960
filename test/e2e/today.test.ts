import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import type { TodayView } from "../../src/domain/today.js";
import { clockStart, daysLater, useClockedApp } from "./clocked-app.js";
import { browserAvailable, callApi, type RunningApp } from "./harness.js";

const available = browserAvailable();
const shotPath = (name: string) => join(tmpdir(), "rapport-shots", `${name}.png`);

describe.skipIf(!available)("Today in a real browser, with a clock the test moves", () => {
  const { session, setClock, addPerson, logFor, openToday } = useClockedApp();
  let app: RunningApp;
  let page: Page;
  beforeEach(() => {
    ({ app, page } = session);
  });
  const callGroup = () => page.getByRole("region", { name: /^Call/ });
  const row = (name: string) => page.locator("li[data-action-key]").filter({ hasText: name });

  it("brings the follow-up call due after 8 days, then the retry after a voicemail", async () => {
    const maya = await addPerson({
      name: "Maya Chen",
      organizationName: "Hopkins Digital Health",
      phone: "(410) 555-0100",
      phoneExtension: "12",
    });
    await logFor(maya, { kind: "email_sent", occurredAt: clockStart.toISOString() });

    await openToday();
    await page.getByRole("heading", { name: "Nothing due today" }).waitFor();
    await page.getByText("Next: Call Maya Chen").waitFor();
    expect(await page.getByTestId("week-summary").textContent()).toBe(
      "In the last 7 days: 1 touch, 0 conversations, 0 thank-yous and 1 person added.",
    );
    expect(await page.getByText("Monday, March 3").count()).toBe(1);

    await setClock(daysLater(8));
    await openToday();
    const due = callGroup().locator("li").filter({ hasText: "Maya Chen" });
    await due.waitFor();
    expect(await due.textContent()).toContain("No reply to your email of 3 Mar");
    expect(await due.textContent()).toContain("Due since yesterday");
    const dial = due.getByRole("link", { name: /^Call \(410\) 555-0100 ext\. 12/ });
    // It opens the call screen (script and outcome buttons), which dials with tel:.
    expect(await dial.getAttribute("href")).toBe(`/people/${maya.id}/call`);
    const logLink = due.getByRole("link", { name: "Log the call Maya Chen" });
    expect(await logLink.getAttribute("href")).toBe(`/people/${maya.id}?log=call#log`);
    expect(await callGroup().getByRole("heading").textContent()).toMatch(/^Call\s*1/);
    // "Log the call" lands on the person's log with the form ready to type in.
    await logLink.click();
    await page.waitForURL(/#log$/);
    await expect
      .poll(() => page.evaluate<string | undefined>("document.activeElement?.id"))
      .toBe("log-kind");

    await logFor(maya, { kind: "call", outcome: "voicemail", occurredAt: daysLater(8) });
    await openToday();
    await page.getByRole("heading", { name: "Nothing due today" }).waitFor();
    expect(await callGroup().count()).toBe(0);
    const comingUp = page.getByRole("region", { name: "Coming up" });
    await comingUp.getByText("Your call of 11 Mar did not get through").waitFor();
    // Three business days after Tuesday is Friday.
    await comingUp.getByText("Due Friday").waitFor();

    await setClock(daysLater(13));
    await openToday();
    const retry = callGroup().locator("li").filter({ hasText: "did not get through" });
    await retry.waitFor();
    expect(await retry.textContent()).toContain("Maya Chen");
  });

  it("snoozes an action with Undo, and dismisses one only with a reason", async () => {
    const lee = await addPerson({ name: "Lee Park", email: "lee@example.com" });
    const ana = await addPerson({ name: "Ana Souza", phone: "410 555 0199" });
    await logFor(lee, { kind: "email_sent", occurredAt: clockStart.toISOString() });
    await logFor(ana, { kind: "letter_sent", occurredAt: daysLater(-10) });
    await setClock(daysLater(8));
    await openToday();

    // Overdue comes first in its group, and says so in words.
    const rows = callGroup().locator("li[data-action-key]");
    await rows.first().waitFor();
    expect(await rows.count()).toBe(2);
    // Her letter of 21 Feb: the call came due on 28 Feb and overdue (at most two weeks) on
    // 7 Mar; on 11 Mar it is 4 days overdue, as `rapport today` says too.
    expect(await row("Ana Souza").locator("time").textContent()).toBe("4 days overdue");
    expect(await rows.first().getAttribute("data-state")).toBe("overdue");

    // Snooze from the keyboard: the menu opens on the first choice.
    await row("Lee Park").getByRole("button", { name: "Snooze call Lee Park" }).focus();
    await page.keyboard.press("Enter");
    const menu = page.getByRole("menu", { name: "Snooze call Lee Park" });
    await menu.waitFor();
    expect(await page.evaluate("document.activeElement?.textContent")).toBe(
      "Until tomorrow morningWed, Mar 12, 8:00 AM",
    );
    await page.keyboard.press("Escape");
    await menu.waitFor({ state: "detached" });
    await row("Lee Park").getByRole("button", { name: "Snooze call Lee Park" }).click();
    await page.getByRole("menuitem", { name: /For 3 days/ }).click();
    const snoozed = page.getByTestId("toast").filter({ hasText: "Snoozed “Call Lee Park”" });
    await snoozed.waitFor();
    await row("Lee Park").waitFor({ state: "detached" });
    await snoozed.getByRole("button", { name: "Undo" }).click();
    await row("Lee Park").waitFor();
    await page.getByText("“Call Lee Park” is back on Today.").waitFor();

    // Dismiss asks why, and will not go on without a reason.
    await row("Ana Souza").getByRole("button", { name: "Dismiss call Ana Souza" }).click();
    const dialog = page.getByRole("dialog", { name: "Dismiss this action?" });
    await dialog.getByRole("button", { name: "Dismiss" }).click();
    await dialog.getByText("Say why, in a few words").waitFor();
    expect(await page.evaluate("document.activeElement?.tagName")).toBe("TEXTAREA");
    await dialog.getByLabel("Why?").fill("She wrote back on LinkedIn; we are talking there.");
    await dialog.getByRole("button", { name: "Dismiss" }).click();
    await dialog.waitFor({ state: "detached" });
    await row("Ana Souza").waitFor({ state: "detached" });
    await page.getByTestId("toast").filter({ hasText: "Dismissed “Call Ana Souza”" }).waitFor();
    const today = await callApi<TodayView>(app, "GET", "/api/today");
    expect(today.actions.map((action) => action.personName)).toEqual(["Lee Park"]);

    // On a phone the rows stack and nothing runs off the side.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await row("Lee Park").waitFor();
    const overflow = await page.evaluate(
      "document.documentElement.scrollWidth - document.documentElement.clientWidth",
    );
    expect(overflow).toBe(0);
  });

  it("shows the top of a long group, counts the rest, and shows more on request", async () => {
    const names = ["Ada", "Ben", "Cai", "Dee", "Eli", "Fay", "Gus", "Hal"].map(
      (first) => `${first} Long`,
    );
    for (const [index, name] of names.entries()) {
      const person = await addPerson({ name, phone: `410 555 01${10 + index}` });
      // Half a day apart, 9½ to 13 days before: all due, none overdue yet, Ada waiting longest.
      await logFor(person, { kind: "email_sent", occurredAt: daysLater(-5 + index / 2) });
    }
    await setClock(daysLater(8));
    await openToday();
    const rows = callGroup().locator("li[data-action-key]");
    await rows.first().waitFor();
    expect(await callGroup().getByRole("heading").textContent()).toMatch(/^Call\s*8 actions/);
    expect(await rows.allTextContents()).toHaveLength(5);
    expect(
      await rows.evaluateAll((items) =>
        items.map((item) => item.querySelector("a")?.textContent?.trim()),
      ),
    ).toEqual(["Ada Long", "Ben Long", "Cai Long", "Dee Long", "Eli Long"]);
    await callGroup().getByText("Showing 5 of 8").waitFor();
    expect(await page.getByRole("heading", { name: /^To do now/ }).textContent()).toBe(
      "To do now8 actions",
    );

    await callGroup().getByRole("button", { name: "Show 3 more: Call" }).click();
    await row("Hal Long").waitFor();
    expect(await rows.count()).toBe(8);
    expect(
      await callGroup()
        .getByText(/^Showing/)
        .count(),
    ).toBe(0);

    // Snoozing one takes it off at once, and the count with it.
    await row("Ada Long").getByRole("button", { name: "Snooze call Ada Long" }).click();
    await page.getByRole("menuitem", { name: /For 3 days/ }).click();
    await row("Ada Long").waitFor({ state: "detached" });
    expect(await callGroup().getByRole("heading").textContent()).toMatch(/^Call\s*7 actions/);
    await page.screenshot({ path: shotPath("today-show-more-1280") });

    // A fresh visit shows the top again; the API says what it holds back.
    const today = await callApi<TodayView>(app, "GET", "/api/today");
    expect(today.groups).toEqual([{ group: "call", total: 7, overdue: 0 }]);
    expect(today.actions.map((action) => action.personName)).toEqual([
      "Ben Long",
      "Cai Long",
      "Dee Long",
      "Eli Long",
      "Fay Long",
    ]);
    const opened = await callApi<TodayView>(app, "GET", "/api/today?call=6");
    expect(opened.actions).toHaveLength(6);

    await page.setViewportSize({ width: 390, height: 844 });
    await openToday();
    await callGroup().getByText("Showing 5 of 7").waitFor();
    const overflow = await page.evaluate(
      "document.documentElement.scrollWidth - document.documentElement.clientWidth",
    );
    expect(overflow).toBe(0);
    await page.screenshot({ path: shotPath("today-show-more-390"), fullPage: true });
  });

  it("counts days and snoozes in the explorer's time zone, not the browser's", async () => {
    // The explorer lives in Auckland (UTC+13 in March); this browser is set to UTC.
    await callApi(app, "PUT", "/api/settings/cadence", { timeZone: "Pacific/Auckland" });
    const ana = await addPerson({ name: "Ana Souza", phone: "410 555 0199" });
    // 03:00 on Saturday 22 February in Auckland: the call is overdue from 03:00 on 8 March.
    await logFor(ana, { kind: "letter_sent", occurredAt: daysLater(-10) });
    // 10:30 UTC on Tuesday 11 March is 23:30 the same day in Auckland: three days on from
    // the 8th there (four from the 7th, the UTC date the browser would count from).
    await setClock("2025-03-11T10:30:00.000Z");
    await openToday();
    await row("Ana Souza").waitFor();
    expect(await row("Ana Souza").locator("time").textContent()).toBe("3 days overdue");
    expect(await page.getByText("Tuesday, March 11").count()).toBe(1);

    // Tomorrow morning is Wednesday 8:00 in Auckland (19:00 UTC on Tuesday), said in Auckland's time.
    await row("Ana Souza").getByRole("button", { name: "Snooze call Ana Souza" }).click();
    const menu = page.getByRole("menu", { name: "Snooze call Ana Souza" });
    expect(await menu.getByRole("menuitem").allTextContents()).toEqual([
      "Until tomorrow morningWed, Mar 12, 8:00 AM",
      "For 3 daysFri, Mar 14, 8:00 AM",
      "Until next weekMon, Mar 17, 8:00 AM",
    ]);
    await menu.getByRole("menuitem", { name: /Until tomorrow morning/ }).click();
    await row("Ana Souza").waitFor({ state: "detached" });
    const snoozes = await callApi<TodayView>(app, "GET", "/api/today");
    expect(snoozes.actions).toEqual([]);
    await setClock("2025-03-11T19:00:00.000Z");
    await openToday();
    expect(await row("Ana Souza").locator("time").textContent()).toBe("4 days overdue");
  });

  it("tells a new user what to do first, and is the home page", async () => {
    await page.goto(`${app.url}/`);
    await page.waitForURL(/\/today$/);
    await page
      .getByRole("heading", { name: "Start with the people you'd like to learn from" })
      .waitFor();
    expect(await page.title()).toBe("Today · Rapport");
    const add = page.getByRole("link", { name: "Add your first person" });
    expect(await add.getAttribute("href")).toBe("/people/new");
    const importLink = page.getByRole("link", { name: "Import LinkedIn or contacts" });
    expect(await importLink.getAttribute("href")).toBe("/import");
    await page.getByText("then log the letter or email on their page").waitFor();
  });
});
