import { type ConversationMode, conversationModeLabels } from "../activity.js";
import { instantToZoned, placeLink } from "../conversation.js";
import { clockTime } from "../draft-parts.js";
import type { MentionPermission } from "../network.js";
import { type PersonSource, personSourceLabels } from "../person.js";
import { formatCalendarDay, formatInstant } from "../wording/dates.js";
import { counted } from "../wording/plural.js";
import { clip, clipOrNull, noteLines } from "./brief-text.js";
import type { ResearchNote } from "./preparation.js";

/**
 * The one-page brief (issue 10): what to have in hand walking into an informational
 * interview, in the order it is read — who and when, who they are, the objective, the pitch,
 * the questions, research, and what to bring. Pure: the caller assembles the pitch, works
 * out which questions fit the time, and builds the checklist; every text is bounded here so
 * the brief always fits one printed page (A4 or Letter).
 */

/** How much of each thing the page has room for; longer texts end with "…". */
export const briefLimits = {
  name: 100,
  title: 120,
  organization: 120,
  mission: 240,
  website: 100,
  where: 160,
  phone: 40,
  commonGround: 280,
  introducerName: 100,
  objective: 400,
  pitch: 750,
  topQuestions: 10,
  question: 200,
  spares: 4,
  spare: 160,
  researchBullets: 8,
  researchBullet: 160,
  checklistItems: 12,
  checklistItem: 80,
} as const;

/** What the brief is made from, in domain terms (no store rows). */
export interface BriefInput {
  person: {
    name: string;
    title: string | null;
    phone: string | null;
    phoneExtension: string | null;
    source: PersonSource | null;
    commonGround: string | null;
  };
  organization: { name: string; mission: string | null; website: string | null } | null;
  /** Who introduced them, and whether the explorer may name them (domain/network.ts). */
  introducer: { name: string; mentionPermission: MentionPermission } | null;
  conversation: {
    startsAt: string;
    durationMinutes: number;
    mode: ConversationMode | null;
    place: string | null;
  };
  /** The explorer's time zone: the brief's times are written in it. */
  timeZone: string;
  objective: string | null;
  /** The pitch as one text (assemblePitch), or null when none is written. */
  pitch: string | null;
  /** The plan in priority order; `fits` comes from the time budget (spares never fit). */
  questions: readonly { text: string; fits: boolean }[];
  /** Research on the person and on their organization (live notes). */
  research: {
    person: readonly Pick<ResearchNote, "body" | "notedOn">[];
    organization: readonly Pick<ResearchNote, "body" | "notedOn">[];
  };
  checklist: readonly { label: string; done: boolean }[];
}

export interface BriefResearchBullet {
  text: string;
  about: "person" | "organization";
  /** The note's day, YYYY-MM-DD, and as it is printed ("10 Oct 2026"). */
  notedOn: string;
  dated: string;
}

export interface Brief {
  header: {
    name: string;
    title: string | null;
    organization: string | null;
    /** "Wednesday 5 March 2025, 3:00 PM UTC", in the explorer's zone. */
    when: string;
    /** Its day there, YYYY-MM-DD (for file names). */
    day: string;
    /** "45 minutes, until 3:45 PM UTC". */
    length: string;
    /** "Video", "In person"… or null when the entry says no mode. */
    mode: string | null;
    /** The address, number or link as typed (clipped). */
    where: string | null;
    /** The place when it is a web address, whole, so screens can link it. */
    link: string | null;
    theirPhone: string | null;
  };
  /** Their role and organization are the header's; here is what else to know of them. */
  whoTheyAre: {
    mission: string | null;
    website: string | null;
    howFound: string | null;
    commonGround: string | null;
    introducer: { name: string; permission: MentionPermission; mayName: string } | null;
  };
  objective: string | null;
  pitch: string | null;
  questions: {
    /** Those that fit the time, numbered in priority order. */
    top: { number: number; text: string }[];
    spares: string[];
    /** Questions the page had no room for (still in Rapport). */
    notShown: number;
  };
  research: { bullets: BriefResearchBullet[]; more: number };
  checklist: { items: { label: string; done: boolean }[]; done: number; total: number };
}

/** What an empty section says on the page, so it reads as a gap to fill, not an error. */
export const briefEmptyText = {
  objective: "No objective yet: write one on the preparation page.",
  pitch: "No pitch yet: write one on the preparation page.",
  questions: "No questions planned yet.",
  research: "No research notes yet.",
  checklist: "No checklist yet.",
} as const;

/** The brief's sections, in the order every rendering (page, print, PDF) shows them. */
export const briefSectionTitles = {
  whoTheyAre: "Who they are",
  objective: "Objective",
  pitch: "My pitch",
  questions: "Questions",
  spares: "Spares",
  research: "Research",
  checklist: "Come prepared",
} as const;

