/**
 * Key sequences such as "g t" (press g, then t): which binding a key completes, given the keys
 * pressed just before it. Pure: the caller passes each key with the time it was pressed, and
 * keeps the returned state for the next key.
 */

/** A second key must follow the first within this time, or the first is forgotten. */
export const sequenceTimeoutMs = 1500;

export interface KeyBinding<Id extends string> {
  id: Id;
  /** The keys in order, as `KeyboardEvent.key` names them: ["g", "t"], ["?"]. */
  keys: readonly string[];
}

/** Keys pressed so far towards a longer binding, and when the last one was. */
export interface PendingKeys {
  keys: readonly string[];
  at: number;
}

export interface KeyReading<Id extends string> {
  /** The binding this key completed, if any. */
  matched: Id | null;
  /** Whether the key belongs to a binding (completed or begun): the page should not act on it too. */
  consumed: boolean;
  /** What to pass with the next key. */
  pending: PendingKeys | null;
}

const startsWith = (keys: readonly string[], prefix: readonly string[]) =>
  prefix.length <= keys.length && prefix.every((key, index) => keys[index] === key);

function readFrom<Id extends string>(
  bindings: readonly KeyBinding<Id>[],
  pressed: readonly string[],
  at: number,
): KeyReading<Id> | null {
  const complete = bindings.find(
    (binding) => binding.keys.length === pressed.length && startsWith(binding.keys, pressed),
  );
  if (complete) return { matched: complete.id, consumed: true, pending: null };
  const begun = bindings.some(
    (binding) => binding.keys.length > pressed.length && startsWith(binding.keys, pressed),
  );
  return begun ? { matched: null, consumed: true, pending: { keys: pressed, at } } : null;
}

/**
 * Reads one key. A key that breaks a sequence is read again on its own, so "g g t" still
 * means "g t"; a pause longer than `sequenceTimeoutMs` forgets the keys before it.
 */
export function readKey<Id extends string>(
  bindings: readonly KeyBinding<Id>[],
  pending: PendingKeys | null,
  key: string,
  now: number,
): KeyReading<Id> {
  const fresh = pending !== null && now - pending.at <= sequenceTimeoutMs ? pending : null;
  if (fresh) {
    const continued = readFrom(bindings, [...fresh.keys, key], now);
    if (continued) return continued;
  }
  return readFrom(bindings, [key], now) ?? { matched: null, consumed: false, pending: null };
}

/** "g t" → ["g", "t"]: how bindings are written in the list of shortcuts. */
export function parseKeys(written: string): string[] {
  return written.split(" ").filter((key) => key.length > 0);
}
