import type { FieldErrors } from "./validation.js";

/** Stable error codes every API error carries; clients branch on these, never on text. */
export type ApiErrorCode =
  | "validation_failed"
  | "not_found"
  | "conflict"
  | "too_large"
  | "storage_unavailable"
  | "forbidden_host"
  | "forbidden_origin"
  /** On the LAN listener (`rapport serve --lan`): this device is not paired, or was revoked. */
  | "not_paired"
  | "internal";

/** The one shape of every error body the API returns. */
export interface ApiErrorBody {
  error: {
    code: ApiErrorCode;
    message: string;
    fields?: FieldErrors;
    /** A per-row report, one line a problem (a refused restore). */
    report?: string[];
  };
}
