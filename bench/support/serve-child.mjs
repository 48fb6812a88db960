// A server for the load bench, in its own process so the clients' work does not share its
// event loop: `node serve-child.mjs app <store url> <now>` serves Rapport on that store with
// the clock fixed at <now>; `node serve-child.mjs bare` serves a bare Hono app (the floor).
// Binds 127.0.0.1 on a free port and prints {"url": …} once listening; SIGTERM stops it.
import { serve } from "@hono/node-server";
import { Hono } from "hono";

const [mode, storeUrl, now] = process.argv.slice(2);
let close;
if (mode === "bare") {
  const app = new Hono().get("*", (c) => c.json({ ok: true }));
  const server = await new Promise((resolve) => {
    const listening = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, () =>
      resolve(listening),
    );
  });
  console.log(JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` }));
  close = () => new Promise((resolve) => server.close(resolve));
} else {
  const { startServer } = await import("../../dist/server/start.js");
  const { createServiceContext } = await import("../../dist/services/context.js");
  const { openStore } = await import("../../dist/store/store.js");
  const store = await openStore(storeUrl);
  const fixed = new Date(now);
  const server = await startServer({
    context: createServiceContext(store, { now: () => fixed }),
    host: "127.0.0.1",
    port: 0,
  });
  console.log(JSON.stringify({ url: server.url }));
  close = async () => {
    await server.close();
    await store.close();
  };
}
process.on("SIGTERM", () => {
  void close().then(() => process.exit(0));
});
