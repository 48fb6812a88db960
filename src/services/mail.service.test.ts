import { simpleParser } from "mailparser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startHostileSmtp } from "../../test/hostile-smtp.js";
import { type SmtpInbox, startSmtpInbox } from "../../test/smtp-inbox.js";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import { listActivities } from "./activities.service.js";
import { createBackup } from "./backup.service.js";
import type { ServiceContext } from "./context.js";
import { composeEmlFile, sendEmail, sendTestMessage } from "./mail.service.js";
import { saveSmtpAccount } from "./mail-account.service.js";
import { createPerson } from "./people.service.js";
import { saveProfile } from "./profile.service.js";
import { saveResume } from "./resume.service.js";
import { ServiceError } from "./service-error.js";

// A tiny but real PDF header, so the résumé passes the content check.
const resumeBytes = Buffer.from("%PDF-1.7\n% Jordan Lee's résumé\n%%EOF\n", "utf8");
const subject = "A question about speech therapy";
const body = "Hello Maya,\n\nWould you have 20 minutes for my questions?\n\nThank you,\nJordan";

async function arrange(context: ServiceContext, inbox: SmtpInbox, password = inbox.password) {
  await saveProfile(context, { name: "Jordan Lee", email: "jordan@example.com" });
  await saveResume(context, { fileName: "Jordan Lee résumé.pdf", bytes: resumeBytes });
  await saveSmtpAccount(context, {
    host: "127.0.0.1",
    port: String(inbox.port),
    security: "none",
    user: inbox.user,
    password,
    fromAddress: "",
  });
  return createPerson(context, { name: "Maya Chen", email: "maya@example.com" });
}

async function failureOf(work: Promise<unknown>): Promise<ServiceError> {
  const error = await work.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ServiceError)) throw new Error(`expected a ServiceError, got ${error}`);
  return error;
}

