import { describe, expect, it } from "vitest";
import { conversationsToKeep, isKeptOnDevice } from "./offline-window.js";

const now = new Date("2026-12-01T12:00:00.000Z");
const at = (offsetMs: number) => new Date(now.getTime() + offsetMs).toISOString();
const hour = 60 * 60 * 1000;

/** A conversation starting `startsIn` from now and lasting `minutes`. */
function conversation(activityId: string, startsIn: number, minutes = 30) {
  return { activityId, startsAt: at(startsIn), endsAt: at(startsIn + minutes * 60 * 1000) };
}

describe("which conversations are kept on the device", () => {
  it("keeps one starting within the next 48 hours, up to and including 48 hours from now", () => {
    expect(isKeptOnDevice(conversation("soon", 5 * hour), now)).toBe(true);
    expect(isKeptOnDevice(conversation("edge", 48 * hour), now)).toBe(true);
    expect(isKeptOnDevice(conversation("past-edge", 48 * hour + 1), now)).toBe(false);
    expect(isKeptOnDevice(conversation("in three days", 72 * hour), now)).toBe(false);
  });

  it("keeps one under way, and one that ended until 6 hours after its end", () => {
    expect(isKeptOnDevice(conversation("under way", -10 * 60 * 1000), now)).toBe(true);
    // Ended 5 h 59 min ago: still kept; ended exactly 6 hours ago: gone.
    expect(isKeptOnDevice(conversation("just over", -(6 * hour) + 60_000 - 30 * 60_000), now)).toBe(
      true,
    );
    expect(isKeptOnDevice(conversation("over", -(6 * hour) - 30 * 60_000), now)).toBe(false);
    expect(isKeptOnDevice(conversation("yesterday", -24 * hour), now)).toBe(false);
  });

  it("keeps nothing whose times cannot be read", () => {
    expect(isKeptOnDevice({ activityId: "x", startsAt: "soon", endsAt: "later" }, now)).toBe(false);
  });

  it("lists the kept ones soonest first, each once", () => {
    const tomorrow = conversation("tomorrow", 26 * hour);
    const tonight = conversation("tonight", 8 * hour);
    const nextWeek = conversation("next week", 7 * 24 * hour);
    const kept = conversationsToKeep([tomorrow, nextWeek, tonight, tomorrow], now);
    expect(kept.map((item) => item.activityId)).toEqual(["tonight", "tomorrow"]);
  });
});
