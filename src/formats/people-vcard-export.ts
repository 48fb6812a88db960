import type { ExportedPerson } from "./exported-person.js";

/** Escapes a vCard text value: backslash, line break, comma and semicolon (RFC 6350 §3.4). */
export function escapeText(value: string): string {
  return value.replace(/[\\,;]|\r\n|\n|\r/g, (character) =>
    character === "\\" || character === "," || character === ";" ? `\\${character}` : "\\n",
  );
}

/** A quoted parameter value, with RFC 6868's ^ escapes for ^, line breaks and quotes. */
function quotedParameter(value: string): string {
  const escaped = value.replace(/\^|\r\n|\n|\r|"/g, (character) =>
    character === "^" ? "^^" : character === '"' ? "^'" : "^n",
  );
  return `"${escaped}"`;
}

function octetLength(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line at 75 octets (RFC 6350 §3.2), never inside a UTF-8 sequence:
 * each continuation starts with one space, which counts towards its 75.
 */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = "";
  let currentOctets = 0;
  for (const character of line) {
    const octets = octetLength(character.codePointAt(0) ?? 0);
    if (currentOctets + octets > 75) {
      pieces.push(current);
      current = " ";
      currentOctets = 1;
    }
    current += character;
    currentOctets += octets;
  }
  pieces.push(current);
  return pieces.join("\r\n");
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** N from a display name: the last word as family name, the rest as given names. */
function structuredName(name: string): string {
  const words = name.trim().split(/\s+/);
  const family = words.length > 1 ? (words.pop() ?? "") : "";
  return `${escapeText(family)};${escapeText(words.join(" "))};;;`;
}

function cardLines(person: ExportedPerson): string[] {
  const lines = ["BEGIN:VCARD", "VERSION:4.0"];
  lines.push(
    uuidPattern.test(person.id)
      ? `UID:urn:uuid:${person.id.toLowerCase()}`
      : `UID;VALUE=text:${escapeText(person.id)}`,
  );
  lines.push(`FN:${escapeText(person.name)}`, `N:${structuredName(person.name)}`);
  if (person.organizationName) lines.push(`ORG:${escapeText(person.organizationName)}`);
  if (person.title) lines.push(`TITLE:${escapeText(person.title)}`);
  if (person.email) lines.push(`EMAIL;TYPE=work:${escapeText(person.email)}`);
  if (person.phone) {
    // Plain text keeps the number as the person typed it; a tel: URI would force
    // "+1-410-555-0100" and readers differ on whether they show its ;ext= part.
    const extension = person.phoneExtension ? ` ext. ${person.phoneExtension}` : "";
    lines.push(`TEL;VALUE=text;TYPE=work,voice:${escapeText(person.phone + extension)}`);
  }
  if (person.workAddress) {
    // The address is one free-text line, so it goes whole into LABEL and the street.
    const label = quotedParameter(person.workAddress);
    const locality = escapeText(person.location ?? "");
    lines.push(`ADR;TYPE=work;LABEL=${label}:;;${escapeText(person.workAddress)};${locality};;;`);
  } else if (person.location) {
    lines.push(`ADR:;;;${escapeText(person.location)};;;`);
  }
  // TYPE=x-profile tells Rapport (and any reader that shows types) this is a profile, not a home page.
  if (person.profileUrl) lines.push(`URL;TYPE=x-profile:${escapeText(person.profileUrl)}`);
  if (person.notes) lines.push(`NOTE:${escapeText(person.notes)}`);
  if (person.source) lines.push(`X-RAPPORT-SOURCE:${person.source}`);
  if (person.commonGround) lines.push(`X-RAPPORT-COMMON-GROUND:${escapeText(person.commonGround)}`);
  lines.push("END:VCARD");
  return lines;
}

/** People as one vCard 4.0 file: a card each, CRLF line ends, lines folded at 75 octets. */
export function exportPeopleVcard(people: ExportedPerson[]): string {
  return people
    .flatMap(cardLines)
    .map((line) => `${foldLine(line)}\r\n`)
    .join("");
}
