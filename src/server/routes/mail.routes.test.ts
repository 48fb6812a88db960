import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SmtpInbox, startSmtpInbox } from "../../../test/smtp-inbox.js";
import { createServiceContext } from "../../services/context.js";
import { openStore, type Store } from "../../store/store.js";
import { createApp, type RapportApp } from "../app.js";

const origin = "http://127.0.0.1:4477";
const resume = Buffer.from("%PDF-1.7\n% Jordan's résumé\n%%EOF\n");
let store: Store;
let app: RapportApp;
let dataFolder: string;
let inbox: SmtpInbox;
/** Every answer's body, to search for the password at the end. */
const answers: string[] = [];

beforeAll(async () => {
  store = await openStore("sqlite::memory:");
  dataFolder = await mkdtemp(join(tmpdir(), "rapport-mail-routes-"));
  app = createApp({ context: createServiceContext(store, { dataFolder }) });
  inbox = await startSmtpInbox();
});
afterAll(async () => {
  await inbox.close();
  await store.close();
  await rm(dataFolder, { recursive: true, force: true });
});

async function call(method: string, path: string, body?: unknown, contentType?: string) {
  const raw = body instanceof Uint8Array;
  const response = await app.request(`${origin}${path}`, {
    method,
    headers: {
      host: "127.0.0.1:4477",
      ...(body === undefined
        ? {}
        : {
            "content-type": contentType ?? (raw ? "application/octet-stream" : "application/json"),
          }),
    },
    ...(body === undefined ? {} : { body: raw ? body : JSON.stringify(body) }),
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  answers.push(bytes.toString("latin1"));
  return { response, bytes, json: () => JSON.parse(bytes.toString("utf8")) };
}

describe("the mail routes", () => {
  it("sets up the account without ever answering with the password", async () => {
    const account = {
      host: "127.0.0.1",
      port: inbox.port,
      security: "none",
      user: inbox.user,
      password: "wrong-password-77",
      fromAddress: "jordan@example.com",
    };
    expect((await call("GET", "/api/settings/smtp")).json()).toEqual({ account: null });
    const saved = await call("PUT", "/api/settings/smtp", account);
    expect(saved.json()).toEqual({
      account: { ...account, password: undefined, passwordSet: true },
    });
    const refused = await call("POST", "/api/settings/smtp/test");
    expect(refused.response.status).toBe(400);
    expect(refused.json().error.fields).toHaveProperty("password");

    await call("PUT", "/api/settings/smtp", { ...account, password: inbox.password });
    expect((await call("PUT", "/api/settings/smtp", { ...account, password: "" })).json()).toEqual({
      account: expect.objectContaining({ passwordSet: true }),
    });
    expect((await call("GET", "/api/settings/smtp")).json().account.passwordSet).toBe(true);
    expect((await call("POST", "/api/settings/smtp/test")).json()).toEqual({
      sentTo: "jordan@example.com",
    });
  });

  it("uploads, downloads and refuses résumés", async () => {
    const uploaded = await call("PUT", "/api/settings/resume?fileName=cv.pdf", resume);
    expect(uploaded.json().resume).toMatchObject({ fileName: "cv.pdf", size: resume.length });
    const file = await call("GET", "/api/settings/resume/file");
    expect(file.response.headers.get("content-type")).toBe("application/pdf");
    expect(file.response.headers.get("content-disposition")).toBe(
      `attachment; filename="cv.pdf"; filename*=UTF-8''cv.pdf`,
    );
    expect(Buffer.compare(file.bytes, resume)).toBe(0);

    const tooBig = await call(
      "PUT",
      "/api/settings/resume?fileName=big.pdf",
      new Uint8Array(5 * 1024 * 1024 + 10),
    );
    expect(tooBig.response.status).toBe(413);
    expect(tooBig.json().error.fields.file).toMatch(/larger than 5 MB/);
    const wrongType = await call("PUT", "/api/settings/resume?fileName=me.png", resume);
    expect(wrongType.json().error.fields.file).toMatch(/PDF, DOC, DOCX, ODT, RTF or TXT/);
    expect((await call("GET", "/api/settings/resume")).json().resume.fileName).toBe("cv.pdf");
  });

  it("serves the .eml as a download and sends via SMTP", async () => {
    await call("PUT", "/api/profile", { name: "Jordan Lee", email: "jordan@example.com" });
    const { person } = (
      await call("POST", "/api/people", { name: "Maya Chen", email: "maya@example.com" })
    ).json();
    const draft = { personId: person.id, subject: "Hello", body: "Hi Maya", attachResume: true };

    const eml = await call("POST", "/api/mail/eml", draft);
    expect(eml.response.headers.get("content-type")).toBe("message/rfc822");
    expect(eml.response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="email-to-maya-chen\.eml"/,
    );
    const parsed = await simpleParser(eml.bytes);
    expect(parsed.attachments[0]?.filename).toBe("cv.pdf");

    const sent = await call("POST", "/api/mail/send", draft);
    expect(sent.json().activity).toMatchObject({ kind: "email_sent", personId: person.id });
    expect(inbox.received.at(-1)?.subject).toBe("Hello");

    const missing = await call("POST", "/api/mail/send", { ...draft, subject: "" });
    expect(missing.json().error.fields).toEqual({ subject: "Enter a subject" });
  });

  it("removes the account and the résumé", async () => {
    expect((await call("DELETE", "/api/settings/smtp")).json()).toEqual({ ok: true });
    expect((await call("DELETE", "/api/settings/resume")).json()).toEqual({ ok: true });
    expect((await call("GET", "/api/settings/smtp")).json()).toEqual({ account: null });
    expect((await call("GET", "/api/settings/resume")).json()).toEqual({ resume: null });
    const send = await call("POST", "/api/mail/send", { personId: "x", subject: "s", body: "b" });
    expect(send.response.status).toBe(409);
  });

  it("never put either password in any answer", () => {
    expect(answers.length).toBeGreaterThan(10);
    for (const answer of answers) {
      expect(answer).not.toContain(inbox.password);
      expect(answer).not.toContain("wrong-password-77");
    }
  });
});
