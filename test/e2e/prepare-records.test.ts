import { mkdir } from "node:fs/promises";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { useClockedApp } from "./clocked-app.js";
import { browserAvailable, type RunningApp } from "./harness.js";

const available = browserAvailable();
/** Where the screenshots go, to be looked at (not compared). */
const shots = process.env.RECORDS_SCREENSHOTS ?? "";

const hostile = [
  'Careful: <img src=x onerror="window.__pwned = 1"> and <script>window.__pwned = 2</script>',
  "",
  "<!-- a comment that must not reach the page -->",
  "[a trap](javascript:window.__pwned=3) and [data](data:text/html,<b>x</b>)",
].join("\n");

describe.skipIf(!available)("Prepare's records: research notes, the pitch and stories", () => {
  const { session, addPerson } = useClockedApp();
  let app: RunningApp;
  let page: Page;
  beforeEach(() => {
    ({ app, page } = session);
  });

  /** The part of the page at 1280 and 390 px wide (RECORDS_SCREENSHOTS=folder), to look at. */
  async function screenshot(name: string, part = page.locator("main")) {
    if (!shots) return;
    await mkdir(shots, { recursive: true });
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await part.screenshot({ path: `${shots}/${name}-${width}.png` });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  async function addNote(notes: ReturnType<Page["getByRole"]>, date: string, text: string) {
    await notes.getByRole("button", { name: "Add a note" }).click();
    const form = notes.getByRole("form", { name: "New research note" });
    await form.getByLabel("Date").fill(date);
    await form.getByLabel("Note", { exact: true }).fill(text);
    await form.getByRole("region", { name: "Preview" }).waitFor();
    await form.getByRole("button", { name: "Add note" }).click();
    await form.waitFor({ state: "detached" });
  }

  it("adds two research notes, one hostile, and renders both safely, newest first, with undo", async () => {
    const maya = await addPerson({ name: "Maya Chen", organizationName: "Hopkins Digital Health" });
    await page.goto(`${app.url}/people/${maya.id}`);
    const notes = page.getByRole("region", { name: "Research notes" });
    await notes.getByText("No research yet.").waitFor();

    await addNote(
      notes,
      "2025-02-10",
      "Gave a **keynote** on [nurse-led analytics](https://example.org/talk).",
    );
    await addNote(notes, "2025-02-20", hostile);

    const items = notes.getByRole("list", { name: "Research notes" }).getByRole("listitem");
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.locator("time").allTextContents()).toEqual(["20 Feb 2025", "10 Feb 2025"]);
    const link = notes.getByRole("link", { name: "nurse-led analytics" });
    expect(await link.getAttribute("href")).toBe("https://example.org/talk");
    expect(await link.getAttribute("rel")).toBe("noopener noreferrer nofollow");
    expect(await notes.locator("strong").textContent()).toBe("keynote");
    // Nothing hostile reached the page as HTML.
    expect(await page.locator("main img, main script").count()).toBe(0);
    expect(await notes.getByRole("link").count()).toBe(1);
    expect(await notes.getByText("a trap", { exact: true }).count()).toBe(1);
    expect(await page.evaluate("window.__pwned")).toBeUndefined();
    expect(await page.content()).not.toContain("a comment that must not reach the page");

    await screenshot("person-notes");

    await notes.getByRole("button", { name: "Delete the note of 10 Feb 2025" }).click();
    await expect.poll(() => items.count()).toBe(1);
    await page.getByRole("button", { name: "Undo" }).click();
    await page.getByText("Restored the note.").waitFor();
    await expect.poll(() => items.count()).toBe(2);

    // The organization's page shows its own notes, with a hint while there are none.
    await page.goto(`${app.url}/organizations/${maya.organizationId}`);
    await page
      .getByRole("region", { name: "Research notes" })
      .getByText("No research on Hopkins Digital Health yet.", { exact: false })
      .waitFor();
  });

  it("writes a pitch and sees its spoken seconds live, practises it, and adds a story", async () => {
    await page.goto(`${app.url}/settings#pitch-and-stories`);
    const pitch = page.getByRole("region", { name: "Your pitch" });
    await pitch
      .getByLabel("Who I am, and where I am in my search")
      .fill(
        "I'm Jordan, a senior at Towson studying information systems, and I'm exploring health data.",
      );
    await pitch
      .getByLabel("The work I hope to do, and why")
      .fill(
        "I hope to build tools that give nurses time back, which is why your clinics' work caught my eye.",
      );
    await pitch
      .getByLabel("What I hope to learn today")
      .fill("Today I'd love to learn how you moved into analytics and what you'd do again.");
    // 49 spoken words at 140 a minute: 21 seconds, under the 30–45 s target.
    await expect.poll(() => pitch.getByTestId("pitch-seconds").textContent()).toBe("21 s");
    await pitch.getByText("21 s: shorter than the 30–45 s target. Say a little more.").waitFor();
    await pitch.getByRole("button", { name: "Save pitch" }).click();
    await page.getByText("Saved your pitch.").waitFor();

    await pitch.getByRole("button", { name: "Practise aloud" }).click();
    await pitch.getByRole("heading", { name: "Practice aloud" }).waitFor();
    expect(await pitch.getByTestId("practice-countdown").textContent()).toBe("45 s");
    await page.keyboard.press("Space");
    await expect
      .poll(
        async () =>
          Number.parseInt(String(await pitch.getByTestId("practice-countdown").textContent()), 10),
        {
          timeout: 5000,
        },
      )
      .toBeLessThan(45);
    await pitch.getByRole("button", { name: "Stop" }).click();
    await pitch.getByRole("button", { name: "Done practising" }).click();

    const stories = page.getByRole("region", { name: "Your stories" });
    await stories.getByRole("button", { name: "Add a story" }).click();
    const form = stories.getByRole("form", { name: "New story" });
    await form.getByRole("button", { name: "Add story" }).click();
    await form.getByText("Give the story a title").waitFor();
    await form.getByLabel("Title").fill("Rebuilt the clinic rota");
    await form.getByLabel("Situation").fill("Our clinic lost its scheduler in flu season.");
    await form.getByLabel("Action").fill("I rebuilt the rota in a shared sheet in a week.");
    await form.getByLabel("Result").fill("No missed shifts that winter.");
    await form.getByLabel("Tags").fill("planning, healthcare");
    await form.getByRole("button", { name: "Add story" }).click();
    await stories.getByRole("heading", { name: "Rebuilt the clinic rota" }).waitFor();
    // 24 words at 140 a minute.
    await stories.getByText("About 10 s to tell · planning, healthcare").waitFor();

    await screenshot("settings-pitch", page.locator("#pitch-and-stories"));
  });
});
