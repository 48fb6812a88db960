/**
 * A pre-pass that turns the vCards phones and address books really write into clean
 * vCard 3.0/4.0 lines that ical.js parses: one card at a time (so one broken card
 * does not sink the file), folded lines joined, vCard 2.1's QUOTED-PRINTABLE and
 * CHARSET decoded, its bare parameters ("TEL;WORK;VOICE") given their TYPE= name.
 */

import { type ImportLimits, tooManyRowsError } from "./import-limits.js";

/** One card's lines, ready for ical.js, with its 1-based position in the file. */
export interface RawCard {
  number: number;
  text: string;
}

// Only what Rapport reads is kept: a photo or a malformed birthday elsewhere in the card
// then cannot make the whole card unreadable.
const keptProperties = new Set([
  "VERSION",
  "FN",
  "N",
  "NICKNAME",
  "ORG",
  "TITLE",
  "ROLE",
  "EMAIL",
  "TEL",
  "ADR",
  "LABEL",
  "URL",
  "NOTE",
  "X-ABLABEL",
  "X-SOCIALPROFILE",
]);

// Structured values keep "\;" for ical.js, which splits their components on bare ";".
const structuredProperties = new Set(["N", "ADR", "ORG"]);

const encodingNames = new Set(["QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"]);

/**
 * Splits a file into cards; text outside BEGIN:VCARD … END:VCARD is ignored. Lines are
 * read one at a time rather than split all at once, and the cards are counted against
 * `limits.rows` as they open.
 */
export function splitCards(text: string, limits: ImportLimits): RawCard[] {
  const cards: RawCard[] = [];
  let current: string[] | null = null;
  const finish = () => {
    if (current) cards.push({ number: cards.length + 1, text: prepareCard(current) });
    current = null;
  };
  const lineBreak = /\r\n|\n|\r/g;
  let start = 0;
  while (start <= text.length) {
    const found = lineBreak.exec(text);
    const end = found ? found.index : text.length;
    const line = text.slice(start, end);
    start = found ? lineBreak.lastIndex : text.length + 1;
    // Only a short line can open or close a card; the length test spares a million folds two regexes each.
    const marker = line.length <= 64 ? /^\s*(BEGIN|END):VCARD\s*$/i.exec(line)?.[1] : undefined;
    if (marker?.toUpperCase() === "BEGIN") {
      finish();
      if (cards.length >= limits.rows) throw tooManyRowsError(limits, "cards");
      current = [];
    } else if (marker !== undefined) finish();
    else current?.push(line);
  }
  finish();
  return cards;
}

/** One logical line being built from physical lines: pieces joined once, at the end. */
interface LogicalLine {
  pieces: string[];
  /** The text before the value starts, kept only until the ":" is seen (at most a few hundred characters). */
  head: string;
  headComplete: boolean;
  quotedPrintable: boolean;
}

function startLine(line: string): LogicalLine {
  const logical: LogicalLine = {
    pieces: [],
    head: "",
    headComplete: false,
    quotedPrintable: false,
  };
  appendTo(logical, line);
  return logical;
}

// Long enough for any real name and parameters; a head longer than this is not a property.
const headLimit = 1000;

/**
 * Appends a piece and keeps what is known about the line up to date without rereading it:
 * re-testing the whole joined line after every fold made a million-line file quadratic.
 */
function appendTo(logical: LogicalLine, piece: string): void {
  logical.pieces.push(piece);
  if (logical.headComplete) return;
  const colon = piece.indexOf(":");
  logical.head = (logical.head + (colon === -1 ? piece : piece.slice(0, colon))).slice(
    0,
    headLimit,
  );
  logical.headComplete = colon !== -1 || logical.head.length >= headLimit;
  logical.quotedPrintable = /QUOTED-PRINTABLE/i.test(logical.head);
}

function endsWithSoftBreak(logical: LogicalLine): boolean {
  return logical.quotedPrintable && (logical.pieces.at(-1) ?? "").endsWith("=");
}

/** Joins folded and soft-broken physical lines into one logical line per property. */
function unfold(physicalLines: string[], isVersion21: boolean): string[] {
  const logical: LogicalLine[] = [];
  for (const line of physicalLines) {
    const previous = logical.at(-1);
    if (previous !== undefined && endsWithSoftBreak(previous)) {
      // A QUOTED-PRINTABLE soft line break: "=" at the end, the text goes on below.
      const lastPiece = previous.pieces.pop() ?? "";
      previous.pieces.push(lastPiece.slice(0, -1));
      appendTo(previous, line);
    } else if (previous !== undefined && /^[ \t]/.test(line)) {
      // vCard 2.1 folds before a space that belongs to the value; 3.0 and 4.0 insert one.
      appendTo(previous, isVersion21 ? line : line.slice(1));
    } else if (line.trim() === "") {
      // Blank lines end 2.1's base64 blocks and are otherwise meaningless.
    } else if (previous !== undefined && !line.includes(":")) {
      // An unindented continuation, as some 2.1 writers leave in base64 photos.
      appendTo(previous, line);
    } else logical.push(startLine(line));
  }
  return logical.map((line) => line.pieces.join(""));
}

