/**
 * A pre-pass that turns the vCards phones and address books really write into clean
 * vCard 3.0/4.0 lines that ical.js parses: one card at a time (so one broken card
 * does not sink the file), folded lines joined, vCard 2.1's QUOTED-PRINTABLE and
 * CHARSET decoded, its bare parameters ("TEL;WORK;VOICE") given their TYPE= name.
 */

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

/** Splits a file into cards; text outside BEGIN:VCARD … END:VCARD is ignored. */
export function splitCards(text: string): RawCard[] {
  const cards: RawCard[] = [];
  let current: string[] | null = null;
  const finish = () => {
    if (current) cards.push({ number: cards.length + 1, text: prepareCard(current) });
    current = null;
  };
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (/^\s*BEGIN:VCARD\s*$/i.test(line)) {
      finish();
      current = [];
    } else if (/^\s*END:VCARD\s*$/i.test(line)) finish();
    else current?.push(line);
  }
  finish();
  return cards;
}

function isQuotedPrintable(line: string): boolean {
  return /^[^:]*QUOTED-PRINTABLE/i.test(line);
}

/** Joins folded and soft-broken physical lines into one logical line per property. */
function unfold(physicalLines: string[], isVersion21: boolean): string[] {
  const logical: string[] = [];
  for (const line of physicalLines) {
    const last = logical.length - 1;
    const previous = logical[last];
    if (previous !== undefined && isQuotedPrintable(previous) && previous.endsWith("=")) {
      // A QUOTED-PRINTABLE soft line break: "=" at the end, the text goes on below.
      logical[last] = previous.slice(0, -1) + line;
    } else if (previous !== undefined && /^[ \t]/.test(line)) {
      // vCard 2.1 folds before a space that belongs to the value; 3.0 and 4.0 insert one.
      logical[last] = previous + (isVersion21 ? line : line.slice(1));
    } else if (line.trim() === "") {
      // Blank lines end 2.1's base64 blocks and are otherwise meaningless.
    } else if (previous !== undefined && !line.includes(":")) {
      // An unindented continuation, as some 2.1 writers leave in base64 photos.
      logical[last] = previous + line;
    } else logical.push(line);
  }
  return logical;
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
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let index = 0; index < value.length; index += 1) {
    const character = value[index] ?? "";
    const hex = value.slice(index + 1, index + 3);
    if (character === "=" && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      index += 2;
    } else if (character !== "=") bytes.push(...encoder.encode(character));
  }
  try {
    return new TextDecoder(charset).decode(new Uint8Array(bytes));
  } catch {
    // An unknown CHARSET label: UTF-8 is what nearly every phone meant.
    return new TextDecoder("utf-8").decode(new Uint8Array(bytes));
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
