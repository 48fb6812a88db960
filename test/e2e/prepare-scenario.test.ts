import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { assemblePitch, spokenSeconds } from "../../src/domain/prepare/spoken-time.js";
import { pdfHasText, pdfPageCount } from "../pdf-text.js";
import { useClockedApp } from "./clocked-app.js";
import { browserAvailable, type RunningApp } from "./harness.js";

const available = browserAvailable();

/** The printed brief, for a person to look at (test-results/ is ignored by git). */
const outDir = join("test-results", "prepare-scenario");

const firstBankQuestion = "How did you find your way into this line of work?";
const secondBankQuestion = "What salary range is realistic for someone starting out in this role?";
const closedQuestion = "Do you like your job?";
const openRewrite = "What do you find most rewarding about your job, and what is hardest?";
const pitchParts = {
  // Long enough to wrap past the field's three rows on a phone.
  whoIAm:
    "I'm Jordan, a senior at Towson studying information systems, and I'm looking at health data and policy roles in Baltimore after two summers of helping at a community clinic",
  workIHope: "I hope to build tools that give nurses time back, like Acme Health's clinics do",
  learnToday: "Today I'd love to learn how you moved into policy and what you would do again",
};

/**
 * Issue 10's scenario as the explorer walks it, all through the page: schedule, open Prepare
 * from Today, objective, research on the person and the organization, questions from the bank
 * and one of their own (flagged closed, rewritten), a pitch, the checklist, the printed brief,
 * then the same page on a phone.
 */
