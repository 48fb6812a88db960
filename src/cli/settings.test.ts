import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { describeStoreUrl, parsePort, resolveDataFolder, resolveStoreUrl } from "./settings.js";

describe("data folder", () => {
  it("prefers --data, then RAPPORT_DATA", () => {
    expect(resolveDataFolder("/srv/rapport", { RAPPORT_DATA: "/elsewhere" })).toBe("/srv/rapport");
    expect(resolveDataFolder(undefined, { RAPPORT_DATA: "/elsewhere" })).toBe("/elsewhere");
    expect(resolveDataFolder("relative/dir", {})).toBe(resolve("relative/dir"));
  });

  it.runIf(process.platform === "linux")("defaults to the XDG data folder on Linux", () => {
    const saved = process.env.XDG_DATA_HOME;
    try {
      process.env.XDG_DATA_HOME = "/xdg/data";
      expect(resolveDataFolder(undefined, {})).toBe("/xdg/data/rapport");
      delete process.env.XDG_DATA_HOME;
      expect(resolveDataFolder(undefined, {})).toBe(join(homedir(), ".local/share/rapport"));
    } finally {
      if (saved === undefined) delete process.env.XDG_DATA_HOME;
      else process.env.XDG_DATA_HOME = saved;
    }
  });
});

describe("store URL", () => {
  it("uses DATABASE_URL when set, else the embedded file in the data folder", () => {
    expect(resolveStoreUrl("/data", {})).toBe("sqlite:/data/rapport.sqlite");
    expect(resolveStoreUrl("/data", { DATABASE_URL: "postgres://db/rapport" })).toBe(
      "postgres://db/rapport",
    );
  });

  it("never shows a password when describing where data lives", () => {
    expect(describeStoreUrl("postgres://career:s3cret@db:5432/rapport")).toBe(
      "postgres://career:***@db:5432/rapport",
    );
    expect(describeStoreUrl("sqlite:/data/rapport.sqlite")).toBe("/data/rapport.sqlite");
  });
});

describe("port", () => {
  it("accepts 0 to 65535 and explains anything else", () => {
    expect(parsePort("0")).toBe(0);
    expect(parsePort("4477")).toBe(4477);
    expect(() => parsePort("http")).toThrow('"http" is not a port number (0–65535).');
    expect(() => parsePort("70000")).toThrow("not a port number");
  });
});
