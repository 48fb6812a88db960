import { Worker } from "node:worker_threads";
import {
  type ParsedImport,
  type ParseImportOptions,
  parseImport,
  UnsupportedFileError,
} from "../formats/import-contacts.js";
import { defaultImportLimits, fileTooLargeError } from "../formats/import-limits.js";
import { ServiceError } from "./service-error.js";

/** What the worker is given: the file and the options that can cross a thread (no callbacks). */
export interface ParseRequest {
  bytes: Uint8Array;
  options: Omit<ParseImportOptions, "onProgress">;
}

export type ParseResult =
  | { ok: true; parsed: ParsedImport }
  | { ok: false; refusal: string }
  | { ok: false; crash: string };

/** How long and how much memory reading one file may take off the request thread. */
export interface ParseBounds {
  seconds: number;
  memoryMegabytes: number;
}

// Linear parsing reads the largest allowed file (50 MB) in a few seconds; these leave a wide margin.
export const defaultParseBounds: ParseBounds = { seconds: 60, memoryMegabytes: 1024 };

const workerFile = new URL("./import-parse.worker.js", import.meta.url);
// Under Vitest this module is TypeScript source, which a worker thread on Node 20 cannot
// load, so the tests parse on the calling thread; the built server and CLI always use the
// worker (test/import-off-thread.test.ts checks the built code).
const runsFromBuild = import.meta.url.endsWith(".js");

// One file is read at a time, so many uploads at once cannot each claim a worker's memory.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Parses an import in a worker thread, so the server goes on answering other requests
 * while a large file is read, and a file that would run past `bounds` is stopped there
 * (the thread is ended; the process is not). Refusals are UnsupportedFileErrors whose
 * message names the limit.
 */
export function parseImportOffThread(
  request: ParseRequest,
  bounds: ParseBounds = defaultParseBounds,
): Promise<ParsedImport> {
  const run = () =>
    runsFromBuild
      ? parseInWorker(request, bounds)
      : Promise.resolve(parseImport(request.bytes, request.options));
  const parsed = queue.then(run, run);
  queue = parsed.catch(() => undefined);
  return parsed;
}

function tookTooLong(bounds: ParseBounds): UnsupportedFileError {
  return new UnsupportedFileError(
    `Reading this file took longer than ${bounds.seconds} seconds, the most Rapport allows for one file: split it and import the parts.`,
  );
}

function neededTooMuchMemory(bounds: ParseBounds): UnsupportedFileError {
  return new UnsupportedFileError(
    `Reading this file needed more than ${bounds.memoryMegabytes} MB of memory, the most Rapport allows for one file: split it and import the parts.`,
  );
}

function parseInWorker(request: ParseRequest, bounds: ParseBounds): Promise<ParsedImport> {
  // A copy, so the caller's buffer (which may be a slice of a pooled Buffer) stays usable.
  const bytes = request.bytes.slice();
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, {
      workerData: { bytes, options: request.options } satisfies ParseRequest,
      transferList: [bytes.buffer],
      resourceLimits: { maxOldGenerationSizeMb: bounds.memoryMegabytes },
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
      void worker.terminate();
    };
    const timer = setTimeout(
      () => settle(() => reject(tookTooLong(bounds))),
      bounds.seconds * 1000,
    );
    worker.once("message", (result: ParseResult) =>
      settle(() => {
        if (result.ok) resolve(result.parsed);
        else if ("refusal" in result) reject(new UnsupportedFileError(result.refusal));
        else reject(new Error(`Reading the import failed: ${result.crash}`));
      }),
    );
    worker.once("error", (error: Error & { code?: string }) =>
      settle(() =>
        reject(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? neededTooMuchMemory(bounds) : error),
      ),
    );
    worker.once("exit", (code) =>
      settle(() => reject(new Error(`Reading the import stopped (worker exit code ${code}).`))),
    );
  });
}

/**
 * Refuses a file past the import size limit before it is read into memory: the CLI reads
 * a file whole, and a file of gigabytes would fail there with a raw message.
 */
export function refuseOversizedImport(size: number): void {
  if (size > defaultImportLimits.fileBytes) {
    const { message } = fileTooLargeError(defaultImportLimits);
    throw new ServiceError("validation_failed", message, { file: message });
  }
}
