import { Hono } from "hono";
import type { ProfileDraft, TargetDraft } from "../../domain/profile.js";
import {
  addTarget,
  finishWelcome,
  getProfile,
  listTargets,
  removeTarget,
  saveProfile,
  updateTarget,
} from "../../services/profile.service.js";
import type { AppEnv } from "../request-context.js";
import { idParam, jsonBody, validated } from "../validate.js";

export function profileRoutes() {
  return new Hono<AppEnv>()
    .get("/", async (c) =>
      c.json({
        profile: await getProfile(c.var.context),
        targets: await listTargets(c.var.context),
      }),
    )
    .put("/", jsonBody<ProfileDraft>(), async (c) =>
      c.json({ profile: await saveProfile(c.var.context, c.req.valid("json")) }),
    )
    .post("/welcome-done", async (c) => c.json({ profile: await finishWelcome(c.var.context) }));
}

/** The explorer's interests and locations. */
export function targetsRoutes() {
  return new Hono<AppEnv>()
    .get("/", async (c) => c.json({ targets: await listTargets(c.var.context) }))
    .post("/", jsonBody<TargetDraft>(), async (c) =>
      c.json({ target: await addTarget(c.var.context, c.req.valid("json")) }, 201),
    )
    .put("/:id", validated("param", idParam), jsonBody<TargetDraft>(), async (c) =>
      c.json({
        target: await updateTarget(c.var.context, c.req.valid("param").id, c.req.valid("json")),
      }),
    )
    .delete("/:id", validated("param", idParam), async (c) => {
      await removeTarget(c.var.context, c.req.valid("param").id);
      return c.json({ ok: true });
    });
}
