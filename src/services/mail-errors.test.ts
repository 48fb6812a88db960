import { describe, expect, it } from "vitest";
import type { SmtpAccount } from "../domain/mail-account.js";
import { explainSmtpFailure } from "./mail-errors.js";

const account: SmtpAccount = {
  host: "smtp.example.com",
  port: 587,
  security: "starttls",
  user: "jordan",
  password: "hunter2-secret",
  fromAddress: null,
};

const failure = (fields: Record<string, string>) =>
  Object.assign(new Error(fields.message), fields);

describe("explainSmtpFailure", () => {
  it("points at the password when the login is refused", () => {
    const error = explainSmtpFailure(
      failure({ code: "EAUTH", message: "Invalid login: 535 5.7.8 Authentication failed" }),
      account,
    );
    expect(error.code).toBe("validation_failed");
    expect(Object.keys(error.fields ?? {})).toEqual(["password"]);
  });

  it("points at the security setting for TLS trouble", () => {
    for (const thrown of [
      failure({ code: "ETLS", message: "Failed to upgrade" }),
      failure({ code: "ESOCKET", message: "SSL routines:ssl3_get_record:wrong version number" }),
      failure({ code: "ESOCKET", message: "self-signed certificate" }),
    ]) {
      expect(Object.keys(explainSmtpFailure(thrown, account).fields ?? {})).toEqual(["security"]);
    }
  });

  it("points at the server name when nothing answers", () => {
    for (const code of ["ECONNECTION", "ETIMEDOUT", "EDNS", "ESOCKET"]) {
      const error = explainSmtpFailure(failure({ code, message: "connect ECONNREFUSED" }), account);
      expect(error.fields?.host).toMatch(
        /^Could not reach a mail server at smtp\.example\.com:587/,
      );
    }
  });

  it("quotes the server for anything else, with the password blanked", () => {
    const error = explainSmtpFailure(
      failure({ code: "EMESSAGE", message: "x", response: "550 no thanks hunter2-secret" }),
      account,
    );
    expect(error.message).toBe(
      "The mail server did not accept the message: 550 no thanks •••. Check your SMTP settings, or try again later.",
    );
    expect(explainSmtpFailure("weird", account).message).toMatch(/did not accept the message\./);
  });
});
