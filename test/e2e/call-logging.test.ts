import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import type { Activity } from "../../src/domain/activity.js";
import type { Person } from "../../src/domain/person.js";
import { clockStart, daysLater, useClockedApp } from "./clocked-app.js";
import { browserAvailable, callApi, type RunningApp } from "./harness.js";

const available = browserAvailable();

describe.skipIf(!available)("Logging a call: from Today, and when they agree to talk", () => {
  const { session, setClock, addPerson, logFor, openToday } = useClockedApp();
  let app: RunningApp;
  let page: Page;
  beforeEach(() => {
    ({ app, page } = session);
  });
  const logOf = async (personId: string) =>
    (await callApi<{ activities: Activity[] }>(app, "GET", `/api/people/${personId}/activities`))
      .activities;
  const kindsOf = async (person: Person) =>
    (await logOf(person.id)).map((entry) => [entry.kind, entry.outcome]);

  /** Maya, written to eight days ago: Today has a follow-up call due. */
  async function mayaWithCallDue() {
    const maya = await addPerson({
      name: "Maya Chen",
      organizationName: "Hopkins Digital Health",
      phone: "(410) 555-0100",
    });
    await logFor(maya, { kind: "email_sent", occurredAt: clockStart.toISOString() });
    await setClock(daysLater(8));
    return maya;
  }

  it("opens the log form from Today's “Log the call” with Call chosen, ready for how it went", async () => {
    const maya = await mayaWithCallDue();
    await openToday();
    await page
      .getByRole("region", { name: /^Call/ })
      .getByRole("link", { name: "Log the call Maya Chen" })
      .click();
    await page.waitForURL(`**/people/${maya.id}?log=call#log`);
    const form = page.getByRole("form", { name: "Add to the log" });
    await expect.poll(() => form.getByLabel("What happened").inputValue()).toBe("call");
    expect(await page.evaluate<string | undefined>("document.activeElement?.id")).toBe("log-kind");
    // The call's outcome is the one thing left to say; nothing is picked for the explorer.
    const outcomes = form.getByRole("group", { name: "How did the call go?" });
    expect(await outcomes.getByRole("radio").count()).toBe(4);
    expect(await outcomes.getByRole("radio", { checked: true }).count()).toBe(0);

    await outcomes.getByText("Voicemail left").click();
    await form.getByRole("button", { name: "Add to log" }).click();
    await page.getByText("Added to the log: Call · Voicemail left.").waitFor();
    expect(await kindsOf(maya)).toEqual([
      ["call", "voicemail"],
      ["email_sent", null],
    ]);
  });

  it("logs one call however often “They agreed to talk” is abandoned and redone", async () => {
    const maya = await mayaWithCallDue();
    await page.goto(`${app.url}/people/${maya.id}/call`);
    await page.getByRole("heading", { level: 1, name: "Call Maya Chen" }).waitFor();
    const dialog = page.getByRole("dialog", { name: "Schedule a conversation with Maya Chen" });

    // Key 1 twice: "Answered", then "They agreed to talk". Cancel: nothing is logged yet,
    // and the explorer is back at the question.
    await page.keyboard.press("1");
    await page.getByRole("heading", { name: "What did they say?" }).waitFor();
    await page.keyboard.press("1");
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByRole("heading", { name: "What did they say?" }).waitFor();
    expect(await kindsOf(maya)).toEqual([["email_sent", null]]);

    // Again, abandoned with Escape this time.
    await page.keyboard.press("1");
    await dialog.waitFor();
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(await kindsOf(maya)).toEqual([["email_sent", null]]);

    // The third time with a time: one call, one conversation.
    await page.keyboard.press("1");
    await dialog.getByLabel("Date").fill("2025-03-13");
    await dialog.getByLabel("Time").fill("10:00");
    await dialog.getByRole("button", { name: "Schedule", exact: true }).click();
    await page.waitForURL("**/today");
    await page.getByText("Scheduled with Maya Chen: Thu, Mar 13, 10:00 AM.").waitFor();
    expect(await kindsOf(maya)).toEqual([
      ["meeting_scheduled", null],
      ["call", "answered"],
      ["email_sent", null],
    ]);
  });

  it("keeps one call when scheduling fails once: retried it reuses the call, cancelled it takes it back", async () => {
    const maya = await mayaWithCallDue();
    await page.goto(`${app.url}/people/${maya.id}/call`);
    await page.getByRole("heading", { level: 1, name: "Call Maya Chen" }).waitFor();
    const dialog = page.getByRole("dialog", { name: "Schedule a conversation with Maya Chen" });
    const failOnce = async () =>
      page.route(
        "**/api/conversations",
        (route) =>
          route.fulfill({
            status: 503,
            contentType: "application/json",
            body: JSON.stringify({
              error: { code: "unavailable", message: "The server is busy; try again." },
            }),
          }),
        { times: 1 },
      );
    const scheduleFor13March = async () => {
      await dialog.getByLabel("Date").fill("2025-03-13");
      await dialog.getByLabel("Time").fill("10:00");
      await dialog.getByRole("button", { name: "Schedule", exact: true }).click();
    };

    // Fails, then Cancel: the call logged for it is taken back.
    await failOnce();
    await page.keyboard.press("1");
    await page.keyboard.press("1");
    await scheduleFor13March();
    await dialog.getByText("The server is busy; try again.").waitFor();
    expect(await kindsOf(maya)).toEqual([
      ["call", "answered"],
      ["email_sent", null],
    ]);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect.poll(() => kindsOf(maya)).toEqual([["email_sent", null]]);

    // Fails, then Schedule again: the same call, and the conversation.
    await failOnce();
    await page.keyboard.press("1");
    await scheduleFor13March();
    await dialog.getByText("The server is busy; try again.").waitFor();
    await dialog.getByRole("button", { name: "Schedule", exact: true }).click();
    await page.waitForURL("**/today");
    expect(await kindsOf(maya)).toEqual([
      ["meeting_scheduled", null],
      ["call", "answered"],
      ["email_sent", null],
    ]);
  });

  it("logs the call alone when they agreed but no time is set yet, once", async () => {
    const maya = await mayaWithCallDue();
    await page.goto(`${app.url}/people/${maya.id}/call`);
    await page.getByRole("heading", { level: 1, name: "Call Maya Chen" }).waitFor();
    await page.getByRole("button", { name: /^Answered/ }).click();
    await page.getByRole("button", { name: /They agreed to talk/ }).click();
    const dialog = page.getByRole("dialog", { name: "Schedule a conversation with Maya Chen" });
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await page.getByRole("button", { name: /They agreed to talk/ }).click();
    await dialog.getByRole("button", { name: "No time yet: log the call" }).click();

    // Their page, where "Schedule a conversation" waits for the time they send.
    await page.waitForURL(`**/people/${maya.id}`);
    await page.getByRole("heading", { level: 1, name: "Maya Chen" }).waitFor();
    await page
      .getByTestId("toast")
      .getByText("Logged “Call · Answered” for Maya Chen.", { exact: true })
      .waitFor();
    expect(await kindsOf(maya)).toEqual([
      ["call", "answered"],
      ["email_sent", null],
    ]);
  });

  it("gives the call screen's back link and phone number 44-pixel touch targets on a phone", async () => {
    const maya = await mayaWithCallDue();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.url}/people/${maya.id}/call`);
    await page.getByRole("heading", { level: 1, name: "Call Maya Chen" }).waitFor();
    const back = await page.getByRole("link", { name: "← Today" }).boundingBox();
    const phone = await page.getByTestId("call-number").getByRole("link").boundingBox();
    expect(back?.height).toBeGreaterThanOrEqual(44);
    expect(back?.width).toBeGreaterThanOrEqual(44);
    expect(phone?.height).toBeGreaterThanOrEqual(44);
    expect(phone?.width).toBeGreaterThanOrEqual(44);
  });
});
