import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import type { Trip } from "../../src/domain/trip.js";
import { clockStart, daysLater, useClockedApp } from "./clocked-app.js";
import { browserAvailable, callApi, type RunningApp } from "./harness.js";

const available = browserAvailable();

// The clock starts on Monday 3 March 2025, so a trip on 10–15 March is a week away.
describe.skipIf(!available)("Trips and a person's own routine in a real browser", () => {
  const { session, setClock, addPerson, logFor, openToday } = useClockedApp();
  let app: RunningApp;
  let page: Page;
  beforeEach(() => {
    ({ app, page } = session);
  });
  const toast = (text: string) => page.getByTestId("toast").filter({ hasText: text });

  it("adds a trip, suggests the people there, and fills its window into a draft", async () => {
    await callApi(app, "PUT", "/api/profile", {
      name: "Jordan Lee",
      schoolOrRole: "senior at Towson University",
      searchStatus: "graduating",
    });
    const ana = await addPerson({
      name: "Ana Souza",
      location: "Baltimore, MD",
      email: "ana@example.com",
    });
    const ben = await addPerson({ name: "Ben Ames", location: "baltimore" });
    await logFor(ben, { kind: "email_sent", occurredAt: clockStart.toISOString() });
    await addPerson({ name: "Eve York", location: "New York, NY" });

    await page.goto(`${app.url}/trips`);
    await page.getByRole("heading", { name: /Going somewhere\?/ }).waitFor();
    await page.getByRole("button", { name: "Add your first trip" }).click();
    const form = page.getByRole("form", { name: "Add a trip" });
    expect(await page.evaluate("document.activeElement?.id")).toBe("new-trip-place");

    // Mistakes are explained at the field, and nothing is saved.
    await form.getByRole("button", { name: "Add trip" }).click();
    await form.getByText("Enter place").waitFor();
    await form.getByLabel("Where you will be").fill("Baltimore");
    await form.getByLabel("First day").fill("2025-03-15");
    await form.getByLabel("Last day").fill("2025-03-10");
    await form.getByRole("button", { name: "Add trip" }).click();
    await form.getByText("The last day cannot come before the first day").waitFor();
    expect(await page.evaluate("document.activeElement?.id")).toBe("new-trip-endsOn");

    await form.getByLabel("First day").fill("2025-03-10");
    await form.getByLabel("Last day").fill("2025-03-15");
    await form.getByLabel("Note (optional)").fill("Staying near the harbour");
    await form.getByRole("button", { name: "Add trip" }).click();
    await form.waitFor({ state: "detached" });

    const card = page.getByRole("article", { name: "Baltimore" });
    await card.getByText("10\u2009–\u200915 Mar").waitFor();
    await card.getByText("6 days").waitFor();
    const people = card.getByRole("list", { name: "People in Baltimore" }).locator("li");
    await people.first().waitFor();
    // Not contacted yet comes first; New York is not York, nor Baltimore.
    expect(await people.allTextContents()).toEqual([
      expect.stringMatching(/^Ana Souza.*Identified/),
      expect.stringMatching(/^Ben Ames.*Contacted/),
    ]);

    await card.getByRole("link", { name: "Write to Ana Souza" }).click();
    const trips = await callApi<{ upcoming: Trip[] }>(app, "GET", "/api/trips");
    await page.waitForURL(`**/people/${ana.id}/compose?trip=${trips.upcoming[0]?.id}`);
    await page
      .getByTestId("trip-window-notice")
      .getByText("Window filled from your trip to Baltimore, 10\u2009–\u200915 Mar")
      .waitFor();
    expect(await page.getByLabel("From").inputValue()).toBe("2025-03-10");
    expect(await page.getByLabel("To", { exact: true }).inputValue()).toBe("2025-03-15");
    expect(await page.getByLabel("Where you will be (optional)").inputValue()).toBe("Baltimore");
    expect(await page.locator("#compose-body").inputValue()).toContain(
      "while I'm in Baltimore, between 10 and 15 March",
    );

    // Without the link's trip, the composer still finds the trip that takes you to Ana.
    await page.goto(`${app.url}/people/${ana.id}/compose`);
    await page.getByTestId("trip-window-notice").waitFor();
    expect(await page.locator("#compose-body").inputValue()).toContain("while I'm in Baltimore");

    // Delete, then undo.
    await page.goto(`${app.url}/trips`);
    await card.getByRole("button", { name: "Delete trip to Baltimore" }).click();
    await card.waitFor({ state: "detached" });
    await toast("Deleted your trip to Baltimore.").getByRole("button", { name: "Undo" }).click();
    await card.waitFor();
    await toast("Restored your trip to Baltimore.").waitFor();

    // Once it is over, the trip moves to Past and stops filling drafts.
    await setClock(daysLater(13));
    await page.reload();
    const past = page.getByRole("region", { name: "Past" });
    await past.getByText("10\u2009–\u200915 Mar").waitFor();
    expect(await card.count()).toBe(0);

    // On a phone nothing runs off the side.
    await setClock(clockStart.toISOString());
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await card.getByRole("link", { name: "Write to Ana Souza" }).waitFor();
    const overflow = await page.evaluate(
      "document.documentElement.scrollWidth - document.documentElement.clientWidth",
    );
    expect(overflow).toBe(0);
  });

  it("puts one person on 3B7 from their form, and Today offers the 3B7 actions", async () => {
    const ana = await addPerson({
      name: "Ana Souza",
      email: "ana@example.com",
      organizationName: "Hopkins Digital Health",
    });
    const ben = await addPerson({ name: "Ben Ames", organizationName: "Towson University" });

    await page.goto(`${app.url}/people/${ana.id}/edit`);
    const routine = page.getByLabel("Follow-up routine");
    expect(await routine.inputValue()).toBe("");
    await routine.selectOption("3b7");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("heading", { level: 1, name: "Ana Souza" }).waitFor();
    await page.getByText(/^3B7: a second person at the organization/).waitFor();

    await logFor(ana, { kind: "email_sent", occurredAt: clockStart.toISOString() });
    await logFor(ben, { kind: "email_sent", occurredAt: clockStart.toISOString() });
    await setClock(daysLater(8));
    await openToday();
    const row = (text: string) => page.locator("li[data-action-key]").filter({ hasText: text });
    await row("write to a second person at the organization (3B7)")
      .filter({ hasText: "Ana Souza" })
      .waitFor();
    await row("follow up once (3B7)").filter({ hasText: "Ana Souza" }).waitFor();
    // Ben follows the default routine: a follow-up call.
    await row("call to follow up").filter({ hasText: "Ben Ames" }).waitFor();
    expect(await row("(3B7)").filter({ hasText: "Ben Ames" }).count()).toBe(0);
  });
});
