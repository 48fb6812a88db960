import type { MiddlewareHandler } from "hono";
import { compress } from "hono/compress";
import { secureHeaders } from "hono/secure-headers";

/**
 * What every response of both listeners carries: compression, and the security headers a
 * browser enforces. The policy admits only this server's own scripts (no inline script, no
 * eval) and requests, images from itself or data: (the pairing QR code), and no framing.
 * Inline styles are allowed: the dialogs' scroll lock (Radix) adds a <style> element, and the
 * LAN pages carry theirs; a style cannot run code, and scripts are what the policy guards.
 */

export const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", "data:", "blob:"],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  workerSrc: ["'self'"],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export function webHeaders(): MiddlewareHandler[] {
  return [
    // Text only (JSON, HTML, scripts, CSS, SVG, iCalendar): Hono's list leaves out images,
    // zips and event streams. Small answers are sent as they are.
    compress(),
    secureHeaders({
      contentSecurityPolicy,
      xFrameOptions: "DENY",
      referrerPolicy: "no-referrer",
      // Rapport serves plain HTTP on loopback and the LAN; browsers ignore HSTS there, and a
      // proxy that adds TLS is the one to say it.
      strictTransportSecurity: false,
    }),
  ];
}

/**
 * How long the browser may keep the web UI's files: Vite names every file under /assets by
 * its content's hash, so it never changes; the page and the service worker must be checked
 * every time, so an update is seen.
 */
export const webCachePolicy: MiddlewareHandler = async (context, next) => {
  await next();
  if (!context.res.ok) return;
  const type = context.res.headers.get("Content-Type") ?? "";
  if (context.req.path.startsWith("/assets/"))
    context.res.headers.set("Cache-Control", "public, max-age=31536000, immutable");
  else if (type.startsWith("text/html") || context.req.path === "/sw.js")
    context.res.headers.set("Cache-Control", "no-cache");
};
