import { type ResumeInfo, resumeInfoSchema } from "../domain/resume.js";
import type { ServiceContext } from "./context.js";
import {
  readPrivateFile,
  readPrivateJson,
  removePrivateFile,
  writePrivateFile,
} from "./private-files.js";
import { checkResumeFile } from "./resume-file.js";
import { notFound, ServiceError } from "./service-error.js";

export async function getResume(context: ServiceContext): Promise<ResumeInfo | null> {
  return readPrivateJson(context, "resume.json", resumeInfoSchema);
}

/** Stores (or replaces) the résumé after checking its type and size. */
export async function saveResume(
  context: ServiceContext,
  upload: { fileName: string; bytes: Uint8Array },
): Promise<ResumeInfo> {
  const checked = checkResumeFile(upload.fileName, upload.bytes);
  if (!checked.ok) {
    throw new ServiceError("validation_failed", checked.message, { file: checked.message });
  }
  const info: ResumeInfo = {
    fileName: checked.fileName,
    contentType: checked.contentType,
    size: upload.bytes.length,
    uploadedAt: context.now().toISOString(),
  };
  // Bytes first: the metadata only ever describes a file that is fully written.
  await writePrivateFile(context, "resume.file", upload.bytes);
  await writePrivateFile(context, "resume.json", `${JSON.stringify(info, null, 2)}\n`);
  return info;
}

/** The résumé with its bytes, for a download or an attachment. */
export async function readResume(
  context: ServiceContext,
): Promise<{ info: ResumeInfo; bytes: Buffer }> {
  const info = await getResume(context);
  const bytes = info ? await readPrivateFile(context, "resume.file") : null;
  if (!info || !bytes) throw notFound("Your résumé");
  return { info, bytes };
}

export async function removeResume(context: ServiceContext): Promise<void> {
  // Metadata first, so a résumé is never listed without its file.
  await removePrivateFile(context, "resume.json");
  await removePrivateFile(context, "resume.file");
}
