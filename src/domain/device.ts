/**
 * Phones and tablets paired with `rapport serve --lan`: what a paired device is, how long
 * a pairing link lives, and a device's name from its browser's user agent.
 */

/** A device paired over the LAN, as Settings lists it; its secret never leaves the server. */
export interface Device {
  id: string;
  /** From the user agent when it paired, e.g. "Chrome on Android". */
  name: string;
  pairedAt: string;
  lastSeenAt: string | null;
}

/** A pairing link lives this long, and works once. */
export const pairingTokenMinutes = 10;

/** A device's "last seen" is written at most this often (not on every request). */
export const lastSeenEveryMinutes = 1;

/** Whether a device last seen at `lastSeenAt` should be marked seen again at `now`. */
export function lastSeenIsStale(lastSeenAt: string | null, now: Date): boolean {
  if (lastSeenAt === null) return true;
  return now.getTime() - Date.parse(lastSeenAt) >= lastSeenEveryMinutes * 60_000;
}

// Order matters: Edge, Opera and Samsung Internet also say "Chrome"; Chrome says "Safari".
const browsers: ReadonlyArray<readonly [RegExp, string]> = [
  [/EdgA?\/|EdgiOS\//, "Edge"],
  [/OPR\/|OPiOS\//, "Opera"],
  [/SamsungBrowser\//, "Samsung Internet"],
  [/Firefox\/|FxiOS\//, "Firefox"],
  [/Chrome\/|CriOS\/|Chromium\//, "Chrome"],
  [/Safari\//, "Safari"],
];

const systems: ReadonlyArray<readonly [RegExp, string]> = [
  [/iPad/, "iPad"],
  [/iPhone|iPod/, "iPhone"],
  [/Android/, "Android"],
  [/CrOS/, "ChromeOS"],
  [/Windows/, "Windows"],
  [/Macintosh|Mac OS X/, "Mac"],
  [/Linux/, "Linux"],
];

/** "Chrome on Android", "Safari on iPhone"; "A browser" when the user agent says nothing known. */
export function deviceNameFromUserAgent(userAgent: string | undefined): string {
  const text = userAgent ?? "";
  const browser = browsers.find(([pattern]) => pattern.test(text))?.[1];
  const system = systems.find(([pattern]) => pattern.test(text))?.[1];
  if (browser && system) return `${browser} on ${system}`;
  if (browser) return browser;
  if (system) return `A browser on ${system}`;
  return "A browser";
}
