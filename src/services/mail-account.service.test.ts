import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import { createBackup } from "./backup.service.js";
import {
  getSmtpAccount,
  readSmtpAccount,
  removeSmtpAccount,
  saveSmtpAccount,
} from "./mail-account.service.js";
import { privateFolder } from "./private-files.js";
import { ServiceError } from "./service-error.js";

const account = {
  host: "smtp.example.com",
  port: "587",
  security: "starttls",
  user: "jordan@example.com",
  password: "correct horse battery staple",
  fromAddress: "Jordan@Example.com",
};

describe.each(storeTargets)("the SMTP account on $name", (target) => {
  describe.skipIf(!target.available)("in the private folder", () => {
    const current = freshOwnerEachTest(target);

    it("reads back without the password, in a file only the user can read", async () => {
      const { context } = current.clock;
      const saved = await saveSmtpAccount(context, account);
      const expected = {
        host: "smtp.example.com",
        port: 587,
        security: "starttls",
        user: "jordan@example.com",
        fromAddress: "jordan@example.com",
        passwordSet: true,
      };
      expect(saved).toEqual(expected);
      expect(await getSmtpAccount(context)).toEqual(expected);

      const folder = privateFolder(context);
      expect(folder).toBe(join(context.dataFolder, "private", context.ownerId));
      expect((await stat(join(folder, "smtp.json"))).mode & 0o777).toBe(0o600);
      expect((await stat(folder)).mode & 0o777).toBe(0o700);
      expect((await stat(join(context.dataFolder, "private"))).mode & 0o777).toBe(0o700);
      expect(await readFile(join(folder, "smtp.json"), "utf8")).toContain(account.password);

      const backup = JSON.stringify(await createBackup(context));
      expect(backup).not.toContain(account.password);
      expect(backup).not.toContain("smtp.example.com");
    });

    it("keeps the saved password when saved again without one", async () => {
      const { context } = current.clock;
      await saveSmtpAccount(context, account);
      await saveSmtpAccount(context, { ...account, port: 465, security: "ssl", password: "" });
      expect(await readSmtpAccount(context)).toMatchObject({
        port: 465,
        security: "ssl",
        password: account.password,
      });
    });

    it("asks for a password the first time, and checks every field", async () => {
      const { context } = current.clock;
      await expect(saveSmtpAccount(context, { ...account, password: "" })).rejects.toMatchObject({
        fields: { password: "Enter the password for this user name" },
      });
      const error = await saveSmtpAccount(context, {
        host: "https://smtp.example.com",
        port: "seventy",
        security: "maybe",
        fromAddress: "me at home",
      }).catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(ServiceError);
      expect((error as ServiceError).fields).toEqual({
        host: "Enter only the server's name, like smtp.example.com (no http:// or spaces)",
        port: "Enter the port number your provider gives (often 465 or 587)",
        security: "Choose how the connection is secured",
        fromAddress: "Enter an email address like name@example.com",
      });
      expect(await getSmtpAccount(context)).toBeNull();
    });

    it("removes the account and its file", async () => {
      const { context } = current.clock;
      await saveSmtpAccount(context, account);
      await removeSmtpAccount(context);
      expect(await getSmtpAccount(context)).toBeNull();
      await expect(stat(join(privateFolder(context), "smtp.json"))).rejects.toMatchObject({
        code: "ENOENT",
      });
    });

    it("keeps each owner's account apart", async () => {
      const { context } = current.clock;
      await saveSmtpAccount(context, account);
      expect(await getSmtpAccount({ ...context, ownerId: "someone/../else" })).toBeNull();
    });
  });
});
