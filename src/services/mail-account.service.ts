import {
  type SmtpAccount,
  type SmtpAccountView,
  smtpAccountInputSchema,
  storedSmtpAccountSchema,
} from "../domain/mail-account.js";
import { validate } from "../domain/validation.js";
import type { ServiceContext } from "./context.js";
import { readPrivateJson, removePrivateFile, writePrivateFile } from "./private-files.js";
import { validationFailed } from "./service-error.js";

export function viewOf(account: SmtpAccount): SmtpAccountView {
  const { password, ...rest } = account;
  return { ...rest, passwordSet: Boolean(password) };
}

/** The saved account with its password, for sending; null when none is set up. */
export async function readSmtpAccount(context: ServiceContext): Promise<SmtpAccount | null> {
  return readPrivateJson(context, "smtp.json", storedSmtpAccountSchema);
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
