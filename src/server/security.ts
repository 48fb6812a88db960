import type { MiddlewareHandler } from "hono";
import type { ApiErrorBody } from "../domain/api-error.js";

/** Host names that always mean this machine. */
function isLoopbackName(hostname: string): boolean {
  const name = hostname.toLowerCase();
  return name === "localhost" || name === "[::1]" || /^127(\.\d{1,3}){3}$/.test(name);
}

/** "127.0.0.1:4477" → "127.0.0.1"; "[::1]:80" → "[::1]". */
function hostnameOf(hostHeader: string): string {
  return hostHeader.startsWith("[")
    ? hostHeader.slice(0, hostHeader.indexOf("]") + 1)
    : (hostHeader.split(":")[0] ?? "");
}

function forbidden(code: "forbidden_host" | "forbidden_origin", message: string): Response {
  const body: ApiErrorBody = { error: { code, message } };
  return Response.json(body, { status: 403 });
}

/**
 * Rejects requests whose Host is not a loopback name (or one the user allowed by binding
 * to it): a web page on a rebinding domain would otherwise reach this local server.
 */
export function requireKnownHost(extraHostnames: readonly string[] = []): MiddlewareHandler {
  const allowed = new Set(extraHostnames.map((name) => name.toLowerCase()));
  return async (context, next) => {
    const host = context.req.header("host") ?? "";
    const hostname = hostnameOf(host).toLowerCase();
    if (!hostname || !(isLoopbackName(hostname) || allowed.has(hostname))) {
      return forbidden(
        "forbidden_host",
        `Requests for host "${host}" are not accepted by this Rapport server.`,
      );
    }
    await next();
  };
}

/**
 * The LAN listener's Host check: only `<lan-address>:<port>` itself (Host without the
 * port too when it is 80, as browsers leave it out). Any other name, loopback ones
 * included, is refused: this listener is for the LAN address alone.
 */
export function requireExactHost(hostAndPort: string): MiddlewareHandler {
  const allowed = new Set([hostAndPort.toLowerCase()]);
  if (hostAndPort.endsWith(":80")) allowed.add(hostAndPort.slice(0, -":80".length).toLowerCase());
  return async (context, next) => {
    const host = context.req.header("host") ?? "";
    if (!allowed.has(host.toLowerCase())) {
      return forbidden(
        "forbidden_host",
        `Requests for host "${host}" are not accepted by this Rapport server.`,
      );
    }
    await next();
  };
}

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Rejects state-changing requests sent by another site's page (CSRF). Browsers always
 * send Origin on such requests; tools like curl and the CLI send none and are let through.
 */
export function requireSameOrigin(): MiddlewareHandler {
  return async (context, next) => {
    if (safeMethods.has(context.req.method)) return next();
    const origin = context.req.header("origin");
    const host = context.req.header("host") ?? "";
    if (origin === undefined) {
      if (context.req.header("sec-fetch-site") === "cross-site") {
        return forbidden("forbidden_origin", "Changes from other sites are not accepted.");
      }
      return next();
    }
    let originHost: string | null = null;
    try {
      const parsed = new URL(origin);
      if (parsed.protocol === "http:" || parsed.protocol === "https:") originHost = parsed.host;
    } catch {
      originHost = null;
    }
    if (originHost?.toLowerCase() !== host.toLowerCase()) {
      return forbidden(
        "forbidden_origin",
        `Changes from ${origin} are not accepted; use Rapport's own page.`,
      );
    }
    await next();
  };
}
