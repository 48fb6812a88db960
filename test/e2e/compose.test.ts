import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import type { Activity } from "../../src/domain/activity.js";
import { clockStart, daysLater, useClockedApp } from "./clocked-app.js";
import { browserAvailable, callApi, type RunningApp } from "./harness.js";

const available = browserAvailable();

describe.skipIf(!available)("The outreach composer and coach, from Today to the follow-up", () => {
  const { session, setClock, addPerson, logFor, openToday } = useClockedApp({ clipboard: true });
  let app: RunningApp;
  let page: Page;
  beforeEach(() => {
    ({ app, page } = session);
  });
  const body = () => page.locator("#compose-body");
  const finding = (code: string) => page.locator(`button[data-code="${code}"]`);

  it("drafts an e-mail, coaches it, logs it, and brings the follow-up and retry due", async () => {
    await callApi(app, "PUT", "/api/profile", {
      name: "Jordan Lee",
      schoolOrRole: "senior at Towson University",
      searchStatus: "graduating",
    });
    const sam = await addPerson({ name: "Sam Ortiz", organizationName: "Towson University" });
    const maya = await addPerson({
      name: "Maya Chen",
      title: "UX researcher",
      organizationName: "Hopkins Digital Health",
      email: "maya@example.com",
      phone: "(410) 555-0100",
      referredById: sam.id,
      mentionPermission: "yes",
      source: "referral",
    });

    // Today: Sam suggested Maya, so writing to her is due; Write opens the composer.
    await openToday();
    const write = page.getByRole("region", { name: /^Write/ });
    await write.getByRole("link", { name: "Write to Maya Chen" }).click();
    await page.waitForURL(`**/people/${maya.id}/compose?kind=email&reason=contact_suggested`);
    await page.getByRole("heading", { level: 1, name: "Write to Maya Chen" }).waitFor();

    // The draft names the explorer and (with permission) the introducer.
    const draft = await body().inputValue();
    expect(draft).toMatch(/^Hello Maya,/);
    expect(draft).toContain("Sam Ortiz suggested I get in touch with you.");
    expect(draft).toContain("My name is Jordan Lee (senior at Towson University)");
    expect(await page.getByLabel("Subject").inputValue()).toBe(
      "Sam Ortiz suggested I get in touch",
    );
    await page
      .getByTestId("word-count")
      .getByText("102 words — fits one phone screen", { exact: true })
      .waitFor();

    // Asking for a job brings a finding; clicking it selects the words in the draft.
    const ask = "Are you hiring for an internship?";
    await body().fill(draft.replace("Thank you for considering it.", `${ask} Thank you.`));
    await finding("job_ask").waitFor();
    expect(await page.getByTestId("coach-status").textContent()).toBe("2 findings");
    await finding("job_ask").click();
    const selected = await body().evaluate((element: HTMLTextAreaElement) =>
      element.value.slice(element.selectionStart, element.selectionEnd),
    );
    expect(ask).toContain(selected.trim());
    expect(selected.trim().length).toBeGreaterThan(0);
    expect(await page.evaluate("document.activeElement?.id")).toBe("compose-body");

    // Editing it away makes the finding go.
    await body().fill(draft);
    await finding("job_ask").waitFor({ state: "detached" });

    // Open in my mail app carries the address, subject and body; Copy asks whether it went out.
    const mailto = await page
      .getByRole("link", { name: "Open in my mail app" })
      .getAttribute("href");
    expect(mailto).toMatch(/^mailto:maya@example\.com\?subject=Sam%20Ortiz%20suggested/);
    expect(decodeURIComponent(mailto?.split("body=")[1] ?? "")).toContain("Hello Maya,");
    await page.getByRole("button", { name: "Copy" }).click();
    await page.getByRole("status").getByText("Copied").waitFor();
    expect(await page.evaluate("navigator.clipboard.readText()")).toContain("Hello Maya,");
    await page.getByText("Did it go out?").waitFor();
    await page.getByRole("button", { name: "Yes, log it" }).click();

    // The person page shows the e-mail in the log and the new stage.
    await page.waitForURL(`**/people/${maya.id}`);
    await page.getByRole("heading", { level: 1, name: "Maya Chen" }).waitFor();
    await page.getByTestId("toast").getByText("Logged: your e-mail to Maya Chen.").waitFor();
    await page.getByRole("heading", { level: 3, name: "Email sent" }).waitFor();
    const stage = page.locator("header [data-stage]");
    await expect.poll(() => stage.getAttribute("data-stage")).toBe("contacted");
    expect(await stage.textContent()).toContain("Contacted");
    const log = await callApi<{ activities: Activity[] }>(
      app,
      "GET",
      `/api/people/${maya.id}/activities`,
    );
    expect(log.activities.map((entry) => [entry.kind, entry.occurredAt])).toEqual([
      ["email_sent", clockStart.toISOString()],
    ]);

    // Eight days on, the follow-up call is due.
    await setClock(daysLater(8));
    await openToday();
    const callGroup = page.getByRole("region", { name: /^Call/ });
    const due = callGroup.locator("li").filter({ hasText: "Maya Chen" });
    await due.waitFor();
    expect(await due.textContent()).toContain("No reply to your email of 3 Mar");

    // A voicemail settles the call and schedules the retry.
    await logFor(maya, { kind: "call", outcome: "voicemail", occurredAt: daysLater(8) });
    await openToday();
    await page.getByRole("heading", { name: "Nothing due today" }).waitFor();
    expect(await callGroup.count()).toBe(0);
    const comingUp = page.getByRole("region", { name: "Coming up" });
    await comingUp.getByText("Your call of 11 Mar did not get through").waitFor();
  });

  it("shows one card for four job-request sentences, each sentence selectable", async () => {
    const maya = await addPerson({ name: "Maya Chen", email: "maya@example.com" });
    await page.goto(`${app.url}/people/${maya.id}/compose?kind=email`);
    await page.getByRole("heading", { level: 1, name: "Write to Maya Chen" }).waitFor();
    const asks = [
      "I'm looking for a job in design.",
      "Are you hiring?",
      "Do you have openings on your team?",
      "Any internships this summer?",
    ];
    await body().fill(
      `Hi Maya,\n\n${asks.join(" ")} Would you have 20 minutes next week for a call?\n\nThanks,\nJordan`,
    );
    await finding("job_ask").waitFor();
    expect(await finding("job_ask").count()).toBe(1);
    const places = page.getByRole("list", { name: "Places: Sounds like a job request" });
    expect(await places.getByRole("button").allTextContents()).toEqual(
      asks.map((ask) => `Show in the draft: “${ask}”`),
    );
    await places.getByRole("button", { name: "Show in the draft: “Do you have openings" }).click();
    const selected = await body().evaluate((element: HTMLTextAreaElement) =>
      element.value.slice(element.selectionStart, element.selectionEnd),
    );
    expect(selected).toBe("Do you have openings on your team?");
    expect(await page.evaluate("document.activeElement?.id")).toBe("compose-body");
  });
});
