import { isIPv4 } from "node:net";
import type { NetworkInterfaceInfo } from "node:os";

type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

/** The computer's address on its network: the first non-internal IPv4 address, if any. */
export function firstLanAddress(interfaces: Interfaces): string | null {
  for (const addresses of Object.values(interfaces)) {
    for (const address of addresses ?? []) {
      if (address.family === "IPv4" && !address.internal) return address.address;
    }
  }
  return null;
}

/**
 * The address `rapport serve --lan` listens on: `--lan-address` as given (an IPv4
 * address), else the first LAN address; a sentence saying what to do when there is none.
 */
export function chooseLanAddress(chosen: string | undefined, interfaces: Interfaces): string {
  if (chosen !== undefined) {
    if (!isIPv4(chosen)) {
      throw new Error(
        `--lan-address "${chosen}" is not an IPv4 address (like 192.168.1.20). Give one of this computer's addresses.`,
      );
    }
    return chosen;
  }
  const found = firstLanAddress(interfaces);
  if (found === null) {
    throw new Error(
      "This computer has no network address to serve your phone on: connect it to your Wi-Fi or network first, or give one with --lan-address.",
    );
  }
  return found;
}
