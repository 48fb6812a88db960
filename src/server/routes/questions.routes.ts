import { Hono } from "hono";
import type { BankQuestionInput, BankQuestionPatch } from "../../domain/prepare/preparation.js";
import {
  addBankQuestion,
  deleteBankQuestion,
  listQuestionBank,
  restoreBankQuestion,
  updateBankQuestion,
} from "../../services/question-bank.service.js";
import type { AppEnv } from "../request-context.js";
import { idParam, jsonBody, validated } from "../validate.js";

/** The question banks: the built-in one (read only) and the explorer's own. */
export function questionsRoutes() {
  return new Hono<AppEnv>()
    .get("/", async (c) => c.json(await listQuestionBank(c.var.context)))
    .post("/", jsonBody<BankQuestionInput>(), async (c) =>
      c.json({ question: await addBankQuestion(c.var.context, c.req.valid("json")) }, 201),
    )
    .patch("/:id", validated("param", idParam), jsonBody<BankQuestionPatch>(), async (c) =>
      c.json({
        question: await updateBankQuestion(
          c.var.context,
          c.req.valid("param").id,
          c.req.valid("json"),
        ),
      }),
    )
    .delete("/:id", validated("param", idParam), async (c) =>
      c.json({ question: await deleteBankQuestion(c.var.context, c.req.valid("param").id) }),
    )
    .post("/:id/restore", validated("param", idParam), async (c) =>
      c.json({ question: await restoreBankQuestion(c.var.context, c.req.valid("param").id) }),
    );
}
