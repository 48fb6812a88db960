import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "./e2e/harness.js";

// The built code, as users run it: under Vitest the sources parse on the calling thread
// (see services/import-parsing.ts). Needs `npm run build:server` (npm test builds first).
const root = new URL("..", import.meta.url).pathname;
const builtParsing = join(root, "dist/services/import-parsing.js");

function vcardFile(cards: number): Uint8Array {
  const text = Array.from(
    { length: cards },
    (_, index) =>
      `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person ${index}\r\nEMAIL:p${index}@example.com\r\nEND:VCARD\r\n`,
  ).join("");
  return new TextEncoder().encode(text);
}

interface BuiltParsing {
  parseImportOffThread(
    request: { bytes: Uint8Array; options: object },
    bounds?: { seconds: number; memoryMegabytes: number },
  ): Promise<{ rows: unknown[] }>;
}

async function loadBuiltParsing(): Promise<BuiltParsing> {
  expect(existsSync(builtParsing), "run `npm run build:server` first").toBe(true);
  return import(builtParsing);
}

describe("imports are read off the request thread", () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app.stop());

  it("answers other requests while a large file is parsed", async () => {
    const order: string[] = [];
    const importDone = fetch(`${app.url}/api/import/preview?fileName=big.vcf`, {
      method: "POST",
      headers: { Origin: app.url },
      body: vcardFile(30_000),
    }).then(async (response) => {
      order.push(`import ${response.status}`);
      return response.json();
    });
    // Twenty round trips one after another, each a few milliseconds when the server is free;
    // with parsing on the request thread they queue behind the whole file.
    for (let request = 0; request < 20; request += 1) {
      const response = await fetch(`${app.url}/api/health`);
      order.push(`health ${response.status}`);
    }
    const body = await importDone;
    expect(order).toEqual([...Array.from({ length: 20 }, () => "health 200"), "import 200"]);
    expect(body).toMatchObject({ report: { format: "vcard", counts: { add: 30_000 } } });
  });
});

describe("reading one file is bounded in time and memory", () => {
  it("stops a parse that runs past its time and says the limit", async () => {
    const { parseImportOffThread } = await loadBuiltParsing();
    await expect(
      parseImportOffThread(
        { bytes: vcardFile(30_000), options: {} },
        { seconds: 0.2, memoryMegabytes: 1024 },
      ),
    ).rejects.toThrow(
      "Reading this file took longer than 0.2 seconds, the most Rapport allows for one file: split it and import the parts.",
    );
  });

  it("stops a parse that needs more memory than allowed, and the process goes on", async () => {
    const { parseImportOffThread } = await loadBuiltParsing();
    const row =
      "Ada,Lovelace,1 Jan 2024,Analytical Engines, a long position title to fill memory\n";
    const bytes = new TextEncoder().encode(
      `First Name,Last Name,Connected On,Company,Position\n${row.repeat(90_000)}`,
    );
    await expect(
      parseImportOffThread({ bytes, options: {} }, { seconds: 60, memoryMegabytes: 16 }),
    ).rejects.toThrow(
      "Reading this file needed more than 16 MB of memory, the most Rapport allows for one file: split it and import the parts.",
    );
    const parsed = await parseImportOffThread({ bytes: vcardFile(3), options: {} });
    expect(parsed.rows).toHaveLength(3);
  });
});
