import { z } from "zod";

/** The résumé's metadata, kept beside its bytes in the private folder (never in a backup). */
export const resumeInfoSchema = z.object({
  fileName: z.string(),
  contentType: z.string(),
  size: z.number(),
  uploadedAt: z.string(),
});
export type ResumeInfo = z.infer<typeof resumeInfoSchema>;
