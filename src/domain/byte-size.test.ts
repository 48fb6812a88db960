import { describe, expect, it } from "vitest";
import { formatByteSize } from "./byte-size.js";

describe("formatByteSize", () => {
  it("writes sizes as a person reads them", () => {
    expect(formatByteSize(50 * 1024 * 1024)).toBe("50 MB");
    expect(formatByteSize(1.5 * 1024 * 1024)).toBe("1.5 MB");
    expect(formatByteSize(800 * 1024)).toBe("800 KB");
    expect(formatByteSize(512 * 1024)).toBe("512 KB");
  });

  it("rounds a size over a limit up to the next whole megabyte", () => {
    expect(formatByteSize(100 * 1024 * 1024 + 1, "up")).toBe("101 MB");
  });
});
