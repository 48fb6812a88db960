import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { AppOptions } from "./app.js";
import { createApp, createLanApp } from "./app.js";

export interface StartOptions extends AppOptions {
  host: string;
  /** 0 picks a free port; the URL returned says which. */
  port: number;
  /**
   * `rapport serve --lan`: an IPv4 address of this computer on its network. A second
   * listener binds it on the same port, with its own app (pairing and device cookies).
   */
  lanAddress?: string;
}

export interface RunningServer {
  url: string;
  /** The LAN listener's origin, `http://<lan-address>:<port>`, when it was asked for. */
  lanUrl?: string;
  close(): Promise<void>;
}

interface Listening {
  url: string;
  port: number;
  close(): Promise<void>;
}

function listen(
  fetch: (request: Request) => Response | Promise<Response>,
  host: string,
  port: number,
): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, hostname: host, port }, (info: AddressInfo) => {
      const shown = info.family === "IPv6" ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") {
        reject(new Error(`Port ${port} is already in use on ${host}. Choose another with --port.`));
      } else if (error.code === "EADDRNOTAVAIL") {
        reject(new Error(`Cannot listen on ${host}: this machine has no such address.`));
      } else {
        reject(error);
      }
    });
  });
}

/** Starts the HTTP server(s); resolves once listening, rejects (closing any) if one cannot bind. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  let lanOrigin: string | null = null;
  const main = await listen(
    createApp({ ...options, lanOrigin: () => lanOrigin }).fetch,
    options.host,
    options.port,
  );
  if (options.lanAddress === undefined) return main;

  const lanHost = `${options.lanAddress}:${main.port}`;
  const lan = await listen(
    createLanApp({ ...options, lanHost, lanOrigin: () => lanOrigin }).fetch,
    options.lanAddress,
    main.port,
  ).catch(async (error: unknown) => {
    await main.close();
    throw error;
  });
  lanOrigin = lan.url;
  return {
    url: main.url,
    lanUrl: lan.url,
    close: async () => {
      await Promise.all([lan.close(), main.close()]);
    },
  };
}
