import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { testContext } from "../../test/builders.js";
import { openStore, type Store } from "../store/store.js";
import { type RunningServer, startServer } from "./start.js";

// Servers started by tests bind loopback only: 127.0.0.2 (loopback on Linux) stands in for
// the computer's LAN address, a separate socket from 127.0.0.1.
const lanAddress = "127.0.0.2";
const phone =
  "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so the test chooses the Host header (fetch would not let it). */
function send(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const outgoing = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: options.method ?? "GET",
        headers: { host: target.host, "user-agent": phone, ...options.headers },
      },
      (incoming) => {
        let body = "";
        incoming.setEncoding("utf8");
        incoming.on("data", (chunk: string) => {
          body += chunk;
        });
        incoming.on("end", () =>
          resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body }),
        );
      },
    );
    outgoing.on("error", reject);
    outgoing.end(options.body);
  });
}

let store: Store;
let webRoot: string;
let clock: ReturnType<typeof testContext>;
let server: RunningServer;
let owner = 0;

beforeAll(async () => {
  store = await openStore("sqlite::memory:");
  webRoot = mkdtempSync(join(tmpdir(), "rapport-lan-web-"));
  writeFileSync(join(webRoot, "index.html"), "<!doctype html><title>Rapport</title><p>Today</p>");
});
afterAll(async () => {
  await store.close();
  rmSync(webRoot, { recursive: true, force: true });
});

beforeEach(async () => {
  clock = testContext(store);
  clock.context.ownerId = `lan-owner-${++owner}`;
  server = await startServer({
    context: clock.context,
    host: "127.0.0.1",
    port: 0,
    lanAddress,
    webRoot,
  });
});
afterEach(() => server.close());

function lanUrl(): string {
  if (!server.lanUrl) throw new Error("the LAN listener did not start");
  return server.lanUrl;
}

/** A new pairing link, asked for on the computer (the loopback listener) as Settings does. */
async function pairingLink(): Promise<string> {
  const answer = await send(`${server.url}/api/devices/pairing`, {
    method: "POST",
    headers: { origin: server.url },
  });
  expect(answer.status).toBe(201);
  return (JSON.parse(answer.body) as { pairing: { url: string } }).pairing.url;
}

/** Opens the link as a phone would; the device cookie it got, as a Cookie header. */
async function pairPhone(): Promise<string> {
  const opened = await send(await pairingLink());
  expect(opened.status).toBe(303);
  const setCookie = opened.headers["set-cookie"]?.[0] ?? "";
  return setCookie.split(";")[0] ?? "";
}

