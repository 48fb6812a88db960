import { nameKey } from "../domain/name-key.js";

/**
 * A LIKE pattern matching `text` anywhere in a column folded by nameKey, with LIKE's
 * wildcards in the text taken literally.
 */
export function containsPattern(text: string): string {
  return `%${nameKey(text).replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
