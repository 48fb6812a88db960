import { stat } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import { createBackup } from "./backup.service.js";
import { privateFolder } from "./private-files.js";
import { getResume, readResume, removeResume, saveResume } from "./resume.service.js";

const pdf = Buffer.from("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
const docx = Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(40, 1)]);

describe.each(storeTargets)("the résumé on $name", (target) => {
  describe.skipIf(!target.available)("in the private folder", () => {
    const current = freshOwnerEachTest(target);

    it("stores the file with its name, size and date, and replaces it", async () => {
      const { context, advance } = current.clock;
      expect(await getResume(context)).toBeNull();
      const first = await saveResume(context, { fileName: "C:\\Users\\me\\cv.pdf", bytes: pdf });
      expect(first).toEqual({
        fileName: "cv.pdf",
        contentType: "application/pdf",
        size: pdf.length,
        uploadedAt: "2026-11-22T09:00:00.000Z",
      });
      expect((await stat(join(privateFolder(context), "resume.file"))).mode & 0o777).toBe(0o600);
      expect((await stat(join(privateFolder(context), "resume.json"))).mode & 0o777).toBe(0o600);

      advance(60_000);
      await saveResume(context, { fileName: "Résumé 2026.docx", bytes: docx });
      const { info, bytes } = await readResume(context);
      expect(info).toMatchObject({ fileName: "Résumé 2026.docx", size: docx.length });
      expect(info.uploadedAt).toBe("2026-11-22T09:01:00.000Z");
      expect(Buffer.compare(bytes, docx)).toBe(0);
      expect(JSON.stringify(await createBackup(context))).not.toContain("Résumé 2026");
    });

    it("refuses what is not a résumé, and keeps the one it has", async () => {
      const { context } = current.clock;
      await saveResume(context, { fileName: "cv.pdf", bytes: pdf });
      await expect(
        saveResume(context, { fileName: "photo.jpg", bytes: Buffer.from([0xff, 0xd8]) }),
      ).rejects.toMatchObject({
        code: "validation_failed",
        fields: { file: "Choose a PDF, DOC, DOCX, ODT, RTF or TXT file for your résumé." },
      });
      await expect(
        saveResume(context, { fileName: "big.pdf", bytes: Buffer.alloc(5 * 1024 * 1024 + 1) }),
      ).rejects.toMatchObject({ fields: { file: expect.stringMatching(/larger than 5 MB/) } });
      expect(await getResume(context)).toMatchObject({ fileName: "cv.pdf" });
    });

    it("removes the file and its details", async () => {
      const { context } = current.clock;
      await saveResume(context, { fileName: "cv.pdf", bytes: pdf });
      await removeResume(context);
      expect(await getResume(context)).toBeNull();
      await expect(readResume(context)).rejects.toMatchObject({ code: "not_found" });
    });
  });
});
