import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import type { Brief } from "../../src/domain/prepare/brief.js";
import { connect, parseStoreUrl } from "../../src/store/connect.js";
import { pdfHasText, pdfPageCount } from "../pdf-text.js";
import { seedPreparation } from "../preparation-seed.js";
import { useClockedApp } from "./clocked-app.js";
import { browserAvailable, callApi, type RunningApp } from "./harness.js";

const available = browserAvailable();

/** Screenshots and the printed PDFs, for a person to look at (test-results/ is ignored by git). */
const outDir = join("test-results", "prepare-brief");

const firstQuestion = "How did you come to run a children's clinic?";

describe.skipIf(!available)("The one-page brief in a real browser", () => {
  const { session, addPerson } = useClockedApp();
  let app: RunningApp;
  let page: Page;
  beforeEach(async () => {
    ({ app, page } = session);
    await mkdir(outDir, { recursive: true });
  });

  /**
   * A conversation with an objective and a plan through the API; research notes and a pitch
   * are written straight into the app's database (their routes are on another branch).
   */
  async function preparedConversation(options: { long?: boolean } = {}) {
    const ravi = await addPerson({ name: "Ravi Patel" });
    const maya = await addPerson({
      name: "Maya Chen",
      title: "Clinic director",
      organizationName: "Hopkins Children's",
      phone: "410 555 0100",
      source: "referral",
      commonGround: options.long
        ? `We both studied speech pathology at Towson ${"and more ".repeat(40)}`
        : "We both studied speech pathology at Towson",
      referredById: ravi.id,
      mentionPermission: "yes",
    });
    const { conversation } = await callApi<{ conversation: { activityId: string } }>(
      app,
      "POST",
      "/api/conversations",
      {
        personId: maya.id,
        scheduledFor: "2025-03-05T15:00:00.000Z",
        // 45 minutes hold more answers than the page shows (10 of 12).
        durationMinutes: options.long ? 45 : 30,
        channel: "in_person",
        place: "Café Milano, 12 Main St",
      },
    );
    const id = conversation.activityId;
    const long = (text: string) =>
      options.long ? `${text} ${"and more detail ".repeat(12)}` : text;
    await callApi(app, "PATCH", `/api/conversations/${id}/preparation`, {
      objective: long(
        long("Learn how the clinic hires new graduates, and get one more name, by Friday"),
      ),
    });
    const questions = [
      firstQuestion,
      "What does a typical week look like for you?",
      "Which certifications do hiring managers respect?",
      "What would you do differently if you started again?",
      "How is the field changing with teletherapy?",
      "Who else should I talk to?",
      ...(options.long
        ? Array.from({ length: 12 }, (_, index) => long(`Extra question ${index + 1}?`))
        : []),
    ];
    for (const text of questions) {
      await callApi(app, "POST", `/api/conversations/${id}/plan`, {
        text: long(text),
        group: "person",
      });
    }
    const db = connect(parseStoreUrl(`sqlite:${join(app.dataDir, "rapport.sqlite")}`));
    try {
      const organizationId = (
        await db
          .selectFrom("people")
          .select("organization_id")
          .where("id", "=", maya.id)
          .executeTakeFirstOrThrow()
      ).organization_id;
      await seedPreparation(db, {
        ownerId: "local",
        activityId: id,
        now: "2025-03-03T14:00:00.000Z",
        notes: [
          {
            personId: maya.id,
            body: "- Spoke at **ASHA 2024** on early screening\n- Ran the Towson clinic",
            notedOn: "2025-02-20",
          },
          {
            organizationId: organizationId ?? undefined,
            body: long("Opened a new [pediatric wing](https://example.org/wing) in 2024"),
            notedOn: "2025-01-15",
          },
          ...(options.long
            ? Array.from({ length: 10 }, (_, index) => ({
                personId: maya.id,
                body: long(`- Extra note ${index + 1}`),
                notedOn: "2024-12-01",
              }))
            : []),
        ],
        pitches: [
          {
            organizationId: null,
            whoIAm: long(long("I'm finishing my master's in speech pathology at Towson")),
            workIHope: long(
              "I hope to work with children in a clinic like yours, where early screening matters",
            ),
            learnToday: long("Today I'd love to learn how you hire new graduates"),
          },
        ],
      });
    } finally {
      await db.destroy();
    }
    return id;
  }

  /** Print media on; the page fits the sheet to one page once it applies (data-print-fit). */
  async function printMedia() {
    await page.emulateMedia({ media: "print" });
    await page.locator("[data-brief][data-print-fit]").waitFor();
    return Number(await page.locator("[data-brief]").getAttribute("data-print-fit"));
  }

  async function printed(format: "A4" | "Letter", label: string) {
    const bytes = new Uint8Array(await page.pdf({ format, tagged: true }));
    await writeFile(join(outDir, `${label}-${format.toLowerCase()}.pdf`), bytes);
    return bytes;
  }

  it("shows the brief, prints it to one page on A4 and on Letter with the first question, and downloads the PDF", async () => {
    const id = await preparedConversation();
    // From the preparation page, one click.
    await page.goto(`${app.url}/conversations/${id}/prepare`);
    await page.getByRole("link", { name: "One-page brief" }).click();
    await page.getByRole("heading", { level: 1, name: "Maya Chen" }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/conversations/${id}/brief`);
    const sheet = page.getByRole("article", { name: "Brief: Maya Chen" });
    expect(await sheet.textContent()).toContain(
      "When: Wednesday 5 March 2025, 3:00 PM UTC (30 minutes, until 3:30 PM UTC)",
    );
    expect(await sheet.textContent()).toContain("Where: In person: Café Milano, 12 Main St");
    expect(await sheet.textContent()).toContain("Introduced by: Ravi Patel (you may name them)");
    const questions = sheet.getByRole("region", { name: "Questions" });
    expect(await questions.getByRole("listitem").first().textContent()).toBe(`1.${firstQuestion}`);
    // 30 minutes less 2 to open and 5 to wind down: 7 answers of 3 minutes; 6 planned, all fit.
    expect(await questions.getByRole("listitem").count()).toBe(6);
    const research = sheet.getByRole("region", { name: "Research" });
    expect(await research.getByRole("listitem").allTextContents()).toEqual([
      "Spoke at ASHA 2024 on early screening (20 Feb 2025)",
      "Ran the Towson clinic (20 Feb 2025)",
      "Opened a new pediatric wing in 2024 (15 Jan 2025)",
    ]);
    expect(await sheet.getByRole("region", { name: "My pitch" }).textContent()).toContain(
      "I'm finishing my master's in speech pathology at Towson. I hope to work with children",
    );
    expect(
      await page.getByRole("link", { name: "← Back to the preparation" }).getAttribute("href"),
    ).toBe(`/conversations/${id}/prepare`);
    await page.screenshot({ path: join(outDir, "brief-1280.png"), fullPage: true });

    // Printed: only the sheet, no navigation, search or buttons, at full size.
    expect(await printMedia()).toBe(1);
    expect(await page.getByRole("navigation", { name: "Main" }).first().isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Print" }).isVisible()).toBe(false);
    expect(await page.getByRole("link", { name: "Download PDF" }).isVisible()).toBe(false);
    expect(await page.getByRole("searchbox").count()).toBe(0);
    expect(await sheet.isVisible()).toBe(true);
    expect(await questions.getByText(firstQuestion).isVisible()).toBe(true);
    for (const format of ["A4", "Letter"] as const) {
      const pdf = await printed(format, "brief");
      expect(pdfPageCount(pdf)).toBe(1);
      expect(pdfHasText(pdf, firstQuestion)).toBe(true);
      expect(pdfHasText(pdf, "Maya Chen")).toBe(true);
    }
    await page.emulateMedia({ media: "screen" });

    // The server's own PDF, as the Download PDF link fetches it.
    const download = await fetch(
      `${app.url}${await page.getByRole("link", { name: "Download PDF" }).getAttribute("href")}`,
    );
    expect(download.headers.get("content-disposition")).toBe(
      'attachment; filename="brief-maya-chen-2025-03-05.pdf"',
    );
    const served = new Uint8Array(await download.arrayBuffer());
    expect(pdfPageCount(served)).toBe(1);
    expect(pdfHasText(served, `1. ${firstQuestion}`)).toBe(true);
  });

  it("keeps the fullest brief to one printed page, and reads on a 390-pixel phone", async () => {
    const id = await preparedConversation({ long: true });
    await page.goto(`${app.url}/conversations/${id}/brief`);
    await page.getByRole("heading", { level: 1, name: "Maya Chen" }).waitFor();
    const brief = await callApi<{ brief: Brief }>(app, "GET", `/api/conversations/${id}/brief`);
    // Every bound reached: 10 of the 12 that fit, 4 of 6 spares, 8 of 13 research
    // lines, the objective, pitch and common ground at their longest.
    expect(brief.brief.questions.top).toHaveLength(10);
    expect(brief.brief.questions.spares).toHaveLength(4);
    expect(brief.brief.questions.notShown).toBe(4);
    expect(brief.brief.research.more).toBe(5);
    expect(brief.brief.objective?.length).toBeGreaterThan(390);
    expect(brief.brief.objective?.endsWith("…")).toBe(true);
    expect(brief.brief.pitch?.endsWith("…")).toBe(true);
    // This much runs past a page at the compact size, so the sheet is zoomed down to fit.
    const zoom = await printMedia();
    console.info(`The fullest brief prints at ${zoom} of its size.`);
    expect(zoom).toBeLessThan(1);
    expect(zoom).toBeGreaterThan(0.6);
    for (const format of ["A4", "Letter"] as const) {
      const pdf = await printed(format, "fullest");
      expect(pdfPageCount(pdf)).toBe(1);
      expect(pdfHasText(pdf, "and 4 more questions in Rapport")).toBe(true);
    }
    await page.emulateMedia({ media: "screen" });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Maya Chen" }).waitFor();
    // One column and nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    const sheet = page.getByRole("article", { name: "Brief: Maya Chen" });
    const first = await sheet.getByRole("region", { name: "Who they are" }).boundingBox();
    const last = await sheet.getByRole("region", { name: /^Come prepared/ }).boundingBox();
    expect(last?.x).toBe(first?.x);
    expect((last?.y ?? 0) > (first?.y ?? 0)).toBe(true);
    const back = await page.getByRole("link", { name: "← Back to the preparation" }).boundingBox();
    expect(back?.height).toBeGreaterThanOrEqual(44);
    await page.screenshot({ path: join(outDir, "brief-390.png"), fullPage: true });
    await page.screenshot({ path: join(outDir, "brief-390-top.png") });
    await sheet
      .getByRole("region", { name: "Questions" })
      .screenshot({ path: join(outDir, "brief-390-questions.png") });
  });

  it("says so when the conversation does not exist", async () => {
    await page.goto(`${app.url}/conversations/no-such-id/brief`);
    await page.getByRole("heading", { level: 1, name: "Conversation not found" }).waitFor();
  });
});