describe.each(storeTargets)("e-mail on $name", (target) => {
  describe.skipIf(!target.available)("through a real SMTP server", () => {
    const current = freshOwnerEachTest(target);
    let inbox: SmtpInbox;
    beforeEach(async () => {
      inbox = await startSmtpInbox();
    });
    afterEach(() => inbox.close());

    it("sends the message with the résumé attached, then logs it", async () => {
      const { context } = current.clock;
      const maya = await arrange(context, inbox);

      const activity = await sendEmail(context, {
        personId: maya.id,
        subject,
        body,
        attachResume: true,
      });

      expect(inbox.received).toHaveLength(1);
      const [message] = inbox.received;
      expect(message?.from?.value).toEqual([{ name: "Jordan Lee", address: "jordan@example.com" }]);
      expect(message?.to).toMatchObject({
        value: [{ name: "Maya Chen", address: "maya@example.com" }],
      });
      expect(message?.subject).toBe(subject);
      expect(message?.text?.trim()).toBe(body);
      expect(message?.attachments).toHaveLength(1);
      expect(message?.attachments[0]?.filename).toBe("Jordan Lee résumé.pdf");
      expect(message?.attachments[0]?.contentType).toBe("application/pdf");
      expect(Buffer.compare(message?.attachments[0]?.content ?? Buffer.alloc(0), resumeBytes)).toBe(
        0,
      );

      expect(activity).toMatchObject({
        personId: maya.id,
        kind: "email_sent",
        channel: "email",
        occurredAt: "2026-11-22T09:00:00.000Z",
        detail: `Subject: ${subject}\n\n${body}`,
      });
      expect((await listActivities(context, maya.id)).map((entry) => entry.id)).toEqual([
        activity.id,
      ]);
    });

    it("logs a thank-you sent by e-mail as a thank-you, with the composer's text", async () => {
      const { context } = current.clock;
      const maya = await arrange(context, inbox);
      const activity = await sendEmail(context, {
        personId: maya.id,
        subject: "Thank you",
        body: "Thank you for your time today.",
        logAs: "thank_you_sent",
        logDetail: "Thank you for your time today.",
      });
      expect(activity).toMatchObject({
        kind: "thank_you_sent",
        channel: "email",
        detail: "Thank you for your time today.",
      });
      const refused = await failureOf(
        sendEmail(context, { personId: maya.id, subject, body, logAs: "call" }),
      );
      expect(refused.fields).toEqual({ logAs: "Choose what the e-mail was from the list" });
      expect(inbox.received).toHaveLength(1);
    });

    it("sends without the résumé unless asked", async () => {
      const { context } = current.clock;
      const maya = await arrange(context, inbox);
      await sendEmail(context, { personId: maya.id, subject, body });
      expect(inbox.received[0]?.attachments).toEqual([]);
    });

    it("says the password is wrong, never shows it, and logs nothing", async () => {
      const { context } = current.clock;
      const maya = await arrange(context, inbox, "not-the-password-42");
      const error = await failureOf(sendEmail(context, { personId: maya.id, subject, body }));
      expect(error.code).toBe("validation_failed");
      expect(error.message).toMatch(/refused the user name or password/);
      expect(error.fields?.password).toMatch(/app password/);
      expect(JSON.stringify({ message: error.message, fields: error.fields })).not.toContain(
        "not-the-password-42",
      );
      expect(inbox.received).toEqual([]);
      expect(await listActivities(context, maya.id)).toEqual([]);
    });

    it("says when the server cannot be reached, and when the security setting is wrong", async () => {
      const { context } = current.clock;
      const maya = await arrange(context, inbox);
      const draft = { personId: maya.id, subject, body };

      await saveSmtpAccount(context, {
        host: "127.0.0.1",
        port: inbox.port,
        security: "ssl",
        user: inbox.user,
      });
      const tls = await failureOf(sendEmail(context, draft));
      expect(tls.fields?.security).toMatch(/SSL\/TLS usually goes with port 465/);

      const closedPort = inbox.port;
      await inbox.close();
      inbox = await startSmtpInbox();
      await saveSmtpAccount(context, {
        host: "127.0.0.1",
        port: closedPort,
        security: "none",
        user: inbox.user,
      });
      const unreachable = await failureOf(sendEmail(context, draft));
      expect(unreachable.fields?.host).toBe(
        `Could not reach a mail server at 127.0.0.1:${closedPort}. Check the server name and port, and that this computer is online.`,
      );
      expect(await listActivities(context, maya.id)).toEqual([]);
    });

    it("never shows the password, even in the base64 or URL-encoded forms a hostile server echoes", async () => {
      const { context } = current.clock;
      await arrange(context, inbox);
      const password = "s3cret Pa55!/é+";
      for (const method of ["PLAIN", "LOGIN"] as const) {
        const hostile = await startHostileSmtp(method);
        try {
          await saveSmtpAccount(context, {
            host: "127.0.0.1",
            port: hostile.port,
            security: "none",
            user: "jordan",
            password,
          });
          const failure = await failureOf(sendTestMessage(context));
          const echoed = method === "PLAIN" ? "••• and •••" : "••• and ••• and jordan and •••";
          expect(failure.message).toBe(
            `The mail server would not take this message's addresses: 550 5.7.1 You said ${echoed}. Check the sender address and theirs.`,
          );
        } finally {
          await hostile.close();
        }
      }
    });

    it("sends a test message to the explorer's own address", async () => {
      const { context } = current.clock;
      await arrange(context, inbox);
      expect(await sendTestMessage(context)).toEqual({ sentTo: "jordan@example.com" });
      expect(inbox.received[0]?.to).toMatchObject({ value: [{ address: "jordan@example.com" }] });
      expect(inbox.received[0]?.subject).toBe("Rapport test message");
    });

    it("builds the same message as an .eml file, with the résumé, and logs nothing", async () => {
      const { context } = current.clock;
      const maya = await arrange(context, inbox);
      const eml = await composeEmlFile(context, {
        personId: maya.id,
        subject,
        body,
        attachResume: true,
      });
      expect(eml.fileName).toBe("email-to-maya-chen.eml");
      const parsed = await simpleParser(eml.bytes);
      expect(parsed.from?.text).toBe('"Jordan Lee" <jordan@example.com>');
      expect(parsed.to).toMatchObject({ text: '"Maya Chen" <maya@example.com>' });
      expect(parsed.subject).toBe(subject);
      expect(parsed.date?.toISOString()).toBe("2026-11-22T09:00:00.000Z");
      expect(Buffer.compare(parsed.attachments[0]?.content ?? Buffer.alloc(0), resumeBytes)).toBe(
        0,
      );
      expect(await listActivities(context, maya.id)).toEqual([]);
    });

    it("asks for the person's e-mail address when there is none", async () => {
      const { context } = current.clock;
      await arrange(context, inbox);
      const sam = await createPerson(context, { name: "Sam Ortiz" });
      const error = await failureOf(sendEmail(context, { personId: sam.id, subject, body }));
      expect(error.fields?.to).toBe(
        "Rapport has no e-mail address for Sam Ortiz. Add it to their details first.",
      );
      expect(inbox.received).toEqual([]);
    });

    it("keeps the SMTP password out of the database and out of backups", async () => {
      const { context } = current.clock;
      const maya = await arrange(context, inbox);
      await sendEmail(context, { personId: maya.id, subject, body });
      const backup = JSON.stringify(await createBackup(context));
      expect(backup).toContain("maya@example.com");
      expect(backup).not.toContain(inbox.password);
      expect(backup).not.toContain(inbox.user);
    });
  });
});
