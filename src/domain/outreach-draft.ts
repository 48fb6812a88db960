import { commonGroundSentence, lowerFirstWord, parenthetical } from "./draft-phrasing.js";
import type { OutreachKind } from "./draft-purpose.js";
import { type Interest, interestPhrase } from "./interest-phrase.js";
import type { Person } from "./person.js";
import { firstName, formalName } from "./person-name.js";
import type { Profile, SearchStatus } from "./profile.js";
import { formatCalendarDay } from "./wording/dates.js";
import { counted } from "./wording/plural.js";

/** Merge fields a user's own template may use; `status`, `why_you` and `connection` are whole sentences. */
export const mergeFields = [
  "first_name",
  "full_name",
  "formal_name",
  "organization",
  "title",
  "introducer",
  "my_name",
  "my_role",
  "field",
  "window",
  "length",
  "status",
  "why_you",
  "connection",
] as const;
export type MergeField = (typeof mergeFields)[number];
/** A field without a value stays in the text as `{{field}}`, so the coach flags it. */
export type MergeValues = Partial<Record<MergeField, string>>;

export interface OutreachWindow {
  place?: string;
  /** ISO dates (YYYY-MM-DD). */
  from?: string;
  to?: string;
}

export interface OutreachDraftRequest {
  kind: OutreachKind;
  profile: Pick<Profile, "name" | "schoolOrRole" | "searchStatus">;
  person: Pick<
    Person,
    "name" | "title" | "organizationName" | "commonGround" | "referredByName" | "mentionPermission"
  >;
  /**
   * The explorer's interests this person serves: fields, kinds of organization and roles,
   * each phrased as what it is. A plain string is a field, e.g. "UX research".
   */
  interests?: readonly (Interest | string)[];
  window?: OutreachWindow;
  lengthMinutes?: number;
  /** The user's own template; the built-in one for `kind` otherwise. */
  template?: string;
  /** The subject line of the user's own template, with merge fields; a built-in one otherwise. */
  subjectTemplate?: string | null;
}

export interface OutreachDraft {
  subject: string;
  body: string;
}

/** Marks what only the explorer can supply; the coach reports it as an unfilled field. */
export const specificPlaceholder = "[something specific about their work]";

// The six parts of METHOD §3 in order: who I am, why you, not a job, the connection (only
// with permission), a window and a length, thanks. Written in our own words.
export const builtInTemplates: Record<OutreachKind, string> = {
  email: `Hello {{first_name}},

{{connection}} My name is {{my_name}} ({{my_role}}), and {{status}}. {{why_you}}

I'm not asking you for a job — I'd value your advice, and I would love to hear how you found your way into this work. Would you have {{length}} for a conversation {{window}}? Any time or place that suits you works for me.

Thank you for considering it.

Best regards,
{{my_name}}`,
  letter: `Dear {{formal_name}},

{{connection}} My name is {{my_name}} ({{my_role}}), and {{status}}. {{why_you}}

People who do the work every day are the best guides to {{field}}, which is why I am writing to you. To be clear, I am not asking you about openings; I would value your perspective on how you built your career and what you would tell someone starting out.

Would you be willing to meet for {{length}} {{window}}? I would be glad to come to your workplace, meet for coffee nearby, or talk by phone, whichever is easiest for you. I will call your office in a week or so to see what suits you.

Thank you for your time and consideration.

Sincerely,
{{my_name}}`,
  network_message: `Hi {{first_name}},

{{connection}} I'm {{my_name}} ({{my_role}}), and {{status}}. {{why_you}} I'm not asking you for a job; I'd just value your advice. Would you have {{length}} for a call {{window}}?

Thanks,
{{my_name}}`,
};

const statusPhrases: Record<SearchStatus, (field: string) => string> = {
  exploring: (field) => `I'm exploring ${field}`,
  student: (field) => `I'm a student looking into ${field}`,
  graduating: (field) => `I'm graduating soon and looking into ${field}`,
  changing_careers: (field) => `I'm changing careers toward ${field}`,
  returning: (field) => `I'm returning to work and looking at ${field}`,
  employed_curious: (field) => `I'm curious about a move into ${field}`,
};

const calendarDay = (text: string | undefined) =>
  text && /^\d{4}-(0[1-9]|1[0-2])-\d{2}/.test(text) ? text.slice(0, 10) : null;
