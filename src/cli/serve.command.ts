import { fileURLToPath } from "node:url";
import { startServer } from "../server/start.js";
import { createTestClock } from "../server/test-clock.js";
import { createServiceContext } from "../services/context.js";
import { openConfiguredStore } from "./open-context.js";
import { describeStoreUrl } from "./settings.js";

export interface ServeOptions {
  port: number;
  host: string;
  data?: string;
}

const loopbackHosts = new Set(["127.0.0.1", "localhost", "::1"]);

export async function serveCommand(options: ServeOptions): Promise<void> {
  const { store, dataFolder, storeUrl } = await openConfiguredStore(options.data);
  // Browser tests move time instead of sleeping; never enabled otherwise.
  const testClock = process.env.RAPPORT_TEST_CLOCK === "1" ? createTestClock() : undefined;
  const server = await startServer({
    context: createServiceContext(store, {
      dataFolder,
      ...(testClock ? { now: testClock.now } : {}),
    }),
    ...(testClock ? { testClock } : {}),
    host: options.host,
    port: options.port,
    webRoot: fileURLToPath(new URL("../web", import.meta.url)),
    // Binding to another address is a deliberate choice to be reached by that name.
    allowedHostnames: loopbackHosts.has(options.host) ? [] : [options.host],
  }).catch(async (error: unknown) => {
    await store.close();
    throw error;
  });

  console.log(`Rapport is running at ${server.url}`);
  console.log(`Data: ${describeStoreUrl(storeUrl)}`);
  if (!loopbackHosts.has(options.host)) {
    console.warn(
      `Warning: listening on ${options.host}; anyone who can reach it can read your data.`,
    );
  }
  console.log("Press Ctrl+C to stop.");

  const stop = async () => {
    await server.close();
    await store.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
