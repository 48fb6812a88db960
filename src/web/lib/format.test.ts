import { describe, expect, it } from "vitest";
import { countPeople, displayUrl, formatDate, formatFileSize, sourceLabel } from "./format.js";

describe("format", () => {
  it("shows an unreadable date as given", () => {
    expect(formatDate("not a date")).toBe("not a date");
  });

  it("names a person's source, and nothing for none", () => {
    expect(sourceLabel(null)).toBeNull();
    expect(sourceLabel("friend")).toBe("Friend");
    expect(sourceLabel("advisor")).toBe("Advisor, coach or recruiter");
  });

  it("counts people in words", () => {
    expect(countPeople(0)).toBe("0 people");
    expect(countPeople(1)).toBe("1 person");
    expect(countPeople(3)).toBe("3 people");
  });

  it("drops the scheme and a trailing slash from a web address", () => {
    expect(displayUrl("https://example.org/")).toBe("example.org");
    expect(displayUrl("http://example.org/team/")).toBe("example.org/team");
    expect(displayUrl("example.org/a")).toBe("example.org/a");
  });

  it("writes file sizes in bytes, KB and MB", () => {
    expect(formatFileSize(812)).toBe("812 bytes");
    expect(formatFileSize(1023)).toBe("1023 bytes");
    expect(formatFileSize(1024)).toBe("1 KB");
    expect(formatFileSize(24 * 1024 + 300)).toBe("24 KB");
    expect(formatFileSize(1.3 * 1024 * 1024)).toBe("1.3 MB");
  });
});
