import { nameKey } from "../domain/name-key.js";
import type { SoftDeletedTable } from "../store/soft-delete.js";
import { isUniqueViolation } from "../store/unique-violation.js";
import type { ServiceContext } from "./context.js";
import { ServiceError } from "./service-error.js";

/**
 * Creates that accept an id the client made (a UUID), so the same create sent twice (an
 * offline outbox replaying, a double click, a retry after a lost answer) makes one record.
 *
 * A create with an id answers:
 * - the id is nobody's: the record is made with that id;
 * - the id is this owner's live record and the record says what this create asks for
 *   (every field the create sends, compared as stored; see `sameAs`): that record, as it is,
 *   and nothing is written again;
 * - otherwise a conflict, "That id is already used": the record says something else (it
 *   was edited since, or the id was reused for other content), it is deleted (a replay must
 *   not bring back what the explorer deleted; undo is restore), or it is another owner's
 *   (whose content is never compared or shown).
 * Two sends at the same moment both find the id free; the primary key (or a unique name)
 * lets one insert through and stops the other, which then answers as a replay of the first.
 * A create without an id gets a new one from `context.newId`, as always.
 */

export function idTaken(): ServiceError {
  return new ServiceError("conflict", "That id is already used.", {
    id: "That id is already used",
  });
}

/** An edit never changes which record it is: an `id` in its body is not the client's to set. */
export function withoutId(draft: unknown): unknown {
  if (typeof draft !== "object" || draft === null || !("id" in draft)) return draft;
  const { id: _id, ...rest } = draft as Record<string, unknown>;
  return rest;
}

export interface CreateOnce<Entity> {
  table: SoftDeletedTable;
  /** The id the client sent, if it sent one. */
  id: string | undefined;
  /** This owner's live record with this id. */
  read(tx: ServiceContext, id: string): Promise<Entity | undefined>;
  /** Whether the record already says what this create asks for. */
  matches(existing: Entity): boolean;
  /** Makes the record with `id`, in the transaction `tx`. */
  create(tx: ServiceContext, id: string): Promise<Entity>;
}

/**
 * Runs a create in its own transaction, once per client id (see above). Called with a
 * context outside any transaction: the retry after a broken key needs a transaction of its
 * own, since PostgreSQL aborts the one that broke it.
 */
export async function createOnce<Entity>(
  context: ServiceContext,
  create: CreateOnce<Entity>,
): Promise<Entity> {
  const { id } = create;
  if (id === undefined) return context.transaction((tx) => create.create(tx, context.newId()));
  try {
    return await context.transaction(
      async (tx) => (await replayOf(tx, create, id)) ?? create.create(tx, id),
    );
  } catch (error) {
    if (!lostToAnotherWriter(error)) throw error;
    // Perhaps another send with this id committed between our check and our insert: then
    // this one is its replay. Otherwise the failure stands.
    const replay = await context.transaction((tx) => replayOf(tx, create, id));
    if (replay === undefined) throw error;
    return replay;
  }
}

/**
 * A write that lost to a concurrent one: a broken key (the id), or the conflict a unique
 * name answers (an organization's or a template's insert skips a name just taken, and that
 * can be the other send's row, checked before the id's key).
 */
function lostToAnotherWriter(error: unknown): boolean {
  return isUniqueViolation(error) || (error instanceof ServiceError && error.code === "conflict");
}

/** The record an earlier send with this id made, if this create is a replay of it. */
async function replayOf<Entity>(
  tx: ServiceContext,
  create: CreateOnce<Entity>,
  id: string,
): Promise<Entity | undefined> {
  const holder = await tx.store.rowIds.holder(create.table, id);
  if (!holder) return undefined;
  if (holder.ownerId !== tx.ownerId || holder.deleted) throw idTaken();
  const existing = await create.read(tx, id);
  if (existing === undefined || !create.matches(existing)) throw idTaken();
  return existing;
}

type Comparable = Record<string, unknown>;

/**
 * Whether the stored record says what a create's validated input asks for: every field
 * the input has and the record keeps is equal (lists as sets, `folded` fields by their
 * name key, as names are matched). Fields the record does not keep as sent (names that
 * became people) and fields left out (`undefined`, or listed in `skip`) are not compared.
 */
export function sameAs(
  existing: object,
  input: object,
  options: { skip?: readonly string[]; folded?: readonly string[] } = {},
): boolean {
  const stored = existing as Comparable;
  for (const [key, value] of Object.entries(input as Comparable)) {
    if (key === "id" || value === undefined || options.skip?.includes(key)) continue;
    if (!(key in stored)) continue;
    const kept = stored[key];
    if (options.folded?.includes(key)) {
      if (foldedName(value) !== foldedName(kept)) return false;
    } else if (comparable(value) !== comparable(kept)) {
      return false;
    }
  }
  return true;
}

function foldedName(value: unknown): string | null {
  return typeof value === "string" ? nameKey(value) : null;
}

function comparable(value: unknown): string {
  if (Array.isArray(value)) return JSON.stringify(value.map((each) => JSON.stringify(each)).sort());
  return JSON.stringify(value ?? null);
}
