import type {
  BankQuestionInput,
  BankQuestionPatch,
  PlanQuestionInput,
  PlanQuestionPatch,
  PreparationPatch,
} from "../../../domain/prepare/preparation.js";
import type { PrepareSettingsInput } from "../../../domain/prepare/prepare-settings.js";
import { api, byId, unwrap } from "../../lib/api-client.js";

const conversations = api.conversations;
const planQuestions = api["plan-questions"];
const questions = api.questions;
const settings = api.settings.prepare;

/** The calls behind the preparation page, the question banks and Settings → Prepare. */
export const prepareApi = {
  preparation: (activityId: string) =>
    unwrap(conversations[":id"].preparation.$get(byId(activityId))),
  savePreparation: (activityId: string, patch: PreparationPatch) =>
    unwrap(conversations[":id"].preparation.$patch({ ...byId(activityId), json: patch })),
  addPlanQuestion: async (activityId: string, input: PlanQuestionInput) =>
    (await unwrap(conversations[":id"].plan.$post({ ...byId(activityId), json: input }))).question,
  reorderPlan: async (activityId: string, ids: string[]) =>
    (await unwrap(conversations[":id"].plan.order.$put({ ...byId(activityId), json: { ids } })))
      .plan,
  updatePlanQuestion: async (id: string, patch: PlanQuestionPatch) =>
    (await unwrap(planQuestions[":id"].$patch({ ...byId(id), json: patch }))).question,
  deletePlanQuestion: async (id: string) =>
    (await unwrap(planQuestions[":id"].$delete(byId(id)))).question,
  restorePlanQuestion: async (id: string) =>
    (await unwrap(planQuestions[":id"].restore.$post(byId(id)))).question,

  questionBank: () => unwrap(questions.$get()),
  addBankQuestion: async (input: BankQuestionInput) =>
    (await unwrap(questions.$post({ json: input }))).question,
  updateBankQuestion: async (id: string, patch: BankQuestionPatch) =>
    (await unwrap(questions[":id"].$patch({ ...byId(id), json: patch }))).question,
  deleteBankQuestion: async (id: string) =>
    (await unwrap(questions[":id"].$delete(byId(id)))).question,
  restoreBankQuestion: async (id: string) =>
    (await unwrap(questions[":id"].restore.$post(byId(id)))).question,

  prepareSettings: async () => (await unwrap(settings.$get())).settings,
  savePrepareSettings: async (change: Partial<PrepareSettingsInput>) =>
    (await unwrap(settings.$put({ json: change }))).settings,
};
