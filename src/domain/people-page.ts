import { z } from "zod";
import { type PeopleQuery, type PeopleSortKey, type Person, peopleQuerySchema } from "./person.js";

/** What one row of the people list (table or board) shows; the person page reads the rest. */
export type PersonListRow = Pick<
  Person,
  | "id"
  | "name"
  | "title"
  | "organizationId"
  | "organizationName"
  | "location"
  | "source"
  | "stage"
  | "lastTouchAt"
  | "updatedAt"
>;

/** Enough to name and pick someone (introducer, "with whom", suggested people). */
export type PersonName = Pick<Person, "id" | "name" | "organizationName">;

export const peoplePageSize = { default: 50, max: 200 } as const;
/** The most names a picker is sent at once; `complete` says whether that was everyone. */
export const peopleNamesLimit = 2000;

/**
 * Where a page ends: the sort it was read in, the value of the sort column on its last row
 * (a text, the stage's place, or null for an empty value), that row's folded name and id.
 * The next page starts strictly after it, so a person added meanwhile never shifts a page.
 */
export interface PeopleCursor {
  sort: PeopleSortKey;
  direction: "asc" | "desc";
  value: string | number | null;
  name: string;
  id: string;
}

/** The order a sort key reads in when the query names none: newest first for times. */
export function sortDirection(query: Pick<PeopleQuery, "sort" | "direction">): "asc" | "desc" {
  const newestFirst = query.sort === "updated" || query.sort === "last_touch";
  return query.direction ?? (newestFirst ? "desc" : "asc");
}

function toBase64Url(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
    const bytes = Uint8Array.from(binary, (character) => character.charCodeAt(0));
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** An opaque, URL-safe token for the page after `cursor`. */
export function encodePeopleCursor(cursor: PeopleCursor): string {
  return toBase64Url(
    JSON.stringify([cursor.sort, cursor.direction, cursor.value, cursor.name, cursor.id]),
  );
}

const cursorTupleSchema = z.tuple([
  z.enum(["name", "organization", "location", "source", "updated", "stage", "last_touch"]),
  z.enum(["asc", "desc"]),
  z.union([z.string(), z.number().int(), z.null()]),
  z.string(),
  z.string().min(1),
]);

export type CursorReading = { ok: true; cursor: PeopleCursor } | { ok: false; message: string };

/**
 * Reads a token made by encodePeopleCursor for a query sorted by `sort` and `direction`;
 * a token that was altered, or made for another order, is refused with a sentence.
 */
export function decodePeopleCursor(
  token: string,
  sort: PeopleSortKey,
  direction: "asc" | "desc",
): CursorReading {
  const refused = { ok: false, message: "This cursor is not one the people list gave" } as const;
  const text = fromBase64Url(token);
  if (text === null) return refused;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refused;
  }
  const tuple = cursorTupleSchema.safeParse(parsed);
  if (!tuple.success) return refused;
  const [cursorSort, cursorDirection, value, name, id] = tuple.data;
  if (cursorSort !== sort || cursorDirection !== direction) {
    return {
      ok: false,
      message: "This cursor belongs to another sort order; start again from the first page",
    };
  }
  // Stage places are numbers and every other sort value is text.
  if (value !== null && (sort === "stage") !== (typeof value === "number")) return refused;
  return { ok: true, cursor: { sort, direction, value, name, id } };
}

/** The people list's query: its filters and sort, where to start and how many to send. */
export const peoplePageQuerySchema = peopleQuerySchema.extend({
  cursor: z.string().max(2000, "This cursor is too long to be one the people list gave").optional(),
  limit: z.coerce
    .number({ message: "Give the page size as a whole number" })
    .int("Give the page size as a whole number")
    .min(1, "A page holds at least 1 person")
    .max(peoplePageSize.max, `A page holds at most ${peoplePageSize.max} people`)
    .optional(),
});
export type PeoplePageQuery = z.input<typeof peoplePageQuerySchema>;

/** One page of the people list. */
export interface PeoplePage {
  people: PersonListRow[];
  /** Everyone matching the filters, across every page. */
  total: number;
  /** The token for the next page, or null on the last. */
  nextCursor: string | null;
}

export const peopleNamesQuerySchema = z.object({
  text: z.string().trim().max(200).optional(),
});
