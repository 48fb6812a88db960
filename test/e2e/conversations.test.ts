import { readFile } from "node:fs/promises";
import ICAL from "ical.js";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { daysLater, useClockedApp } from "./clocked-app.js";
import { browserAvailable, type RunningApp } from "./harness.js";

const available = browserAvailable();

function parseEvents(text: string) {
  return new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents("vevent")
    .map((event) => new ICAL.Event(event));
}

describe.skipIf(!available)("Conversations and the calendar in a real browser", () => {
  const { session, setClock, addPerson, openToday } = useClockedApp({ clipboard: true });
  let app: RunningApp;
  let page: Page;
  beforeEach(() => {
    ({ app, page } = session);
  });
  const row = (name: string) => page.locator("li[data-conversation]").filter({ hasText: name });
  const dialog = () => page.getByRole("dialog");

  it("schedules from a person's page, reschedules, downloads the .ics and serves a rotatable feed", async () => {
    const maya = await addPerson({ name: "Maya Chen", organizationName: "Hopkins" });

    // The clock says Monday 3 March 2025, 14:00 UTC; the explorer's zone is UTC.
    await page.goto(`${app.url}/people/${maya.id}`);
    await page.getByRole("button", { name: "Schedule a conversation" }).click();
    await dialog()
      .getByRole("heading", { name: "Schedule a conversation with Maya Chen" })
      .waitFor();
    expect(await dialog().getByLabel("Length (minutes)").inputValue()).toBe("30");
    // Nothing entered yet: the messages appear at the fields.
    await dialog().getByRole("button", { name: "Schedule" }).click();
    await dialog().getByText("Enter the date").waitFor();
    await dialog().getByLabel("Date").fill("2025-03-05");
    await dialog().getByLabel("Time").fill("15:00");
    await dialog().getByLabel("Length (minutes)").fill("45");
    await dialog().getByLabel("How").selectOption("video");
    await dialog().getByLabel("Video link").fill("https://meet.example.com/maya");
    await dialog().getByRole("button", { name: "Schedule" }).click();
    await page.getByText("Scheduled with Maya Chen: Wed, Mar 5, 3:00 PM.").waitFor();
    await dialog().waitFor({ state: "detached" });
    // The log shows the entry with its length, mode and link.
    await page.getByText("45 min · Video · https://meet.example.com/maya").waitFor();

    await page.goto(`${app.url}/conversations`);
    const upcoming = page.getByRole("region", { name: /^Upcoming/ });
    const scheduled = upcoming.locator("li[data-conversation]").filter({ hasText: "Maya Chen" });
    await scheduled.waitFor();
    expect(await scheduled.textContent()).toContain("Wed, Mar 5, 3:00 PM");
    expect(await scheduled.textContent()).toContain("45 min · Video");
    expect(await scheduled.textContent()).toContain("Hopkins");
    const link = scheduled.getByRole("link", { name: /meet\.example\.com\/maya/ });
    expect(await link.getAttribute("href")).toBe("https://meet.example.com/maya");

    await openToday();
    const week = page.getByRole("region", { name: "Conversations this week" });
    await week.getByText("Maya Chen").waitFor();
    expect(await week.textContent()).toContain("45 min · Video");
    await week.getByRole("link", { name: "All conversations →" }).click();
    await page.getByRole("heading", { level: 1, name: "Conversations" }).waitFor();

    // They moved it: one click, a new time, the rest stays.
    await row("Maya Chen").getByRole("button", { name: "Reschedule" }).click();
    expect(await dialog().getByLabel("New date").inputValue()).toBe("2025-03-05");
    expect(await dialog().getByLabel("New time").inputValue()).toBe("15:00");
    await dialog().getByLabel("New date").fill("2025-03-06");
    await dialog().getByLabel("New time").fill("10:30");
    await dialog().getByRole("button", { name: "Reschedule" }).click();
    await page.getByText("Moved to Thu, Mar 6, 10:30 AM.").waitFor();
    await row("Thu, Mar 6, 10:30 AM").waitFor();
    expect(await row("Maya Chen").textContent()).toContain("45 min · Video");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      row("Maya Chen")
        .getByRole("link", { name: /^Download \.ics/ })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe("conversation-maya-chen-2025-03-06.ics");
    const [event] = parseEvents(await readFile(await download.path(), "utf8"));
    expect(event?.summary).toBe("Informational conversation with Maya Chen");
    expect(event?.startDate.toJSDate().toISOString()).toBe("2025-03-06T10:30:00.000Z");
    expect(event?.endDate.toJSDate().toISOString()).toBe("2025-03-06T11:15:00.000Z");

    // Settings → Calendar: turn the feed on, copy it, fetch it as a calendar app would.
    await page.goto(`${app.url}/settings`);
    await page.getByRole("button", { name: "Turn on the calendar feed" }).click();
    const addressField = page.getByLabel("Your calendar address");
    await addressField.waitFor();
    const address = await addressField.inputValue();
    expect(address).toMatch(new RegExp(`^${app.url}/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
    const subscribe = page.getByRole("link", { name: "Subscribe in my calendar app" });
    expect(await subscribe.getAttribute("href")).toBe(address.replace(/^http:/, "webcal:"));
    await page.getByRole("button", { name: "Copy address" }).click();
    await page.getByText("Address copied.").waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);

    const feed = await fetch(address);
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toContain("text/calendar");
    const events = parseEvents(await feed.text());
    const meeting = events.find(
      (each) => each.summary.includes("Maya Chen") && each.uid.startsWith("conversation-"),
    );
    expect(meeting?.startDate.toJSDate().toISOString()).toBe("2025-03-06T10:30:00.000Z");
    expect(
      events.some((each) => each.summary.startsWith("Maya Chen: Confirm your conversation")),
    ).toBe(true);

    // A new address (after a warning) cuts the old one off.
    await page.getByRole("button", { name: "Get a new address" }).click();
    await dialog().getByText("The old address stops working at once").waitFor();
    await dialog().getByRole("button", { name: "Get a new address" }).click();
    await page.getByText("New address ready. The old one no longer works.").waitFor();
    const rotated = await addressField.inputValue();
    expect(rotated).not.toBe(address);
    expect((await fetch(address)).status).toBe(404);
    expect((await fetch(rotated)).status).toBe(200);
  });

  it("cancels with Undo, and 'It happened' brings the thank-you due on Today", async () => {
    await addPerson({ name: "Lee Park" });
    await page.goto(`${app.url}/conversations`);
    await page.getByRole("heading", { name: "No conversations yet" }).waitFor();
    await page.getByRole("button", { name: "Schedule a conversation" }).first().click();
    await dialog().getByLabel("With").selectOption({ label: "Lee Park" });
    await dialog().getByLabel("Date").fill("2025-03-04");
    await dialog().getByLabel("Time").fill("09:00");
    await dialog().getByLabel("How").selectOption("in_person");
    await dialog().getByLabel("Place or link").fill("Blue Bottle, 1 Market St");
    await dialog().getByRole("button", { name: "Schedule" }).click();
    await row("Lee Park").waitFor();
    expect(await row("Lee Park").textContent()).toContain("30 min · In person");

    await row("Lee Park").getByRole("button", { name: "Cancel" }).click();
    await page.getByText("Cancelled the conversation with Lee Park.").waitFor();
    await row("Lee Park").waitFor({ state: "detached" });
    await page.getByRole("button", { name: "Undo" }).click();
    await row("Lee Park").waitFor();

    // The next day, after the conversation: did it happen?
    await setClock(daysLater(1));
    await page.reload();
    const past = page.getByRole("region", { name: /^Past/ });
    const asked = past.locator("li[data-conversation]").filter({ hasText: "Lee Park" });
    await asked.getByText("Did it happen?").waitFor();
    await asked.getByRole("button", { name: "It happened with Lee Park", exact: true }).click();
    await asked.getByText("Held").waitFor();
    expect(await asked.getByRole("button", { name: "Reschedule" }).count()).toBe(0);

    await openToday();
    const thank = page.getByRole("region", { name: /^Thank/ });
    await thank.getByRole("link", { name: "Write a thank-you to Lee Park" }).waitFor();
  });
});
