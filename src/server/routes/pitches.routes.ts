import { Hono } from "hono";
import { z } from "zod";
import type { PitchInput } from "../../domain/prepare/preparation.js";
import {
  deletePitch,
  listPitches,
  restorePitch,
  saveDefaultPitch,
  saveOrganizationPitch,
} from "../../services/pitches.service.js";
import type { AppEnv } from "../request-context.js";
import { idParam, jsonBody, validated } from "../validate.js";

const organizationParam = z.object({ organizationId: z.string().min(1).max(100) });

/** The elevator pitch: the default and one variant per organization; saving upserts. */
export function pitchesRoutes() {
  return new Hono<AppEnv>()
    .get("/", async (c) => c.json(await listPitches(c.var.context)))
    .put("/default", jsonBody<PitchInput>(), async (c) =>
      c.json({ pitch: await saveDefaultPitch(c.var.context, c.req.valid("json")) }),
    )
    .put(
      "/organizations/:organizationId",
      validated("param", organizationParam),
      jsonBody<PitchInput>(),
      async (c) =>
        c.json({
          pitch: await saveOrganizationPitch(
            c.var.context,
            c.req.valid("param").organizationId,
            c.req.valid("json"),
          ),
        }),
    )
    .delete("/:id", validated("param", idParam), async (c) =>
      c.json({ pitch: await deletePitch(c.var.context, c.req.valid("param").id) }),
    )
    .post("/:id/restore", validated("param", idParam), async (c) =>
      c.json({ pitch: await restorePitch(c.var.context, c.req.valid("param").id) }),
    );
}
