import type { RestoreCounts } from "../../services/backup.service.js";
import type { ImportReport } from "../../services/import.service.js";
import { ApiError, errorFromAnswer } from "./api.js";

export type { ImportReport, RestoreCounts };

export type UploadPhase =
  /** The file is on its way; `fraction` is null when the browser cannot tell. */
  | { phase: "uploading"; fraction: number | null }
  /** Every byte arrived; the server is working. */
  | { phase: "saving" };

const unreachable =
  "Rapport's server is not answering. Check that it is still running, then try again.";

/**
 * Sends a file as the raw request body. XMLHttpRequest rather than fetch because only it
 * reports upload progress, which matters for a large LinkedIn zip.
 */
function postFile<T>(path: string, file: File, onPhase?: (phase: UploadPhase) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", path);
    request.setRequestHeader("Content-Type", "application/octet-stream");
    request.setRequestHeader("Accept", "application/json");
    request.upload.onprogress = (event) =>
      onPhase?.({
        phase: "uploading",
        fraction: event.lengthComputable ? event.loaded / event.total : null,
      });
    request.upload.onload = () => onPhase?.({ phase: "saving" });
    request.onerror = () => reject(new ApiError("network", unreachable, 0));
    request.onload = () => {
      let parsed: unknown = null;
      try {
        parsed = request.responseText ? JSON.parse(request.responseText) : null;
      } catch {
        parsed = null;
      }
      if (request.status >= 200 && request.status < 300) {
        resolve(parsed as T);
      } else {
        reject(errorFromAnswer(request.status, parsed));
      }
    };
    onPhase?.({ phase: "uploading", fraction: 0 });
    request.send(file);
  });
}

const importPath = (base: string, file: File) =>
  `${base}?${new URLSearchParams({ fileName: file.name.slice(0, 300) }).toString()}`;

/** What importing this file would do; nothing is written. */
export async function previewImport(file: File): Promise<ImportReport> {
  return (await postFile<{ report: ImportReport }>(importPath("/api/import/preview", file), file))
    .report;
}

/** Imports the file's valid rows, all in one transaction. */
export async function runImport(
  file: File,
  onPhase: (phase: UploadPhase) => void,
): Promise<ImportReport> {
  return (await postFile<{ report: ImportReport }>(importPath("/api/import", file), file, onPhase))
    .report;
}

/**
 * Restores a backup file; refuses a Rapport that holds data unless `replace` (answered 409),
 * and a file with problems with the per-row report (`ApiError.report`).
 */
export async function restoreBackupFile(
  file: File,
  replace: boolean,
  onPhase: (phase: UploadPhase) => void,
): Promise<RestoreCounts> {
  const path = `/api/restore${replace ? "?replace=true" : ""}`;
  return (await postFile<{ restored: RestoreCounts }>(path, file, onPhase)).restored;
}
