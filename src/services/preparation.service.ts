import {
  maxPlanQuestions,
  type PlanQuestion,
  planOrderSchema,
  planQuestionInputSchema,
  planQuestionPatchSchema,
  preparationPatchSchema,
} from "../domain/prepare/preparation.js";
import {
  type PreparationConversation,
  type PreparationView,
  preparationView,
} from "../domain/prepare/preparation-view.js";
import { builtinQuestion } from "../domain/prepare/question-bank.js";
import { validate } from "../domain/validation.js";
import { counted } from "../domain/wording/plural.js";
import { createOnce, sameAs, withoutId } from "./client-ids.js";
import type { ServiceContext } from "./context.js";
import { getConversation } from "./conversations.service.js";
import { getPrepareSettings } from "./prepare-settings.service.js";
import { onRecordChanged } from "./projections.js";
import { lastReflectionBeforeConversation } from "./reflections.service.js";
import { notFound, ServiceError, validationFailed } from "./service-error.js";
import { getCadenceSettings } from "./today.service.js";

/**
 * Preparing one conversation (METHOD §4): its objective, checklist ticks and question plan.
 * A conversation is its live "meeting_scheduled" entry; any other id is "not found".
 */

async function conversationOf(
  context: ServiceContext,
  activityId: string,
): Promise<PreparationConversation> {
  const conversation = await getConversation(context, activityId);
  const person = await context.store.people.get(context.ownerId, conversation.personId);
  if (!person) throw notFound("That conversation");
  return {
    ...conversation,
    organizationId: person.organizationId,
    phone: person.phone,
    phoneExtension: person.phoneExtension,
  };
}

async function viewOf(context: ServiceContext, activityId: string): Promise<PreparationView> {
  const conversation = await conversationOf(context, activityId);
  const [preparation, plan, settings, cadence, lastReflection] = await Promise.all([
    context.store.preparations.get(context.ownerId, activityId),
    context.store.planQuestions.list(context.ownerId, activityId),
    getPrepareSettings(context),
    getCadenceSettings(context),
    lastReflectionBeforeConversation(context, conversation.startsAt),
  ]);
  return preparationView({
    conversation,
    preparation,
    plan,
    settings,
    timeZone: cadence.timeZone,
    lastReflection,
  });
}

/** The preparation page in one read; a conversation with nothing saved yet answers an empty one. */
export function getPreparation(
  context: ServiceContext,
  activityId: string,
): Promise<PreparationView> {
  return context.transaction((tx) => viewOf(tx, activityId));
}

/** Saves the objective, what they know about them and the checklist's ticks; the first save makes the row. */
export async function updatePreparation(
  context: ServiceContext,
  activityId: string,
  draft: unknown,
): Promise<PreparationView> {
  const valid = validate(preparationPatchSchema, draft);
  if (!valid.ok) throw validationFailed(valid.fields);
  const change = {
    ...valid.value,
    // Each key once, in the order ticked.
    ...(valid.value.checklistDone
      ? { checklistDone: [...new Set(valid.value.checklistDone)] }
      : {}),
  };
  return context.transaction(async (tx) => {
    await conversationOf(tx, activityId);
    await tx.store.preparations.save(
      tx.ownerId,
      tx.newId(),
      activityId,
      change,
      tx.now().toISOString(),
    );
    return viewOf(tx, activityId);
  });
}

async function requirePlanQuestion(context: ServiceContext, id: string): Promise<PlanQuestion> {
  const question = await context.store.planQuestions.get(context.ownerId, id);
  if (!question) throw notFound("That question");
  return question;
}

function planFull(): ServiceError {
  return new ServiceError(
    "conflict",
    `A plan holds at most ${maxPlanQuestions} questions; remove one before adding another.`,
  );
}