describe("rapport serve --lan, on real listeners", () => {
  it("listens on the LAN address on the same port as loopback", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(lanUrl()).toBe(server.url.replace("127.0.0.1", lanAddress));
  });

  it("refuses the LAN without a device cookie: 401 JSON for the API, a page saying how to pair", async () => {
    const api = await send(`${lanUrl()}/api/people`);
    expect(api.status).toBe(401);
    expect(JSON.parse(api.body)).toEqual({
      error: {
        code: "not_paired",
        message:
          "This device is not paired with Rapport. Pair it from Settings → Phones and tablets on the computer.",
      },
    });
    for (const path of ["/", "/today", "/index.html", "/calendar/x.ics"]) {
      const page = await send(`${lanUrl()}${path}`);
      expect(page.status).toBe(401);
      expect(page.headers["content-type"]).toBe("text/html; charset=UTF-8");
      expect(page.body).toContain("<h1>Pair this device first</h1>");
      expect(page.body).not.toContain("<p>Today</p>");
    }
  });

  it("pairs with the link: a strict HttpOnly cookie, then the app and the API answer", async () => {
    const opened = await send(await pairingLink());
    expect(opened.status).toBe(303);
    expect(opened.headers.location).toBe("/");
    const setCookie = opened.headers["set-cookie"]?.[0] ?? "";
    expect(setCookie).toMatch(
      /^rapport_device=[A-Za-z0-9_-]{43}; Max-Age=34560000; Path=\/; HttpOnly; SameSite=Strict$/,
    );
    const cookie = setCookie.split(";")[0] ?? "";
    const page = await send(`${lanUrl()}/today`, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.body).toContain("<p>Today</p>");
    const people = await send(`${lanUrl()}/api/people`, { headers: { cookie } });
    expect(people.status).toBe(200);
    expect(JSON.parse(people.body)).toEqual({ people: [], total: 0, nextCursor: null });
    const devices = await send(`${lanUrl()}/api/devices`, { headers: { cookie } });
    const listed = JSON.parse(devices.body) as {
      devices: { id: string; name: string }[];
      lanOrigin: string;
      thisDeviceId: string;
    };
    expect(listed.devices.map((device) => device.name)).toEqual(["Chrome on Android"]);
    expect(listed.thisDeviceId).toBe(listed.devices[0]?.id);
    expect(listed.lanOrigin).toBe(lanUrl());
  });

  it("does not use a link up on a HEAD or a prefetch", async () => {
    const link = await pairingLink();
    const head = await send(link, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers["set-cookie"]).toBeUndefined();
    const prefetch = await send(link, { headers: { "sec-purpose": "prefetch;prerender" } });
    expect(prefetch.status).toBe(200);
    expect(prefetch.headers["set-cookie"]).toBeUndefined();
    expect(prefetch.body).toContain("<h1>Open this link to pair</h1>");
    expect((await send(link)).status).toBe(303);
  });

  it("refuses the same link a second time", async () => {
    const link = await pairingLink();
    expect((await send(link)).status).toBe(303);
    const again = await send(link);
    expect(again.status).toBe(410);
    expect(again.headers["set-cookie"]).toBeUndefined();
    expect(again.body).toContain("This pairing link has already been used");
    expect(again.body).toContain("Settings → Phones and tablets");
  });

  it("refuses a link after its 10 minutes, and one it never made", async () => {
    const link = await pairingLink();
    clock.advance(10 * 60_000);
    const late = await send(link);
    expect(late.status).toBe(410);
    expect(late.body).toContain("This pairing link has expired: a link works for 10 minutes.");
    const unknown = await send(`${lanUrl()}/pair/${"x".repeat(43)}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toContain("This pairing link is not one Rapport made");
  });

  it("cuts a revoked device off on its next request", async () => {
    const cookie = await pairPhone();
    const { devices } = JSON.parse((await send(`${server.url}/api/devices`)).body) as {
      devices: { id: string }[];
    };
    const revoked = await send(`${server.url}/api/devices/${devices[0]?.id}`, {
      method: "DELETE",
      headers: { origin: server.url },
    });
    expect(revoked.status).toBe(200);
    const api = await send(`${lanUrl()}/api/people`, { headers: { cookie } });
    expect(api.status).toBe(401);
    expect(JSON.parse(api.body)).toMatchObject({
      error: {
        code: "not_paired",
        message:
          "This device is no longer paired with Rapport. Pair it again from Settings → Phones and tablets on the computer.",
      },
    });
    const page = await send(`${lanUrl()}/today`, { headers: { cookie } });
    expect(page.status).toBe(401);
    expect(page.body).toContain("<h1>Pair this device again</h1>");
  });

  it("lets a phone revoke another device, not itself", async () => {
    const phoneCookie = await pairPhone();
    const tabletCookie = await pairPhone();
    const listed = JSON.parse(
      (await send(`${lanUrl()}/api/devices`, { headers: { cookie: phoneCookie } })).body,
    ) as { devices: { id: string }[]; thisDeviceId: string };
    const tabletId = listed.devices.find((device) => device.id !== listed.thisDeviceId)?.id;
    const lanChange = { origin: lanUrl(), cookie: phoneCookie };
    const self = await send(`${lanUrl()}/api/devices/${listed.thisDeviceId}`, {
      method: "DELETE",
      headers: lanChange,
    });
    expect(self.status).toBe(409);
    const other = await send(`${lanUrl()}/api/devices/${tabletId}`, {
      method: "DELETE",
      headers: lanChange,
    });
    expect(other.status).toBe(200);
    expect(
      (await send(`${lanUrl()}/api/people`, { headers: { cookie: tabletCookie } })).status,
    ).toBe(401);
    expect(
      (await send(`${lanUrl()}/api/people`, { headers: { cookie: phoneCookie } })).status,
    ).toBe(200);
  });

  it("accepts only <lan-address>:<port> as Host on the LAN listener, even with a cookie", async () => {
    const cookie = await pairPhone();
    const port = new URL(lanUrl()).port;
    for (const host of [
      "evil.example",
      `evil.example:${port}`,
      `127.0.0.1:${port}`,
      `localhost:${port}`,
      lanAddress,
      `${lanAddress}:1`,
    ]) {
      const answer = await send(`${lanUrl()}/api/people`, { headers: { host, cookie } });
      expect(answer.status, host).toBe(403);
      expect(JSON.parse(answer.body)).toMatchObject({ error: { code: "forbidden_host" } });
    }
    const pairing = await send(`${lanUrl()}/pair/${"x".repeat(43)}`, {
      headers: { host: "evil.example" },
    });
    expect(pairing.status).toBe(403);
  });

  it("accepts changes from the LAN origin on the LAN listener, no other", async () => {
    const cookie = await pairPhone();
    const add = (origin: string) =>
      send(`${lanUrl()}/api/people`, {
        method: "POST",
        headers: { origin, cookie, "content-type": "application/json" },
        body: JSON.stringify({ name: "Ada Lovelace" }),
      });
    expect((await add("http://evil.example")).status).toBe(403);
    expect((await add(server.url)).status).toBe(403);
    expect((await add(lanUrl())).status).toBe(201);
  });

  it("keeps the loopback listener as it was: no cookie needed, loopback Host only", async () => {
    expect((await send(`${server.url}/api/people`)).status).toBe(200);
    expect((await send(`${server.url}/today`)).body).toContain("<p>Today</p>");
    // Its rules are unchanged: a LAN name is refused there (127.0.0.2 itself is loopback).
    const lanHost = await send(`${server.url}/api/people`, {
      headers: { host: `192.168.1.20:${new URL(server.url).port}` },
    });
    expect(lanHost.status).toBe(403);
    // The loopback listener has no pairing route: the path is the web app's own page.
    expect((await send(`${server.url}/pair/${"x".repeat(43)}`)).body).toContain("<p>Today</p>");
  });
});

describe("without --lan", () => {
  it("makes no pairing link, and says how to turn LAN serving on", async () => {
    const loopbackOnly = await startServer({ context: clock.context, host: "127.0.0.1", port: 0 });
    try {
      expect(loopbackOnly.lanUrl).toBeUndefined();
      const answer = await send(`${loopbackOnly.url}/api/devices/pairing`, {
        method: "POST",
        headers: { origin: loopbackOnly.url },
      });
      expect(answer.status).toBe(409);
      expect(JSON.parse(answer.body)).toEqual({
        error: {
          code: "conflict",
          message:
            "Pairing needs Rapport to serve your network. Stop it, then start it again with `rapport serve --lan` (or `npm start -- --lan`).",
        },
      });
      const listed = JSON.parse((await send(`${loopbackOnly.url}/api/devices`)).body);
      expect(listed).toEqual({ devices: [], lanOrigin: null, thisDeviceId: null });
    } finally {
      await loopbackOnly.close();
    }
  });
});
