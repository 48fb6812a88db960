import { describe, expect, it } from "vitest";
import { isConductPath } from "./service-worker.js";

describe("the page an update must not interrupt", () => {
  it("is a conversation's conduct page, and only that", () => {
    expect(isConductPath("/conversations/act-1/conduct")).toBe(true);
    expect(isConductPath("/conversations/act-1/conduct/")).toBe(true);
    expect(isConductPath("/conversations/act-1/prepare")).toBe(false);
    expect(isConductPath("/conversations/act-1/brief")).toBe(false);
    expect(isConductPath("/conversations")).toBe(false);
    expect(isConductPath("/conversations/act-1/conduct/notes")).toBe(false);
  });
});
