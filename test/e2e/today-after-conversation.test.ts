import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import type { ConversationWithPerson } from "../../src/domain/conversation.js";
import type { Person } from "../../src/domain/person.js";
import { clockStart, daysLater, useClockedApp } from "./clocked-app.js";
import { browserAvailable, callApi, type RunningApp } from "./harness.js";

const available = browserAvailable();
const minute = 60 * 1000;
const at = (minutes: number) => new Date(clockStart.getTime() + minutes * minute).toISOString();

/**
 * The booking → thank-you moment (issue 11) on a phone and a laptop, with the test clock:
 * a conversation's time passes, Today asks whether it happened, the thank-you comes first
 * with its countdown; a cancellation offers a new time; three months after the thank-you,
 * "Keep in touch", which any touch removes.
 */
describe.skipIf(!available)("Today after a conversation's time", () => {
  const { session, setClock, addPerson, logFor, openToday } = useClockedApp();
  let app: RunningApp;
  let page: Page;
  beforeEach(() => {
    ({ app, page } = session);
  });
  const group = (label: string) =>
    page.getByRole("region", {
      name: new RegExp(`^${label.replace(/[?]/g, "\\?")} \\d`),
    });
  const book = async (person: Person, startsAt: string, durationMinutes = 30) =>
    (
      await callApi<{ conversation: ConversationWithPerson }>(app, "POST", "/api/conversations", {
        personId: person.id,
        scheduledFor: startsAt,
        durationMinutes,
        channel: "video",
        place: "https://meet.example.com/maya",
      })
    ).conversation;
  const shot = (name: string) =>
    page.screenshot({ path: `/tmp/today-${name}.png`, fullPage: true });

  for (const width of [390, 1280]) {
    describe(`at ${width} px`, () => {
      beforeEach(async () => {
        await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      });

      it("asks 'Did it happen?', logs it at the start, then offers the thank-you first with a countdown that runs", async () => {
        const maya = await addPerson({ name: "Maya Chen", email: "maya@example.com" });
        await logFor(maya, { kind: "email_sent", occurredAt: daysLater(-5) });
        // 15:00 for 30 minutes; at 15:40 it has passed with nobody saying.
        const conversation = await book(maya, at(60));
        await setClock(at(100));
        await openToday();
        const asked = group("Did it happen?");
        await asked
          .getByText("Your conversation on 3 Mar at 15:00 has passed — did it happen?")
          .waitFor();
        // The first group on the page.
        const headings = await page
          .locator("section[aria-labelledby^='today-group-'] h3")
          .allTextContents();
        expect(headings[0]).toMatch(/^Did it happen\?/);
        await shot(`did-it-happen-${width}`);

        await asked
          .getByRole("button", { name: "It happened with Maya Chen", exact: true })
          .click();
        await page
          .getByTestId("toast")
          .filter({ hasText: "Logged your conversation with Maya Chen" })
          .waitFor();
        const thank = group("Thank");
        // Ended at 15:30: best by 17:30, 1 hr 50 min from 15:40.
        await thank.getByText("1 hr 50 min left for the best time").waitFor();
        await thank.getByRole("link", { name: "Write a thank-you to Maya Chen" }).waitFor();
        expect(await asked.count()).toBe(0);
        const headingsAfter = await page
          .locator("section[aria-labelledby^='today-group-'] h3")
          .allTextContents();
        expect(headingsAfter[0]).toMatch(/^Thank/);
        await shot(`thank-you-countdown-${width}`);
        const log = (
          await callApi<{
            activities: { kind: string; occurredAt: string; durationMinutes: number | null }[];
          }>(app, "GET", `/api/people/${maya.id}/activities`)
        ).activities;
        expect(log[0]).toMatchObject({
          kind: "conversation_held",
          occurredAt: conversation.startsAt,
          durationMinutes: 30,
        });

        // The clock moves: the countdown goes down, then says when it is due, then how late.
        await setClock(at(160));
        await page.reload();
        await group("Thank").getByText("50 min left for the best time").waitFor();
        await setClock(at(24 * 60 + 30));
        await page.reload();
        await group("Thank").getByText("Due within 1 hour").waitFor();
        await setClock(at(28 * 60 + 30));
        await page.reload();
        await group("Thank").getByText("3 hours late").waitFor();
      });

      it("'They cancelled' offers a new time, with Undo; the conversations list says who cancelled", async () => {
        const lee = await addPerson({ name: "Lee Park" });
        await logFor(lee, { kind: "email_sent", occurredAt: daysLater(-5) });
        await book(lee, at(60));
        await setClock(at(120));
        await openToday();
        await group("Did it happen?")
          .getByRole("button", { name: "They cancelled with Lee Park" })
          .click();
        const toast = page
          .getByTestId("toast")
          .filter({ hasText: "They cancelled the conversation with Lee Park" });
        await toast.waitFor();
        const schedule = group("Schedule");
        await schedule
          .getByText("They cancelled the conversation on 3 Mar — offer a new time")
          .waitFor();
        await schedule
          .getByRole("button", { name: /^Schedule/ })
          .first()
          .waitFor();
        await shot(`offer-reschedule-${width}`);
        await toast.getByRole("button", { name: "Undo" }).click();
        await group("Did it happen?")
          .getByText(/did it happen\?$/)
          .waitFor();
        await group("Did it happen?")
          .getByRole("button", { name: "I cancelled with Lee Park" })
          .click();
        await group("Schedule")
          .getByText("You cancelled the conversation on 3 Mar — offer a new time when you can")
          .waitFor();
        await page.goto(`${app.url}/conversations`);
        const row = page.locator("li[data-conversation]").filter({ hasText: "Lee Park" });
        await row.getByText("I cancelled").waitFor();
        expect(await row.getByRole("button", { name: "Reschedule" }).count()).toBe(0);
      });

      it("after a conversation 'Write to' opens the thank-you; three months after it, Keep in touch until any touch", async () => {
        const ana = await addPerson({ name: "Ana Ruiz", email: "ana@example.com" });
        const conversation = await book(ana, at(-90));
        await callApi(app, "POST", `/api/conversations/${conversation.activityId}/held`, {});
        await page.goto(`${app.url}/people/${ana.id}`);
        const write = page.getByRole("link", { name: "Write a thank-you to Ana Ruiz" });
        await write.waitFor();
        // Ended at 13:00 (an hour ago): an hour left of the best two.
        await page
          .getByRole("region", { name: "Thank Ana Ruiz for the conversation" })
          .getByText("1 hr left for the best time")
          .waitFor();
        await shot(`person-thank-you-${width}`);
        await write.click();
        await page.waitForURL(`**/people/${ana.id}/compose?purpose=thank_you`);
        await page.getByRole("heading", { level: 1, name: "Thank Ana Ruiz" }).waitFor();
        // The composer with no purpose, for someone met and not thanked, is the thank-you too.
        await page.goto(`${app.url}/people/${ana.id}/compose`);
        await page.getByRole("heading", { level: 1, name: "Thank Ana Ruiz" }).waitFor();

        await logFor(ana, { kind: "thank_you_sent", channel: "email", occurredAt: at(30) });
        await setClock(daysLater(93));
        await openToday();
        const keep = group("Keep in touch");
        await keep
          .getByText("Last in touch on 3 Mar — send a short update to keep in touch")
          .waitFor();
        const link = keep.getByRole("link", { name: "Write to keep in touch to Ana Ruiz" });
        expect(await link.getAttribute("href")).toBe(`/people/${ana.id}/compose?purpose=update`);
        const headings = await page
          .locator("section[aria-labelledby^='today-group-'] h3")
          .allTextContents();
        expect(headings.at(-1)).toMatch(/^Keep in touch/);
        await shot(`keep-in-touch-${width}`);
        // Any touch resets it: a call.
        await logFor(ana, { kind: "call", outcome: "answered", occurredAt: daysLater(93) });
        await page.reload();
        await page.getByTestId("week-summary").waitFor();
        expect(await group("Keep in touch").count()).toBe(0);
      });
    });
  }

  it("sets the keep-in-touch interval in Settings → Reminders and per person, checked at the field", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const ana = await addPerson({ name: "Ana Ruiz" });
    await page.goto(`${app.url}/settings`);
    await page.getByRole("heading", { level: 2, name: "Reminders" }).waitFor();
    const every = page.getByLabel("Keep in touch every (months)");
    expect(await every.inputValue()).toBe("3");
    expect(await page.getByLabel("Write up notes by (hour, 0–23)").inputValue()).toBe("20");
    await every.fill("30");
    await page.getByRole("button", { name: "Save reminders" }).click();
    await page.getByText("Months between keeping in touch must be at most 24").waitFor();
    await every.fill("4");
    await page.getByLabel("Write up notes by (hour, 0–23)").fill("21");
    await page.getByRole("button", { name: "Save reminders" }).click();
    await page.getByRole("status").filter({ hasText: "Saved" }).waitFor();
    const saved = await callApi<{
      settings: { keepInTouchMonths: number; writeUpNotesHour: number };
    }>(app, "GET", "/api/settings/cadence");
    expect(saved.settings).toMatchObject({ keepInTouchMonths: 4, writeUpNotesHour: 21 });

    await page.goto(`${app.url}/people/${ana.id}/edit`);
    const own = page.getByLabel("Keep in touch every … months");
    expect(await own.inputValue()).toBe("");
    await own.fill("0");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByText("Keep in touch at least every 1 month").waitFor();
    await shot("person-keep-in-touch-error-390");
    await own.fill("6");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.waitForURL(`**/people/${ana.id}`);
    const person = await callApi<{ person: Person }>(app, "GET", `/api/people/${ana.id}`);
    expect(person.person.keepInTouchMonths).toBe(6);
  });

  it("'Other time or length' offers the scheduled start and length, and the thank-you counts from the corrected end", async () => {
    const omar = await addPerson({ name: "Omar Haddad" });
    await book(omar, at(60), 30);
    await setClock(at(120));
    await openToday();
    await group("Did it happen?")
      .getByRole("button", { name: /^Other time or length/ })
      .click();
    const dialog = page.getByRole("dialog", { name: "It happened: Omar Haddad" });
    expect(await dialog.getByLabel("Date").inputValue()).toBe("2025-03-03");
    expect(await dialog.getByLabel("Started at").inputValue()).toBe("15:00");
    expect(await dialog.getByLabel("Minutes it took").inputValue()).toBe("30");
    await dialog.getByLabel("Started at").fill("15:10");
    await dialog.getByLabel("Minutes it took").fill("45");
    await shot("held-dialog-1280");
    await dialog.getByRole("button", { name: "It happened" }).click();
    await dialog.waitFor({ state: "detached" });
    // Ended at 15:55: at 16:00, 1 hr 55 min of the best two hours are left.
    await group("Thank").getByText("1 hr 55 min left for the best time").waitFor();
    const log = (
      await callApi<{
        activities: { kind: string; occurredAt: string; durationMinutes: number | null }[];
      }>(app, "GET", `/api/people/${omar.id}/activities`)
    ).activities;
    expect(log[0]).toMatchObject({
      kind: "conversation_held",
      occurredAt: at(70),
      durationMinutes: 45,
    });
  });
});
