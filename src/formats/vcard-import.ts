import ICAL from "ical.js";
import {
  joinAddress,
  joinName,
  locationFromAddressLine,
  multiLine,
  noNameError,
  normalizeEmails,
  notesWithDepartment,
  pickProfileUrl,
  singleLine,
  splitPhone,
  uniquePhones,
} from "./contact-fields.js";
import type { ImportLimits } from "./import-limits.js";
import {
  emptyContact,
  type ImportedContact,
  type ImportProgress,
  type ParsedRow,
  reportProgress,
} from "./import-types.js";
import { type RawCard, splitCards } from "./vcard-lines.js";

/** One property of a card as ical.js read it, with the shape narrowed from its jCard. */
interface CardProperty {
  name: string;
  group: string | null;
  parameters: Map<string, string[]>;
  /** Text properties have one entry; structured ones (N, ORG, ADR) one per component. */
  values: string[];
}

function asText(value: unknown): string {
  if (typeof value === "string") return value;
  // A component with comma-separated values comes back as an array; the commas were text.
  if (Array.isArray(value)) return value.map(asText).join(",");
  return value === null || value === undefined ? "" : String(value);
}

function readParameters(raw: unknown): { group: string | null; parameters: Map<string, string[]> } {
  const parameters = new Map<string, string[]>();
  let group: string | null = null;
  if (typeof raw !== "object" || raw === null) return { group, parameters };
  for (const [key, value] of Object.entries(raw)) {
    const texts = (Array.isArray(value) ? value : [value]).map(asText);
    if (key === "group") group = texts[0]?.toLowerCase() ?? null;
    else
      parameters.set(
        key.toLowerCase(),
        texts.flatMap((text) => text.split(",")),
      );
  }
  return { group, parameters };
}

/** ical.js returns untyped jCard; this narrows it to the properties of one card. */
function readCardProperties(text: string): CardProperty[] {
  const parsed: unknown = ICAL.parse(text);
  const card: unknown = Array.isArray(parsed) && parsed[0] !== "vcard" ? parsed[0] : parsed;
  if (!Array.isArray(card) || !Array.isArray(card[1])) return [];
  const properties: CardProperty[] = [];
  for (const property of card[1]) {
    if (!Array.isArray(property) || typeof property[0] !== "string") continue;
    const { group, parameters } = readParameters(property[1]);
    const rawValues: unknown[] = property.slice(3);
    const onlyValue = rawValues[0];
    const values =
      rawValues.length === 1 && Array.isArray(onlyValue)
        ? onlyValue.map(asText)
        : rawValues.map(asText);
    properties.push({ name: property[0].toLowerCase(), group, parameters, values });
  }
  return properties;
}

/** Apple's item labels by group ("item1" → "_$!<Work>!$_"), read once per card. */
type GroupLabels = Map<string, string>;

function groupLabelsOf(properties: CardProperty[]): GroupLabels {
  const labels: GroupLabels = new Map();
  for (const property of properties) {
    const label = property.values[0];
    if (
      property.name === "x-ablabel" &&
      property.group !== null &&
      label &&
      !labels.has(property.group)
    )
      labels.set(property.group, label);
  }
  return labels;
}

/** A property's TYPE values and its Apple group label ("_$!<Work>!$_" → "work"), lower case. */
function labelsOf(property: CardProperty, groupLabels: GroupLabels): string[] {
  const labels = (property.parameters.get("type") ?? []).map((type) => type.toLowerCase());
  const groupLabel = property.group === null ? undefined : groupLabels.get(property.group);
  if (groupLabel) labels.push(groupLabel.replace(/^_\$!<|>!\$_$/g, "").toLowerCase());
  const service = property.parameters.get("x-service-type");
  if (service) labels.push(...service.map((name) => name.toLowerCase()));
  return labels;
}

/** Lower is earlier: vCard 4's PREF=1 beats PREF=50; 3.0's TYPE=pref counts as 1. */
function preference(property: CardProperty, labels: string[]): number {
  const pref = Number(property.parameters.get("pref")?.[0]);
  if (Number.isFinite(pref) && pref > 0) return pref;
  return labels.includes("pref") ? 1 : 101;
}

function byRank<Item>(items: Item[], rank: (item: Item) => number): Item[] {
  return items
    .map((item, index) => ({ item, index, rank: rank(item) }))
    .sort((first, second) => first.rank - second.rank || first.index - second.index)
    .map((entry) => entry.item);
}

