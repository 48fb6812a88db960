import type { SmtpAccount } from "../domain/mail-account.js";
import type { FieldErrors } from "../domain/validation.js";
import { ServiceError } from "./service-error.js";

/** The parts of a nodemailer error we read; everything is optional because anything can throw. */
interface SmtpFailure {
  code?: unknown;
  message?: unknown;
  response?: unknown;
}

const text = (value: unknown) => (typeof value === "string" ? value : "");

const tlsWords = /\b(ssl|tls|certificate|wrong version number|self[- ]signed|handshake)\b/i;
const unreachableCodes = new Set(["ECONNECTION", "ETIMEDOUT", "EDNS", "ECONNREFUSED", "ENOTFOUND"]);

const base64 = (value: string) => Buffer.from(value, "utf8").toString("base64");

/**
 * Every form in which the password travels or could be echoed back: as typed, URL-encoded,
 * and base64 (with and without padding, and URL-safe) of what AUTH LOGIN sends (the user
 * name, the password) and of what AUTH PLAIN sends ("\0user\0password", with or without
 * the authorization identity). Longest first, so a longer form is blanked whole.
 */
function secretForms({ user, password }: SmtpAccount): string[] {
  if (!password) return [];
  const name = user ?? "";
  const sent = [password, `\0${name}\0${password}`, `${name}\0${name}\0${password}`];
  const encodings = (value: string) => {
    const padded = base64(value);
    const unpadded = padded.replace(/=+$/, "");
    return [padded, unpadded, unpadded.replaceAll("+", "-").replaceAll("/", "_")];
  };
  const forms = sent.flatMap((value) => [value, ...encodings(value), encodeURIComponent(value)]);
  if (name) forms.push(...encodings(name));
  return [...new Set(forms)].filter(Boolean).sort((first, second) => second.length - first.length);
}

/** The server's own words, shortened, with the password blanked in every form it could take. */
function serverSaid(failure: SmtpFailure, account: SmtpAccount): string {
  let said = text(failure.response) || text(failure.message);
  for (const form of secretForms(account)) said = said.split(form).join("•••");
  said = said
    .replace(/\s+/g, " ")
    .replace(/[.\s]+$/, "")
    .trim();
  return said.length > 200 ? `${said.slice(0, 200)}…` : said;
}

function failed(message: string, fields: FieldErrors): ServiceError {
  return new ServiceError("validation_failed", message, fields);
}

/**
 * Turns a failed SMTP conversation into what the user should fix, with the setting it is
 * about as the field. The password never appears: messages are ours, and the server's reply
 * is blanked of it.
 */
export function explainSmtpFailure(error: unknown, account: SmtpAccount): ServiceError {
  const failure: SmtpFailure = typeof error === "object" && error !== null ? error : {};
  const code = text(failure.code);
  const where = `${account.host}:${account.port}`;
  const detail = `${text(failure.message)} ${text(failure.response)}`;

  if (code === "EAUTH") {
    const message = `The mail server refused the user name or password. Check both; some providers (Gmail, Outlook, iCloud) need an app password instead of your usual one.`;
    return failed(message, { password: message });
  }
  if (code === "ETLS" || tlsWords.test(detail)) {
    const message = `The secure connection to ${where} did not work. Check "Security": SSL/TLS usually goes with port 465, STARTTLS with port 587.`;
    return failed(message, { security: message });
  }
  if (unreachableCodes.has(code) || code === "ESOCKET") {
    const message = `Could not reach a mail server at ${where}. Check the server name and port, and that this computer is online.`;
    return failed(message, { host: message });
  }
  if (code === "EENVELOPE") {
    return failed(
      `The mail server would not take this message's addresses: ${serverSaid(failure, account)}. Check the sender address and theirs.`,
      {},
    );
  }
  const said = serverSaid(failure, account);
  return failed(
    `The mail server did not accept the message${said ? `: ${said}.` : "."} Check your SMTP settings, or try again later.`,
    {},
  );
}
