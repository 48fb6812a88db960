import { Hono } from "hono";
import { listDevices, newPairingLink, revokeDevice } from "../../services/devices.service.js";
import { ServiceError } from "../../services/service-error.js";
import type { AppEnv } from "../request-context.js";
import { idParam, validated } from "../validate.js";

/** Why a pairing link cannot be made now, and how to make it possible. */
export const lanOffMessage =
  "Pairing needs Rapport to serve your network. Stop it, then start it again with `rapport serve --lan` (or `npm start -- --lan`).";

/** Settings → Phones and tablets: the paired devices, a new pairing link, revoking one. */
export function devicesRoutes() {
  return new Hono<AppEnv>()
    .get("/", async (c) =>
      c.json({
        devices: await listDevices(c.var.context),
        lanOrigin: c.var.lanOrigin,
        /** The device asking, when it asks from the LAN: Settings marks it "This device". */
        thisDeviceId: c.var.device?.id ?? null,
      }),
    )
    .post("/pairing", async (c) => {
      const lanOrigin = c.var.lanOrigin;
      if (lanOrigin === null) throw new ServiceError("conflict", lanOffMessage);
      return c.json({ pairing: await newPairingLink(c.var.context, lanOrigin) }, 201);
    })
    .delete("/:id", validated("param", idParam), async (c) => {
      const id = c.req.valid("param").id;
      const requestedBy = c.var.device?.id;
      await revokeDevice(c.var.context, id, requestedBy ? { requestedBy } : {});
      return c.json({ revoked: id });
    });
}