describe.skipIf(!available)("Preparing a conversation from booking to printed brief", () => {
  const { session, addPerson, openToday } = useClockedApp();
  let app: RunningApp;
  let page: Page;
  beforeEach(async () => {
    ({ app, page } = session);
    await mkdir(outDir, { recursive: true });
  });

  const dialog = () => page.getByRole("dialog");
  const plan = () => page.getByRole("list", { name: "Question plan" });
  const planTexts = () => plan().locator("[data-question-text]").allTextContents();

  async function addNote(notes: ReturnType<Page["getByRole"]>, date: string, text: string) {
    await notes.getByRole("button", { name: "Add a note" }).click();
    const form = notes.getByRole("form", { name: "New research note" });
    await form.getByLabel("Date").fill(date);
    await form.getByLabel("Note", { exact: true }).fill(text);
    await form.getByRole("region", { name: "Preview" }).waitFor();
    await form.getByRole("button", { name: "Add note" }).click();
    await form.waitFor({ state: "detached" });
  }

  it("schedules, prepares through every section, prints a one-page brief, and fits a phone", async () => {
    const dana = await addPerson({ name: "Dana Reyes", organizationName: "Acme Health" });

    // Scheduled from Dana's page for tomorrow (the clock says Monday 3 March 2025, 14:00 UTC).
    await page.goto(`${app.url}/people/${dana.id}`);
    await page.getByRole("button", { name: "Schedule a conversation" }).click();
    await dialog()
      .getByRole("heading", { name: "Schedule a conversation with Dana Reyes" })
      .waitFor();
    await dialog().getByLabel("Date").fill("2025-03-04");
    await dialog().getByLabel("Time").fill("15:00");
    await dialog().getByLabel("Length (minutes)").fill("20");
    await dialog().getByLabel("How").selectOption("phone");
    await dialog().getByRole("button", { name: "Schedule" }).click();
    await page.getByText("Scheduled with Dana Reyes: Tue, Mar 4, 3:00 PM.").waitFor();

    // Today offers to prepare it; one click opens the preparation page.
    await openToday();
    const prepare = page.getByRole("link", { name: /^Prepare Dana Reyes/ });
    expect(await prepare.textContent()).toContain("0 of 8 ready");
    await prepare.click();
    await page.getByRole("heading", { level: 1, name: "Prepare: Dana Reyes" }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/conversations\/[^/]+\/prepare$/);
    expect(await page.locator("main header").textContent()).toContain("20 min · Phone");

    // The objective, saved.
    await page
      .getByRole("textbox", { name: "Objective" })
      .fill("Learn how Dana moved into policy before applying in March");
    await page.getByRole("button", { name: "Save objective" }).click();
    await page.locator("#prepare-objective-status").getByText("Saved").waitFor();

    // Research: one note on Dana, one on Acme Health, each rendered in its own card.
    const personNotes = page.getByRole("region", { name: "Research on Dana Reyes" });
    const organizationNotes = page.getByRole("region", { name: "Research on Acme Health" });
    await addNote(personNotes, "2025-02-20", "Spoke at **HIMSS 2024** on nurse staffing");
    await addNote(
      organizationNotes,
      "2025-02-10",
      "Opened [three clinics](https://example.org/acme) in Baltimore",
    );
    const personItems = personNotes
      .getByRole("list", { name: "Research notes" })
      .getByRole("listitem");
    const organizationItems = organizationNotes
      .getByRole("list", { name: "Research notes" })
      .getByRole("listitem");
    await expect.poll(() => personItems.count()).toBe(1);
    await expect.poll(() => organizationItems.count()).toBe(1);
    expect(await personItems.locator("time").textContent()).toBe("20 Feb 2025");
    expect(await personItems.locator("strong").textContent()).toBe("HIMSS 2024");
    expect(await organizationItems.locator("time").textContent()).toBe("10 Feb 2025");
    expect(
      await organizationItems.getByRole("link", { name: "three clinics" }).getAttribute("href"),
    ).toBe("https://example.org/acme");

    // Two questions from the built-in bank.
    const bankQuestion = (key: string) =>
      page.locator(`[data-bank-question="${key}"]`).getByRole("button");
    await page.locator('[data-bank-group="person"] summary').click();
    await page.locator('[data-bank-group="chances"] summary').click();
    await bankQuestion("person-path-1").click();
    await bankQuestion("person-path-1").getByText("Added").waitFor();
    await bankQuestion("chances-pay-1").click();
    await expect.poll(planTexts).toEqual([firstBankQuestion, secondBankQuestion]);

    // One of their own: closed, so flagged; the rewrite replaces it and the flag goes.
    await page.getByRole("tab", { name: "Write new" }).click();
    const ownQuestion = page.getByRole("textbox", { name: "Your question" });
    await ownQuestion.fill(closedQuestion);
    const flag = page.locator('[data-finding="closed_question"]');
    await flag.waitFor();
    expect(await flag.getByRole("paragraph").first().textContent()).toBe(
      "This can be answered with a yes or no; ask it openly so they tell you more.",
    );
    expect(await flag.locator("q").textContent()).toBe(openRewrite);
    await flag.getByRole("button", { name: "Use this rewrite" }).click();
    expect(await ownQuestion.inputValue()).toBe(openRewrite);
    await flag.waitFor({ state: "detached" });
    await page.getByRole("button", { name: "Add to the plan" }).click();
    await expect.poll(planTexts).toEqual([firstBankQuestion, secondBankQuestion, openRewrite]);
    expect(await ownQuestion.inputValue()).toBe("");
    expect(await page.locator("[data-budget]").textContent()).toBe(
      "3 of 3 fit in 20 minutes at 3 minutes an answer",
    );

    // A pitch of their own for Acme Health, timed as it is typed at 140 words a minute.
    const pitch = page.getByRole("region", { name: "Pitch for Acme Health" });
    await pitch.getByRole("button", { name: "Make a version for Acme Health" }).click();
    await pitch.getByLabel("Who I am, and where I am in my search").fill(pitchParts.whoIAm);
    await pitch.getByLabel("The work I hope to do, and why").fill(pitchParts.workIHope);
    await pitch.getByLabel("What I hope to learn today").fill(pitchParts.learnToday);
    const seconds = spokenSeconds(assemblePitch(pitchParts), 140);
    // 60 spoken words at 140 a minute.
    expect(seconds).toBe(26);
    await expect.poll(() => pitch.getByTestId("pitch-seconds").textContent()).toBe(`${seconds} s`);
    expect(await pitch.getByText("spoken ·", { exact: false }).textContent()).toContain(
      "at 140 words a minute",
    );
    await pitch.getByRole("button", { name: "Save pitch" }).click();
    await page.getByText("Saved your pitch for Acme Health.").waitFor();

    // The checklist: objective and questions tick themselves, two by hand make 4 of 8.
    const progress = page.locator("[data-progress]");
    expect(await progress.textContent()).toBe("2 of 8 ready");
    await page.getByLabel("Research done on them and their organization").check();
    await page.getByLabel("Pitch practised aloud").check();
    await expect.poll(() => progress.textContent()).toBe("4 of 8 ready");

    // The brief, printed: one A4 page that holds the first question.
    await page.getByRole("link", { name: "One-page brief" }).click();
    await page.getByRole("heading", { level: 1, name: "Dana Reyes", exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/conversations\/[^/]+\/brief$/);
    const questions = page
      .getByRole("article", { name: "Brief: Dana Reyes" })
      .getByRole("region", { name: "Questions" });
    expect(await questions.getByRole("listitem").allTextContents()).toEqual([
      `1.${firstBankQuestion}`,
      `2.${secondBankQuestion}`,
      `3.${openRewrite}`,
    ]);
    await page.emulateMedia({ media: "print" });
    await page.locator("[data-brief][data-print-fit]").waitFor();
    const pdf = new Uint8Array(await page.pdf({ format: "A4" }));
    await writeFile(join(outDir, "brief-a4.pdf"), pdf);
    expect(pdfPageCount(pdf)).toBe(1);
    expect(pdfHasText(pdf, firstBankQuestion)).toBe(true);
    await page.emulateMedia({ media: "screen" });

    // The phone: the preparation page at 390 px scrolls only down, and every section is there.
    await page.getByRole("link", { name: "← Back to the preparation" }).click();
    await page.getByRole("heading", { level: 1, name: "Prepare: Dana Reyes" }).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    // Each field says its question once (the about-them answer had its label twice).
    expect(await page.getByText("What do you know about us?", { exact: true }).count()).toBe(1);
    const headings = page.locator("main h2");
    expect(await headings.allTextContents()).toEqual([
      "Objective",
      "Research on Dana Reyes",
      "Research on Acme Health",
      "Questions",
      "Pitch for Acme Health",
      "If they ask about you",
      "Your stories",
      "Checklist",
    ]);
    for (const heading of await headings.all()) {
      await heading.scrollIntoViewIfNeeded();
      const box = await heading.boundingBox();
      expect(box?.x).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
      expect(box?.y).toBeGreaterThanOrEqual(0);
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(844);
    }
    // The pitch's fields show their whole text: none scrolls inside itself.
    expect(
      await pitch
        .locator("textarea")
        .evaluateAll((fields) => fields.map((field) => field.scrollHeight > field.clientHeight)),
    ).toEqual([false, false, false]);
    // The last thing on the page, the checklist, still ticks from the phone.
    await page.getByLabel("Phone charged").check();
    await expect.poll(() => progress.textContent()).toBe("5 of 8 ready");
  });
});
