import { z } from "zod";
import { optionalEmail, optionalText } from "./text-fields.js";

export const smtpSecurities = ["ssl", "starttls", "none"] as const;
export type SmtpSecurity = (typeof smtpSecurities)[number];

/** The SMTP account as kept in `private/<owner>/smtp.json`: never in the database. */
export const storedSmtpAccountSchema = z.object({
  host: z.string(),
  port: z.number(),
  security: z.enum(smtpSecurities),
  user: z.string().nullable(),
  password: z.string().nullable(),
  fromAddress: z.string().nullable(),
});
export type SmtpAccount = z.infer<typeof storedSmtpAccountSchema>;

/** What the API shows: everything but the password, and whether one is saved. */
export type SmtpAccountView = Omit<SmtpAccount, "password"> & { passwordSet: boolean };

const hostPattern = /^[A-Za-z0-9.-]+$|^\[[0-9A-Fa-f:.]+\]$/;

/** What Settings → Sending e-mail saves; an empty password keeps the one saved before. */
export const smtpAccountInputSchema = z.object({
  host: z
    .string({ error: "Enter your mail server's name, like smtp.example.com" })
    .trim()
    .min(1, { error: "Enter your mail server's name, like smtp.example.com" })
    .max(253, { error: "That server name is too long" })
    .regex(hostPattern, {
      error: "Enter only the server's name, like smtp.example.com (no http:// or spaces)",
    }),
  port: z.coerce
    .number({ error: "Enter the port number your provider gives (often 465 or 587)" })
    .int({ error: "Enter the port as a whole number (often 465 or 587)" })
    .min(1, { error: "Enter the port number your provider gives (often 465 or 587)" })
    .max(65535, { error: "Ports go up to 65535; check the number your provider gives" }),
  security: z.enum(smtpSecurities, { error: "Choose how the connection is secured" }),
  user: optionalText("The user name", 320),
  // Empty means "keep the password already saved".
  password: optionalText("The password", 1000),
  fromAddress: optionalEmail("The sender address"),
});
export type SmtpAccountDraft = z.input<typeof smtpAccountInputSchema>;
