import type { MiddlewareHandler } from "hono";
import { type ActorResolver, forActor, type ServiceContext } from "../services/context.js";
import type { PairedDevice } from "../services/devices.service.js";

/** What every route may read from a request: the context its work runs in. */
export interface AppEnv {
  Variables: {
    context: ServiceContext;
    /**
     * The LAN origin (`http://<lan-address>:<port>`) while `rapport serve --lan` serves it,
     * else null: pairing links are made only then.
     */
    lanOrigin: string | null;
    /** The paired device making the request; set only by the LAN listener's guard. */
    device?: PairedDevice;
  };
}

/**
 * Builds the context for each request from whoever makes it: local mode's resolver answers
 * the single local owner, a multi-user mode will resolve a signed-in account. Routes read
 * `c.var.context`, never a context captured when the app was built.
 */
export function contextPerRequest(
  base: ServiceContext,
  resolveActor: ActorResolver,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set("context", forActor(base, await resolveActor(c.req.raw)));
    await next();
  };
}

/**
 * For the calendar feed, which calendar apps fetch without a session: no actor is asked
 * for, the feed's secret says whose data it is (see calendarFeed in the service).
 */
export function contextWithoutActor(base: ServiceContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set("context", base);
    await next();
  };
}
