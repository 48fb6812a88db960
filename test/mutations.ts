import { readdirSync, readFileSync } from "node:fs";
import { zipSync } from "fflate";

/** One seeded generator for all generated test data, so a failing case can be run again. */
export { seededRandom } from "./generate.js";

const fixtureFolder = new URL("../src/formats/fixtures/", import.meta.url);

/** Every import fixture, by file name. */
export const importFixtures: Array<{ name: string; bytes: Uint8Array }> = readdirSync(fixtureFolder)
  .sort()
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(new URL(name, fixtureFolder))) }));

// What breaks parsers: quotes, separators, line ends, card markers, encodings, zip magic.
const tokens = [
  '"',
  ",",
  ";",
  ":",
  "=",
  "\\",
  "\r\n",
  "\n",
  "\r",
  " ",
  "\t",
  "\u0000",
  "\uFEFF",
  ":::",
  "=C3",
  "=\r\n",
  "BEGIN:VCARD\r\n",
  "END:VCARD\r\n",
  "VERSION:2.1\r\n",
  ";ENCODING=QUOTED-PRINTABLE",
  ";CHARSET=x-unknown",
  "ENCODING=BASE64:",
  "item1.",
  "EMAIL;TYPE=pref:",
  "TEL:tel:+1;ext=",
  "ADR:;;;;;;",
  "N:;;;;",
  "dev@patel",
  "First Name,Last Name",
  "* ",
  "PK\u0003\u0004",
  "\u00e9",
  "\u{1F600}",
  "\uD800",
];

function pick<Item>(random: () => number, items: readonly Item[]): Item {
  return items[Math.floor(random() * items.length)] as Item;
}

function splice(bytes: Uint8Array, at: number, remove: number, insert: Uint8Array): Uint8Array {
  const result = new Uint8Array(bytes.length - remove + insert.length);
  result.set(bytes.subarray(0, at), 0);
  result.set(insert, at);
  result.set(bytes.subarray(at + remove), at + insert.length);
  return result;
}

/** One to four random edits: flipped bytes, inserted tokens, cut or repeated ranges, truncation. */
export function mutate(bytes: Uint8Array, random: () => number): Uint8Array {
  let result = bytes;
  const edits = 1 + Math.floor(random() * 4);
  for (let edit = 0; edit < edits; edit += 1) {
    const at = Math.floor(random() * (result.length + 1));
    const length = Math.floor(random() * Math.min(64, result.length - at + 1));
    switch (Math.floor(random() * 6)) {
      case 0: {
        const copy = result.slice();
        if (at < copy.length) copy[at] = Math.floor(random() * 256);
        result = copy;
        break;
      }
      case 1:
        result = splice(result, at, 0, new TextEncoder().encode(pick(random, tokens)));
        break;
      case 2:
        result = splice(result, at, length, new Uint8Array());
        break;
      case 3:
        result = splice(result, at, 0, result.slice(at, at + length));
        break;
      case 4:
        result = result.subarray(0, at);
        break;
      default:
        result = splice(result, at, length, new TextEncoder().encode(pick(random, tokens)));
    }
  }
  return result;
}

/** A mutated fixture, sometimes inside a zip (mutated again afterwards, or not). */
export function hostileFile(random: () => number): { label: string; bytes: Uint8Array } {
  const fixture = pick(random, importFixtures);
  const mutated = mutate(fixture.bytes, random);
  const shape = random();
  if (shape < 0.15) {
    const zip = zipSync({ "Export/Connections.csv": mutated });
    return { label: `${fixture.name} zipped`, bytes: random() < 0.5 ? zip : mutate(zip, random) };
  }
  return { label: fixture.name, bytes: mutated };
}

/** True for text meant for a person: no internals leaking into a message. */
export function readsAsExplanation(message: string): boolean {
  return (
    message.trim().length > 10 &&
    !/undefined|\[object |TypeError|RangeError|SyntaxError|is not a function|Cannot read prop|NaN/.test(
      message,
    )
  );
}
