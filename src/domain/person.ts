import { z } from "zod";
import { type Routine, routines } from "./cadence-settings.js";
import { type MentionPermission, mentionPermissions } from "./network.js";
import { type Stage, stages } from "./stage.js";
import {
  clientId,
  optionalEmail,
  optionalPhone,
  optionalText,
  optionalWebAddress,
  requiredText,
} from "./text-fields.js";

/**
 * How the explorer found a person, in the order METHOD §2 suggests trying sources:
 * people already known first, strangers last.
 */
export const personSources = [
  "friend",
  "family",
  "professor",
  "colleague",
  "former_employer",
  "alumni",
  "advisor",
  "networking_site",
  "organization_website",
  "referral",
  "cold",
] as const;
export type PersonSource = (typeof personSources)[number];

export const personSourceLabels: Record<PersonSource, string> = {
  friend: "Friend",
  family: "Family",
  professor: "Professor",
  colleague: "Colleague",
  former_employer: "Former employer",
  alumni: "Alumni",
  advisor: "Advisor, coach or recruiter",
  networking_site: "Networking site",
  organization_website: "Organization website",
  referral: "Referral",
  cold: "Cold (no connection)",
};

/** A person the explorer knows of or has talked to, as the app shows it. */
export interface Person {
  id: string;
  name: string;
  title: string | null;
  organizationId: string | null;
  /** Denormalised for lists; the organization record owns the name. */
  organizationName: string | null;
  email: string | null;
  phone: string | null;
  phoneExtension: string | null;
  workAddress: string | null;
  location: string | null;
  profileUrl: string | null;
  source: PersonSource | null;
  commonGround: string | null;
  notes: string | null;
  /** Who introduced them, if anyone. */
  referredById: string | null;
  referredByName: string | null;
  /** Whether the introducer may be named in outreach. */
  mentionPermission: MentionPermission;
  /** The explorer's interests and locations this person serves. */
  targetIds: string[];
  /** Their own follow-up routine; null follows the default in Settings. */
  routine: Routine | null;
  /** Keep in touch every this many months after the thank-you; null follows Settings. */
  keepInTouchMonths: number | null;
  /** Derived from the log; never set directly. */
  stage: Stage;
  /** The latest touch in the log (not notes or snafus). */
  lastTouchAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * What a user may submit for a person. The organization is given by name: an existing
 * organization with that name (ignoring case) is used, otherwise one is created.
 */
export const personInputSchema = z.object({
  id: clientId(),
  name: requiredText("Name", 200),
  title: optionalText("Title", 200),
  organizationName: optionalText("Organization", 200),
  email: optionalEmail("Email"),
  phone: optionalPhone("Phone"),
  phoneExtension: optionalText("Extension", 10).pipe(
    z
      .string()
      .regex(/^[0-9]+$/, { error: "Use digits only for the extension" })
      .nullable(),
  ),
  workAddress: optionalText("Work address", 500),
  location: optionalText("Location", 200),
  profileUrl: optionalWebAddress("Profile URL"),
  // A form's "not chosen" option sends "", which means the same as leaving it out.
  source: z
    .union([z.literal(""), z.enum(personSources)], {
      error: "Choose how you found this person from the list",
    })
    .nullish()
    .transform((source) => source || null),
  commonGround: optionalText("Common ground", 2000),
  notes: optionalText("Notes", 20000),
  referredById: optionalText("Introduced by", 100),
  mentionPermission: z
    .union([z.literal(""), z.enum(mentionPermissions)], {
      error: "Choose whether you may mention the introducer",
    })
    .nullish()
    .transform((permission) => permission || "not_asked"),
  targetIds: z
    .array(z.string().max(100))
    .max(100, { error: "Tag at most 100 interests" })
    .nullish()
    .transform((ids) => [...new Set(ids ?? [])]),
  // "" (the form's "Use my default") or null means the default; left out means unchanged,
  // so an import that merges a contact never resets a routine the explorer chose.
  routine: z
    .union([z.literal(""), z.enum(routines)], { error: "Choose a follow-up routine from the list" })
    .nullish()
    .transform((routine) => (routine === undefined ? undefined : routine || null)),
  // Like the routine: "" or null follows Settings → Reminders, left out keeps what is stored.
  keepInTouchMonths: z.preprocess((months) => {
    if (typeof months !== "string") return months;
    return months.trim() === "" ? null : Number(months.trim());
  }, z
    .number({ error: "Keep in touch every so many months: enter a number" })
    .int({ error: "Keep in touch every whole number of months" })
    .min(1, { error: "Keep in touch at least every 1 month" })
    .max(24, { error: "Keep in touch at most every 24 months" })
    .nullish()),
});
export type PersonInput = z.output<typeof personInputSchema>;
/** What a form or API client sends before validation. */
export type PersonDraft = z.input<typeof personInputSchema>;

export const peopleSortKeys = [
  "name",
  "organization",
  "location",
  "source",
  "updated",
  "stage",
  "last_touch",
] as const;
export type PeopleSortKey = (typeof peopleSortKeys)[number];

/** Filters for the people table; every one is optional and they combine with AND. */
export interface PeopleQuery {
  text?: string;
  organizationId?: string;
  location?: string;
  source?: PersonSource;
  stage?: Stage;
  /** People tagged with every one of these interests/locations. */
  targetIds?: string[];
  sort?: PeopleSortKey;
  direction?: "asc" | "desc";
}

export const peopleQuerySchema = z.object({
  text: z.string().trim().max(200).optional(),
  organizationId: z.string().max(100).optional(),
  location: z.string().trim().max(200).optional(),
  source: z.enum(personSources).optional(),
  stage: z.enum(stages).optional(),
  // A query string gives one id or several (?targetIds=a&targetIds=b) or a comma list.
  targetIds: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((ids) =>
      ids === undefined ? undefined : (Array.isArray(ids) ? ids : ids.split(",")).filter(Boolean),
    ),
  sort: z.enum(peopleSortKeys).optional(),
  direction: z.enum(["asc", "desc"]).optional(),
});
