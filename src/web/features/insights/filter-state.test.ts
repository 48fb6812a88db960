import { describe, expect, it } from "vitest";
import { insightsAddressOf } from "./filter-state.js";

describe("the Insights address", () => {
  it("reads the section and only the filter's set parts (what the loader fetches ahead)", () => {
    const address = insightsAddressOf(
      new URLSearchParams("section=effort&interest=t1&from=2026-10-01&location="),
    );
    expect(address.section).toBe("effort");
    expect(address.query).toEqual({ interest: "t1", from: "2026-10-01" });
    expect(address.filter).toEqual({ interest: "t1", location: "", from: "2026-10-01", to: "" });
  });

  it("shows Themes for no section or one it does not know", () => {
    expect(insightsAddressOf(new URLSearchParams("")).section).toBe("themes");
    expect(insightsAddressOf(new URLSearchParams("section=secrets")).section).toBe("themes");
    expect(insightsAddressOf(new URLSearchParams("")).query).toEqual({});
  });
});
