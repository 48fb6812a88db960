import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import type { Template } from "../../src/domain/template.js";
import { useClockedApp } from "./clocked-app.js";
import { browserAvailable, callApi, type RunningApp } from "./harness.js";

const available = browserAvailable();

// About 60 words once filled: inside the default 150-word e-mail limit, over a limit of 40.
const templateText = `Hello ,

My name is {{my_name}} ({{my_role}}). Your work as {{title}} at {{organization}} is the kind of path I would like to understand, and I would value your advice; I am not looking for a job. Would you have {{length}} for a conversation {{window}}? Any time that suits you works for me.

Thank you,
{{my_name}}`;

describe.skipIf(!available)("the explorer's own templates and the coach's limits", () => {
  const { session, addPerson } = useClockedApp();
  let app: RunningApp;
  let page: Page;
  beforeEach(() => {
    ({ app, page } = session);
  });
  const templates = () => page.getByRole("region", { name: "Templates", exact: true });
  const finding = (code: string) => page.locator(`button[data-code="${code}"]`);

  async function openComposer(personId: string) {
    await page.goto(`${app.url}/people/${personId}/compose?kind=email`);
    await page.getByRole("heading", { level: 1, name: "Write to Maya Chen" }).waitFor();
  }

  it("adds a template with merge fields, drafts with it, and the e-mail limit drives the coach", async () => {
    await callApi(app, "PUT", "/api/profile", {
      name: "Jordan Lee",
      schoolOrRole: "senior at Towson University",
      searchStatus: "graduating",
    });
    const maya = await addPerson({
      name: "Maya Chen",
      title: "UX researcher",
      organizationName: "Hopkins Digital Health",
      email: "maya@example.com",
    });

    // Settings → Templates starts empty and offers a first one.
    await page.goto(`${app.url}/settings`);
    await templates().getByRole("heading", { name: "No templates of your own yet" }).waitFor();
    await templates().getByRole("button", { name: "New template" }).click();
    const form = templates().getByRole("form", { name: "New template" });

    // Saving without a name or text shows the messages at the fields.
    await form.getByRole("button", { name: "Add template" }).click();
    await form.getByText("Enter a name").waitFor();
    expect(await page.evaluate("document.activeElement?.id")).toBe("template-name");

    await form.getByLabel("Name", { exact: true }).fill("Short and warm");
    await form.getByLabel("Subject (optional)").fill("Advice from a {{title}}?");
    const text = form.getByLabel("Text", { exact: true });
    await text.fill(templateText);
    // The merge-field buttons insert at the cursor: right after "Hello ".
    await text.evaluate((element: HTMLTextAreaElement) => element.setSelectionRange(6, 6));
    await form.getByRole("button", { name: "First name", exact: true }).click();
    expect(await text.inputValue()).toMatch(/^Hello \{\{first_name\}\},\n/);

    // The preview fills the fields for a sample person and the explorer.
    const preview = form.getByTestId("template-preview");
    await preview.getByText(/^Hello Maya,/).waitFor();
    expect(await preview.textContent()).toContain("My name is Jordan Lee (senior at Towson");
    expect(await preview.textContent()).toContain("Advice from a UX researcher?");

    // An unknown merge field is named at the field, with the valid ones listed.
    await text.fill(`${templateText} {{nickname}}`);
    await form.getByRole("button", { name: "Add template" }).click();
    await form
      .getByText(/Unknown merge field \{\{nickname\}\}\. Use one of: \{\{first_name\}\}/)
      .waitFor();
    await text.fill(templateText.replace("Hello ,", "Hello {{first_name}},"));
    await form.getByRole("button", { name: "Add template" }).click();
    const item = templates().getByRole("listitem").filter({ hasText: "Short and warm" });
    await item.waitFor();
    expect(await item.textContent()).toContain("First e-mail");

    // The composer offers it for e-mails; choosing it drafts with Maya's name.
    await openComposer(maya.id);
    const body = page.locator("#compose-body");
    expect(await body.inputValue()).not.toContain("I am not looking for a job");
    await page.getByLabel("Template", { exact: true }).selectOption({ label: "Short and warm" });
    await expect.poll(() => body.inputValue()).toMatch(/^Hello Maya,\n/);
    expect(await body.inputValue()).toContain(
      "Your work as UX researcher at Hopkins Digital Health is the kind of path I would like to understand, and I would value your advice; I am not looking for a job.",
    );
    expect(await page.getByLabel("Subject", { exact: true }).inputValue()).toBe(
      "Advice from a UX researcher?",
    );
    // Wait for the coach to read this draft before saying what it did not find.
    await page
      .getByRole("region", { name: "Coach" })
      .getByText("Reading…")
      .waitFor({ state: "hidden" });
    await page
      .getByTestId("word-count")
      .getByText("68 words — fits one phone screen", { exact: true })
      .waitFor();
    expect(await finding("length").count()).toBe(0);

    // Settings → Coach: a limit out of range is refused at the field; 40 is saved.
    await page.goto(`${app.url}/settings`);
    const limits = page.getByRole("form", { name: "Coach limits" });
    const emailLimit = limits.getByLabel("E-mail (words)");
    await emailLimit.fill("5");
    await limits.getByRole("button", { name: "Save limits" }).click();
    await limits.getByText("The e-mail limit must be at least 20 words").waitFor();
    await emailLimit.fill("40");
    await limits.getByRole("button", { name: "Save limits" }).click();
    await limits.getByRole("status").getByText("Saved").waitFor();

    // The same draft is now too long for the coach, and the word count says so.
    await openComposer(maya.id);
    await page.getByLabel("Template", { exact: true }).selectOption({ label: "Short and warm" });
    await expect.poll(() => body.inputValue()).toMatch(/^Hello Maya,\n/);
    await finding("length").waitFor();
    expect(await finding("length").textContent()).toContain("aim for 40 or fewer");
    await page
      .getByTestId("word-count")
      .getByText(/over the 40-word limit$/)
      .waitFor();
  });

  it("deletes a template with an Undo that brings it back", async () => {
    await callApi<{ template: Template }>(app, "POST", "/api/templates", {
      name: "Thank-you note",
      purpose: "thank_you",
      body: "Dear {{first_name}}, thank you for {{when}}.",
    });
    await page.goto(`${app.url}/settings`);
    await templates().getByRole("button", { name: "Delete Thank-you note" }).click();
    await templates().getByRole("heading", { name: "No templates of your own yet" }).waitFor();
    const toast = page.getByTestId("toast").filter({ hasText: "Deleted “Thank-you note”." });
    await toast.getByRole("button", { name: "Undo" }).click();
    await templates().getByRole("heading", { name: "Thank-you note" }).waitFor();
    const saved = await callApi<{ templates: Template[] }>(app, "GET", "/api/templates");
    expect(saved.templates.map((template) => template.name)).toEqual(["Thank-you note"]);
  });
});
