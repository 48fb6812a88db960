import { z } from "zod";
import { type ActivityKind, activityKindLabels } from "./activity.js";
import { phoneQueryTerm, phoneSearchWords } from "./search-phone.js";
import { formatCalendarDay } from "./wording/dates.js";

/**
 * Search, the engine-independent half: what a raw query means, which words a document is
 * made of, and the highlighted snippet shown for a result. Both database engines index
 * and query only the words produced here, so they match exactly the same documents.
 */

export const searchEntityTypes = [
  "person",
  "organization",
  "trip",
  "activity",
  "network_ask",
  // Prepare (issue 10): the explorer's own bank questions and the questions of their plans.
  "bank_question",
  "plan_question",
  // Prepare's records (issue 10).
  "research_note",
  "story",
  // Follow up (issue 11): a conversation's takeaways.
  "takeaway",
] as const;
export type SearchEntityType = (typeof searchEntityTypes)[number];

/**
 * The version of what a search document is made of: the builders below (which fields go
 * into a title and a body, the hidden words), `searchWords`' folding, and the columns the
 * store derives from them (store/search/search-documents.ts). Bump it with any change to
 * those: each owner's index records the version it was built with, and the next search
 * rebuilds an index of another version from the live rows (services/search-freshness.ts).
 * It lives here because the domain owns the document shape; the store only stores it.
 */
export const searchDocumentVersion = 3;

/** What the store indexes for one person, organization, log entry or network ask. */
export interface SearchDocument {
  type: SearchEntityType;
  id: string;
  /** The person a log entry or ask belongs to (the person's own id for a person). */
  personId: string | null;
  /** Shown as the result's heading; terms found here rank it above body-only matches. */
  title: string;
  body: string;
  /** Folded words indexed with the body but never shown (a phone number's digit forms). */
  hiddenWords?: readonly string[];
  /** When it last mattered (an entry's date, a record's last edit): newer wins ties. */
  recency: string;
}

/** The words a document's body is found by: its text's, and any hidden ones. */
export function bodySearchWords(document: Pick<SearchDocument, "body" | "hiddenWords">) {
  return [...searchWords(document.body), ...(document.hiddenWords ?? [])];
}

/** One stretch of a snippet; highlighted stretches are words that matched the query. */
export interface SnippetSegment {
  text: string;
  highlighted: boolean;
}

export interface SearchResult {
  type: SearchEntityType;
  id: string;
  personId: string | null;
  title: string;
  snippet: SnippetSegment[];
  /** The web page that shows it. */
  href: string;
}

export const defaultSearchLimit = 20;
export const maxSearchLimit = 50;
/** Longer words are cut here in the index and in queries; a cut word still matches as a prefix. */
export const maxWordLength = 64;
/** Terms past this many are ignored: each one only narrows the results further. */
export const maxSearchTerms = 16;

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

/**
 * The words of `text` as the index stores them: runs of letters and digits, lower-cased,
 * accents removed ("José" → "jose"), everything else (punctuation, emoji) a separator.
 */
export function searchWords(text: string): string[] {
  const folded = text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[øđłħŧıßæœþ]/g, (letter) => unaccentedFolds[letter] ?? letter);
  return (folded.match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => word.slice(0, maxWordLength));
}

// Operators of FTS5 and tsquery users may type; uppercase only, as the engines read them.
const queryOperators = new Set(["AND", "OR", "NOT", "NEAR"]);

/**
 * The terms of a raw query typed in the search box. Every term must match the start of a
 * word, so query syntax is dropped rather than obeyed: quotes, `-`, `*`, `:`, parentheses,
 * emoji, and the operator words AND/OR/NOT/NEAR. Never throws; may return no terms.
 */
export function parseSearchTerms(rawQuery: string): string[] {
  // A phone number is one term, however it is spaced (see search-phone.ts).
  const phone = phoneQueryTerm(rawQuery);
  if (phone !== null) return [phone];
  const words = rawQuery
    .split(/\s+/)
    .filter((word) => !queryOperators.has(word.replace(/[^\p{L}]/gu, "")))
    .flatMap(searchWords);
  return [...new Set(words)].slice(0, maxSearchTerms);
}

