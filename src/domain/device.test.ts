import { describe, expect, it } from "vitest";
import { deviceNameFromUserAgent, lastSeenIsStale } from "./device.js";

describe("deviceNameFromUserAgent", () => {
  it.each([
    [
      "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
      "Chrome on Android",
    ],
    [
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
      "Safari on iPhone",
    ],
    [
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1",
      "Chrome on iPhone",
    ],
    [
      "Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1",
      "Safari on iPad",
    ],
    ["Mozilla/5.0 (Android 14; Mobile; rv:132.0) Gecko/132.0 Firefox/132.0", "Firefox on Android"],
    [
      "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
      "Samsung Internet on Android",
    ],
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
      "Edge on Windows",
    ],
    [
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
      "Safari on Mac",
    ],
    ["curl/8.5.0", "A browser"],
    ["Mozilla/5.0 (X11; Linux x86_64)", "A browser on Linux"],
  ])("%s → %s", (userAgent, name) => {
    expect(deviceNameFromUserAgent(userAgent)).toBe(name);
  });

  it("names a request with no user agent", () => {
    expect(deviceNameFromUserAgent(undefined)).toBe("A browser");
  });
});

describe("lastSeenIsStale", () => {
  const seen = "2026-12-01T10:00:00.000Z";
  it("is stale from one minute on, never before", () => {
    expect(lastSeenIsStale(seen, new Date("2026-12-01T10:00:59.999Z"))).toBe(false);
    expect(lastSeenIsStale(seen, new Date("2026-12-01T10:01:00.000Z"))).toBe(true);
  });
  it("is stale when never seen", () => {
    expect(lastSeenIsStale(null, new Date(seen))).toBe(true);
  });
});
