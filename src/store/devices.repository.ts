import type { Kysely, Selectable } from "kysely";
import type { Device } from "../domain/device.js";
import type { Database, DeviceTable } from "./schema.js";

function toDevice(row: Selectable<DeviceTable>): Device {
  return { id: row.id, name: row.name, pairedAt: row.created_at, lastSeenAt: row.last_seen_at };
}

/** What a pairing token's hash finds: nothing, or the token and whether it still works. */
export type PairingTokenLookup =
  | { found: false }
  | { found: true; ownerId: string; usedAt: string | null; expiresAt: string };

/** A live (unrevoked) device found by its secret's hash. */
export interface DeviceSession {
  id: string;
  ownerId: string;
  lastSeenAt: string | null;
}

/**
 * Paired devices and pairing tokens (`rapport serve --lan`). Only SHA-256 hashes of the
 * secrets are stored, and neither table is in a backup.
 */
export function devicesRepository(db: Kysely<Database>) {
  return {
    async addPairingToken(row: {
      id: string;
      ownerId: string;
      tokenHash: string;
      createdAt: string;
      expiresAt: string;
    }): Promise<void> {
      await db
        .insertInto("pairing_tokens")
        .values({
          id: row.id,
          owner_id: row.ownerId,
          token_hash: row.tokenHash,
          created_at: row.createdAt,
          expires_at: row.expiresAt,
        })
        .execute();
    },

    /** Tokens used or expired before `before` are of no further use; they go. */
    async removeSpentPairingTokens(ownerId: string, before: string): Promise<void> {
      await db
        .deleteFrom("pairing_tokens")
        .where("owner_id", "=", ownerId)
        .where((where) =>
          where.or([where("expires_at", "<", before), where("used_at", "<", before)]),
        )
        .execute();
    },

    async findPairingToken(tokenHash: string): Promise<PairingTokenLookup> {
      const row = await db
        .selectFrom("pairing_tokens")
        .select(["owner_id", "used_at", "expires_at"])
        .where("token_hash", "=", tokenHash)
        .executeTakeFirst();
      if (!row) return { found: false };
      return { found: true, ownerId: row.owner_id, usedAt: row.used_at, expiresAt: row.expires_at };
    },

    /**
     * Marks the token used if it still works at `now`; false if another request used it
     * first or it has expired. One conditional UPDATE, so two openings never both pair.
     */
    async spendPairingToken(tokenHash: string, now: string): Promise<boolean> {
      const result = await db
        .updateTable("pairing_tokens")
        .set({ used_at: now })
        .where("token_hash", "=", tokenHash)
        .where("used_at", "is", null)
        .where("expires_at", ">", now)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async addDevice(row: {
      id: string;
      ownerId: string;
      name: string;
      tokenHash: string;
      createdAt: string;
    }): Promise<Device> {
      const inserted = {
        id: row.id,
        owner_id: row.ownerId,
        name: row.name,
        token_hash: row.tokenHash,
        created_at: row.createdAt,
        last_seen_at: row.createdAt,
        revoked_at: null,
      };
      await db.insertInto("devices").values(inserted).execute();
      return toDevice(inserted);
    },

    /** The unrevoked device whose secret hashes to `tokenHash`, if any. */
    async findLiveBySecretHash(tokenHash: string): Promise<DeviceSession | null> {
      const row = await db
        .selectFrom("devices")
        .select(["id", "owner_id", "last_seen_at"])
        .where("token_hash", "=", tokenHash)
        .where("revoked_at", "is", null)
        .executeTakeFirst();
      return row ? { id: row.id, ownerId: row.owner_id, lastSeenAt: row.last_seen_at } : null;
    },

    async markSeen(id: string, at: string): Promise<void> {
      await db.updateTable("devices").set({ last_seen_at: at }).where("id", "=", id).execute();
    },

    /** The owner's unrevoked devices, the first paired first. */
    async listLive(ownerId: string): Promise<Device[]> {
      const rows = await db
        .selectFrom("devices")
        .selectAll()
        .where("owner_id", "=", ownerId)
        .where("revoked_at", "is", null)
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map(toDevice);
    },

    /** Revokes a live device of the owner; false if there is none with that id. */
    async revoke(ownerId: string, id: string, at: string): Promise<boolean> {
      const result = await db
        .updateTable("devices")
        .set({ revoked_at: at })
        .where("owner_id", "=", ownerId)
        .where("id", "=", id)
        .where("revoked_at", "is", null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
