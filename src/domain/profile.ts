import { z } from "zod";
import { optionalEmail, optionalPhone, optionalText, requiredText } from "./text-fields.js";

/** Where the explorer is in their search (METHOD §1). */
export const searchStatuses = [
  "exploring",
  "student",
  "graduating",
  "changing_careers",
  "returning",
  "employed_curious",
] as const;
export type SearchStatus = (typeof searchStatuses)[number];
export const searchStatusLabels: Record<SearchStatus, string> = {
  exploring: "Just exploring",
  student: "Student",
  graduating: "Graduating soon",
  changing_careers: "Changing careers",
  returning: "Returning to work",
  employed_curious: "Employed, curious about other paths",
};

/** The explorer's own details, used later to draft outreach in their voice. */
export interface Profile {
  name: string | null;
  schoolOrRole: string | null;
  searchStatus: SearchStatus | null;
  /** The explorer's phone: a confirmation carries it, so the person can reach them (METHOD §3). */
  phone: string | null;
  /** The explorer's e-mail: the sender of drafts they download or send. */
  email: string | null;
  /** Set once the first-run welcome was completed or skipped. */
  welcomeDoneAt: string | null;
}

export const profileInputSchema = z.object({
  name: optionalText("Your name", 200),
  schoolOrRole: optionalText("School or current role", 200),
  searchStatus: z
    .union([z.literal(""), z.enum(searchStatuses)], { error: "Choose where you are from the list" })
    .nullish()
    .transform((status) => status || null),
  phone: optionalPhone("Your phone"),
  email: optionalEmail("Your email"),
});
export type ProfileInput = z.output<typeof profileInputSchema>;
export type ProfileDraft = z.input<typeof profileInputSchema>;

/** What the explorer wants to explore: three kinds of interest, plus places. */
export const targetKinds = ["field", "organization_kind", "role", "location"] as const;
export type TargetKind = (typeof targetKinds)[number];
export const targetKindLabels: Record<TargetKind, string> = {
  field: "Field or industry",
  organization_kind: "Kind of organization",
  role: "Role",
  location: "Location",
};

export const locationFlexibilities = ["home_base", "open_to_relocate", "remote"] as const;
export type LocationFlexibility = (typeof locationFlexibilities)[number];
export const locationFlexibilityLabels: Record<LocationFlexibility, string> = {
  home_base: "Home base",
  open_to_relocate: "Open to relocate",
  remote: "Remote",
};

/** One interest or location the explorer is targeting; people and organizations are tagged with them. */
export interface Target {
  id: string;
  kind: TargetKind;
  label: string;
  /** Only for locations. */
  flexibility: LocationFlexibility | null;
}

export const targetInputSchema = z
  .object({
    kind: z.enum(targetKinds, { error: "Choose what kind of interest this is" }),
    label: requiredText("Name", 200),
    flexibility: z
      .union([z.literal(""), z.enum(locationFlexibilities)], {
        error: "Choose how flexible this location is",
      })
      .nullish()
      .transform((flexibility) => flexibility || null),
  })
  .transform((target) => ({
    ...target,
    // Flexibility describes places only; an interest never carries one.
    flexibility: target.kind === "location" ? (target.flexibility ?? "home_base") : null,
  }));
export type TargetInput = z.output<typeof targetInputSchema>;
/** An interest or location as a form sends it; flexibility only matters for locations. */
export type TargetDraft = z.input<typeof targetInputSchema>;
