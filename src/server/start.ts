import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { AppOptions } from "./app.js";
import { createApp } from "./app.js";

export interface StartOptions extends AppOptions {
  host: string;
  /** 0 picks a free port; the URL returned says which. */
  port: number;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Starts the HTTP server; resolves once it is listening, rejects if it cannot bind. */
export function startServer(options: StartOptions): Promise<RunningServer> {
  const app = createApp(options);
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, hostname: options.host, port: options.port },
      (info: AddressInfo) => {
        const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${host}:${info.port}`,
          close: () => new Promise((done) => server.close(() => done())),
        });
      },
    );
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") {
        reject(new Error(`Port ${options.port} is already in use. Choose another with --port.`));
      } else if (error.code === "EADDRNOTAVAIL") {
        reject(new Error(`Cannot listen on ${options.host}: this machine has no such address.`));
      } else {
        reject(error);
      }
    });
  });
}
