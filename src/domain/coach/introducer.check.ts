import { defineCheck } from "./check.js";
import type { Introducer } from "./finding.js";
import type { OutreachText, Span } from "./outreach-text.js";

const honorifics = /^(?:mr|mrs|ms|mx|dr|prof|professor)\.?$/i;

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function occurrences(text: string, phrase: string, offset: number): Span[] {
  const pattern = new RegExp(`(?<![\\p{L}'’-])${escapeForPattern(phrase)}(?![\\p{L}'’-])`, "gu");
  return [...text.matchAll(pattern)].map((match) => ({
    start: offset + match.index,
    end: offset + match.index + match[0].length,
  }));
}

/** "Dr. Priya Shah" → Priya, Shah: the parts someone may be called by. */
function nameParts(name: string): string[] {
  return name
    .split(/\s+/)
    .map((part) => part.replace(/[,.]+$/, ""))
    .filter((part) => part.length >= 2 && !honorifics.test(part));
}

/**
 * Where the introducer is named in the message: the full name, or a first or last name on
 * its own ("Priya suggested…"). The signature and the greeting are the writer's and the
 * reader's own names, and a part the writer shares ("I'm Jordan…" when Jordan Lee
 * introduced them) proves nothing, so those are left out.
 */
export function introducerMentions(outreach: OutreachText, introducer: Introducer): Span[] {
  const { body } = outreach;
  const text = outreach.text.slice(body.start, body.end);
  const fullName = introducer.name.trim().replace(/\s+/g, " ");
  if (!fullName) return [];
  const found = occurrences(text, fullName, body.start);
  const parts = nameParts(fullName).filter(
    (part) => !outreach.writerNames.has(part) && !outreach.readerNames.has(part),
  );
  for (const part of parts) {
    for (const span of occurrences(text, part, body.start)) {
      if (!found.some((other) => span.start >= other.start && span.end <= other.end)) {
        found.push(span);
      }
    }
  }
  return found.sort((left, right) => left.start - right.start);
}

/** `introducer_unpermitted`: the introducer is named but has not said yes to that. */
export const introducerUnpermittedCheck = defineCheck(
  "introducer_unpermitted",
  (outreach, settings, report) => {
    const introducer = settings.introducer;
    if (!introducer || introducer.permission === "yes") return;
    const message =
      introducer.permission === "no"
        ? `${introducer.name} asked not to be named. Take the name out of this message.`
        : `Ask ${introducer.name} before naming them — you have not recorded their permission yet. Until they say yes, leave the name out.`;
    const mentions = introducerMentions(outreach, introducer);
    if (mentions.length > 0) report(message, mentions);
  },
);

/** `introducer_missing`: the introducer said yes to being named, but is not named. */
export const introducerMissingCheck = defineCheck(
  "introducer_missing",
  (outreach, settings, report) => {
    const introducer = settings.introducer;
    if (introducer?.permission !== "yes" || !introducer.name.trim()) return;
    if (introducerMentions(outreach, introducer).length > 0) return;
    const firstName = nameParts(introducer.name)[0] ?? introducer.name;
    report(
      `${introducer.name} said you may mention them — do it early, e.g. "${firstName} suggested I get in touch." A shared contact is the best reason to say yes.`,
      { start: outreach.body.start, end: outreach.body.start },
    );
  },
);