function phoneRank(property: CardProperty, labels: string[]): number {
  if (preference(property, labels) <= 100) return 0;
  // A work fax is still a fax: nobody answers it, so it goes last.
  if (labels.some((label) => label.includes("fax") || label === "pager")) return 3;
  if (labels.includes("work")) return 1;
  return 2;
}

function readAddress(property: CardProperty): { oneLine: string | null; location: string | null } {
  const [poBox, extended, street, locality, region, postalCode, country] = property.values;
  const label = property.parameters.get("label")?.join(",");
  // A city alone is a location, not an address to travel to, so a street (or LABEL) is required.
  const built =
    street || poBox
      ? joinAddress([street, extended, poBox, locality, joinName([region, postalCode]), country])
      : null;
  // RFC 6350's own example writes LABEL's line breaks as "\n", which ical.js leaves as is.
  const oneLine = label ? joinAddress(label.split("\\n")) : built;
  return {
    oneLine,
    // An address typed into one field (all in the street) still says where the person is.
    location: joinAddress([locality, region]) ?? locationFromAddressLine(oneLine),
  };
}

function readCard(properties: CardProperty[], where: string): ImportedContact | string {
  const all = (name: string) => properties.filter((property) => property.name === name);
  const groupLabels = groupLabelsOf(properties);
  const firstText = (name: string) => singleLine(all(name)[0]?.values.join(","));
  const [family, given, additional] = all("n")[0]?.values ?? [];
  const name = firstText("fn") ?? joinName([given, additional, family]) ?? firstText("nickname");
  if (name === null) return noNameError(where, "a name to this contact", "card");

  const emailProperties = byRank(all("email"), (email) =>
    preference(email, labelsOf(email, groupLabels)),
  );
  const { emails, invalid } = normalizeEmails(
    emailProperties.map((email) => email.values[0] ?? ""),
  );

  const phones = byRank(all("tel"), (phone) => phoneRank(phone, labelsOf(phone, groupLabels)))
    .map((phone) => splitPhone(phone.values[0] ?? ""))
    .filter((phone) => phone !== null);
  const addresses = all("adr").map((address) => ({
    ...readAddress(address),
    isWork: labelsOf(address, groupLabels).includes("work"),
  }));
  const work = addresses.find((address) => address.isWork);
  const workLabel = all("label").find((label) => labelsOf(label, groupLabels).includes("work"));
  const web = [...all("url"), ...all("x-socialprofile")].map((property) => ({
    address: property.values[0] ?? "",
    labels: [property.name, ...labelsOf(property, groupLabels)],
  }));
  const [organization, ...units] = all("org")[0]?.values ?? [];
  const notes = all("note")
    .map((note) => multiLine(note.values.join(",")))
    .filter((note) => note !== null);

  const contact = emptyContact(name);
  contact.title = firstText("title") ?? firstText("role");
  contact.organizationName = singleLine(organization);
  contact.emails = emails;
  contact.invalidEmails = invalid;
  contact.phones = uniquePhones(phones);
  contact.profileUrl = pickProfileUrl(web);
  contact.workAddress = work?.oneLine ?? singleLine(workLabel?.values.join(",")) ?? null;
  contact.location =
    work?.location ?? addresses.find((address) => address.location !== null)?.location ?? null;
  contact.notes = notesWithDepartment(
    notes.length > 0 ? notes.join("\n\n") : null,
    joinAddress(units),
  );
  return contact;
}

function parseCard(card: RawCard): ParsedRow {
  const where = `Card ${card.number}`;
  let properties: CardProperty[];
  try {
    properties = readCardProperties(card.text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      row: card.number,
      error: `${where} could not be read (${reason}): open it in your address book, save it again and export once more, or remove it`,
    };
  }
  const result = readCard(properties, where);
  return typeof result === "string"
    ? { row: card.number, error: result }
    : { row: card.number, contact: result };
}

/** True when the text's first non-blank line opens a vCard. */
export function isVcardText(text: string): boolean {
  return /^\s*BEGIN:VCARD\s*$/im.test(
    text
      .slice(0, 4096)
      .trimStart()
      .split(/\r?\n|\r/)[0] ?? "",
  );
}

/** Reads every card of a vCard 2.1, 3.0 or 4.0 file; `row` is the card's number. */
export function parseVcardText(
  text: string,
  limits: ImportLimits,
  onProgress?: ImportProgress,
): ParsedRow[] {
  const cards = splitCards(text, limits);
  return cards.map((card, index) => {
    const row = parseCard(card);
    reportProgress(onProgress, index + 1, cards.length);
    return row;
  });
}