const mayNameText: Record<MentionPermission, string> = {
  yes: "you may name them",
  no: "do not name them",
  not_asked: "not asked yet: ask before naming them",
};

/** "Wednesday 5 March 2025" in the zone. */
function longDate(instant: string, timeZone: string): string {
  return formatInstant(instant, timeZone, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).replace(",", "");
}

/** "10 Oct 2026" for a calendar day (no zone: it is a day, not an instant). */
export function briefDay(day: string): string {
  return formatCalendarDay(day, { day: "numeric", month: "short", year: "numeric" });
}

function phoneText(phone: string | null, extension: string | null): string | null {
  const number = clipOrNull(phone, briefLimits.phone);
  if (!number) return null;
  return extension ? `${number} ext. ${extension}` : number;
}

function header(input: BriefInput): Brief["header"] {
  const { conversation, timeZone } = input;
  const minutes = conversation.durationMinutes;
  const endsAt = new Date(new Date(conversation.startsAt).getTime() + minutes * 60_000);
  return {
    name: clip(input.person.name, briefLimits.name),
    title: clipOrNull(input.person.title, briefLimits.title),
    organization: clipOrNull(input.organization?.name, briefLimits.organization),
    when: `${longDate(conversation.startsAt, timeZone)}, ${clockTime(conversation.startsAt, timeZone)}`,
    day: instantToZoned(conversation.startsAt, timeZone).date,
    length: `${counted(minutes, { one: "minute", other: "minutes" })}, until ${clockTime(endsAt.toISOString(), timeZone)}`,
    mode: conversation.mode ? conversationModeLabels[conversation.mode] : null,
    where: clipOrNull(conversation.place, briefLimits.where),
    link: placeLink(conversation.place),
    theirPhone: phoneText(input.person.phone, input.person.phoneExtension),
  };
}

function whoTheyAre(input: BriefInput): Brief["whoTheyAre"] {
  const { person, organization, introducer } = input;
  return {
    mission: clipOrNull(organization?.mission, briefLimits.mission),
    website: clipOrNull(organization?.website, briefLimits.website),
    howFound: person.source ? personSourceLabels[person.source] : null,
    commonGround: clipOrNull(person.commonGround, briefLimits.commonGround),
    introducer: introducer
      ? {
          name: clip(introducer.name, briefLimits.introducerName),
          permission: introducer.mentionPermission,
          mayName: mayNameText[introducer.mentionPermission],
        }
      : null,
  };
}

function questions(input: BriefInput): Brief["questions"] {
  const fitting = input.questions.filter((question) => question.fits);
  const spare = input.questions.filter((question) => !question.fits);
  const top = fitting.slice(0, briefLimits.topQuestions);
  const spares = spare.slice(0, briefLimits.spares);
  return {
    top: top.map((question, index) => ({
      number: index + 1,
      text: clip(question.text, briefLimits.question),
    })),
    spares: spares.map((question) => clip(question.text, briefLimits.spare)),
    notShown: input.questions.length - top.length - spares.length,
  };
}

const newestFirst = (first: { notedOn: string }, second: { notedOn: string }) =>
  second.notedOn.localeCompare(first.notedOn);

/** Each note's list items (or first line), person first then organization, newest first. */
function research(input: BriefInput): Brief["research"] {
  const lines: { line: string; about: BriefResearchBullet["about"]; notedOn: string }[] = [];
  for (const about of ["person", "organization"] as const) {
    for (const note of [...input.research[about]].sort(newestFirst)) {
      for (const line of noteLines(note.body)) lines.push({ line, about, notedOn: note.notedOn });
    }
  }
  // Only the bullets the page shows are clipped and dated; the rest are counted.
  const shown = lines.slice(0, briefLimits.researchBullets).map(({ line, about, notedOn }) => ({
    text: clip(line, briefLimits.researchBullet),
    about,
    notedOn,
    dated: briefDay(notedOn),
  }));
  return { bullets: shown, more: lines.length - shown.length };
}

/** "and 3 more in Rapport" ("and 3 more questions…"), for what the page had no room for. */
export function moreInRapport(count: number, what?: "questions"): string {
  return what ? `and ${count} more ${what} in Rapport` : `and ${count} more in Rapport`;
}

function checklist(input: BriefInput): Brief["checklist"] {
  const items = input.checklist.slice(0, briefLimits.checklistItems).map((item) => ({
    label: clip(item.label, briefLimits.checklistItem),
    done: item.done,
  }));
  return {
    items,
    done: input.checklist.filter((item) => item.done).length,
    total: input.checklist.length,
  };
}

export function buildBrief(input: BriefInput): Brief {
  return {
    header: header(input),
    whoTheyAre: whoTheyAre(input),
    objective: clipOrNull(input.objective, briefLimits.objective),
    pitch: clipOrNull(input.pitch, briefLimits.pitch),
    questions: questions(input),
    research: research(input),
    checklist: checklist(input),
  };
}
