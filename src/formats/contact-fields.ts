import type { ImportedPhone } from "./import-types.js";

/** Trimmed text with runs of white space (line breaks too) made one space; "" is null. */
export function singleLine(value: string | null | undefined): string | null {
  const cleaned = (value ?? "").replace(/\s+/g, " ").trim();
  return cleaned === "" ? null : cleaned;
}

/** Trimmed text that keeps its line breaks (as \n); "" is null. */
export function multiLine(value: string | null | undefined): string | null {
  const cleaned = (value ?? "").replace(/\r\n?/g, "\n").trim();
  return cleaned === "" ? null : cleaned;
}

/** Joins name parts with single spaces, skipping empty ones. */
export function joinName(parts: Array<string | null | undefined>): string | null {
  return singleLine(parts.filter((part) => part && part.trim() !== "").join(" "));
}

/**
 * Joins address parts with ", ", skipping empty ones, and turns line breaks inside a
 * part into ", " too: "1 Main St, Suite 4, Baltimore, MD 21201".
 */
export function joinAddress(parts: Array<string | null | undefined>): string | null {
  const present = parts
    .flatMap((part) => (part ?? "").split(/\r\n|\n|\r/))
    .map((part) => singleLine(part))
    .filter((part) => part !== null);
  return present.length === 0 ? null : present.join(", ");
}

