import { Hono } from "hono";
import { z } from "zod";
import type { ApiErrorBody } from "../../domain/api-error.js";
import { backupLimits } from "../../domain/backup-check.js";
import { formatByteSize } from "../../domain/byte-size.js";
import {
  createBackup,
  RestoreRejected,
  restoreBackup,
  restoreRefused,
} from "../../services/backup.service.js";
import { exportPeople } from "../../services/export.service.js";
import { previewImport, runImport } from "../../services/import.service.js";
import { limitUpload } from "../body-limits.js";
import type { AppEnv } from "../request-context.js";
import { validated } from "../validate.js";

const importQuery = z.object({
  format: z.enum(["linkedin", "google", "vcard"]).optional(),
  fileName: z.string().max(300).optional(),
});

// LinkedIn's largest exports are a few megabytes; this leaves room without inviting abuse.
const maximumUpload = 50 * 1024 * 1024;
const limitImportFile = limitUpload(
  maximumUpload,
  `That file is larger than ${formatByteSize(maximumUpload)}; split it and import the parts.`,
);

/** The file is the raw request body, so the browser can send it without encoding. */
export function importRoutes() {
  return new Hono<AppEnv>()
    .post("/preview", limitImportFile, validated("query", importQuery), async (c) => {
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      return c.json({
        report: await previewImport(c.var.context, { bytes, ...c.req.valid("query") }),
      });
    })
    .post("/", limitImportFile, validated("query", importQuery), async (c) => {
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      return c.json({ report: await runImport(c.var.context, { bytes, ...c.req.valid("query") }) });
    });
}

const restoreQuery = z.object({ replace: z.enum(["true", "false"]).optional() });

const limitBackup = limitUpload(
  backupLimits.bytes,
  `That file is larger than ${formatByteSize(backupLimits.bytes)}; Rapport restores backups of at most that size.`,
);

/**
 * The backup file is the raw request body. A refusal answers 400 with the per-row report
 * (`report`: one line a problem), the same lines `rapport restore` prints.
 */
export function restoreRoutes() {
  return new Hono<AppEnv>().post("/", limitBackup, validated("query", restoreQuery), async (c) => {
    try {
      const text = await c.req.text();
      let document: unknown;
      try {
        document = JSON.parse(text);
      } catch {
        throw restoreRefused(
          "This file is not JSON, so it is not a Rapport backup. Choose the .json file Rapport's backup download saved.",
        );
      }
      const replace = c.req.valid("query").replace === "true";
      return c.json({ restored: await restoreBackup(c.var.context, document, { replace }) });
    } catch (error) {
      if (!(error instanceof RestoreRejected)) throw error;
      const body = {
        error: { code: error.code, message: error.message, report: error.reportLines() },
      } satisfies ApiErrorBody;
      return c.json(body, 400);
    }
  });
}

function attachment(fileName: string, contentType: string) {
  return {
    "content-type": contentType,
    "content-disposition": `attachment; filename="${fileName}"`,
  };
}

export function exportRoutes() {
  return new Hono<AppEnv>()
    .get("/people.csv", async (c) =>
      c.body(
        await exportPeople(c.var.context, "csv"),
        200,
        attachment("rapport-people.csv", "text/csv; charset=utf-8"),
      ),
    )
    .get("/people.vcf", async (c) =>
      c.body(
        await exportPeople(c.var.context, "vcard"),
        200,
        attachment("rapport-people.vcf", "text/vcard; charset=utf-8"),
      ),
    )
    .get("/backup.json", async (c) => {
      const backup = await createBackup(c.var.context);
      const day = backup.exportedAt.slice(0, 10);
      return c.body(
        `${JSON.stringify(backup, null, 2)}\n`,
        200,
        attachment(`rapport-backup-${day}.json`, "application/json"),
      );
    });
}
