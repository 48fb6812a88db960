import { Hono } from "hono";
import { z } from "zod";
import { formatByteSize } from "../../domain/byte-size.js";
import type { SmtpAccountDraft } from "../../domain/mail-account.js";
import { sendTestMessage } from "../../services/mail.service.js";
import {
  getSmtpAccount,
  removeSmtpAccount,
  saveSmtpAccount,
} from "../../services/mail-account.service.js";
import { getResume, readResume, removeResume, saveResume } from "../../services/resume.service.js";
import { maximumResumeBytes } from "../../services/resume-file.js";
import { limitUpload } from "../body-limits.js";
import type { AppEnv } from "../request-context.js";
import { jsonBody, validated } from "../validate.js";
import { attachmentDisposition } from "./mail.routes.js";

/**
 * The SMTP account. The password goes in and never comes out: every answer is the view
 * with `passwordSet`.
 */
export function smtpSettingsRoutes() {
  return new Hono<AppEnv>()
    .get("/", async (c) => c.json({ account: await getSmtpAccount(c.var.context) }))
    .put("/", jsonBody<SmtpAccountDraft>(), async (c) =>
      c.json({ account: await saveSmtpAccount(c.var.context, c.req.valid("json")) }),
    )
    .delete("/", async (c) => {
      await removeSmtpAccount(c.var.context);
      return c.json({ ok: true });
    })
    .post("/test", async (c) => c.json(await sendTestMessage(c.var.context)));
}

const uploadQuery = z.object({
  fileName: z.string({ error: "Send the file's name" }).min(1).max(300),
});

const limitResumeFile = limitUpload(
  maximumResumeBytes,
  `That file is larger than ${formatByteSize(maximumResumeBytes)}. Save a smaller version (a PDF usually is).`,
);

/** The résumé: the file is the raw request body, as for imports. */
export function resumeRoutes() {
  return new Hono<AppEnv>()
    .get("/", async (c) => c.json({ resume: await getResume(c.var.context) }))
    .put("/", limitResumeFile, validated("query", uploadQuery), async (c) => {
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const resume = await saveResume(c.var.context, {
        fileName: c.req.valid("query").fileName,
        bytes,
      });
      return c.json({ resume });
    })
    .get("/file", async (c) => {
      const { info, bytes } = await readResume(c.var.context);
      return c.body(new Uint8Array(bytes), 200, {
        "content-type": info.contentType,
        "content-disposition": attachmentDisposition(info.fileName),
      });
    })
    .delete("/", async (c) => {
      await removeResume(c.var.context);
      return c.json({ ok: true });
    });
}
