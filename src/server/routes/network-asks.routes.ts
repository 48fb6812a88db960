import { Hono } from "hono";
import type { NetworkAskDraft } from "../../domain/network.js";
import {
  deleteNetworkAsk,
  listNetworkAsks,
  restoreNetworkAsk,
  updateNetworkAsk,
} from "../../services/network-asks.service.js";
import type { AppEnv } from "../request-context.js";
import { idParam, jsonBody, validated } from "../validate.js";

/** Network asks by their own id; asking someone lives under /api/people/:id/asks. */
export function networkAsksRoutes() {
  return new Hono<AppEnv>()
    .get("/", async (c) => c.json({ asks: await listNetworkAsks(c.var.context) }))
    .put("/:id", validated("param", idParam), jsonBody<NetworkAskDraft>(), async (c) =>
      c.json({
        ask: await updateNetworkAsk(c.var.context, c.req.valid("param").id, c.req.valid("json")),
      }),
    )
    .delete("/:id", validated("param", idParam), async (c) =>
      c.json({ ask: await deleteNetworkAsk(c.var.context, c.req.valid("param").id) }),
    )
    .post("/:id/restore", validated("param", idParam), async (c) =>
      c.json({ ask: await restoreNetworkAsk(c.var.context, c.req.valid("param").id) }),
    );
}
