import { createHash, randomBytes } from "node:crypto";
import {
  type Device,
  deviceNameFromUserAgent,
  lastSeenIsStale,
  pairingTokenMinutes,
} from "../domain/device.js";
import { pairingQrSvg, pairingQrTerminal } from "../formats/pairing-qr.js";
import type { ServiceContext } from "./context.js";
import { notFound, ServiceError } from "./service-error.js";

/** A one-time pairing link, ready to show: Settings draws the SVG, the terminal the text. */
export interface PairingLink {
  url: string;
  expiresAt: string;
  qrSvg: string;
}

/** Why a pairing link did not pair: it was never made here, was used, or ran out. */
export type PairingRefusal = "unknown" | "used" | "expired";

export type PairingOutcome =
  | { paired: true; device: Device; secret: string }
  | { paired: false; reason: PairingRefusal };

/** A device the LAN listener let in: whose it is, for the request's context. */
export interface PairedDevice {
  id: string;
  ownerId: string;
}

// 32 random bytes as base64url: 43 characters, unguessable, nothing to escape in a URL.
const newSecret = () => randomBytes(32).toString("base64url");
const secretPattern = /^[A-Za-z0-9_-]{43}$/;
/** Only hashes are stored: a copy of the database lets no one pair or pose as a device. */
const hashOf = (secret: string) => createHash("sha256").update(secret).digest("hex");

/** A new pairing link on the LAN origin (`http://<lan-address>:<port>`); it works once, for 10 minutes. */
export async function newPairingLink(
  context: ServiceContext,
  lanOrigin: string,
): Promise<PairingLink> {
  const token = newSecret();
  const now = context.now();
  const expiresAt = new Date(now.getTime() + pairingTokenMinutes * 60_000).toISOString();
  await context.transaction(async (tx) => {
    await tx.store.devices.removeSpentPairingTokens(tx.ownerId, now.toISOString());
    await tx.store.devices.addPairingToken({
      id: tx.newId(),
      ownerId: tx.ownerId,
      tokenHash: hashOf(token),
      createdAt: now.toISOString(),
      expiresAt,
    });
  });
  const url = `${lanOrigin}/pair/${token}`;
  return { url, expiresAt, qrSvg: await pairingQrSvg(url) };
}

/** The link's QR code for a terminal (`rapport serve --lan` prints it). */
export function pairingLinkForTerminal(link: PairingLink): Promise<string> {
  return pairingQrTerminal(link.url);
}

/**
 * Opening a pairing link: a working token is used up and becomes a device with its own
 * long-lived secret (returned once, for the cookie; only its hash is kept).
 */
export async function pairDevice(
  context: ServiceContext,
  token: string,
  userAgent: string | undefined,
): Promise<PairingOutcome> {
  if (!secretPattern.test(token)) return { paired: false, reason: "unknown" };
  const tokenHash = hashOf(token);
  return context.transaction(async (tx): Promise<PairingOutcome> => {
    const now = tx.now().toISOString();
    const found = await tx.store.devices.findPairingToken(tokenHash);
    if (!found.found || found.ownerId !== tx.ownerId) return { paired: false, reason: "unknown" };
    if (found.usedAt !== null) return { paired: false, reason: "used" };
    if (found.expiresAt <= now) return { paired: false, reason: "expired" };
    // Conditional, so of two openings at once only one pairs.
    if (!(await tx.store.devices.spendPairingToken(tokenHash, now))) {
      return { paired: false, reason: "used" };
    }
    const secret = newSecret();
    const device = await tx.store.devices.addDevice({
      id: tx.newId(),
      ownerId: tx.ownerId,
      name: deviceNameFromUserAgent(userAgent),
      tokenHash: hashOf(secret),
      createdAt: now,
    });
    return { paired: true, device, secret };
  });
}

/**
 * The unrevoked device holding `secret`, or null. Marks it seen, at most once a minute,
 * so a page load's dozen requests write nothing.
 */
export async function deviceForSecret(
  context: ServiceContext,
  secret: string | undefined,
): Promise<PairedDevice | null> {
  if (secret === undefined || !secretPattern.test(secret)) return null;
  const device = await context.store.devices.findLiveBySecretHash(hashOf(secret));
  if (!device || device.ownerId !== context.ownerId) return null;
  const now = context.now();
  if (lastSeenIsStale(device.lastSeenAt, now)) {
    await context.store.devices.markSeen(device.id, now.toISOString());
  }
  return { id: device.id, ownerId: device.ownerId };
}

export function listDevices(context: ServiceContext): Promise<Device[]> {
  return context.store.devices.listLive(context.ownerId);
}

/**
 * Revokes a device: its next request is refused. From a paired phone, only other devices:
 * revoking the one in hand would lock it out mid-use, so that is done from the computer.
 */
export async function revokeDevice(
  context: ServiceContext,
  id: string,
  options: { requestedBy?: string } = {},
): Promise<void> {
  if (options.requestedBy === id) {
    throw new ServiceError(
      "conflict",
      "This is the device you are using. Revoke it from the computer Rapport runs on.",
    );
  }
  const revoked = await context.transaction((tx) =>
    tx.store.devices.revoke(tx.ownerId, id, tx.now().toISOString()),
  );
  if (!revoked) throw notFound("That device");
}