/** The search box's query string: any text (cut, never refused, when very long) and a limit. */
export const searchQuerySchema = z.object({
  q: z
    .string()
    .optional()
    .transform((text) => (text ?? "").slice(0, 1000)),
  limit: z.coerce
    .number({ error: "Enter the number of results as a number" })
    .int({ error: "Enter the number of results as a whole number" })
    .min(1, { error: "Ask for at least 1 result" })
    .max(maxSearchLimit, { error: `Ask for at most ${maxSearchLimit} results` })
    .optional(),
});

/** The limit a caller asked for, kept within 1…50; 20 when none was given. */
export function clampSearchLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return defaultSearchLimit;
  return Math.min(maxSearchLimit, Math.max(1, Math.trunc(limit)));
}

/**
 * People, their log entries and asks open on the person's page; organizations on theirs;
 * trips on Trips; a research note on its person's or organization's page (which shows it);
 * a story in Settings → Pitch and stories, where the story bank is kept; the explorer's own
 * questions in Settings → Prepare; a planned question on its conversation's preparation page;
 * a takeaway on its conversation's follow-up page.
 */
export function searchResultHref(
  document: Pick<SearchDocument, "type" | "id" | "personId"> & {
    /** A research note's organization, when it is about one. */
    organizationId?: string | null;
  },
) {
  switch (document.type) {
    case "research_note":
      return document.personId
        ? `/people/${encodeURIComponent(document.personId)}`
        : `/organizations/${encodeURIComponent(document.organizationId ?? "")}`;
    case "story":
      return "/settings#pitch-and-stories";
    case "organization":
      return `/organizations/${encodeURIComponent(document.id)}`;
    case "trip":
      return "/trips";
    case "person":
    case "activity":
    case "network_ask":
      return `/people/${encodeURIComponent(document.personId ?? document.id)}`;
    case "bank_question":
      return "/settings#prepare-bank";
    case "plan_question":
      return `/conversations/${encodeURIComponent(planQuestionConversation(document.id))}/prepare`;
    case "takeaway":
      return `/conversations/${encodeURIComponent(planQuestionConversation(document.id))}/follow-up`;
  }
}

const snippetWords = 20;
const wordsBeforeMatch = 6;

/**
 * About twenty words of `text` around the first word that starts with a term, with every
 * matching word highlighted; the opening words when nothing in `text` matches. Built
 * from the original text, so accents and capitals are shown as written.
 */
export function buildSnippet(text: string, terms: readonly string[]): SnippetSegment[] {
  const words = [...text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    matches: searchWords(match[0]).some((word) => terms.some((term) => word.startsWith(term))),
  }));
  if (words.length === 0) return [];
  const firstMatch = Math.max(
    0,
    words.findIndex((word) => word.matches),
  );
  const first = Math.max(0, Math.min(firstMatch - wordsBeforeMatch, words.length - snippetWords));
  const last = Math.min(words.length, first + snippetWords) - 1;

  const segments: SnippetSegment[] = [];
  const push = (piece: string, highlighted: boolean) => {
    const flat = piece.replace(/\s+/g, " ");
    if (!flat) return;
    const previous = segments.at(-1);
    if (previous && previous.highlighted === highlighted) previous.text += flat;
    else segments.push({ text: flat, highlighted });
  };
  // Text before the window is replaced by "…"; at the very start of `text` it is kept.
  let cursor = first === 0 ? 0 : (words[first]?.start ?? 0);
  if (first > 0) push("… ", false);
  for (const word of words.slice(first, last + 1)) {
    push(text.slice(cursor, word.start), false);
    push(text.slice(word.start, word.end), word.matches);
    cursor = word.end;
  }
  const tail = last === words.length - 1 ? text.slice(cursor) : "";
  push(tail.trimEnd(), false);
  if (last < words.length - 1) push(" …", false);
  if (segments[0] && !segments[0].highlighted) segments[0].text = segments[0].text.trimStart();
  return segments.filter((segment) => segment.text);
}

/** Joins the non-empty parts of a document's body, one field after another. */
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
  /** Optional only for the first search migration, which indexed people without phones. */
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

