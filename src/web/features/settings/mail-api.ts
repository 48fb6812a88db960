import type { Activity } from "../../../domain/activity.js";
import { fetchChecked, request } from "../../lib/api.js";

export const smtpSecurities = ["ssl", "starttls", "none"] as const;
export type SmtpSecurity = (typeof smtpSecurities)[number];

/** The SMTP account as the API shows it: the password never comes back, only whether one is set. */
export interface SmtpAccount {
  host: string;
  port: number;
  security: SmtpSecurity;
  user: string | null;
  fromAddress: string | null;
  passwordSet: boolean;
}

/** What the Settings form saves; a blank password keeps the saved one. */
export interface SmtpAccountDraft {
  host: string;
  port: string;
  security: SmtpSecurity;
  user: string;
  password: string;
  fromAddress: string;
}

export interface ResumeInfo {
  fileName: string;
  contentType: string;
  size: number;
  uploadedAt: string;
}

/** One e-mail from the composer, for the .eml download or sending via SMTP. */
export interface MailDraft {
  personId: string;
  subject: string;
  body: string;
  attachResume: boolean;
  /** What the log records once sent via SMTP (a thank-you is logged as one). */
  logAs?: "email_sent" | "thank_you_sent" | "update_sent";
  logDetail?: string | null;
}

/** The name from `Content-Disposition`, preferring the UTF-8 form. */
function downloadName(response: Response, fallback: string): string {
  const header = response.headers.get("content-disposition") ?? "";
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

/** The calls behind Settings → Résumé and Sending e-mail, and the composer's mail paths. */
export const mailApi = {
  getSmtpAccount: async () =>
    (await request<{ account: SmtpAccount | null }>("GET", "/api/settings/smtp")).account,
  saveSmtpAccount: async (draft: SmtpAccountDraft) =>
    (await request<{ account: SmtpAccount }>("PUT", "/api/settings/smtp", draft)).account,
  removeSmtpAccount: async () => {
    await request<{ ok: true }>("DELETE", "/api/settings/smtp");
  },
  sendTestMessage: () => request<{ sentTo: string }>("POST", "/api/settings/smtp/test"),

  getResume: async () =>
    (await request<{ resume: ResumeInfo | null }>("GET", "/api/settings/resume")).resume,
  /** The file is the raw body, as for imports; a résumé is small, so no progress bar. */
  uploadResume: async (file: File) => {
    const query = new URLSearchParams({ fileName: file.name.slice(0, 300) });
    const response = await fetchChecked(`/api/settings/resume?${query.toString()}`, {
      method: "PUT",
      headers: { "Content-Type": "application/octet-stream", Accept: "application/json" },
      body: file,
    });
    return ((await response.json()) as { resume: ResumeInfo }).resume;
  },
  removeResume: async () => {
    await request<{ ok: true }>("DELETE", "/api/settings/resume");
  },
  resumeDownloadPath: "/api/settings/resume/file",

  /** The message as an .eml file, for the browser to save. */
  downloadEml: async (draft: MailDraft) => {
    const response = await fetchChecked("/api/mail/eml", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(draft),
    });
    return { fileName: downloadName(response, "email.eml"), blob: await response.blob() };
  },
  /** Sends via SMTP; the answer is the log entry the server wrote once it was accepted. */
  sendEmail: async (draft: MailDraft) =>
    (await request<{ activity: Activity }>("POST", "/api/mail/send", draft)).activity,
};
