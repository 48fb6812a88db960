import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import type { TodayView } from "../../src/domain/today.js";
import { clockStart, daysLater, useClockedApp } from "./clocked-app.js";
import { browserAvailable, callApi, type RunningApp } from "./harness.js";

const available = browserAvailable();

describe.skipIf(!available)("Today's next actions in a real browser", () => {
  const { session, setClock, addPerson, logFor, openToday } = useClockedApp({ clipboard: true });
  let app: RunningApp;
  let page: Page;
  beforeEach(() => {
    ({ app, page } = session);
  });
  const row = (name: string) => page.locator("li[data-action-key]").filter({ hasText: name });

  it("3B7: writes to a second person at the organization, not the same one", async () => {
    await callApi(app, "PUT", "/api/settings/cadence", { routine: "3b7" });
    const maya = await addPerson({
      name: "Maya Chen",
      email: "maya@acme.example",
      organizationName: "Acme Health",
    });
    const ben = await addPerson({
      name: "Ben Ode",
      title: "Research lead",
      email: "ben@acme.example",
      organizationName: "Acme Health",
    });
    await logFor(maya, { kind: "email_sent", occurredAt: clockStart.toISOString() });
    // Monday plus three business days is Thursday.
    await setClock(daysLater(3));
    await openToday();

    const second = row("Maya Chen");
    await second.getByText("write to a second person at the organization").waitFor();
    expect(await second.getByRole("link", { name: /^Write/ }).count()).toBe(1);
    const writeToBen = second.getByRole("link", { name: /^Write to Ben Ode/ });
    expect(await writeToBen.textContent()).toBe("Write to Ben Ode, Research lead");
    expect(await writeToBen.getAttribute("href")).toBe(
      `/people/${ben.id}/compose?kind=email&reason=second_contact`,
    );
    expect(
      await second
        .getByRole("link", { name: "Add someone else at Acme Health" })
        .getAttribute("href"),
    ).toBe("/people/new?organization=Acme+Health");

    await writeToBen.click();
    await page.waitForURL(`**/people/${ben.id}/compose?**`);
    await page.getByRole("link", { name: "← Ben Ode" }).waitFor();
    expect(await page.getByLabel("Your e-mail").inputValue()).toContain("Ben");
    await page.getByRole("button", { name: "Copy" }).click();
    await page.getByRole("button", { name: "Yes, log it" }).click();
    await page.waitForURL(`**/people/${ben.id}`);

    // Writing to Ben was the second contact: Maya's reminder goes, her one follow-up stays.
    const today = await callApi<TodayView>(app, "GET", "/api/today");
    expect(
      today.actions
        .filter((action) => action.personId === maya.id)
        .map((action) => `${action.reason}:${action.state}`),
    ).toEqual(["three_b7_follow_up:upcoming"]);
    await openToday();
    await page.getByText("Next: Call Maya Chen").waitFor();
  });

  it("3B7: says when nobody else is there and offers to add someone at the organization", async () => {
    await callApi(app, "PUT", "/api/settings/cadence", { routine: "3b7" });
    const lee = await addPerson({ name: "Lee Park", organizationName: "Globex" });
    await logFor(lee, { kind: "letter_sent", occurredAt: clockStart.toISOString() });
    await setClock(daysLater(3));
    await openToday();

    const second = row("Lee Park");
    await second.getByText("No one else at Globex in Rapport yet.").waitFor();
    expect(await second.getByRole("link", { name: /^Write/ }).count()).toBe(0);
    await second.getByRole("link", { name: "Add a person at Globex" }).click();
    await page.waitForURL("**/people/new?organization=Globex");
    expect(await page.getByLabel("Organization").inputValue()).toBe("Globex");
  });

  it("after a bounce asks to fix the address; after a reply, to schedule", async () => {
    const ana = await addPerson({ name: "Ana Souza", email: "ana@old.example" });
    const sam = await addPerson({ name: "Sam Ortiz", email: "sam@example.com" });
    await logFor(ana, { kind: "email_sent", occurredAt: clockStart.toISOString() });
    await logFor(ana, { kind: "snafu", occurredAt: daysLater(1), detail: "Bounced: no such user" });
    await logFor(sam, { kind: "email_sent", occurredAt: clockStart.toISOString() });
    await logFor(sam, {
      kind: "reply_received",
      occurredAt: daysLater(1),
      detail: "Happy to chat",
    });
    await setClock(daysLater(1));
    await openToday();

    const bounced = row("Ana Souza");
    await bounced.getByText("did not get through on 4 Mar: “Bounced: no such user”").waitFor();
    expect(await bounced.textContent()).not.toContain("No reply");
    expect(
      await bounced
        .getByRole("link", { name: "Fix the address or number Ana Souza" })
        .getAttribute("href"),
    ).toBe(`/people/${ana.id}/edit`);

    const schedule = page.getByRole("region", { name: /^Schedule/ });
    await schedule.getByText("They replied on 4 Mar — agree a time").waitFor();
    await schedule.getByRole("button", { name: "Schedule a conversation" }).click();
    await page.getByRole("dialog").waitFor();
  });
});
