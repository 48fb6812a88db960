import { conversationModes } from "../domain/activity.js";
import { type Brief, buildBrief } from "../domain/prepare/brief.js";
import { emptyPreparation, preparedChecklist } from "../domain/prepare/preparation-view.js";
import { prepareSettingsFrom } from "../domain/prepare/prepare-settings.js";
import { assemblePitch } from "../domain/prepare/spoken-time.js";
import { questionBudget } from "../domain/prepare/time-budget.js";
import { type BriefPaper, briefPdf, briefPdfFileName } from "../formats/brief-pdf.js";
import type { ServiceContext } from "./context.js";
import { notFound } from "./service-error.js";
import { getCadenceSettings } from "./today.service.js";

/**
 * The one-page brief of a conversation (its "meeting_scheduled" entry): read in one
 * transaction so every section is of the same moment.
 */
export async function briefFor(context: ServiceContext, activityId: string): Promise<Brief> {
  return context.transaction(async (tx) => {
    const records = await tx.store.brief.forConversation(tx.ownerId, activityId);
    if (!records) throw notFound("That conversation");
    const cadence = await getCadenceSettings(tx);
    const settings = prepareSettingsFrom(records.prepareSettings);
    const { conversation, person, plan, pitch } = records;
    const preparation = records.preparation ?? emptyPreparation(conversation.activityId);
    const mode = conversationModes.find((each) => each === conversation.channel) ?? null;
    const durationMinutes = conversation.durationMinutes ?? cadence.conversationMinutes;
    // The same budget and checklist as the preparation page shows.
    const budget = questionBudget(plan, durationMinutes, settings);
    const { checklist } = preparedChecklist(
      { mode, place: conversation.place, durationMinutes },
      preparation,
      budget,
    );
    return buildBrief({
      person,
      organization: records.organization,
      introducer: records.introducer
        ? { name: records.introducer.name, mentionPermission: person.mentionPermission }
        : null,
      conversation: {
        startsAt: conversation.scheduledFor,
        durationMinutes,
        mode,
        place: conversation.place,
      },
      timeZone: cadence.timeZone,
      objective: preparation.objective,
      pitch: pitch ? assemblePitch(pitch) || null : null,
      questions: plan.map((question, index) => ({
        text: question.text,
        fits: budget.lines[index]?.fit === "fits",
      })),
      research: records.research,
      checklist,
    });
  });
}

/** The brief as a one-page PDF (A4 unless Letter is asked for), with the name to save it under. */
export async function briefPdfFor(
  context: ServiceContext,
  activityId: string,
  paper: BriefPaper = "a4",
): Promise<{ fileName: string; bytes: Uint8Array<ArrayBuffer> }> {
  const brief = await briefFor(context, activityId);
  return { fileName: briefPdfFileName(brief), bytes: await briefPdf(brief, { paper }) };
}
