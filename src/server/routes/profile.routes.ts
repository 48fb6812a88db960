import { Hono } from "hono";
import type { ServiceContext } from "../../services/context.js";
import {
  addTarget,
  finishWelcome,
  getProfile,
  listTargets,
  removeTarget,
  saveProfile,
  updateTarget,
} from "../../services/profile.service.js";
import { idParam, jsonObject, validated } from "../validate.js";

export function profileRoutes(context: ServiceContext) {
  return new Hono()
    .get("/", async (c) =>
      c.json({ profile: await getProfile(context), targets: await listTargets(context) }),
    )
    .put("/", validated("json", jsonObject), async (c) =>
      c.json({ profile: await saveProfile(context, c.req.valid("json")) }),
    )
    .post("/welcome-done", async (c) => c.json({ profile: await finishWelcome(context) }));
}

/** The explorer's interests and locations. */
export function targetsRoutes(context: ServiceContext) {
  return new Hono()
    .get("/", async (c) => c.json({ targets: await listTargets(context) }))
    .post("/", validated("json", jsonObject), async (c) =>
      c.json({ target: await addTarget(context, c.req.valid("json")) }, 201),
    )
    .put("/:id", validated("param", idParam), validated("json", jsonObject), async (c) =>
      c.json({ target: await updateTarget(context, c.req.valid("param").id, c.req.valid("json")) }),
    )
    .delete("/:id", validated("param", idParam), async (c) => {
      await removeTarget(context, c.req.valid("param").id);
      return c.json({ ok: true });
    });
}