/** Splits at `separator` except inside double quotes, where parameter values may hide it. */
function splitOutsideQuotes(text: string, separator: string, limit: number): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let index = 0; index < text.length && parts.length < limit - 1; index += 1) {
    const character = text[index];
    if (character === '"') quoted = !quoted;
    else if (character === separator && !quoted) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Decodes QUOTED-PRINTABLE text ("J=C3=BCrgen") as bytes in the card's character set. */
export function decodeQuotedPrintable(value: string, charset: string): string {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  // Runs of plain text are encoded whole: one call per "=XX", not one per character.
  let start = 0;
  for (let index = value.indexOf("="); index !== -1; index = value.indexOf("=", start)) {
    if (index > start) chunks.push(encoder.encode(value.slice(start, index)));
    const hex = value.slice(index + 1, index + 3);
    if (/^[0-9A-F]{2}$/i.test(hex)) {
      chunks.push(Uint8Array.of(Number.parseInt(hex, 16)));
      start = index + 3;
    } else start = index + 1;
  }
  if (start < value.length) chunks.push(encoder.encode(value.slice(start)));
  const bytes = Buffer.concat(chunks);
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    // An unknown CHARSET label: UTF-8 is what nearly every phone meant.
    return new TextDecoder("utf-8").decode(bytes);
  }
}

/**
 * Undoes "\;" and "\:" in a text value. ical.js follows RFC 6350, where text escapes
 * only "\\", "\," and "\n"; Apple, Google and Android escape ";" (and some ":") too.
 * Pairs are read left to right so an escaped backslash before ";" stays a backslash.
 */
export function unescapeSeparators(value: string): string {
  return value.replace(/\\([\\;:])/g, (escaped, character: string) =>
    character === "\\" ? escaped : character,
  );
}

/** Rewrites one logical line for ical.js, or returns null to leave the property out. */
function prepareLine(line: string): string | null {
  const [head = "", rawValue = ""] = splitOutsideQuotes(line, ":", 2);
  const [nameWithGroup = "", ...parameters] = splitOutsideQuotes(head, ";", Number.MAX_VALUE);
  const dot = nameWithGroup.lastIndexOf(".");
  const name = nameWithGroup
    .slice(dot + 1)
    .trim()
    .toUpperCase();
  if (!keptProperties.has(name)) return null;
  if (name === "VERSION") return rawValue.trim().startsWith("2") ? "VERSION:3.0" : line;
  let encoding = "";
  let charset = "utf-8";
  const keptParameters: string[] = [];
  for (const parameter of parameters) {
    const equals = parameter.indexOf("=");
    const key = (equals === -1 ? "" : parameter.slice(0, equals)).trim().toUpperCase();
    const parameterValue = parameter.slice(equals + 1).trim();
    if (key === "ENCODING") encoding = parameterValue.toUpperCase();
    else if (key === "CHARSET") charset = parameterValue.replace(/"/g, "");
    else if (equals !== -1) keptParameters.push(parameter);
    else if (encodingNames.has(parameterValue.toUpperCase()))
      encoding = parameterValue.toUpperCase();
    else if (parameterValue !== "") keptParameters.push(`TYPE=${parameterValue}`);
  }
  if (encoding === "BASE64" || encoding === "B") return null;
  let value = rawValue;
  if (encoding === "QUOTED-PRINTABLE") {
    // Decoded line breaks must be escaped again, or ical.js would see a new property.
    value = decodeQuotedPrintable(rawValue, charset).replace(/\r\n|\n|\r/g, "\\n");
  }
  const nameAndParameters = [nameWithGroup.trim(), ...keptParameters].join(";");
  if (!structuredProperties.has(name)) value = unescapeSeparators(value);
  return `${nameAndParameters}:${value}`;
}

function prepareCard(physicalLines: string[]): string {
  const isVersion21 = physicalLines.some((line) => /^\s*VERSION:\s*2\./i.test(line));
  const lines = unfold(physicalLines, isVersion21)
    .map(prepareLine)
    .filter((line) => line !== null);
  return ["BEGIN:VCARD", ...lines, "END:VCARD", ""].join("\r\n");
}
