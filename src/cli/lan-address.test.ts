import type { NetworkInterfaceInfo } from "node:os";
import { describe, expect, it } from "vitest";
import { chooseLanAddress, firstLanAddress } from "./lan-address.js";

function address(family: "IPv4" | "IPv6", value: string, internal: boolean): NetworkInterfaceInfo {
  const common = { address: value, netmask: "255.255.255.0", mac: "00:00:00:00:00:00", internal };
  return family === "IPv4"
    ? { ...common, family, cidr: `${value}/24` }
    : { ...common, family, cidr: `${value}/64`, scopeid: 0 };
}

const laptop = {
  lo: [address("IPv4", "127.0.0.1", true), address("IPv6", "::1", true)],
  wlan0: [address("IPv6", "fe80::1", false), address("IPv4", "192.168.1.20", false)],
  docker0: [address("IPv4", "172.17.0.1", false)],
};

describe("the LAN address", () => {
  it("is the first non-internal IPv4 address", () => {
    expect(firstLanAddress(laptop)).toBe("192.168.1.20");
    expect(chooseLanAddress(undefined, laptop)).toBe("192.168.1.20");
  });

  it("is the one given with --lan-address", () => {
    expect(chooseLanAddress("172.17.0.1", laptop)).toBe("172.17.0.1");
  });

  it("says what to do when there is none", () => {
    expect(() => chooseLanAddress(undefined, { lo: laptop.lo })).toThrow(
      "This computer has no network address to serve your phone on: connect it to your Wi-Fi or network first, or give one with --lan-address.",
    );
  });

  it("refuses a --lan-address that is not an IPv4 address", () => {
    expect(() => chooseLanAddress("my-laptop.local", laptop)).toThrow(
      '--lan-address "my-laptop.local" is not an IPv4 address (like 192.168.1.20). Give one of this computer\'s addresses.',
    );
  });
});
