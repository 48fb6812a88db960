import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import { createBackup } from "./backup.service.js";
import {
  deviceForSecret,
  listDevices,
  newPairingLink,
  pairDevice,
  revokeDevice,
} from "./devices.service.js";

const lanOrigin = "http://192.168.1.20:4477";
const androidChrome =
  "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
const iphoneSafari =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
const minute = 60_000;

const tokenOf = (url: string) => url.slice(`${lanOrigin}/pair/`.length);
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe.each(storeTargets)("paired devices on $name", (target) => {
  describe.skipIf(!target.available)("through the store", () => {
    const current = freshOwnerEachTest(target);

    async function paired(userAgent = androidChrome) {
      const { context } = current.clock;
      const link = await newPairingLink(context, lanOrigin);
      const outcome = await pairDevice(context, tokenOf(link.url), userAgent);
      if (!outcome.paired) throw new Error(`did not pair: ${outcome.reason}`);
      return outcome;
    }

    it("makes a one-time link on the LAN origin with a QR code, and keeps only its hash", async () => {
      const { context } = current.clock;
      const link = await newPairingLink(context, lanOrigin);
      expect(link.url).toMatch(/^http:\/\/192\.168\.1\.20:4477\/pair\/[A-Za-z0-9_-]{43}$/);
      expect(link.expiresAt).toBe("2026-11-22T09:10:00.000Z");
      expect(link.qrSvg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      const token = tokenOf(link.url);
      expect(await current.store.devices.findPairingToken(token)).toEqual({ found: false });
      expect(await current.store.devices.findPairingToken(sha256(token))).toEqual({
        found: true,
        ownerId: context.ownerId,
        usedAt: null,
        expiresAt: "2026-11-22T09:10:00.000Z",
      });
    });

    it("pairs a device once: named from its browser, listed, its secret stored only hashed", async () => {
      const { context } = current.clock;
      const link = await newPairingLink(context, lanOrigin);
      const outcome = await pairDevice(context, tokenOf(link.url), androidChrome);
      if (!outcome.paired) throw new Error("expected to pair");
      expect(outcome.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(outcome.device).toEqual({
        id: expect.any(String),
        name: "Chrome on Android",
        pairedAt: "2026-11-22T09:00:00.000Z",
        lastSeenAt: "2026-11-22T09:00:00.000Z",
      });
      expect(await listDevices(context)).toEqual([outcome.device]);
      expect(await current.store.devices.findLiveBySecretHash(outcome.secret)).toBeNull();
      expect(await deviceForSecret(context, outcome.secret)).toEqual({
        id: outcome.device.id,
        ownerId: context.ownerId,
      });

      expect(await pairDevice(context, tokenOf(link.url), iphoneSafari)).toEqual({
        paired: false,
        reason: "used",
      });
      expect(await listDevices(context)).toEqual([outcome.device]);
    });

    it("refuses a link at 10 minutes, not a millisecond before", async () => {
      const { context } = current.clock;
      const early = await newPairingLink(context, lanOrigin);
      const late = await newPairingLink(context, lanOrigin);
      current.clock.advance(10 * minute - 1);
      expect((await pairDevice(context, tokenOf(early.url), iphoneSafari)).paired).toBe(true);
      current.clock.advance(1);
      expect(await pairDevice(context, tokenOf(late.url), iphoneSafari)).toEqual({
        paired: false,
        reason: "expired",
      });
      expect((await listDevices(context)).map((device) => device.name)).toEqual([
        "Safari on iPhone",
      ]);
    });

    it("refuses a token it never made, a malformed one, and another owner's", async () => {
      const { context } = current.clock;
      const link = await newPairingLink(context, lanOrigin);
      expect(await pairDevice(context, "A".repeat(43), androidChrome)).toEqual({
        paired: false,
        reason: "unknown",
      });
      expect(await pairDevice(context, "../../etc", androidChrome)).toEqual({
        paired: false,
        reason: "unknown",
      });
      const other = { ...context, ownerId: `${context.ownerId}-other` };
      expect(await pairDevice(other, tokenOf(link.url), androidChrome)).toEqual({
        paired: false,
        reason: "unknown",
      });
      expect((await pairDevice(context, tokenOf(link.url), androidChrome)).paired).toBe(true);
    });

    it("marks a device seen at most once a minute", async () => {
      const { context } = current.clock;
      const { secret } = await paired();
      current.clock.advance(minute - 1);
      await deviceForSecret(context, secret);
      expect((await listDevices(context))[0]?.lastSeenAt).toBe("2026-11-22T09:00:00.000Z");
      current.clock.advance(1);
      await deviceForSecret(context, secret);
      expect((await listDevices(context))[0]?.lastSeenAt).toBe("2026-11-22T09:01:00.000Z");
      current.clock.advance(30_000);
      await deviceForSecret(context, secret);
      expect((await listDevices(context))[0]?.lastSeenAt).toBe("2026-11-22T09:01:00.000Z");
    });

    it("revokes a device at once; the device itself may not revoke itself", async () => {
      const { context } = current.clock;
      const phone = await paired(androidChrome);
      const tablet = await paired(iphoneSafari);
      await expect(
        revokeDevice(context, phone.device.id, { requestedBy: phone.device.id }),
      ).rejects.toMatchObject({
        code: "conflict",
        message: "This is the device you are using. Revoke it from the computer Rapport runs on.",
      });
      await revokeDevice(context, phone.device.id, { requestedBy: tablet.device.id });
      expect(await deviceForSecret(context, phone.secret)).toBeNull();
      expect(await deviceForSecret(context, tablet.secret)).not.toBeNull();
      expect((await listDevices(context)).map((device) => device.name)).toEqual([
        "Safari on iPhone",
      ]);
      await expect(revokeDevice(context, phone.device.id)).rejects.toMatchObject({
        code: "not_found",
      });
      const other = { ...context, ownerId: `${context.ownerId}-other` };
      await expect(revokeDevice(other, tablet.device.id)).rejects.toMatchObject({
        code: "not_found",
      });
      expect(await deviceForSecret(other, tablet.secret)).toBeNull();
    });

    it("leaves devices and pairing tokens out of backups", async () => {
      const { context } = current.clock;
      const { secret } = await paired();
      await newPairingLink(context, lanOrigin);
      const backup = await createBackup(context);
      expect(Object.keys(backup.tables)).not.toContain("devices");
      expect(Object.keys(backup.tables)).not.toContain("pairing_tokens");
      const text = JSON.stringify(backup);
      expect(text).not.toContain("Chrome on Android");
      expect(text).not.toContain(sha256(secret));
    });
  });
});
