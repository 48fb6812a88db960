// FROZEN: never edit this file.
//
// A frozen private copy, for the search migrations (2026-11-22T0200-search and
// 2026-12-01T0800-search-trips-phones), of the search documents as the live code built them
// at commit 01f3c68: src/domain/search.ts (the words, the document builders),
// src/domain/search-phone.ts (a phone number's words) and src/domain/activity.ts (the log
// entry kinds' labels), trimmed to what the migrations use and otherwise unchanged.
//
// Why a copy: a migration must upgrade an old database the same way forever. Importing the
// live code would make an old database upgraded next year get next year's documents, not
// the ones these migrations were tested with. When the live document shape changes, bump
// `searchDocumentVersion` (src/domain/search.ts): the next search rebuilds the index with the
// live code. This copy stays as it is; src/store/migrations-frozen.test.ts pins its output.
// (What it cannot freeze is the runtime: Unicode normalization and the date format come from
// Node's own tables.)

const maxWordLength = 64;

// Letters with a stroke or ligature that Unicode does not decompose into base + accent.
const unaccentedFolds: Record<string, string> = {
  ø: "o",
  đ: "d",
  ł: "l",
  ħ: "h",
  ŧ: "t",
  ı: "i",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  þ: "th",
};

/** What the store indexes for one record or entry. */
export interface SearchDocument {
  type: "person" | "organization" | "trip" | "activity" | "network_ask";
  id: string;
  personId: string | null;
  title: string;
  body: string;
  hiddenWords?: readonly string[];
  recency: string;
}

export function searchWords(text: string): string[] {
  const folded = text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[øđłħŧıßæœþ]/g, (letter) => unaccentedFolds[letter] ?? letter);
  return (folded.match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => word.slice(0, maxWordLength));
}

export function bodySearchWords(document: Pick<SearchDocument, "body" | "hiddenWords">) {
  return [...searchWords(document.body), ...(document.hiddenWords ?? [])];
}

const shortestTail = 4;

function phoneSearchWords(phone: string | null): string[] {
  const digits = (phone ?? "").replace(/\D/g, "");
  if (digits.length < shortestTail) return [];
  const words: string[] = [];
  for (let start = 0; start <= digits.length - shortestTail; start += 1)
    words.push(digits.slice(start));
  return words;
}

const activityKindLabels: Record<string, string> = {
  letter_sent: "Letter sent",
  email_sent: "Email sent",
  network_message_sent: "Networking-site message sent",
  call: "Call",
  reply_received: "Reply received",
  declined: "Declined",
  snafu: "Snafu",
  meeting_scheduled: "Conversation scheduled",
  conversation_held: "Conversation held",
  thank_you_sent: "Thank-you sent",
  update_sent: "Update sent",
  note: "Note",
};

function joinFields(fields: ReadonlyArray<string | null | undefined>): string {
  return fields
    .map((field) => field?.trim())
    .filter(Boolean)
    .join(" · ");
}

export function personSearchDocument(person: {
  id: string;
  name: string;
  title: string | null;
  organizationName: string | null;
  email: string | null;
  /** Absent for the first search migration, which indexed people without phones. */
  phone?: string | null;
  phoneExtension?: string | null;
  location: string | null;
  commonGround: string | null;
  notes: string | null;
  updatedAt: string;
}): SearchDocument {
  return {
    type: "person",
    id: person.id,
    personId: person.id,
    title: person.name,
    body: joinFields([
      person.title,
      person.organizationName,
      person.email,
      person.phone && person.phoneExtension
        ? `${person.phone} ext. ${person.phoneExtension}`
        : person.phone,
      person.location,
      person.commonGround,
      person.notes,
    ]),
    hiddenWords: phoneSearchWords(person.phone ?? null),
    recency: person.updatedAt,
  };
}

export function organizationSearchDocument(organization: {
  id: string;
  name: string;
  industry: string | null;
  locations: readonly string[];
  mission: string | null;
  notes: string | null;
  updatedAt: string;
}): SearchDocument {
  return {
    type: "organization",
    id: organization.id,
    personId: null,
    title: organization.name,
    body: joinFields([
      organization.industry,
      organization.locations.join(", "),
      organization.mission,
      organization.notes,
    ]),
    recency: organization.updatedAt,
  };
}

export function activitySearchDocument(
  activity: {
    id: string;
    personId: string;
    /** As stored; the live code typed it `ActivityKind`, and a kind it did not know read "undefined". */
    kind: string;
    detail: string | null;
    withName: string | null;
    occurredAt: string;
  },
  personName: string,
): SearchDocument {
  return {
    type: "activity",
    id: activity.id,
    personId: activity.personId,
    title: `${personName} · ${activityKindLabels[activity.kind]}`,
    body: joinFields([activity.detail, activity.withName]),
    recency: activity.occurredAt,
  };
}

const tripDayFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

export function tripSearchDocument(trip: {
  id: string;
  place: string;
  startsOn: string;
  endsOn: string;
  note: string | null;
  updatedAt: string;
}): SearchDocument {
  const days = [trip.startsOn, trip.endsOn].map((day) =>
    tripDayFormat.format(new Date(`${day}T00:00:00Z`)),
  );
  return {
    type: "trip",
    id: trip.id,
    personId: null,
    title: trip.place,
    body: joinFields([days[0] === days[1] ? days[0] : `${days[0]} – ${days[1]}`, trip.note]),
    recency: trip.updatedAt,
  };
}

export function networkAskSearchDocument(
  ask: { id: string; personId: string; question: string; outcome: string | null; askedAt: string },
  personName: string,
): SearchDocument {
  return {
    type: "network_ask",
    id: ask.id,
    personId: ask.personId,
    title: personName,
    body: joinFields([ask.question, ask.outcome]),
    recency: ask.askedAt,
  };
}
