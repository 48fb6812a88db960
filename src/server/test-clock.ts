import { Hono } from "hono";
import { z } from "zod";
import { validated } from "./validate.js";

/**
 * A clock the browser tests can move ("8 days later") instead of sleeping. It exists only
 * when the server is started with RAPPORT_TEST_CLOCK=1; otherwise the route is absent.
 */
export function createTestClock() {
  let fixed: Date | null = null;
  return {
    now: () => fixed ?? new Date(),
    routes: () =>
      new Hono().put(
        "/clock",
        validated("json", z.object({ now: z.iso.datetime({ offset: true }) })),
        (c) => {
          fixed = new Date(c.req.valid("json").now);
          return c.json({ now: fixed.toISOString() });
        },
      ),
  };
}

export type TestClock = ReturnType<typeof createTestClock>;
