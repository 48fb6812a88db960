import {
  type QuestionGroup,
  questionGroups,
  type TiaraTag,
  tiaraTags,
} from "../domain/prepare/preparation.js";

/**
 * The JSON array columns of Prepare's tables (tags, checklist keys), read at the edge:
 * whatever is stored, the domain gets a list of strings, and tags only TIARA's. Rows are
 * written only through the domain's schemas, so this guards against hand edits and old
 * backups, not against the app.
 */
export function stringList(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((each) => typeof each === "string") : [];
  } catch {
    return [];
  }
}

export function tiaraList(text: string): TiaraTag[] {
  return stringList(text).filter((each): each is TiaraTag => tiaraTags.some((tag) => tag === each));
}

/** A stored group; one no longer known reads as "field" rather than failing the page. */
export function groupOf(text: string): QuestionGroup {
  return questionGroups.find((group) => group === text) ?? "field";
}
