import { Hono } from "hono";
import type { ServiceContext } from "../../services/context.js";
import {
  deleteNetworkAsk,
  listNetworkAsks,
  restoreNetworkAsk,
  updateNetworkAsk,
} from "../../services/network-asks.service.js";
import { idParam, jsonObject, validated } from "../validate.js";

/** Network asks by their own id; asking someone lives under /api/people/:id/asks. */
export function networkAsksRoutes(context: ServiceContext) {
  return new Hono()
    .get("/", async (c) => c.json({ asks: await listNetworkAsks(context) }))
    .put("/:id", validated("param", idParam), validated("json", jsonObject), async (c) =>
      c.json({
        ask: await updateNetworkAsk(context, c.req.valid("param").id, c.req.valid("json")),
      }),
    )
    .delete("/:id", validated("param", idParam), async (c) =>
      c.json({ ask: await deleteNetworkAsk(context, c.req.valid("param").id) }),
    )
    .post("/:id/restore", validated("param", idParam), async (c) =>
      c.json({ ask: await restoreNetworkAsk(context, c.req.valid("param").id) }),
    );
}
