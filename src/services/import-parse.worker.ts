import { parentPort, workerData } from "node:worker_threads";
import { parseImport, UnsupportedFileError } from "../formats/import-contacts.js";
import type { ParseRequest, ParseResult } from "./import-parsing.js";

// One file per worker: read it, post the rows (or why it was refused), and end.
const request: ParseRequest = workerData;
let result: ParseResult;
try {
  result = { ok: true, parsed: parseImport(request.bytes, request.options) };
} catch (error) {
  result =
    error instanceof UnsupportedFileError
      ? { ok: false, refusal: error.message }
      : {
          ok: false,
          crash: error instanceof Error ? (error.stack ?? error.message) : String(error),
        };
}
parentPort?.postMessage(result);
