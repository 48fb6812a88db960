import { describe, expect, it } from "vitest";
import { errorFromAnswer } from "./api.js";

describe("errorFromAnswer", () => {
  it("keeps the API's own message for a body that is too large", () => {
    const error = errorFromAnswer(413, {
      error: { code: "too_large", message: "That file is larger than 50 MB; split it." },
    });
    expect([error.code, error.message, error.status]).toEqual([
      "too_large",
      "That file is larger than 50 MB; split it.",
      413,
    ]);
  });

  it("says what a 413 from something in front of Rapport means", () => {
    const error = errorFromAnswer(413, null);
    expect([error.code, error.message]).toEqual([
      "too_large",
      "That is more than the server accepts at once. Send a smaller file or a shorter text.",
    ]);
  });

  it("falls back to the status for anything else", () => {
    expect(errorFromAnswer(502, "Bad Gateway").message).toBe(
      "Something went wrong on the server (502).",
    );
  });
});
