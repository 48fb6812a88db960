import { z } from "zod";

/** Which follow-up routine a person (or everyone, by default) is on. */
export const routines = ["standard", "3b7"] as const;
export type Routine = (typeof routines)[number];

/** How Settings and a person's form name each routine. */
export const routineLabels: Record<Routine, string> = {
  standard: "Standard: a follow-up call a week after writing",
  "3b7": "3B7: a second person at the organization after 3 business days, one follow-up after 7",
};

/** When reminders fire. Every number is a user setting; these are METHOD §3's defaults. */
export interface CadenceSettings {
  /** The explorer's time zone: business days and "the day before" are counted there. */
  timeZone: string;
  /** Call after a letter or e-mail with no reply, this many days later… */
  followUpCallDays: number;
  /** …and it is overdue after this many. */
  followUpOverdueDays: number;
  /** Try again this many business days after a voicemail, a message left or no answer. */
  retryBusinessDays: number;
  /** Ask again this many weeks after "not now, maybe later". */
  reaskWeeks: number;
  /** Thank-you: ideally within this many hours… */
  thankYouIdealHours: number;
  /** …and at the latest within this many. */
  thankYouDueHours: number;
  /** Prepare for a conversation this many days ahead. */
  prepareDaysBefore: number;
  /** Contact someone who was suggested within this many days. */
  contactSuggestedDays: number;
  /** The default routine; a person may have their own. */
  routine: Routine;
  /** 3B7: a second contact at the same organization after this many business days… */
  secondContactBusinessDays: number;
  /** …and one follow-up with the first person after this many days. */
  threeB7FollowUpDays: number;
  /** A new conversation's length in minutes unless the explorer says otherwise. */
  conversationMinutes: number;
  /** Keep in touch every this many months after the thank-you; a person may have their own. */
  keepInTouchMonths: number;
  /** "Write up your notes" is due at this hour (0–23) of the conversation's day. */
  writeUpNotesHour: number;
  /** "Still excited?" (METHOD §7): ask every this many weeks; 0 turns check-ins off. */
  checkInWeeks: number;
}

export const defaultCadenceSettings: CadenceSettings = {
  timeZone: "UTC",
  followUpCallDays: 7,
  followUpOverdueDays: 14,
  retryBusinessDays: 3,
  reaskWeeks: 4,
  thankYouIdealHours: 2,
  thankYouDueHours: 24,
  prepareDaysBefore: 2,
  contactSuggestedDays: 7,
  routine: "standard",
  secondContactBusinessDays: 3,
  threeB7FollowUpDays: 7,
  conversationMinutes: 30,
  keepInTouchMonths: 3,
  writeUpNotesHour: 20,
  checkInWeeks: 4,
};

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const days = (label: string, maximum: number) =>
  z
    .number({ error: `${label} must be a number` })
    .int({ error: `${label} must be a whole number` })
    .min(1, { error: `${label} must be at least 1` })
    .max(maximum, { error: `${label} must be at most ${maximum}` });

export const cadenceSettingsSchema = z
  .object({
    timeZone: z.string().refine(isTimeZone, { error: "Choose a time zone from the list" }),
    followUpCallDays: days("Days before the follow-up call", 60),
    followUpOverdueDays: days("Days before a follow-up is overdue", 90),
    retryBusinessDays: days("Business days before trying again", 30),
    reaskWeeks: days("Weeks before asking again", 52),
    thankYouIdealHours: days("Hours for an ideal thank-you", 48),
    thankYouDueHours: days("Hours before a thank-you is late", 168),
    prepareDaysBefore: days("Days to prepare ahead", 14),
    contactSuggestedDays: days("Days to contact someone suggested", 60),
    routine: z.enum(routines, { error: "Choose a routine" }),
    secondContactBusinessDays: days("Business days before a second contact", 30),
    threeB7FollowUpDays: days("Days before the 3B7 follow-up", 60),
    conversationMinutes: z
      .number({ error: "Conversation length must be a number" })
      .int({ error: "Conversation length must be a whole number of minutes" })
      .min(5, { error: "Conversation length must be at least 5 minutes" })
      .max(240, { error: "Conversation length must be at most 240 minutes" }),
    keepInTouchMonths: days("Months between keeping in touch", 24),
    writeUpNotesHour: z
      .number({ error: "The hour to write up notes must be a number" })
      .int({ error: "The hour to write up notes must be a whole hour" })
      .min(0, { error: "The hour to write up notes must be from 0 to 23" })
      .max(23, { error: "The hour to write up notes must be from 0 to 23" }),
    checkInWeeks: z
      .number({ error: "Weeks between check-ins must be a number" })
      .int({ error: "Weeks between check-ins must be a whole number of weeks" })
      .min(0, { error: "Weeks between check-ins must be from 0 (off) to 26" })
      .max(26, { error: "Weeks between check-ins must be from 0 (off) to 26" }),
  })
  .refine((settings) => settings.followUpOverdueDays >= settings.followUpCallDays, {
    path: ["followUpOverdueDays"],
    error: "A follow-up cannot be overdue before it is due",
  })
  .refine((settings) => settings.thankYouDueHours >= settings.thankYouIdealHours, {
    path: ["thankYouDueHours"],
    error: "The latest time for a thank-you cannot come before the ideal one",
  });

/** The explorer's saved choices (as stored) over the defaults. */
export function cadenceSettingsFrom(saved: unknown): CadenceSettings {
  const checked = cadenceSettingsSchema.safeParse({
    ...defaultCadenceSettings,
    ...(typeof saved === "object" && saved !== null ? saved : {}),
  });
  // A setting that no longer validates (say, a time zone renamed) falls back to the defaults.
  return checked.success ? checked.data : defaultCadenceSettings;
}
