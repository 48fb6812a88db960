import type { Activity } from "./activity.js";
import { dayAndMonth } from "./draft-parts.js";
import { commonGroundSentence, lowerFirstWord, parenthetical } from "./draft-phrasing.js";
import { type Interest, interestPhrase } from "./interest-phrase.js";
import { mergeValuesFor } from "./outreach-draft.js";
import type { Person } from "./person.js";
import { firstName, formalName, parsePersonName } from "./person-name.js";
import type { Profile } from "./profile.js";

/** Spoken, so a blank reads as words rather than as a merge field. */
export const myNameBlank = "[your name]";
export const myPhoneBlank = "[your phone number]";
/** Said when nothing written, no introducer and no common ground says why them. */
export const whyYouBlank = "[what drew you to their work]";

export interface CallScriptRequest {
  profile: Pick<Profile, "name" | "schoolOrRole" | "searchStatus" | "phone">;
  person: Pick<
    Person,
    "name" | "title" | "organizationName" | "commonGround" | "referredByName" | "mentionPermission"
  >;
  /** The explorer's interests this person serves (a plain string is a field). */
  interests?: readonly (Interest | string)[];
  /** The latest letter, e-mail or message sent to them, the one this call follows up. */
  lastWritten: Pick<Activity, "kind" | "occurredAt"> | null;
  /** The explorer's time zone, for the date of that letter. */
  timeZone: string;
}

/** One step of the call and what to say in it. */
export interface ScriptStep {
  label: string;
  say: string;
}

export interface CallScript {
  steps: ScriptStep[];
  /** The same in one breath, with the explorer's number said twice. */
  voicemail: string;
}

const writtenKinds = ["letter_sent", "email_sent", "network_message_sent"] as const;
const writtenNames: Record<(typeof writtenKinds)[number], string> = {
  letter_sent: "a letter",
  email_sent: "an e-mail",
  network_message_sent: "a message",
};

function isWritten(kind: Activity["kind"]): kind is (typeof writtenKinds)[number] {
  return writtenKinds.some((written) => written === kind);
}

/** The latest letter, e-mail or networking-site message in a log (any order), or null. */
export function latestWritten<Entry extends Pick<Activity, "kind" | "occurredAt">>(
  log: readonly Entry[],
): Entry | null {
  let latest: Entry | null = null;
  for (const entry of log) {
    if (!isWritten(entry.kind)) continue;
    if (!latest || entry.occurredAt > latest.occurredAt) latest = entry;
  }
  return latest;
}

function whoIAm(request: CallScriptRequest): string {
  const name = request.profile.name?.trim() || myNameBlank;
  const role = request.profile.schoolOrRole
    ? parenthetical(lowerFirstWord(request.profile.schoolOrRole))
    : "";
  return role ? `${name}, ${role}` : name;
}

/**
 * Why they should know the name, as the letter says it: who suggested the call (only with
 * their permission), the letter sent, and what the two share. With none of these, a blank
 * for what drew the explorer to them, rather than praise that fits anyone.
 */
function reminder(request: CallScriptRequest, introducer: string | undefined): string {
  const { lastWritten } = request;
  const letter =
    lastWritten && isWritten(lastWritten.kind)
      ? `I sent you ${writtenNames[lastWritten.kind]} on ${dayAndMonth(lastWritten.occurredAt, request.timeZone)} asking for a little of your time`
      : null;
  const suggested = introducer ? `${introducer} suggested I get in touch with you` : null;
  const shared = commonGroundSentence(request.person.commonGround ?? "");
  const opening =
    suggested && letter
      ? `${suggested}, and ${letter}.`
      : suggested || letter
        ? `${suggested ?? letter}.`
        : shared
          ? ""
          : `I'm calling because of ${whyYouBlank}.`;
  return [opening, shared ?? ""].filter(Boolean).join(" ");
}

/**
 * A short script for the follow-up call (METHOD §3): greet, say who you are, remind them of
 * the letter and of who suggested the call, ask for 20 to 30 minutes of advice (not a job) and let them pick the time and
 * place. The voicemail says the same briefly and leaves the explorer's number.
 */
export function callScript(request: CallScriptRequest): CallScript {
  const values = mergeValuesFor({ kind: "letter", ...request });
  // Someone asked for by title ("Dr. Adler") is not then called by their first name.
  const them = parsePersonName(request.person.name).honorific
    ? formalName(request.person.name)
    : firstName(request.person.name);
  const me = whoIAm(request);
  const remind = reminder(request, values.introducer);
  const phone = request.profile.phone?.trim() || myPhoneBlank;
  const interests = interestPhrase(request.interests ?? []);
  const field = interests ? ` on ${interests}` : "";
  return {
    steps: [
      { label: "Greet", say: `Hello, may I speak with ${formalName(request.person.name)}?` },
      { label: "Who you are", say: `Hi ${them}, this is ${me}. ${remind}` },
      {
        label: "The ask",
        say: `${values.status}. I'm not looking for a job; I would be grateful for 20 to 30 minutes of your advice.`,
      },
      {
        label: "Let them choose",
        say: "Would there be a time that suits you, in person, by phone or by video? I'm happy to work around your schedule.",
      },
    ],
    voicemail: `Hi ${them}, this is ${me}. ${remind} I'd be grateful for 20 to 30 minutes of your advice${field} — not a job, just your perspective. You can reach me at ${phone}; again, that's ${phone}. I'll also try you again in a few days. Thank you!`,
  };
}
