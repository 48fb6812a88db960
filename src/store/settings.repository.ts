import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

/** The columns of the owner's one `settings` row; each is read and written on its own. */
type SettingsColumn = "cadence" | "coach" | "calendar_secret" | "prepare";

/**
 * The owner's `settings` row. Saving one setting writes only its column, so saving the
 * coach's limits never touches the cadence, and the other way round.
 */
export function settingsRepository(db: Kysely<Database>) {
  async function read(ownerId: string, column: SettingsColumn): Promise<string | null> {
    const row = await db
      .selectFrom("settings")
      .select(column)
      .where("owner_id", "=", ownerId)
      .executeTakeFirst();
    return row?.[column] ?? null;
  }

  async function write(ownerId: string, column: SettingsColumn, value: string | null, now: string) {
    const values = { [column]: value, updated_at: now };
    await db
      .insertInto("settings")
      .values({ owner_id: ownerId, ...values })
      .onConflict((conflict) => conflict.column("owner_id").doUpdateSet(values))
      .execute();
  }

  const readJson = async (ownerId: string, column: SettingsColumn): Promise<unknown> => {
    const text = await read(ownerId, column);
    return text ? (JSON.parse(text) as unknown) : null;
  };

  return {
    /** The saved cadence (JSON, validated by the domain), or null for the defaults. */
    cadence: (ownerId: string) => readJson(ownerId, "cadence"),
    saveCadence: (ownerId: string, cadence: unknown, now: string) =>
      write(ownerId, "cadence", JSON.stringify(cadence), now),

    /** The coach's saved limits (JSON), or null for the defaults. */
    coach: (ownerId: string) => readJson(ownerId, "coach"),
    saveCoach: (ownerId: string, coach: unknown, now: string) =>
      write(ownerId, "coach", JSON.stringify(coach), now),

    prepare: (ownerId: string) => readJson(ownerId, "prepare"),

    /** The calendar feed's secret; null while the feed is off. */
    calendarSecret: (ownerId: string) => read(ownerId, "calendar_secret"),
    /** Sets (a new secret) or clears (`null`: the feed is off) the secret. */
    saveCalendarSecret: (ownerId: string, secret: string | null, now: string) =>
      write(ownerId, "calendar_secret", secret, now),

    /** Whose feed an address is; secrets are unique, so at most one owner. */
    async ownerOfCalendarSecret(secret: string): Promise<string | null> {
      const row = await db
        .selectFrom("settings")
        .select("owner_id")
        .where("calendar_secret", "=", secret)
        .executeTakeFirst();
      return row?.owner_id ?? null;
    },
  };
}
