import type { InferResponseType } from "hono/client";
import { ApiError, errorFromAnswer, unreachableMessage } from "./api.js";
import type { api } from "./api-client.js";

type ImportAnswer = InferResponseType<typeof api.import.preview.$post, 200>;
type RestoreAnswer = InferResponseType<typeof api.restore.$post, 200>;
/** What importing a file would do or did, row by row: the import route's own answer type. */
export type ImportReport = ImportAnswer["report"];
/** Rows restored per table: the restore route's own answer type. */
export type RestoreCounts = RestoreAnswer["restored"];

export type UploadPhase =
  /** The file is on its way; `fraction` is null when the browser cannot tell. */
  | { phase: "uploading"; fraction: number | null }
  /** Every byte arrived; the server is working. */
  | { phase: "saving" };

/**
 * Sends a file as the raw request body. XMLHttpRequest rather than fetch (and so not the
 * typed client) because only it reports upload progress, which matters for a large
 * LinkedIn zip; the answer's type `T` is the route's own, and errors map as `unwrap`'s do.
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
    request.onerror = () => reject(new ApiError("network", unreachableMessage, 0));
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
  return (await postFile<ImportAnswer>(importPath("/api/import/preview", file), file)).report;
}

/** Imports the file's valid rows, all in one transaction. */
export async function runImport(
  file: File,
  onPhase: (phase: UploadPhase) => void,
): Promise<ImportReport> {
  return (await postFile<ImportAnswer>(importPath("/api/import", file), file, onPhase)).report;
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
  return (await postFile<RestoreAnswer>(path, file, onPhase)).restored;
}
