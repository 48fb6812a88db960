/**
 * Text for the one-page brief: every field clipped to a length the page has room for, and
 * research notes' Markdown read as plain lines (the brief shows no markup and no links).
 */

/** Marks where a clipped text was cut. */
export const ellipsis = "…";

/** One line: runs of white space (line breaks too) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The text on one line, at most `max` characters: a longer one is cut at the last word
 * that fits and ends with "…" (within the limit), so the page's room is never exceeded.
 */
export function clip(text: string, max: number): string {
  const line = oneLine(text);
  if (line.length <= max) return line;
  const room = line.slice(0, max - ellipsis.length);
  const lastSpace = room.lastIndexOf(" ");
  // A word longer than half the room (a pasted address) is cut inside instead.
  const cut = lastSpace > room.length / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:.–—-]+$/, "")}${ellipsis}`;
}

/** The text clipped, or null when it is empty or missing. */
export function clipOrNull(text: string | null | undefined, max: number): string | null {
  const line = oneLine(text ?? "");
  return line ? clip(line, max) : null;
}

/** Inline Markdown as plain text: links and images keep their words, emphasis and code lose their marks. */
export function plainInline(markdown: string): string {
  return oneLine(
    markdown
      .replace(/<((?:https?:\/\/|mailto:)[^\s>]+)>/g, "$1")
      // Raw HTML never reaches the brief: tags go, their words stay.
      .replace(/<[^>]*>/g, " ")
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/\[([^\]]*)\]\[[^\]]*\]/g, "$1")
      .replace(/`+([^`]*)`+/g, "$1")
      .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, "$1")
      .replace(/\*(?=\S)(.+?)(?<=\S)\*/g, "$1")
      // Underscores mark emphasis only at word edges: snake_case stays as typed.
      .replace(/(^|[^\p{L}\p{N}_])__?(?=\S)(.+?)(?<=\S)__?(?![\p{L}\p{N}_])/gu, "$1$2")
      .replace(/~~(.+?)~~/g, "$1")
      .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, "$1"),
  );
}

const listItem = /^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+(.*)$/;
const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const rule = /^\s{0,3}(?:[-*_]\s*){3,}$/;
const fence = /^\s{0,3}(```|~~~)/;
const tableRule = /^\s*\|?\s*:?-{3,}/;

/**
 * The lines of a note the brief shows: its list items when it has any, otherwise its first
 * line of text (a heading or a paragraph). Code blocks, rules and table rules are skipped.
 */
export function noteLines(markdown: string): string[] {
  const items: string[] = [];
  let first: string | null = null;
  let inFence = false;
  for (const raw of markdown.split(/\r?\n/)) {
    if (fence.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence || rule.test(raw) || tableRule.test(raw)) continue;
    const unquoted = raw.replace(/^\s{0,3}(?:>\s?)+/, "");
    const item = listItem.exec(unquoted);
    if (item?.[1]) {
      const text = plainInline(item[1].replace(/^\[[ xX]\]\s+/, ""));
      if (text) items.push(text);
      continue;
    }
    if (first === null) {
      const text = plainInline(heading.exec(unquoted)?.[1] ?? unquoted);
      if (text) first = text;
    }
  }
  if (items.length > 0) return items;
  return first === null ? [] : [first];
}
