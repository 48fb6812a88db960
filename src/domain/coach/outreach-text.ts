import type { Root } from "nlcst";
import { visit } from "unist-util-visit";

/** Character offsets into the draft, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface TextSentence extends Span {
  text: string;
  /** In the sign-off or signature: the writer's own lines, not the message itself. */
  inSignOff: boolean;
}

/** A draft split the way the checks need it, computed once per run. */
export interface OutreachText {
  text: string;
  wordCount: number;
  greeting: Span | null;
  signOff: Span | null;
  /** Between the greeting and the sign-off. */
  body: Span;
  /** Every sentence after the greeting, cut at the sign-off so none straddles it. */
  sentences: TextSentence[];
  /** The reader's name as written in the greeting ("Dear Ms. Lee," → Lee). */
  readerNames: Set<string>;
  /** The writer's own name, from the signature or "I'm Maya…". */
  writerNames: Set<string>;
}

interface Line extends Span {
  text: string;
}

const greetingStart =
  /^(?:dear|hello|hi|hey|hiya|greetings|good\s+(?:morning|afternoon|evening|day))\b/i;
const signOffStart =
  /^(?:best(?:\s+(?:regards|wishes))?|all\s+the\s+best|(?:kind|kindest|warm|warmest|many)\s+(?:regards|thanks)|regards|warmly|sincerely|yours\s+(?:sincerely|truly|faithfully)|respectfully|cheers|thank\s+you|thanks|with\s+(?:thanks|gratitude|appreciation)|gratefully|talk\s+soon)\b/i;
const honorifics = new Set(["Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Professor", "Dear", "Sir"]);

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    const leading = line.length - line.trimStart().length;
    lines.push({
      text: line.trim(),
      start: start + leading,
      end: start + line.trimEnd().length,
    });
    start += line.length + 1;
  }
  return lines.filter((line) => line.text.length > 0);
}

function wordsIn(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function namesIn(text: string): string[] {
  return [...text.matchAll(/\b[A-Z][\p{L}'’-]+/gu)]
    .map((match) => match[0])
    .filter(
      (name) => !honorifics.has(name) && !signOffStart.test(name) && !greetingStart.test(name),
    );
}

function findGreeting(lines: readonly Line[]): Span | null {
  // A letter may open with the sender's address and the date; skip such short lines.
  const first = lines
    .slice(0, 8)
    .find(
      (line, index, head) =>
        greetingStart.test(line.text) &&
        head.slice(0, index).every((before) => wordsIn(before.text) <= 8),
    );
  if (!first) return null;
  // "Hi Sam, I'm…" on one line: the greeting runs to the first comma, colon or dash.
  const phrase = /^[^,!:\n—–]{0,60}?[,!:—–]/.exec(first.text);
  if (phrase) return { start: first.start, end: first.start + phrase[0].length };
  if (wordsIn(first.text) <= 6) return { start: first.start, end: first.end };
  const word = greetingStart.exec(first.text)?.[0] ?? "";
  return { start: first.start, end: first.start + word.length };
}

function isSignature(rest: string): boolean {
  // After the sign-off only short lines may follow: a name, a school, a phone number.
  return !rest.includes("?") && rest.split("\n").every((line) => wordsIn(line) <= 8);
}

function findSignOff(text: string, lines: Line[], sentenceStarts: number[], after: number) {
  const candidates = [
    // A signature may run to a name, a school, a phone number and a profile link.
    ...lines.slice(-7).map((line) => line.start),
    // A one-line message ends "…next week? Thanks, Maya": look at its last sentences too.
    ...sentenceStarts.slice(-2),
  ]
    .filter((start) => start >= after)
    .sort((left, right) => right - left);
  for (const start of candidates) {
    const lineEnd = text.indexOf("\n", start);
    const unitEnd = lineEnd === -1 ? text.length : lineEnd;
    if (!signOffStart.test(text.slice(start, unitEnd))) continue;
    if (text.slice(start, unitEnd).includes("?")) continue;
    if (isSignature(text.slice(unitEnd))) return { start, end: text.trimEnd().length };
  }
  return null;
}

function trimmed(text: string, start: number, end: number): Span {
  const slice = text.slice(start, end);
  const leading = slice.length - slice.trimStart().length;
  return { start: start + leading, end: start + slice.trimEnd().length };
}

/** Splits the parsed draft into greeting, body and sign-off, and finds its sentences. */
export function readOutreachText(tree: Root, text: string): OutreachText {
  let wordCount = 0;
  const sentenceSpans: Span[] = [];
  visit(tree, (node) => {
    if (node.type === "WordNode") wordCount += 1;
    if (node.type === "SentenceNode" && node.position) {
      sentenceSpans.push({
        start: node.position.start.offset ?? 0,
        end: node.position.end.offset ?? 0,
      });
    }
  });

  const lines = linesOf(text);
  const greeting = findGreeting(lines);
  const afterGreeting = greeting?.end ?? 0;
  const signOff = findSignOff(
    text,
    lines,
    sentenceSpans.map((span) => trimmed(text, Math.max(span.start, afterGreeting), span.end).start),
    afterGreeting + 1,
  );
  const bodyEnd = signOff?.start ?? text.length;
  const body = trimmed(text, afterGreeting, bodyEnd);

  const sentences: TextSentence[] = [];
  for (const span of sentenceSpans) {
    const start = Math.max(span.start, afterGreeting);
    const pieces =
      start < bodyEnd && span.end > bodyEnd
        ? [trimmed(text, start, bodyEnd), trimmed(text, bodyEnd, span.end)]
        : [trimmed(text, start, span.end)];
    for (const piece of pieces) {
      if (piece.end <= piece.start) continue;
      sentences.push({
        ...piece,
        text: text.slice(piece.start, piece.end),
        inSignOff: signOff !== null && piece.start >= signOff.start,
      });
    }
  }

  const writerNames = new Set(signOff ? namesIn(text.slice(signOff.start, signOff.end)) : []);
  for (const match of text
    .slice(body.start, body.end)
    .matchAll(
      /\b(?:I'm|I’m|I am|my name is|this is)\s+([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?)/gu,
    )) {
    for (const name of namesIn(match[1] ?? "")) writerNames.add(name);
  }
  const readerNames = new Set(greeting ? namesIn(text.slice(greeting.start, greeting.end)) : []);

  return { text, wordCount, greeting, signOff, body, sentences, readerNames, writerNames };
}

/** The sentences of the message itself, without the sign-off and signature. */
export function bodySentences(outreach: OutreachText): TextSentence[] {
  return outreach.sentences.filter((sentence) => !sentence.inSignOff);
}

/** 1-based line number of an offset, for the CLI and editors. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < text.length; index += 1) {
    if (text[index] === "\n") line += 1;
  }
  return line;
}
