import { isAbsolute, join, resolve } from "node:path";
import envPaths from "env-paths";
import { withoutPassword } from "../services/open-store.js";

export const defaultPort = 4477;
export const defaultHost = "127.0.0.1";

/**
 * The data folder: `--data`, else RAPPORT_DATA, else the platform's user data folder
 * ($XDG_DATA_HOME/rapport or ~/.local/share/rapport on Linux).
 */
export function resolveDataFolder(
  flag: string | undefined,
  environment: NodeJS.ProcessEnv,
): string {
  const chosen = flag ?? environment.RAPPORT_DATA;
  if (chosen) return isAbsolute(chosen) ? chosen : resolve(chosen);
  return envPaths("rapport", { suffix: "" }).data;
}

/** DATABASE_URL selects a PostgreSQL server; otherwise the embedded file in the data folder. */
export function resolveStoreUrl(dataFolder: string, environment: NodeJS.ProcessEnv): string {
  return environment.DATABASE_URL || `sqlite:${join(dataFolder, "rapport.sqlite")}`;
}

export function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`"${text}" is not a port number (0–65535).`);
  }
  return port;
}

/** The URL with any password replaced, so logs never show it. */
export function describeStoreUrl(url: string): string {
  if (!/^postgres/i.test(url)) return url.replace(/^sqlite:/, "");
  return withoutPassword(url);
}
