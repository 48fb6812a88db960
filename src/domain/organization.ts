import { z } from "zod";
import { clientId, optionalText, optionalWebAddress, requiredText } from "./text-fields.js";

/** An organization people work at; several sites are kept as a list of locations. */
export interface Organization {
  id: string;
  name: string;
  website: string | null;
  industry: string | null;
  locations: string[];
  mission: string | null;
  notes: string | null;
  /** The explorer's interests and locations this organization serves. */
  targetIds: string[];
  /** How many (not deleted) people work there. */
  peopleCount: number;
  createdAt: string;
  updatedAt: string;
}

/** Splits "Baltimore; Washington, DC" style input: one location per line or semicolon. */
export function parseLocations(text: string): string[] {
  const seen = new Set<string>();
  const locations: string[] = [];
  for (const part of text.split(/[\n;]/)) {
    const location = part.trim();
    const key = location.toLowerCase();
    if (location && !seen.has(key)) {
      seen.add(key);
      locations.push(location);
    }
  }
  return locations;
}

export const organizationInputSchema = z.object({
  id: clientId(),
  name: requiredText("Name", 200),
  website: optionalWebAddress("Website"),
  industry: optionalText("Industry", 200),
  locations: z
    .union([z.string(), z.array(z.string())], {
      error: "List the locations as text (one a line or separated by ;) or a list of texts",
    })
    .nullish()
    .transform((value) =>
      value == null ? [] : parseLocations(Array.isArray(value) ? value.join("\n") : value),
    )
    .pipe(
      z
        .array(z.string().max(200, { error: "Each location must be at most 200 characters" }))
        .max(50, { error: "List at most 50 locations" }),
    ),
  mission: optionalText("Mission", 2000),
  notes: optionalText("Notes", 20000),
  targetIds: z
    .array(z.string().max(100))
    .max(100, { error: "Tag at most 100 interests" })
    .nullish()
    .transform((ids) => [...new Set(ids ?? [])]),
});
export type OrganizationInput = z.output<typeof organizationInputSchema>;
export type OrganizationDraft = z.input<typeof organizationInputSchema>;
