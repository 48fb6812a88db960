import {
  type BankQuestion,
  type BuiltinQuestion,
  bankQuestionInputSchema,
  bankQuestionPatchSchema,
} from "../domain/prepare/preparation.js";
import { builtinQuestions } from "../domain/prepare/question-bank.js";
import { validate } from "../domain/validation.js";
import { createOnce, sameAs, withoutId } from "./client-ids.js";
import type { ServiceContext } from "./context.js";
import { onRecordChanged } from "./projections.js";
import { notFound, ServiceError, validationFailed } from "./service-error.js";

/** The explorer's own bank holds at most this many questions (the built-in one has 62). */
export const maxBankQuestions = 500;

async function requireBankQuestion(context: ServiceContext, id: string): Promise<BankQuestion> {
  const question = await context.store.bankQuestions.get(context.ownerId, id);
  if (!question) throw notFound("That question");
  return question;
}

/** The built-in bank and the explorer's own, for the picker and Settings → Prepare. */
export async function listQuestionBank(
  context: ServiceContext,
): Promise<{ builtin: readonly BuiltinQuestion[]; own: BankQuestion[] }> {
  return {
    builtin: builtinQuestions,
    own: await context.store.bankQuestions.list(context.ownerId),
  };
}

export async function addBankQuestion(
  context: ServiceContext,
  draft: unknown,
): Promise<BankQuestion> {
  const valid = validate(bankQuestionInputSchema, draft);
  if (!valid.ok) throw validationFailed(valid.fields);
  const { id, ...input } = valid.value;
  return createOnce(context, {
    table: "bank_questions",
    id,
    read: async (tx, questionId) =>
      (await tx.store.bankQuestions.get(tx.ownerId, questionId)) ?? undefined,
    matches: (question) => sameAs(question, input),
    create: async (tx, questionId) => {
      const count = (await tx.store.bankQuestions.list(tx.ownerId)).length;
      if (count >= maxBankQuestions) {
        throw new ServiceError(
          "conflict",
          `Your bank holds at most ${maxBankQuestions} questions; delete one you no longer use first.`,
        );
      }
      await tx.store.bankQuestions.insert(tx.ownerId, questionId, input, tx.now().toISOString());
      await onRecordChanged(tx, { type: "bank_question", id: questionId }, "created");
      return requireBankQuestion(tx, questionId);
    },
  });
}

export async function updateBankQuestion(
  context: ServiceContext,
  id: string,
  draft: unknown,
): Promise<BankQuestion> {
  const valid = validate(bankQuestionPatchSchema, withoutId(draft));
  if (!valid.ok) throw validationFailed(valid.fields);
  return context.transaction(async (tx) => {
    await requireBankQuestion(tx, id);
    await tx.store.bankQuestions.update(tx.ownerId, id, valid.value, tx.now().toISOString());
    await onRecordChanged(tx, { type: "bank_question", id }, "edited");
    return requireBankQuestion(tx, id);
  });
}

/** Soft delete: the toast's Undo (restoreBankQuestion) brings it back. Plans keep their copies. */
export async function deleteBankQuestion(
  context: ServiceContext,
  id: string,
): Promise<BankQuestion> {
  return context.transaction(async (tx) => {
    const question = await requireBankQuestion(tx, id);
    const now = tx.now().toISOString();
    await tx.store.bankQuestions.setDeleted(tx.ownerId, id, now, now);
    await onRecordChanged(tx, { type: "bank_question", id }, "deleted");
    return question;
  });
}

export async function restoreBankQuestion(
  context: ServiceContext,
  id: string,
): Promise<BankQuestion> {
  return context.transaction(async (tx) => {
    const deleted = await tx.store.bankQuestions.get(tx.ownerId, id, { includeDeleted: true });
    if (!deleted) throw notFound("That question");
    await tx.store.bankQuestions.setDeleted(tx.ownerId, id, null, tx.now().toISOString());
    await onRecordChanged(tx, { type: "bank_question", id }, "restored");
    return requireBankQuestion(tx, id);
  });
}
