import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { parseImport } from "./import-contacts.js";
import { defaultImportLimits } from "./import-limits.js";

const header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n";
const row = "Ada,Lovelace,,,Analytical Engines,Engineer,12 Mar 2024\r\n";

/** A zip of a few hundred KB whose Connections.csv unpacks past the 50 MB limit. */
function zipBomb(): Uint8Array {
  const rows = Math.ceil((defaultImportLimits.textBytes + 1024 * 1024) / row.length);
  return zipSync({ "Connections.csv": strToU8(header + row.repeat(rows)) }, { level: 9 });
}

/** Rewrites the unpacked size the zip declares for its first entry (local and central headers). */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  view.setUint32(22, size, true);
  let central = copy.length - 4;
  while (central > 0 && view.getUint32(central, true) !== 0x02014b50) central -= 1;
  view.setUint32(central + 24, size, true);
  return copy;
}

describe("zips that unpack to more than Rapport reads", () => {
  const bomb = zipBomb();
  const refusal =
    "Connections.csv in this zip is larger than 50 MB once unpacked, the most Rapport reads from one file: a real LinkedIn export is far smaller, so download it again, or split Connections.csv and import the parts.";

  it("stops inflating at the limit and says so", () => {
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(() => parseImport(bomb)).toThrow(refusal);
  });

  it("counts the bytes themselves, whatever size the zip declares", () => {
    expect(() => parseImport(declareSize(bomb, 1000))).toThrow(refusal);
  });

  it("refuses early when the declared size is already past the limit", () => {
    const small = zipSync({ "Connections.csv": strToU8(header + row) });
    expect(() => parseImport(declareSize(small, defaultImportLimits.textBytes + 1))).toThrow(
      refusal,
    );
  });
});
