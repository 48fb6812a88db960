import { inflateSync } from "node:zlib";

/**
 * Just enough PDF reading for tests, without a dependency: every stream inflated, pages
 * counted, and the text recovered through the fonts' ToUnicode maps (pdfkit and Chromium
 * both write embedded fonts as two-byte glyph ids with such a map). Not a PDF parser: it
 * reads what these two writers produce.
 */

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");

/** The file's own bytes and every stream's contents (inflated when Flate-encoded). */
export function pdfParts(bytes: Uint8Array): string[] {
  const text = latin1(bytes);
  const parts = [text];
  const streamPattern = /(?<!end)stream\r?\n/g;
  for (let match = streamPattern.exec(text); match; match = streamPattern.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf("endstream", start);
    if (end < 0) break;
    const dictionary = text.slice(Math.max(0, text.lastIndexOf("<<", match.index)), match.index);
    const raw = Buffer.from(text.slice(start, end), "latin1");
    if (/\/FlateDecode/.test(dictionary)) {
      try {
        parts.push(latin1(inflateSync(raw, { finishFlush: 2 })));
      } catch {
        // Not every stream is Flate data (images); those hold no text.
      }
    } else {
      parts.push(latin1(raw));
    }
    streamPattern.lastIndex = end + "endstream".length;
  }
  return parts;
}

/** How many page objects the file has ("/Type /Page", never "/Pages"), object streams included. */
export function pdfPageCount(bytes: Uint8Array): number {
  return pdfParts(bytes).reduce(
    (count, part) => count + (part.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0),
    0,
  );
}

type ToUnicode = Map<number, string>;

function hexToText(spaced: string): string {
  const hex = spaced.replace(/\s/g, "");
  let text = "";
  for (let index = 0; index + 4 <= hex.length; index += 4) {
    text += String.fromCharCode(Number.parseInt(hex.slice(index, index + 4), 16));
  }
  return text;
}

function parseCmap(cmap: string): ToUnicode {
  const map: ToUnicode = new Map();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, unicode] of (block[1] ?? "").matchAll(
      /<([0-9a-f]+)>\s*<([0-9a-f\s]+)>/gi,
    )) {
      map.set(Number.parseInt(code ?? "0", 16), hexToText(unicode ?? ""));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const body = block[1] ?? "";
    const entry = /<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(\[[^\]]*\]|<[0-9a-f\s]+>)/gi;
    for (const [, low, high, target] of body.matchAll(entry)) {
      const from = Number.parseInt(low ?? "0", 16);
      const to = Number.parseInt(high ?? "0", 16);
      if (target?.startsWith("[")) {
        const values = [...target.matchAll(/<([0-9a-f\s]+)>/gi)].map((each) => each[1] ?? "");
        values.forEach((value, offset) => {
          map.set(from + offset, hexToText(value));
        });
      } else {
        const first = Number.parseInt(target?.slice(1, -1).replace(/\s/g, "") ?? "0", 16);
        for (let code = from; code <= to; code += 1) {
          map.set(code, String.fromCodePoint(first + code - from));
        }
      }
    }
  }
  return map;
}

/**
 * The page text as each font's map reads it: every hex string shown in a content stream,
 * decoded glyph by glyph, in order. One reading per font; a test looks for its words in any.
 */
export function pdfTexts(bytes: Uint8Array): string[] {
  const parts = pdfParts(bytes);
  const cmaps = parts.filter((part) => part.includes("begincmap")).map(parseCmap);
  const contents = parts.filter(
    (part) => /\b(?:Tj|TJ)\b/.test(part) && !part.includes("begincmap"),
  );
  return cmaps.map((cmap) =>
    contents
      .flatMap((content) =>
        [...content.matchAll(/<([0-9a-fA-F\s]+)>/g)].map((match) => {
          const hex = (match[1] ?? "").replace(/\s/g, "");
          let text = "";
          for (let index = 0; index + 4 <= hex.length; index += 4) {
            text += cmap.get(Number.parseInt(hex.slice(index, index + 4), 16)) ?? "";
          }
          return text;
        }),
      )
      .join(""),
  );
}

/** Whether the words appear in the PDF's text (spacing ignored: writers place spaces apart). */
export function pdfHasText(bytes: Uint8Array, words: string): boolean {
  const wanted = words.replace(/\s+/g, "");
  return pdfTexts(bytes).some((text) => text.replace(/\s+/g, "").includes(wanted));
}
