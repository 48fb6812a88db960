import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { useClockedApp } from "./clocked-app.js";
import { browserAvailable, type RunningApp } from "./harness.js";
import { seedInsights } from "./insights-seed.js";

const available = browserAvailable();
const shots = "/work/notes/shots";

/** Each theme card as one line: who said it, what, and how many takeaways were merged. */
const themeCards = (page: Page) =>
  page.getByTestId("theme").evaluateAll((cards) =>
    cards.map((card) => {
      const [said, label] = Array.from(card.querySelectorAll("p"), (line) => line.textContent);
      const merged = card.querySelector("button")?.textContent?.replace(/\D/g, "");
      return `${said} ${label} (${merged})`;
    }),
  );

/** A table's body rows, each as its cells' text. */
const tableRows = (page: Page, caption: string) =>
  page
    .locator("table", { has: page.locator("caption", { hasText: caption }) })
    .locator("tbody tr")
    .evaluateAll((rows) =>
      rows.map((row) => Array.from(row.children).map((cell) => (cell.textContent ?? "").trim())),
    );

async function downloaded(page: Page, buttonName: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: buttonName }).click(),
  ]);
  return readFile((await download.path()) ?? "", "utf8");
}

const noPageScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe.skipIf(!available)("Insights: themes and compare", () => {
  const { session, setClock, addPerson } = useClockedApp();
  let app: RunningApp;
  let page: Page;
  beforeEach(() => {
    ({ app, page } = session);
  });

  const openInsights = async (search = "") => {
    await page.goto(`${app.url}/insights${search}`);
    await page.getByRole("heading", { level: 1, name: "Insights" }).waitFor();
  };

  it("counts what people said, shows what was merged, filters, downloads, and compares, on a laptop", async () => {
    const seed = await seedInsights(app, setClock);
    await openInsights();
    await page.getByTestId("theme").first().waitFor();
    expect(await themeCards(page)).toEqual([
      "2 of 3 people said “Build a portfolio” (2)",
      "2 of 3 people said “learn SQL” (2)",
      "1 of 3 people said “Python” (1)",
      "1 of 3 people said “Start as a research assistant” (1)",
    ]);

    // The disclosure opens from the keyboard and lists both wordings with their people.
    const sql = page.getByTestId("theme").filter({ hasText: "“learn SQL”" });
    const disclosure = sql.getByRole("button", { name: "What was counted together (2)" });
    await disclosure.focus();
    await page.keyboard.press("Enter");
    expect(await disclosure.getAttribute("aria-expanded")).toBe("true");
    const merged = sql.getByRole("listitem");
    expect(await merged.evaluateAll((items) => items.map((item) => item.textContent))).toEqual([
      "“learn SQL”Maya Chen · Conversation of Feb 10, 2025",
      "“SQL skills”Sam Ortiz · Conversation of Feb 17, 2025",
    ]);
    expect(await sql.getByRole("link", { name: "Maya Chen" }).getAttribute("href")).toBe(
      `/people/${seed.people.maya.id}`,
    );
    expect(
      await sql.getByRole("link", { name: "Conversation of Feb 17, 2025" }).getAttribute("href"),
    ).toBe(`/conversations/${seed.conversations.sam}/follow-up`);
    await page.screenshot({ path: `${shots}/themes-themes-laptop.png`, fullPage: true });

    expect(await tableRows(page, "Themes")).toEqual([
      ["Advice", "Build a portfolio", "2", "2"],
      ["Skill", "learn SQL", "2", "2"],
      ["Skill", "Python", "1", "1"],
      ["Path", "Start as a research assistant", "1", "1"],
    ]);
    expect(await downloaded(page, "Download CSV: Themes")).toBe(
      "\ufeffTag,Theme,People,Takeaways\r\n" +
        "Advice,Build a portfolio,2,2\r\n" +
        "Skill,learn SQL,2,2\r\n" +
        "Skill,Python,1,1\r\n" +
        "Path,Start as a research assistant,1,1",
    );

    // A tag narrows the themes; the whole stays the people with any takeaway.
    await page.getByLabel("Tag").selectOption("Skill");
    await page.waitForURL(/tag=skill/);
    await expect
      .poll(() => themeCards(page))
      .toEqual(["2 of 3 people said “learn SQL” (2)", "1 of 3 people said “Python” (1)"]);

    // An interest narrows the people, and the sentence says whom it counts.
    await page.getByLabel("Tag").selectOption("All tags");
    await page.getByLabel("Interest").selectOption("UX research");
    await expect
      .poll(() => themeCards(page))
      .toEqual([
        "1 of 2 people in UX research said “Build a portfolio” (1)",
        "2 of 2 people in UX research said “learn SQL” (2)",
        "1 of 2 people in UX research said “Start as a research assistant” (1)",
      ]);
    await page.getByLabel("Tag").selectOption("Qualification");
    await page.getByText("No takeaway matches this filter").waitFor();
    await page.getByRole("button", { name: "Show all tags" }).click();
    await expect.poll(() => themeCards(page).then((cards) => cards.length)).toBe(3);
    await page.getByRole("button", { name: "Clear filters" }).click();

    // Compare: fields first, the most conversations held first.
    await page.getByRole("tab", { name: "Compare" }).click();
    await page.getByTestId("compare-column").first().waitFor();
    expect(
      await page.getByTestId("compare-column").getByRole("heading", { level: 3 }).allInnerTexts(),
    ).toEqual(["UX research", "Data science"]);
    expect(await tableRows(page, "Fields compared")).toEqual([
      ["UX research", "2", "2", "2", "2.5", "3.5", "2.5", "4.0", "4.0", "5"],
      [
        "Data science",
        "2",
        "1",
        "1",
        "4.0",
        "not rated yet",
        "not rated yet",
        "not rated yet",
        "not rated yet",
        "–",
      ],
    ]);
    const ux = page.getByTestId("compare-column").first();
    const ratings = ux.getByRole("list", { name: "Still excited about UX research? (1 to 5)" });
    expect(
      await ratings
        .getByRole("listitem")
        .evaluateAll((items) => items.map((item) => item.textContent)),
    ).toEqual(["Feb 1, 20254 · Still excited", "Mar 1, 20255 · More than ever"]);
    await ux.getByTestId("excitement-chart").locator("canvas").waitFor();
    await page.screenshot({ path: `${shots}/themes-compare-laptop.png`, fullPage: true });

    await page.getByRole("radio", { name: "Organizations", exact: true }).check();
    await page.waitForURL(/dimension=organization/);
    expect(new URL(page.url()).searchParams.get("section")).toBe("compare");
    await page.getByRole("table", { name: "Organizations compared" }).waitFor();
    expect(await tableRows(page, "Organizations compared")).toEqual([
      ["Acme", "2", "2", "2", "3.0", "3.0", "2.0", "4.0", "3.0", "–"],
      ["Hopkins", "2", "1", "1", "3.0", "4.0", "3.0", "4.0", "5.0", "–"],
    ]);
    expect(await page.getByText("Still excited?").count()).toBe(0);
    expect(await downloaded(page, "Download CSV: Organizations compared")).toBe(
      "\ufeffName,People,Conversations held,Reflections,Confidence,Competence,Communication,Character,Chemistry,Latest excitement (1–5)\r\n" +
        "Acme,2,2,2,3.0,3.0,2.0,4.0,3.0,\r\n" +
        "Hopkins,2,1,1,3.0,4.0,3.0,4.0,5.0,",
    );

    await page.getByRole("radio", { name: "Roles", exact: true }).check();
    await page.getByRole("table", { name: "Roles compared" }).waitFor();
    expect(await tableRows(page, "Roles compared")).toEqual([
      ["Product designer", "1", "1", "1", "3.0", "4.0", "3.0", "4.0", "5.0", "–"],
    ]);
    // The switch is a radio group: an arrow key moves to the kinds of organization.
    await page.keyboard.press("ArrowLeft");
    await page.waitForURL(/dimension=organization_kind/);
    await page.getByRole("table", { name: "Kinds of organization compared" }).waitFor();
    expect(await tableRows(page, "Kinds of organization compared")).toEqual([
      ["Startup", "1", "1", "1", "2.0", "3.0", "2.0", "4.0", "3.0", "–"],
    ]);
  });

  it("fits a 390 px phone: no sideways page scroll, the columns stacked", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await seedInsights(app, setClock);
    await openInsights();
    await page.getByTestId("theme").first().waitFor();
    await page
      .getByTestId("theme")
      .filter({ hasText: "“learn SQL”" })
      .getByRole("button", { name: "What was counted together (2)" })
      .click();
    expect(await noPageScroll(page)).toBe(true);
    await page.screenshot({ path: `${shots}/themes-themes-phone.png`, fullPage: true });

    await openInsights("?section=compare&dimension=organization");
    const columns = page.getByTestId("compare-column");
    await columns.first().waitFor();
    const [first, second] = await Promise.all([
      columns.nth(0).boundingBox(),
      columns.nth(1).boundingBox(),
    ]);
    expect(first?.x).toBe(second?.x);
    expect((second?.y ?? 0) >= (first?.y ?? 0) + (first?.height ?? 0)).toBe(true);
    expect(await noPageScroll(page)).toBe(true);
    await page.screenshot({ path: `${shots}/themes-compare-phone.png`, fullPage: true });

    await page.getByRole("radio", { name: "Fields", exact: true }).check();
    await page.getByTestId("excitement-chart").locator("canvas").waitFor();
    expect(await noPageScroll(page)).toBe(true);
    await page.screenshot({ path: `${shots}/themes-compare-fields-phone.png`, fullPage: true });
  });

  it("explains where takeaways and interests come from before there are any", async () => {
    await addPerson({ name: "Maya Chen" });
    await openInsights();
    await page.getByRole("heading", { name: "No takeaways yet" }).waitFor();
    expect(
      await page.getByRole("link", { name: "Go to your conversations" }).getAttribute("href"),
    ).toBe("/conversations");

    await page.getByRole("tab", { name: "Compare" }).click();
    await page.getByRole("heading", { name: "No fields among your interests yet" }).waitFor();
    expect(
      await page.getByRole("link", { name: "Add interests in Settings" }).getAttribute("href"),
    ).toBe("/settings#exploring");
    await page.getByRole("radio", { name: "Organizations", exact: true }).check();
    await page.getByRole("heading", { name: "No organizations to compare yet" }).waitFor();
    await page.screenshot({ path: `${shots}/themes-empty-laptop.png`, fullPage: true });
  });
});
