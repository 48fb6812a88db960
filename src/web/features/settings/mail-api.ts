import type { SmtpAccountDraft } from "../../../domain/mail-account.js";
import type { MailDraft } from "../../../domain/mail-draft.js";
import { answered, api, unwrap } from "../../lib/api-client.js";

/** The name from `Content-Disposition`, preferring the UTF-8 form. */
function downloadName(response: Response, fallback: string): string {
  const header = response.headers.get("content-disposition") ?? "";
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

const smtp = api.settings.smtp;
const resume = api.settings.resume;

/** The calls behind Settings → Résumé and Sending e-mail, and the composer's mail paths. */
export const mailApi = {
  getSmtpAccount: async () => (await unwrap(smtp.$get())).account,
  saveSmtpAccount: async (draft: SmtpAccountDraft) =>
    (await unwrap(smtp.$put({ json: draft }))).account,
  removeSmtpAccount: async () => {
    await unwrap(smtp.$delete());
  },
  sendTestMessage: () => unwrap(smtp.test.$post()),

  getResume: async () => (await unwrap(resume.$get())).resume,
  /** The file is the raw body, as for imports; a résumé is small, so no progress bar. */
  uploadResume: async (file: File) =>
    (
      await unwrap(
        resume.$put(
          { query: { fileName: file.name.slice(0, 300) } },
          { headers: { "Content-Type": "application/octet-stream" }, init: { body: file } },
        ),
      )
    ).resume,
  removeResume: async () => {
    await unwrap(resume.$delete());
  },
  resumeDownloadPath: "/api/settings/resume/file",

  /** The message as an .eml file, for the browser to save. */
  downloadEml: async (draft: MailDraft) => {
    const response = await answered(api.mail.eml.$post({ json: draft }));
    return { fileName: downloadName(response, "email.eml"), blob: await response.blob() };
  },
  /** Sends via SMTP; the answer is the log entry the server wrote once it was accepted. */
  sendEmail: async (draft: MailDraft) =>
    (await unwrap(api.mail.send.$post({ json: draft }))).activity,
};
