import { type PreparedAnswer, preparedAnswersInputSchema } from "../domain/prepare/preparation.js";
import { validate } from "../domain/validation.js";
import type { ServiceContext } from "./context.js";
import { ServiceError, validationFailed } from "./service-error.js";

/**
 * Short answers to what the contact may ask (METHOD §4, "be interviewed too"): one live
 * answer per prompt. A save replaces the prompts it names; an empty answer removes one.
 */

export function listPreparedAnswers(context: ServiceContext): Promise<PreparedAnswer[]> {
  return context.store.preparedAnswers.list(context.ownerId);
}

export async function savePreparedAnswers(
  context: ServiceContext,
  draft: unknown,
): Promise<PreparedAnswer[]> {
  const valid = validate(preparedAnswersInputSchema, draft);
  if (!valid.ok) throw validationFailed(valid.fields);
  const { answers } = valid.value;
  const prompts = answers.map((each) => each.prompt);
  const repeated = prompts.find((prompt, index) => prompts.indexOf(prompt) !== index);
  if (repeated) {
    const message = `${repeated} is given twice; send each prompt once`;
    throw new ServiceError("validation_failed", "One field needs fixing.", { answers: message });
  }
  return context.transaction(async (tx) => {
    const now = tx.now().toISOString();
    for (const { prompt, answer } of answers) {
      const live = await tx.store.preparedAnswers.liveId(tx.ownerId, prompt);
      if (answer === "") {
        if (live) await tx.store.preparedAnswers.remove(tx.ownerId, live, now);
      } else if (live) await tx.store.preparedAnswers.update(tx.ownerId, live, answer, now);
      else await tx.store.preparedAnswers.insert(tx.ownerId, tx.newId(), prompt, answer, now);
    }
    return tx.store.preparedAnswers.list(tx.ownerId);
  });
}
