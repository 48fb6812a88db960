import { describe, expect, it } from "vitest";
import { ApiError } from "./api.js";
import { placeErrors, submitErrors, withoutFieldError } from "./form-state.js";

const order = ["name", "email", "phone"] as const;

describe("form state", () => {
  it("focuses the first field in the form's order that has an error", () => {
    expect(placeErrors(order, { phone: "Too short", email: "Not an address" })).toEqual({
      firstField: "email",
      formError: null,
    });
  });

  it("shows a message for something that is not a field here on top of the form", () => {
    expect(placeErrors(order, { organizationId: "No such organization" })).toEqual({
      firstField: null,
      formError: "No such organization",
    });
  });

  it("prefers the message it is given for the top of the form", () => {
    expect(placeErrors(order, { name: "Required", other: "Hidden" }, "Fix the form")).toEqual({
      firstField: "name",
      formError: "Fix the form",
    });
    expect(placeErrors(order, {}, "Could not save")).toEqual({
      firstField: null,
      formError: "Could not save",
    });
  });

  it("drops a field's error once it is edited, and keeps the others", () => {
    const errors = { name: "Required", email: "Not an address" };
    expect(withoutFieldError(errors, "name")).toEqual({ email: "Not an address" });
    expect(withoutFieldError(errors, "phone")).toBe(errors);
  });

  it("puts the server's field messages at the fields", () => {
    const error = new ApiError("validation_failed", "Check the form", 400, { email: "Taken" });
    expect(submitErrors(error)).toEqual({ fields: { email: "Taken" }, message: null });
  });

  it("puts any other failure on top, in words", () => {
    expect(submitErrors(new ApiError("conflict", "Already exists", 409))).toEqual({
      fields: {},
      message: "Already exists",
    });
    expect(submitErrors(new Error("boom"))).toEqual({
      fields: {},
      message: "Something went wrong. Please try again.",
    });
  });
});
