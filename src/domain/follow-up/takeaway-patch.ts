import { z } from "zod";
import { takeawayTags } from "./takeaway.js";

/**
 * An edit of a takeaway (PATCH /api/takeaways/:id): any of tag, text and day, and `done`
 * to tick an action off (or untick it). The merged takeaway is checked again with
 * `takeawayInputSchema`, so the words for a missing text or day are the same as on create.
 */
export const takeawayPatchSchema = z.object({
  tag: z.enum(takeawayTags, { error: "Choose what kind of takeaway this is" }).optional(),
  text: z.string({ error: "Enter the takeaway" }).optional(),
  actionDueOn: z.string({ error: "Enter a real date" }).nullable().optional(),
  done: z.boolean({ error: "Say whether it is done: true or false" }).optional(),
});
export type TakeawayPatch = z.input<typeof takeawayPatchSchema>;
