import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServiceContext } from "../services/context.js";
import { openStore, type Store } from "../store/store.js";
import { createApp } from "./app.js";
import { jsonBodyLimitBytes } from "./body-limits.js";
import { type RunningServer, startServer } from "./start.js";

let store: Store;
let server: RunningServer;

beforeAll(async () => {
  store = await openStore("sqlite::memory:");
  server = await startServer({ context: createServiceContext(store), host: "127.0.0.1", port: 0 });
});
afterAll(async () => {
  await server.close();
  await store.close();
});

interface Answer {
  status: number;
  body: unknown;
  /** How much of the body had been handed to the socket when the answer arrived. */
  bytesSent: number;
}

/**
 * Sends `totalBytes` of a JSON string as the body, in 64 KB pieces, and stops sending as
 * soon as the server answers: a server that buffered everything first would only answer
 * after the last byte. `declaredLength` sends Content-Length; otherwise the body is chunked.
 */
function sendLargeBody(
  method: string,
  path: string,
  options: { totalBytes: number; declareLength: boolean; contentType?: string },
): Promise<Answer> {
  const piece = Buffer.alloc(64 * 1024, "a");
  return new Promise((resolve, reject) => {
    let bytesSent = 0;
    let answered = false;
    const outgoing = httpRequest(`${server.url}${path}`, {
      method,
      headers: {
        "content-type": options.contentType ?? "application/json",
        ...(options.declareLength ? { "content-length": String(options.totalBytes) } : {}),
      },
    });
    outgoing.on("response", (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        resolve({ status: response.statusCode ?? 0, body: JSON.parse(text), bytesSent });
        outgoing.destroy();
      });
    });
    // Writing after the server closed the connection is expected once it has answered.
    outgoing.on("error", (error) => {
      if (!answered) reject(error);
    });
    const writeMore = () => {
      while (!answered && bytesSent < options.totalBytes) {
        const size = Math.min(piece.length, options.totalBytes - bytesSent);
        const chunk = bytesSent === 0 ? Buffer.from(`"${"a".repeat(size - 1)}`) : piece;
        bytesSent += size;
        if (!outgoing.write(chunk.subarray(0, size))) {
          outgoing.once("drain", writeMore);
          return;
        }
      }
      if (!answered) outgoing.end();
    };
    writeMore();
  });
}

const gigabyte = 1024 * 1024 * 1024;
const jsonLimitMessage =
  "This request is larger than 512 KB, the most Rapport accepts here. Shorten the text and try again.";

describe("request body limits on a real server", () => {
  it("keeps JSON bodies to a few hundred KB", () => {
    expect(jsonBodyLimitBytes).toBe(512 * 1024);
  });

  it.each([
    ["with Content-Length", true],
    ["chunked, without a length", false],
  ])("answers 413 to 1 GB of JSON sent %s, before reading it all", async (_label, declared) => {
    const answer = await sendLargeBody("POST", "/api/people", {
      totalBytes: gigabyte,
      declareLength: declared,
    });
    expect(answer.status).toBe(413);
    expect(answer.body).toEqual({ error: { code: "too_large", message: jsonLimitMessage } });
    // The server answered long before the end; the socket buffers hold at most a few MB.
    expect(answer.bytesSent).toBeLessThan(64 * 1024 * 1024);
  });

  it("answers 413 on every route that takes JSON, not only the people", async () => {
    const answer = await sendLargeBody("PUT", "/api/settings/cadence", {
      totalBytes: jsonBodyLimitBytes + 1,
      declareLength: false,
    });
    expect(answer.status).toBe(413);
    expect(answer.body).toEqual({ error: { code: "too_large", message: jsonLimitMessage } });
  });

  it("keeps the file uploads' own larger limits, said in MB", async () => {
    const importAnswer = await sendLargeBody("POST", "/api/import/preview", {
      totalBytes: 50 * 1024 * 1024 + 1,
      declareLength: true,
      contentType: "text/csv",
    });
    expect(importAnswer.status).toBe(413);
    expect(importAnswer.body).toEqual({
      error: {
        code: "too_large",
        message: "That file is larger than 50 MB; split it and import the parts.",
        fields: { file: "That file is larger than 50 MB; split it and import the parts." },
      },
    });
    const resumeAnswer = await sendLargeBody("PUT", "/api/settings/resume?fileName=cv.pdf", {
      totalBytes: 6 * 1024 * 1024,
      declareLength: false,
      contentType: "application/pdf",
    });
    expect(resumeAnswer.status).toBe(413);
    expect(resumeAnswer.body).toEqual({
      error: {
        code: "too_large",
        message: "That file is larger than 5 MB. Save a smaller version (a PDF usually is).",
        fields: {
          file: "That file is larger than 5 MB. Save a smaller version (a PDF usually is).",
        },
      },
    });
  });

  it("still takes an upload above the JSON limit, and a normal request", async () => {
    const rows = ["First Name,Last Name,Notes"];
    for (let index = 0; index < 2_000; index += 1) {
      rows.push(`Person,Number${index},${"met at the fair; ".repeat(20)}`);
    }
    expect(rows.join("\n").length).toBeGreaterThan(jsonBodyLimitBytes);
    const preview = await fetch(`${server.url}/api/import/preview?format=google`, {
      method: "POST",
      headers: { "content-type": "text/csv" },
      body: rows.join("\n"),
    });
    expect(preview.status).toBe(200);
    const created = await fetch(`${server.url}/api/people`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "Ada Lovelace", notes: "x".repeat(20_000) }),
    });
    expect(created.status).toBe(201);
  });
});

describe("every route that reads a body has a limit", () => {
  it("answers 413 from each POST and PUT route to a body over the JSON limit", async () => {
    const app = createApp({ context: createServiceContext(store) });
    const uploads = new Set(["/api/import", "/api/import/preview", "/api/settings/resume"]);
    const changing = app.routes.filter(
      (route) => ["POST", "PUT", "PATCH"].includes(route.method) && !uploads.has(route.path),
    );
    expect(changing.length).toBeGreaterThan(20);
    const body = JSON.stringify({ text: "a".repeat(jsonBodyLimitBytes) });
    const statuses = new Map<string, number>();
    for (const route of new Map(
      changing.map((each) => [`${each.method} ${each.path}`, each]),
    ).values()) {
      const path = route.path.replace(/:[a-zA-Z]+/g, "some-id").replace("*", "x");
      const response = await app.request(`http://127.0.0.1:4477${path}`, {
        method: route.method,
        headers: { host: "127.0.0.1:4477", "content-type": "application/json" },
        body,
      });
      statuses.set(`${route.method} ${route.path}`, response.status);
    }
    const notRefused = [...statuses].filter(([, status]) => status !== 413);
    expect(notRefused).toEqual([]);
  });
});
