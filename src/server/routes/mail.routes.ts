import { Hono } from "hono";
import type { MailDraft } from "../../domain/mail-draft.js";
import { composeEmlFile, sendEmail } from "../../services/mail.service.js";
import type { AppEnv } from "../request-context.js";
import { jsonBody } from "../validate.js";

/** `Content-Disposition` for a download whose name may carry accents (RFC 6266). */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** The composer's two e-mail paths: an .eml to open in a mail app, and sending via SMTP. */
export function mailRoutes() {
  return new Hono<AppEnv>()
    .post("/eml", jsonBody<MailDraft>(), async (c) => {
      const eml = await composeEmlFile(c.var.context, c.req.valid("json"));
      return c.body(new Uint8Array(eml.bytes), 200, {
        "content-type": "message/rfc822",
        "content-disposition": attachmentDisposition(eml.fileName),
      });
    })
    .post("/send", jsonBody<MailDraft>(), async (c) =>
      c.json({ activity: await sendEmail(c.var.context, c.req.valid("json")) }),
    );
}
