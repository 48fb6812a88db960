import { readFileSync } from "node:fs";

/**
 * Rapport's version, read at run time from the package.json two folders up: from
 * dist/cli/ in a checkout and from node_modules/rapport/dist/cli/ in an installed package
 * alike (src/cli/ when run from source), so it is never copied into the build by hand.
 */
export function rapportVersion(): string {
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
  } catch {
    // A build copied away from its package (the app-update test runs one): it still runs.
    return "unknown (no package.json beside this build)";
  }
  if (
    typeof manifest === "object" &&
    manifest !== null &&
    "version" in manifest &&
    typeof manifest.version === "string"
  ) {
    return manifest.version;
  }
  throw new Error("Rapport's package.json has no version.");
}
