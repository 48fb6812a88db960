import { describe, expect, it } from "vitest";
import {
  channelModeText,
  lengthText,
  modeText,
  whenText,
  zoneText,
} from "./conversations-format.js";

describe("conversations format", () => {
  it("writes a length in minutes and hours", () => {
    expect(lengthText(30)).toBe("30 min");
    expect(lengthText(60)).toBe("1 h");
    expect(lengthText(90)).toBe("1 h 30 min");
    expect(lengthText(125)).toBe("2 h 5 min");
  });

  it("names a conversation's mode, and a channel that is one", () => {
    expect(modeText(null)).toBeNull();
    expect(modeText("video")).toBe("Video");
    expect(modeText("email")).toBe("By e-mail");
    expect(channelModeText("in_person")).toBe("In person");
    expect(channelModeText("letter")).toBeNull();
    expect(channelModeText(null)).toBeNull();
  });

  it("writes a zone's name with spaces for a hint", () => {
    expect(zoneText("America/New_York")).toBe("America/New York");
    expect(zoneText("Europe/Paris")).toBe("Europe/Paris");
  });

  it("writes the time in the explorer's zone, not the machine's", () => {
    const instant = "2025-11-25T19:00:00Z";
    const inZone = (timeZone: string) =>
      new Intl.DateTimeFormat(undefined, { hour: "numeric", minute: "2-digit", timeZone }).format(
        new Date(instant),
      );
    // 19:00 UTC is 14:00 in New York and 20:00 in Paris that day.
    expect(whenText(instant, "America/New_York")).toContain(inZone("America/New_York"));
    expect(whenText(instant, "Europe/Paris")).toContain(inZone("Europe/Paris"));
    expect(inZone("America/New_York")).not.toBe(inZone("Europe/Paris"));
  });
});
