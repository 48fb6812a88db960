import { Hono } from "hono";
import type {
  PlanOrderInput,
  PlanQuestionInput,
  PlanQuestionPatch,
  PreparationPatch,
} from "../../domain/prepare/preparation.js";
import type { PrepareSettingsInput } from "../../domain/prepare/prepare-settings.js";
import {
  addPlanQuestion,
  deletePlanQuestion,
  getPreparation,
  reorderPlan,
  restorePlanQuestion,
  updatePlanQuestion,
  updatePreparation,
} from "../../services/preparation.service.js";
import {
  getPrepareSettings,
  savePrepareSettings,
} from "../../services/prepare-settings.service.js";
import type { AppEnv } from "../request-context.js";
import { idParam, jsonBody, validated } from "../validate.js";

/**
 * One conversation's preparation, under /conversations/:id (the "meeting_scheduled" entry's
 * id): the whole page in one read, the objective and ticks, the question plan and its order.
 */
export function preparationRoutes() {
  return new Hono<AppEnv>()
    .get("/:id/preparation", validated("param", idParam), async (c) =>
      c.json(await getPreparation(c.var.context, c.req.valid("param").id)),
    )
    .patch(
      "/:id/preparation",
      validated("param", idParam),
      jsonBody<PreparationPatch>(),
      async (c) =>
        c.json(
          await updatePreparation(c.var.context, c.req.valid("param").id, c.req.valid("json")),
        ),
    )
    .post("/:id/plan", validated("param", idParam), jsonBody<PlanQuestionInput>(), async (c) =>
      c.json(
        {
          question: await addPlanQuestion(
            c.var.context,
            c.req.valid("param").id,
            c.req.valid("json"),
          ),
        },
        201,
      ),
    )
    .put("/:id/plan/order", validated("param", idParam), jsonBody<PlanOrderInput>(), async (c) =>
      c.json({
        plan: await reorderPlan(c.var.context, c.req.valid("param").id, c.req.valid("json")),
      }),
    );
}

/** A plan question by its own id: edit (text, group, tags, spare), delete and its undo. */
export function planQuestionsRoutes() {
  return new Hono<AppEnv>()
    .patch("/:id", validated("param", idParam), jsonBody<PlanQuestionPatch>(), async (c) =>
      c.json({
        question: await updatePlanQuestion(
          c.var.context,
          c.req.valid("param").id,
          c.req.valid("json"),
        ),
      }),
    )
    .delete("/:id", validated("param", idParam), async (c) =>
      c.json({ question: await deletePlanQuestion(c.var.context, c.req.valid("param").id) }),
    )
    .post("/:id/restore", validated("param", idParam), async (c) =>
      c.json({ question: await restorePlanQuestion(c.var.context, c.req.valid("param").id) }),
    );
}

/** Settings → Prepare saves only what it changes. */
type PrepareSettingsChange = Partial<PrepareSettingsInput>;

/** Settings → Prepare: minutes per answer, opening, wind-down, speaking rate, pitch targets, research age. */
export function prepareSettingsRoutes() {
  return new Hono<AppEnv>()
    .get("/", async (c) => c.json({ settings: await getPrepareSettings(c.var.context) }))
    .put("/", jsonBody<PrepareSettingsChange>(), async (c) =>
      c.json({ settings: await savePrepareSettings(c.var.context, c.req.valid("json")) }),
    );
}