/** A log entry, titled by whom and what ("Maya Chen · Call"). */
export function activitySearchDocument(
  activity: {
    id: string;
    personId: string;
    kind: ActivityKind;
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

// Each end written whole ("10 October 2026 – 15 October 2026", not Intl's shared-month
// range) so a search for either day finds the trip.
const tripDay = { day: "numeric", month: "long", year: "numeric" } as const;

/** A trip, titled by its place; found by its days ("10 October 2026") and its note. */
export function tripSearchDocument(trip: {
  id: string;
  place: string;
  startsOn: string;
  endsOn: string;
  note: string | null;
  updatedAt: string;
}): SearchDocument {
  const days = [trip.startsOn, trip.endsOn].map((day) => formatCalendarDay(day, tripDay));
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

// ——— Prepare's questions (issue 10) ———

/**
 * A plan question's document id: its conversation's (activity) id and its own, so the
 * result opens that conversation's preparation page without another read.
 */
export function planQuestionSearchId(activityId: string, questionId: string): string {
  return `${activityId}/${questionId}`;
}

function planQuestionConversation(documentId: string): string {
  return documentId.slice(0, documentId.lastIndexOf("/"));
}

const groupWords = {
  field: "The field or organization",
  person: "The person and their path",
  chances: "My chances",
} as const;

/** One of the explorer's own bank questions: the question is the title, its group and tags the body. */
export function bankQuestionSearchDocument(question: {
  id: string;
  text: string;
  group: keyof typeof groupWords;
  tags: readonly string[];
  updatedAt: string;
}): SearchDocument {
  return {
    type: "bank_question",
    id: question.id,
    personId: null,
    title: question.text,
    body: joinFields(["My question bank", groupWords[question.group], question.tags.join(", ")]),
    recency: question.updatedAt,
  };
}

/** A question of a conversation's plan, found by its words and opening the preparation page. */
export function planQuestionSearchDocument(
  question: {
    id: string;
    activityId: string;
    text: string;
    group: keyof typeof groupWords;
    tags: readonly string[];
  },
  /** Whom the conversation is with; `startsAt` orders the plans of several conversations. */
  conversation: { personName: string; startsAt: string },
): SearchDocument {
  return {
    type: "plan_question",
    id: planQuestionSearchId(question.activityId, question.id),
    personId: null,
    title: question.text,
    body: joinFields([
      `Question for ${conversation.personName}`,
      groupWords[question.group],
      question.tags.join(", "),
    ]),
    recency: conversation.startsAt,
  };
}

// ——— Prepare's records (issue 10) ———

/** A research note, titled by whom it is about ("Maya Chen · Research note"); its Markdown as typed. */
export function researchNoteSearchDocument(
  note: { id: string; personId: string | null; body: string; notedOn: string; updatedAt: string },
  aboutName: string,
): SearchDocument {
  return {
    type: "research_note",
    id: note.id,
    personId: note.personId,
    title: `${aboutName} · Research note`,
    body: note.body,
    recency: note.updatedAt,
  };
}

/** A story of the bank, titled by its title; found by its four parts and its tags. */
export function storySearchDocument(story: {
  id: string;
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  tags: readonly string[];
  updatedAt: string;
}): SearchDocument {
  return {
    type: "story",
    id: story.id,
    personId: null,
    title: story.title,
    body: joinFields([
      story.situation,
      story.task,
      story.action,
      story.result,
      story.tags.join(", "),
    ]),
    recency: story.updatedAt,
  };
}

// ——— Follow up (issue 11) ———

/**
 * A takeaway's document id: its conversation's (activity) id and its own, so the result
 * opens that conversation's follow-up page without another read.
 */
export function takeawaySearchId(activityId: string, takeawayId: string): string {
  return `${activityId}/${takeawayId}`;
}

/**
 * A takeaway, titled by whom and its tag's label ("Maya Chen · Advice", passed in: the tags
 * module imports trip.ts, which imports this one); found by its text.
 */
export function takeawaySearchDocument(
  takeaway: {
    id: string;
    activityId: string;
    personId: string;
    text: string;
    updatedAt: string;
  },
  personName: string,
  tagLabel: string,
): SearchDocument {
  return {
    type: "takeaway",
    id: takeawaySearchId(takeaway.activityId, takeaway.id),
    personId: takeaway.personId,
    title: `${personName} · ${tagLabel}`,
    body: takeaway.text,
    recency: takeaway.updatedAt,
  };
}
