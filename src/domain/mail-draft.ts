import { z } from "zod";
import { optionalText, requiredText } from "./text-fields.js";

/** Log entries an e-mail can be: the first touch (or a confirmation), a thank-you, an update. */
export const sentByEmailKinds = ["email_sent", "thank_you_sent", "update_sent"] as const;

/** What the composer sends to download or send an e-mail to one person. */
export const mailDraftSchema = z.object({
  personId: z.string({ error: "Choose whom to write to" }).min(1).max(100),
  subject: requiredText("A subject", 300),
  body: requiredText("The message", 50_000),
  attachResume: z.boolean({ error: "Say whether to attach your résumé" }).default(false),
  /** How the log records it when sent via SMTP: a thank-you is logged as one. */
  logAs: z
    .enum(sentByEmailKinds, { error: "Choose what the e-mail was from the list" })
    .default("email_sent"),
  /** The log entry's text; by default the subject and the message. */
  logDetail: optionalText("The log entry", 20_000),
});
export type MailDraft = z.input<typeof mailDraftSchema>;
export type MailInput = z.output<typeof mailDraftSchema>;
