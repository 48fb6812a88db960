import { networkInterfaces } from "node:os";
import { fileURLToPath } from "node:url";
import { pairingTokenMinutes } from "../domain/device.js";
import { startServer } from "../server/start.js";
import { createTestClock } from "../server/test-clock.js";
import { createServiceContext, type ServiceContext } from "../services/context.js";
import { newPairingLink, pairingLinkForTerminal } from "../services/devices.service.js";
import { chooseLanAddress } from "./lan-address.js";
import { openConfiguredStore } from "./open-context.js";
import { describeStoreUrl } from "./settings.js";

export interface ServeOptions {
  port: number;
  host: string;
  data?: string;
  /** Also listen on the LAN address, for paired phones and tablets (never the default). */
  lan?: boolean;
  /** The LAN address to use instead of the first one found; implies --lan. */
  lanAddress?: string;
}

const loopbackHosts = new Set(["127.0.0.1", "localhost", "::1"]);

export async function serveCommand(options: ServeOptions): Promise<void> {
  const lan = options.lan === true || options.lanAddress !== undefined;
  if (lan && !loopbackHosts.has(options.host)) {
    throw new Error(
      "--lan already serves your network to paired devices only; leave out --host to use it.",
    );
  }
  // Checked before the store opens, so a machine with no network says so at once.
  const lanAddress = lan ? chooseLanAddress(options.lanAddress, networkInterfaces()) : undefined;
  const { store, dataFolder, storeUrl } = await openConfiguredStore(options.data);
  // Browser tests move time instead of sleeping; never enabled otherwise.
  const testClock = process.env.RAPPORT_TEST_CLOCK === "1" ? createTestClock() : undefined;
  const context = createServiceContext(store, {
    dataFolder,
    ...(testClock ? { now: testClock.now } : {}),
  });
  const server = await startServer({
    context,
    ...(testClock ? { testClock } : {}),
    host: options.host,
    port: options.port,
    ...(lanAddress ? { lanAddress } : {}),
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
  if (server.lanUrl) await printPairing(context, server.lanUrl);
  console.log("Press Ctrl+C to stop.");

  const stop = async () => {
    await server.close();
    await store.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  stopWithNpm(stop);
}

/**
 * Under `npm start` the server is npm's grandchild (npm → sh -c → node): npm hands a SIGTERM
 * to the shell, which dies without passing it on, and the server would go on serving alone.
 * So when npm started it, it stops once its parent is gone (it is then adopted: its parent
 * id changes). Only then: `nohup rapport serve &` must outlive the shell it came from.
 */
function stopWithNpm(stop: () => Promise<void>): void {
  if (process.env.npm_lifecycle_event !== "start" || process.platform === "win32") return;
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void stop();
  }, 250).unref();
}

async function printPairing(context: ServiceContext, lanUrl: string): Promise<void> {
  const link = await newPairingLink(context, lanUrl);
  console.log(`\nOn your network at ${lanUrl}, for paired phones and tablets only.`);
  console.log(
    `To pair one, scan this code or open the link on it (one device, within ${pairingTokenMinutes} minutes):`,
  );
  console.log(await pairingLinkForTerminal(link));
  console.log(`Pairing link: ${link.url}`);
  console.log("More links: Settings → Phones and tablets → Pair a phone.\n");
}
