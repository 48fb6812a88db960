import { Hono, type MiddlewareHandler } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { pairingTokenMinutes } from "../domain/device.js";
import type { ServiceContext } from "../services/context.js";
import { deviceForSecret, pairDevice } from "../services/devices.service.js";
import { errorResponse } from "./errors.js";
import { openToPairPage, pairAgainPage, pairFirstPage, pairingRefusedPage } from "./lan-pages.js";
import type { AppEnv } from "./request-context.js";

/** The paired device's cookie: its long-lived secret (the server keeps only a hash). */
export const deviceCookieName = "rapport_device";
// Browsers cap a cookie's life at 400 days; the device is paired until revoked.
const deviceCookieSeconds = 400 * 24 * 60 * 60;

const noStore = { "cache-control": "no-store", "referrer-policy": "no-referrer" };

/**
 * GET /pair/<token>, the one page of the LAN listener open without a device cookie: a
 * working token pairs this device and sends it to Today; anything else says what to do.
 */
export function pairingRoutes(base: ServiceContext) {
  return new Hono<AppEnv>().get("/:token", async (c) => {
    // A HEAD or a browser's prefetch is not someone opening the link: it must not use it up.
    if (c.req.method === "HEAD" || /prefetch|prerender/.test(c.req.header("sec-purpose") ?? "")) {
      return c.html(openToPairPage, 200, noStore);
    }
    const outcome = await pairDevice(base, c.req.param("token"), c.req.header("user-agent"));
    if (!outcome.paired) {
      // 404 for a link never made here; 410 Gone for one used or expired.
      const status = outcome.reason === "unknown" ? 404 : 410;
      return c.html(pairingRefusedPage(outcome.reason), status, noStore);
    }
    setCookie(c, deviceCookieName, outcome.secret, {
      httpOnly: true,
      sameSite: "Strict",
      path: "/",
      maxAge: deviceCookieSeconds,
      // No `secure`: the LAN listener is plain http (no certificate for a LAN address), and
      // a Secure cookie would never be sent back. HttpOnly and SameSite=Strict still apply.
    });
    return c.redirect("/", 303);
  });
}

/**
 * Everything else on the LAN listener needs a paired, unrevoked device: without one, 401
 * (JSON under /api, otherwise a page saying how to pair). Revoking takes effect on the
 * very next request, since every request looks the device up.
 */
export function requirePairedDevice(base: ServiceContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const secret = getCookie(c, deviceCookieName);
    const device = await deviceForSecret(base, secret);
    if (device === null) {
      if (c.req.path === "/api" || c.req.path.startsWith("/api/")) {
        return errorResponse(
          c,
          "not_paired",
          secret === undefined
            ? "This device is not paired with Rapport. Pair it from Settings → Phones and tablets on the computer."
            : "This device is no longer paired with Rapport. Pair it again from Settings → Phones and tablets on the computer.",
        );
      }
      return c.html(secret === undefined ? pairFirstPage : pairAgainPage, 401, noStore);
    }
    c.set("device", device);
    await next();
  };
}

/** How long a pairing link works, as the terminal says it. */
export const pairingLinkLife = `${pairingTokenMinutes} minutes`;
