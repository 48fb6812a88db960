import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServiceContext } from "../services/context.js";
import { openStore, type Store } from "../store/store.js";
import { createApp, type RapportApp } from "./app.js";

const origin = "http://127.0.0.1:4477";
const script = `export const greeting = "${"hello ".repeat(400)}";\n`;
let store: Store;
let app: RapportApp;
let webRoot: string;

beforeAll(async () => {
  webRoot = mkdtempSync(join(tmpdir(), "rapport-web-headers-"));
  mkdirSync(join(webRoot, "assets"));
  writeFileSync(join(webRoot, "index.html"), "<!doctype html><title>Rapport</title>");
  writeFileSync(join(webRoot, "assets", "index-Abc123.js"), script);
  writeFileSync(join(webRoot, "sw.js"), "self.addEventListener('fetch', () => {});");
  store = await openStore("sqlite::memory:");
  app = createApp({ context: createServiceContext(store), webRoot });
});
afterAll(async () => {
  await store.close();
  rmSync(webRoot, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) =>
  app.request(`${origin}${path}`, { headers: { host: "127.0.0.1:4477", ...headers } });

describe("what every response carries", () => {
  it.each(["/", "/people/p1", "/api/people", "/api/no-such-route", "/assets/index-Abc123.js"])(
    "security headers on %s",
    async (path) => {
      const response = await get(path);
      expect(response.headers.get("content-security-policy")).toBe(
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
          "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; " +
          "manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; " +
          "frame-ancestors 'none'",
      );
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("no-referrer");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("strict-transport-security")).toBeNull();
    },
  );

  it("a refused request (wrong Host) carries them too", async () => {
    const response = await get("/api/people", { host: "evil.example" });
    expect(response.status).toBe(403);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });
});

describe("caching and compression of the web UI", () => {
  it("keeps hashed assets for a year, unchanged", async () => {
    const response = await get("/assets/index-Abc123.js");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it.each(["/", "/index.html", "/trips", "/sw.js"])("has %s checked every time", async (path) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-cache");
  });

  it("gzips text for a browser that accepts it, and says so", async () => {
    const response = await get("/assets/index-Abc123.js", { "accept-encoding": "gzip, br" });
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(response.headers.get("vary")).toBe("Accept-Encoding");
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.length).toBeLessThan(script.length / 10);
    expect(gunzipSync(body).toString()).toBe(script);
  });

  it("sends it plain to a client that does not, and small answers plain", async () => {
    const plain = await get("/assets/index-Abc123.js");
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toBe(script);
    const small = await get("/sw.js", { "accept-encoding": "gzip" });
    expect(small.headers.get("content-encoding")).toBeNull();
  });
});