// "Baltimore, MD 21202", "Toronto, ON M5E 1E5": a region code and a postal code after the city.
const regionAndPostalCode = /^(\p{Lu}{2,3})\.?\s+(?:\d{4,5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)$/u;
// "Baltimore MD 21202": the same without the comma.
const cityRegionAndPostalCode = /^(\p{L}[\p{L} .'-]*?)\s+(\p{Lu}{2})\s+\d{5}(?:-\d{4})?$/u;
// "75008 Paris", "1211 Geneva 21": a postal code first, as most of Europe writes it.
const postalCodeAndCity = /^\d{4,5}\s+(\p{L}[\p{L} .'-]*?)(?:\s+\d{1,3})?$/u;
// "London SW1A 2AA": a British postcode after the city.
const cityAndBritishPostcode = /^(\p{L}[\p{L} .'-]*?)\s+[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/u;

/**
 * "City, region" read from an address written on one line, for an address with no city
 * or region of its own (Google keeps a typed address only as "Formatted"): the last part
 * that looks like a city with its region and postal code. Null when none does.
 */
export function locationFromAddressLine(address: string | null): string | null {
  const parts = (address ?? "")
    .split(/[,\r\n]+/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
  // The first part is the street ("1600 Pennsylvania Ave" looks like "75008 Paris").
  for (let index = parts.length - 1; index >= 1; index -= 1) {
    const part = parts[index] ?? "";
    const city = parts[index - 1];
    const region = regionAndPostalCode.exec(part)?.[1];
    if (region && city && !/\d/.test(city)) return `${city}, ${region}`;
    const withRegion = cityRegionAndPostalCode.exec(part);
    if (withRegion?.[1] && withRegion[2]) return `${withRegion[1]}, ${withRegion[2]}`;
    const cityOnly = postalCodeAndCity.exec(part)?.[1] ?? cityAndBritishPostcode.exec(part)?.[1];
    if (cityOnly) return cityOnly;
  }
  return null;
}

// Deliberately loose: the service validates strictly; this only catches text that is
// plainly not an address ("n/a", "john at gmail").
const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Lower-cases, trims and deduplicates addresses, keeping the first one first. */
export function normalizeEmails(values: string[]): { emails: string[]; invalid: string[] } {
  const emails = new Set<string>();
  const invalid: string[] = [];
  for (const value of values) {
    const email = value
      .trim()
      .replace(/^mailto:/i, "")
      .toLowerCase();
    if (email === "") continue;
    if (!emailShape.test(email)) invalid.push(value.trim());
    else emails.add(email);
  }
  // A Set keeps insertion order, so the first address stays first.
  return { emails: [...emails], invalid };
}

// "x204", "x 204", "ext. 204", "ext: 204", "extension 204" at the end of the number; the
// look-behind keeps letters inside words (like "box") from counting as "x".
const extensionSuffix = /^(.*?)[\s,;]*(?<![a-z])(?:extension|ext|x)\.?\s*[:#=.]?\s*(\d{1,10})$/i;

/**
 * Splits one phone value into number and extension. Accepts tel: URIs
 * ("tel:+1-410-555-0100;ext=204") and plain text ("+1 410 555 0100 x204").
 */
export function splitPhone(value: string): ImportedPhone | null {
  const trimmed = value.trim();
  if (trimmed === "") return null;
  if (/^tel:/i.test(trimmed)) {
    const [number = "", ...parameters] = trimmed.slice(4).split(";");
    const extension = parameters
      .map((parameter) => /^ext=(.+)$/i.exec(parameter)?.[1])
      .find((found) => found !== undefined);
    return { number: decodeURIComponent(number), extension: extension ?? null };
  }
  const match = extensionSuffix.exec(trimmed);
  if (match?.[1] && /\d/.test(match[1])) {
    return { number: match[1].trim(), extension: match[2] ?? null };
  }
  return { number: trimmed, extension: null };
}

/** Drops repeated numbers (same digits and extension), keeping the first. */
export function uniquePhones(phones: ImportedPhone[]): ImportedPhone[] {
  const seen = new Set<string>();
  return phones.filter((phone) => {
    const key = `${phone.number.replace(/\D/g, "")};${phone.extension ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const monthNumbers: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date rolls 31 Feb over to March; a real date survives the round trip unchanged.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return null;
  if (date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * LinkedIn's "Connected On" as an ISO date. LinkedIn writes "12 Mar 2024"; "Mar 12, 2024"
 * and "2024-03-12" (a re-saved spreadsheet) are accepted too. Anything else is null.
 */
export function parseConnectedOn(value: string | null | undefined): string | null {
  const text = (value ?? "").trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = /^(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-]+(\d{4})$/i.exec(text);
  const monthFirst = /^([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(text);
  const [day, monthName, year] = dayFirst
    ? [dayFirst[1], dayFirst[2], dayFirst[3]]
    : monthFirst
      ? [monthFirst[2], monthFirst[1], monthFirst[3]]
      : [];
  const month = monthNumbers[(monthName ?? "").slice(0, 3).toLowerCase()];
  if (!day || !year || !month) return null;
  return isoDate(Number(year), month, Number(day));
}

/** True for a LinkedIn member profile ("linkedin.com/in/…", or the older "/pub/…"). */
export function isLinkedInProfile(address: string): boolean {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(address) ? address : `https://${address}`;
  try {
    const url = new URL(withScheme);
    const host = url.hostname.toLowerCase();
    return (
      (host === "linkedin.com" || host.endsWith(".linkedin.com")) &&
      /^\/(in|pub)\/[^/]+/i.test(url.pathname)
    );
  } catch {
    return false;
  }
}

/**
 * Picks the profile among a contact's web addresses: a LinkedIn profile first, else one
 * labelled as a profile. A plain company home page is not a profile.
 */
export function pickProfileUrl(
  addresses: Array<{ address: string; labels: string[] }>,
): string | null {
  const linkedIn = addresses.find((candidate) => isLinkedInProfile(candidate.address));
  if (linkedIn) return linkedIn.address.trim();
  const labelled = addresses.find(
    (candidate) =>
      /^(https?:\/\/|www\.)/i.test(candidate.address.trim()) &&
      candidate.labels.some((label) => /profile|linkedin/i.test(label)),
  );
  return labelled ? labelled.address.trim() : null;
}

/** Notes plus the department, which has no field of its own in Rapport but is worth keeping. */
export function notesWithDepartment(
  notes: string | null,
  department: string | null,
): string | null {
  if (department === null) return notes;
  const line = `Department: ${department}`;
  return notes === null ? line : `${notes}\n\n${line}`;
}

/** The message for a contact with no name, shared by every format. */
export function noNameError(where: string, whatToAdd: string, unit: "row" | "card"): string {
  return `${where} has no name: add ${whatToAdd} or remove the ${unit}`;
}