const dayAndMonth = (day: string) => formatCalendarDay(day, { day: "numeric", month: "long" });

/** "between 10 and 15 October", "in Baltimore between 28 September and 3 October". */
export function describeWindow(window: OutreachWindow | undefined): string {
  const from = calendarDay(window?.from);
  const to = calendarDay(window?.to);
  let when = "in the next two weeks";
  if (from && to) {
    // Within one month its name is said once, as in "between 10 and 15 October".
    const start =
      from.slice(0, 7) === to.slice(0, 7)
        ? formatCalendarDay(from, { day: "numeric" })
        : dayAndMonth(from);
    when = `between ${start} and ${dayAndMonth(to)}`;
  } else if (from) when = `on or after ${dayAndMonth(from)}`;
  else if (to) when = `before ${dayAndMonth(to)}`;
  const place = window?.place?.trim();
  return place ? `while I'm in ${place}, ${when}` : when;
}

/**
 * Why this person. Common ground is a specific reason and goes in the first lines (METHOD
 * §2); without it only the explorer knows what drew them, so the draft leaves a blank the
 * coach points at rather than praise that would fit anyone.
 */
function whyYou(person: OutreachDraftRequest["person"]): string {
  const shared = commonGroundSentence(person.commonGround ?? "");
  if (shared) return shared;
  const organization = person.organizationName?.trim();
  return organization
    ? `What drew me to your work at ${organization} is ${specificPlaceholder}.`
    : `What drew me to your work is ${specificPlaceholder}.`;
}

/** The values a template is filled with, from the explorer's profile and the person's record. */
export function mergeValuesFor(request: OutreachDraftRequest): MergeValues {
  const { profile, person } = request;
  const field = interestPhrase(request.interests ?? []) ?? "your field";
  const minutes = request.lengthMinutes ?? 20;
  // The introducer is named only with their permission (METHOD §2); otherwise {{introducer}}
  // stays unfilled and the coach points at it.
  const introducer =
    person.mentionPermission === "yes" && person.referredByName ? person.referredByName : undefined;
  const values: MergeValues = {
    first_name: firstName(person.name),
    full_name: person.name.trim(),
    formal_name: formalName(person.name),
    field,
    window: describeWindow(request.window),
    length: counted(minutes, { one: "minute", other: "minutes" }),
    status: statusPhrases[profile.searchStatus ?? "exploring"](field),
    why_you: whyYou(person),
    connection: introducer ? `${introducer} suggested I get in touch with you.` : "",
  };
  if (person.organizationName) values.organization = person.organizationName;
  if (person.title) values.title = person.title;
  if (introducer) values.introducer = introducer;
  if (profile.name) values.my_name = profile.name;
  // Set in parentheses after the name: "Maya Chen (student at MIT)", never nested.
  const role = profile.schoolOrRole ? parenthetical(lowerFirstWord(profile.schoolOrRole)) : "";
  if (role) values.my_role = role;
  return values;
}

/** Replaces `{{field}}` with its value; fields without a value are left as they are. */
export function fillTemplate(
  template: string,
  values: Readonly<Partial<Record<string, string>>>,
): string {
  return template.replace(/\{\{\s*([a-z_]+)\s*\}\}/gi, (placeholder, name: string) => {
    const value = values[name.toLowerCase()];
    return value === undefined ? placeholder : value;
  });
}

// An empty optional sentence leaves a double space or a space at a line's start behind.
function tidy(text: string): string {
  return text
    .replace(/[ \t]{2,}/g, " ")
    .replace(/^[ \t]+|[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** A first-touch draft following METHOD §3, from the user's template or the built-in one. */
export function draftOutreach(request: OutreachDraftRequest): OutreachDraft {
  const values = mergeValuesFor(request);
  const template = request.template ?? builtInTemplates[request.kind];
  const ownSubject = request.subjectTemplate?.trim();
  const subject = ownSubject
    ? tidy(fillTemplate(ownSubject, values))
    : values.introducer
      ? `${values.introducer} suggested I get in touch`
      : interestPhrase(request.interests ?? [])
        ? `A request for your advice on ${values.field}`
        : "A request for your advice";
  return { subject, body: tidy(fillTemplate(template, values)) };
}
