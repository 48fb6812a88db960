import { readFile } from "node:fs/promises";
import { simpleParser } from "mailparser";
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Activity } from "../../src/domain/activity.js";
import { type SmtpInbox, startSmtpInbox } from "../smtp-inbox.js";
import { clockStart, useClockedApp } from "./clocked-app.js";
import { browserAvailable, callApi, type RunningApp } from "./harness.js";

const available = browserAvailable();

// A small but genuine PDF header, so the server's content check accepts it.
const resume = Buffer.from("%PDF-1.7\n% Jordan Lee, résumé\n1 0 obj <<>> endobj\n%%EOF\n");

describe.skipIf(!available)("E-mail: résumé, SMTP account, .eml download and sending", () => {
  const { session, addPerson } = useClockedApp();
  let app: RunningApp;
  let page: Page;
  let inbox: SmtpInbox;
  beforeEach(async () => {
    ({ app, page } = session);
    inbox = await startSmtpInbox();
  });
  afterEach(() => inbox.close());

  async function setUpInSettings() {
    await page.goto(`${app.url}/settings`);
    const mail = page.getByRole("region", { name: "E-mail and résumé" });
    await mail.waitFor();

    // A picture is refused at the field; the résumé is taken and listed.
    await page.setInputFiles("#resume-file", {
      name: "me.png",
      mimeType: "image/png",
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    });
    await mail
      .getByRole("alert")
      .getByText("Choose a PDF, DOC, DOCX, ODT, RTF or TXT file for your résumé.")
      .waitFor();
    await page.setInputFiles("#resume-file", {
      name: "Jordan Lee CV.pdf",
      mimeType: "application/pdf",
      buffer: resume,
    });
    await mail.getByTestId("resume-name").getByText("Jordan Lee CV.pdf").waitFor();
    expect(await mail.getByText(/^\d+ bytes · uploaded /).textContent()).toContain(
      `${resume.length} bytes`,
    );

    // The SMTP account: plain SMTP on this computer, as the test server speaks it.
    const smtp = page.getByRole("form", { name: "SMTP account" });
    await smtp.getByLabel("Mail server (SMTP)").fill("127.0.0.1");
    await smtp.getByLabel("Security").selectOption("none");
    expect(await smtp.getByLabel("Port").inputValue()).toBe("25");
    await smtp.getByLabel("Port").fill(String(inbox.port));
    await smtp.getByLabel("User name").fill(inbox.user);
    await smtp.getByLabel("Password").fill(inbox.password);
    await smtp.getByRole("button", { name: "Save" }).click();
    await smtp.getByRole("status").getByText("Saved").waitFor();
    expect(await smtp.getByLabel("Password").inputValue()).toBe("");
    await smtp.getByText("A password is saved. Leave this blank to keep it.").waitFor();

    await smtp.getByRole("button", { name: "Send me a test message" }).click();
    await smtp
      .getByRole("status")
      .getByText("Test message sent to jordan@example.com. Look for it in your inbox.")
      .waitFor();
    expect(inbox.received.map((message) => message.subject)).toEqual(["Rapport test message"]);
    const account = await callApi<{ account: Record<string, unknown> }>(
      app,
      "GET",
      "/api/settings/smtp",
    );
    expect(account.account).toMatchObject({ passwordSet: true, host: "127.0.0.1" });
    expect(JSON.stringify(account)).not.toContain(inbox.password);
  }

  it("downloads the .eml with the résumé, then sends via SMTP and logs it", async () => {
    await callApi(app, "PUT", "/api/profile", { name: "Jordan Lee", email: "jordan@example.com" });
    const maya = await addPerson({
      name: "Maya Chen",
      organizationName: "Bright Start Clinic",
      email: "maya@example.com",
    });
    await setUpInSettings();

    await page.goto(`${app.url}/people/${maya.id}/compose?kind=email`);
    await page.getByRole("heading", { level: 1, name: "Write to Maya Chen" }).waitFor();
    const subject = await page.getByLabel("Subject").inputValue();
    const draft = await page.locator("#compose-body").inputValue();
    await page.getByLabel(/Attach my résumé/).check();

    // The .eml download carries the message and the résumé; then "Did it go out?" appears.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download .eml" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("email-to-maya-chen.eml");
    const eml = await simpleParser(await readFile(await download.path()));
    expect(eml.from?.text).toBe('"Jordan Lee" <jordan@example.com>');
    expect(eml.to).toMatchObject({ text: '"Maya Chen" <maya@example.com>' });
    expect(eml.subject).toBe(subject);
    expect(eml.text?.trim()).toBe(draft.trim());
    expect(eml.attachments.map((attachment) => attachment.filename)).toEqual(["Jordan Lee CV.pdf"]);
    expect(Buffer.compare(eml.attachments[0]?.content ?? Buffer.alloc(0), resume)).toBe(0);
    await page.getByTestId("went-out").waitFor();
    await page.getByRole("button", { name: "Not yet" }).click();

    // Sending through the account logs it at once: Rapport saw it go out.
    await page.getByRole("button", { name: "Send via SMTP" }).click();
    await page.waitForURL(`**/people/${maya.id}`);
    await page
      .getByTestId("toast")
      .getByText("Sent and logged: your e-mail to Maya Chen.")
      .waitFor();
    await page.getByRole("heading", { level: 3, name: "Email sent" }).waitFor();

    expect(inbox.received).toHaveLength(2);
    const sent = inbox.received[1];
    expect(sent?.to).toMatchObject({ value: [{ address: "maya@example.com" }] });
    expect(sent?.subject).toBe(subject);
    expect(Buffer.compare(sent?.attachments[0]?.content ?? Buffer.alloc(0), resume)).toBe(0);
    const log = await callApi<{ activities: Activity[] }>(
      app,
      "GET",
      `/api/people/${maya.id}/activities`,
    );
    expect(log.activities.map((entry) => [entry.kind, entry.occurredAt])).toEqual([
      ["email_sent", clockStart.toISOString()],
    ]);
  });

  it("says when the person has no e-mail address and offers to add it", async () => {
    await callApi(app, "PUT", "/api/profile", { name: "Jordan Lee", email: "jordan@example.com" });
    const sam = await addPerson({ name: "Sam Ortiz" });
    await page.goto(`${app.url}/people/${sam.id}/compose?kind=email`);
    await page.getByText("Rapport has no e-mail address for Sam Ortiz").waitFor();
    expect(await page.getByRole("button", { name: "Download .eml" }).isDisabled()).toBe(true);
    await page.getByRole("link", { name: "Add their e-mail address" }).click();
    await page.waitForURL(`**/people/${sam.id}/edit`);
  });
});