/** Adds a question at the end of the plan: from the built-in bank, the explorer's own, or new. */
export async function addPlanQuestion(
  context: ServiceContext,
  activityId: string,
  draft: unknown,
): Promise<PlanQuestion> {
  const valid = validate(planQuestionInputSchema, draft);
  if (!valid.ok) throw validationFailed(valid.fields);
  const { id, ...input } = valid.value;
  const question = {
    ...input,
    builtinKey: input.builtinKey || null,
    bankQuestionId: input.bankQuestionId || null,
  };
  if (question.builtinKey !== null && !builtinQuestion(question.builtinKey)) {
    throw validationFailed({ builtinKey: "That question is not in the built-in bank" });
  }
  return createOnce(context, {
    table: "plan_questions",
    id,
    read: async (tx, questionId) =>
      (await tx.store.planQuestions.get(tx.ownerId, questionId)) ?? undefined,
    matches: (existing) => existing.activityId === activityId && sameAs(existing, question),
    create: async (tx, questionId) => {
      await conversationOf(tx, activityId);
      if (
        question.bankQuestionId !== null &&
        !(await tx.store.bankQuestions.get(tx.ownerId, question.bankQuestionId))
      ) {
        throw validationFailed({ bankQuestionId: "That question is not in your bank" });
      }
      if ((await tx.store.planQuestions.countLive(tx.ownerId, activityId)) >= maxPlanQuestions) {
        throw planFull();
      }
      const position = await tx.store.planQuestions.nextPosition(tx.ownerId, activityId);
      await tx.store.planQuestions.insert(
        tx.ownerId,
        questionId,
        activityId,
        position,
        question,
        tx.now().toISOString(),
      );
      await onRecordChanged(tx, { type: "plan_question", id: questionId }, "created");
      return requirePlanQuestion(tx, questionId);
    },
  });
}

/** Edits the plan's own copy (text, group, tags) or marks it a spare; the bank is untouched. */
export async function updatePlanQuestion(
  context: ServiceContext,
  id: string,
  draft: unknown,
): Promise<PlanQuestion> {
  const valid = validate(planQuestionPatchSchema, withoutId(draft));
  if (!valid.ok) throw validationFailed(valid.fields);
  return context.transaction(async (tx) => {
    await requirePlanQuestion(tx, id);
    await tx.store.planQuestions.update(tx.ownerId, id, valid.value, tx.now().toISOString());
    await onRecordChanged(tx, { type: "plan_question", id }, "edited");
    return requirePlanQuestion(tx, id);
  });
}

/** Soft delete, so Undo (restorePlanQuestion) puts it back in its place. */
export async function deletePlanQuestion(
  context: ServiceContext,
  id: string,
): Promise<PlanQuestion> {
  return context.transaction(async (tx) => {
    const question = await requirePlanQuestion(tx, id);
    const now = tx.now().toISOString();
    await tx.store.planQuestions.setDeleted(tx.ownerId, id, now, now);
    await onRecordChanged(tx, { type: "plan_question", id }, "deleted");
    return question;
  });
}

export async function restorePlanQuestion(
  context: ServiceContext,
  id: string,
): Promise<PlanQuestion> {
  return context.transaction(async (tx) => {
    const deleted = await tx.store.planQuestions.get(tx.ownerId, id, { includeDeleted: true });
    if (!deleted) throw notFound("That question");
    if (
      (await tx.store.planQuestions.countLive(tx.ownerId, deleted.activityId)) >= maxPlanQuestions
    ) {
      throw planFull();
    }
    await tx.store.planQuestions.setDeleted(tx.ownerId, id, null, tx.now().toISOString());
    await onRecordChanged(tx, { type: "plan_question", id }, "restored");
    return requirePlanQuestion(tx, id);
  });
}

/** A new priority order: exactly the plan's live question ids, first = asked first. */
export async function reorderPlan(
  context: ServiceContext,
  activityId: string,
  draft: unknown,
): Promise<PlanQuestion[]> {
  const valid = validate(planOrderSchema, draft);
  if (!valid.ok) throw validationFailed(valid.fields);
  const { ids } = valid.value;
  return context.transaction(async (tx) => {
    await conversationOf(tx, activityId);
    const plan = await tx.store.planQuestions.list(tx.ownerId, activityId);
    const live = new Set(plan.map((question) => question.id));
    const same =
      ids.length === live.size &&
      new Set(ids).size === ids.length &&
      ids.every((id) => live.has(id));
    if (!same) {
      throw validationFailed({
        ids: `Send every question of this plan exactly once (${counted(live.size, { one: "question", other: "questions" })}); the plan may have changed, so reload it`,
      });
    }
    await tx.store.planQuestions.reorder(tx.ownerId, ids, tx.now().toISOString());
    return tx.store.planQuestions.list(tx.ownerId, activityId);
  });
}
