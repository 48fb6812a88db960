import { z } from "zod";
import { takeawayTags } from "../follow-up/takeaway.js";
import { compareDimensions } from "./compare.js";
import { insightsFilterFields, periodInOrder, periodOrderError } from "./insights-data.js";

/**
 * The query string of the /api/insights routes and `rapport insights`: the filter, and for
 * themes a tag, for compare a dimension (fields unless chosen).
 */
export const insightsQuerySchema = z
  .object({
    ...insightsFilterFields,
    tag: z
      .union([z.literal(""), z.enum(takeawayTags)], { error: "Choose a tag from the list" })
      .optional()
      .transform((tag) => tag || undefined),
    dimension: z
      .union([z.literal(""), z.enum(compareDimensions)], {
        error: "Choose what to compare from the list",
      })
      .optional()
      .transform((dimension) => dimension || "field"),
  })
  .refine(periodInOrder, periodOrderError);
export type InsightsQuery = z.output<typeof insightsQuerySchema>;
export type InsightsQueryDraft = z.input<typeof insightsQuerySchema>;
