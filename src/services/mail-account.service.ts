import { z } from "zod";
import { optionalEmail, optionalText } from "../domain/text-fields.js";
import { validate } from "../domain/validation.js";
import type { ServiceContext } from "./context.js";
import { readPrivateJson, removePrivateFile, writePrivateFile } from "./private-files.js";
import { validationFailed } from "./service-error.js";

export const smtpSecurities = ["ssl", "starttls", "none"] as const;
export type SmtpSecurity = (typeof smtpSecurities)[number];

/** The SMTP account as kept in `private/<owner>/smtp.json`: never in the database. */
const storedAccountSchema = z.object({
  host: z.string(),
  port: z.number(),
  security: z.enum(smtpSecurities),
  user: z.string().nullable(),
  password: z.string().nullable(),
  fromAddress: z.string().nullable(),
});
export type SmtpAccount = z.infer<typeof storedAccountSchema>;

/** What the API shows: everything but the password, and whether one is saved. */
export type SmtpAccountView = Omit<SmtpAccount, "password"> & { passwordSet: boolean };

const hostPattern = /^[A-Za-z0-9.-]+$|^\[[0-9A-Fa-f:.]+\]$/;

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

export function viewOf(account: SmtpAccount): SmtpAccountView {
  const { password, ...rest } = account;
  return { ...rest, passwordSet: Boolean(password) };
}

/** The saved account with its password, for sending; null when none is set up. */
export async function readSmtpAccount(context: ServiceContext): Promise<SmtpAccount | null> {
  return readPrivateJson(context, "smtp.json", storedAccountSchema);
}

export async function getSmtpAccount(context: ServiceContext): Promise<SmtpAccountView | null> {
  const account = await readSmtpAccount(context);
  return account ? viewOf(account) : null;
}

/** Saves the account; a blank password keeps the one saved before. */
export async function saveSmtpAccount(
  context: ServiceContext,
  draft: unknown,
): Promise<SmtpAccountView> {
  const input = validate(smtpAccountInputSchema, draft);
  if (!input.ok) throw validationFailed(input.fields);
  const previous = await readSmtpAccount(context);
  const account: SmtpAccount = {
    ...input.value,
    password: input.value.user ? (input.value.password ?? previous?.password ?? null) : null,
  };
  if (account.user && !account.password) {
    throw validationFailed({ password: "Enter the password for this user name" });
  }
  await writePrivateFile(context, "smtp.json", `${JSON.stringify(account, null, 2)}\n`);
  return viewOf(account);
}

export async function removeSmtpAccount(context: ServiceContext): Promise<void> {
  await removePrivateFile(context, "smtp.json");
}
