import nodemailer from "nodemailer";
import type { Activity } from "../domain/activity.js";
import type { SmtpAccount } from "../domain/mail-account.js";
import { type MailInput, mailDraftSchema } from "../domain/mail-draft.js";
import { validate } from "../domain/validation.js";
import { composeEml, mailOptions, type OutgoingMessage } from "../formats/eml-message.js";
import { logActivity } from "./activities.service.js";
import type { ServiceContext } from "./context.js";
import { readSmtpAccount } from "./mail-account.service.js";
import { explainSmtpFailure } from "./mail-errors.js";
import { getPerson } from "./people.service.js";
import { readResume } from "./resume.service.js";
import { ServiceError, validationFailed } from "./service-error.js";

/** The e-mail as it will go out: from the explorer (or the SMTP sender) to the person. */
async function buildMessage(
  context: ServiceContext,
  draft: unknown,
  account: SmtpAccount | null,
): Promise<{ message: OutgoingMessage; input: MailInput; personName: string }> {
  const input = validate(mailDraftSchema, draft);
  if (!input.ok) throw validationFailed(input.fields);
  const person = await getPerson(context, input.value.personId);
  if (!person.email) {
    throw validationFailed({
      to: `Rapport has no e-mail address for ${person.name}. Add it to their details first.`,
    });
  }
  const profile = await context.store.profile.get(context.ownerId);
  const fromAddress = account?.fromAddress ?? profile.email;
  if (!fromAddress) {
    throw validationFailed({
      from: "Add your own e-mail address in Settings (About you), so the message says who it is from.",
    });
  }
  const resume = input.value.attachResume ? await readResume(context) : null;
  const message: OutgoingMessage = {
    from: { name: profile.name, address: fromAddress },
    to: { name: person.name, address: person.email },
    subject: input.value.subject,
    text: input.value.body,
    date: context.now(),
    ...(resume
      ? {
          attachment: {
            fileName: resume.info.fileName,
            contentType: resume.info.contentType,
            content: resume.bytes,
          },
        }
      : {}),
  };
  return { message, input: input.value, personName: person.name };
}

/** A file name from the person's name, safe on every system. */
function emlFileName(personName: string): string {
  const slug = personName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return `email-to-${slug || "contact"}.eml`;
}

/** The message as an .eml file; nothing is logged (the user confirms it went out). */
export async function composeEmlFile(
  context: ServiceContext,
  draft: unknown,
): Promise<{ fileName: string; bytes: Buffer }> {
  const { message, personName } = await buildMessage(
    context,
    draft,
    await readSmtpAccount(context),
  );
  return { fileName: emlFileName(personName), bytes: await composeEml(message) };
}

async function requireSmtpAccount(context: ServiceContext): Promise<SmtpAccount> {
  const account = await readSmtpAccount(context);
  if (!account) {
    throw new ServiceError(
      "conflict",
      "No SMTP account is set up. Add one in Settings → Sending e-mail.",
    );
  }
  return account;
}

/** One SMTP conversation; failures come back as what to fix, never with the password. */
async function deliver(account: SmtpAccount, message: OutgoingMessage): Promise<void> {
  const transport = nodemailer.createTransport({
    host: account.host,
    port: account.port,
    secure: account.security === "ssl",
    requireTLS: account.security === "starttls",
    ignoreTLS: account.security === "none",
    ...(account.user ? { auth: { user: account.user, pass: account.password ?? "" } } : {}),
    // A wrong host should fail within seconds, not leave the button spinning for minutes.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
    logger: false,
    debug: false,
  });
  try {
    await transport.sendMail(mailOptions(message));
  } catch (error) {
    throw explainSmtpFailure(error, account);
  } finally {
    transport.close();
  }
}

/**
 * Sends the e-mail through the explorer's SMTP account and, once the server has accepted
 * it, logs it: this is the one path where Rapport sees the message go out.
 */
export async function sendEmail(context: ServiceContext, draft: unknown): Promise<Activity> {
  const account = await requireSmtpAccount(context);
  const { message, input } = await buildMessage(context, draft, account);
  await deliver(account, message);
  return logActivity(context, input.personId, {
    kind: input.logAs,
    channel: "email",
    occurredAt: message.date.toISOString(),
    detail: input.logDetail ?? `Subject: ${message.subject}\n\n${message.text}`,
  });
}

/** A short message to the explorer's own address, to prove the settings work. */
export async function sendTestMessage(context: ServiceContext): Promise<{ sentTo: string }> {
  const account = await requireSmtpAccount(context);
  const profile = await context.store.profile.get(context.ownerId);
  const address = account.fromAddress ?? profile.email;
  if (!address) {
    throw validationFailed({
      fromAddress: "Enter the sender address (your e-mail) so the test has somewhere to go",
    });
  }
  await deliver(account, {
    from: { name: profile.name ?? "Rapport", address },
    to: { name: profile.name ?? "", address },
    subject: "Rapport test message",
    text: "This is a test from Rapport. Your SMTP settings work: Rapport can now send your e-mails and log them for you.",
    date: context.now(),
  });
  return { sentTo: address };
}
