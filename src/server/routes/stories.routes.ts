import { Hono } from "hono";
import type {
  PreparedAnswersInput,
  StoryInput,
  StoryPatch,
  StoryPicksInput,
} from "../../domain/prepare/preparation.js";
import {
  listPreparedAnswers,
  savePreparedAnswers,
} from "../../services/prepared-answers.service.js";
import {
  addStory,
  deleteStory,
  getStoryPicks,
  listStories,
  restoreStory,
  saveStoryPicks,
  updateStory,
} from "../../services/stories.service.js";
import type { AppEnv } from "../request-context.js";
import { idParam, jsonBody, validated } from "../validate.js";

/** The story bank (Situation–Task–Action–Result), with undo. */
export function storiesRoutes() {
  return new Hono<AppEnv>()
    .get("/", async (c) => c.json({ stories: await listStories(c.var.context) }))
    .post("/", jsonBody<StoryInput>(), async (c) =>
      c.json({ story: await addStory(c.var.context, c.req.valid("json")) }, 201),
    )
    .patch("/:id", validated("param", idParam), jsonBody<StoryPatch>(), async (c) =>
      c.json({
        story: await updateStory(c.var.context, c.req.valid("param").id, c.req.valid("json")),
      }),
    )
    .delete("/:id", validated("param", idParam), async (c) =>
      c.json({ story: await deleteStory(c.var.context, c.req.valid("param").id) }),
    )
    .post("/:id/restore", validated("param", idParam), async (c) =>
      c.json({ story: await restoreStory(c.var.context, c.req.valid("param").id) }),
    );
}

/** GET|PUT /conversations/:id/stories: the stories picked for one conversation, in order. */
export function conversationStoriesRoutes() {
  return new Hono<AppEnv>()
    .get("/:id/stories", validated("param", idParam), async (c) =>
      c.json(await getStoryPicks(c.var.context, c.req.valid("param").id)),
    )
    .put("/:id/stories", validated("param", idParam), jsonBody<StoryPicksInput>(), async (c) =>
      c.json(await saveStoryPicks(c.var.context, c.req.valid("param").id, c.req.valid("json"))),
    );
}

/** Short answers to what the contact may ask; PUT replaces the prompts it names. */
export function preparedAnswersRoutes() {
  return new Hono<AppEnv>()
    .get("/", async (c) => c.json({ answers: await listPreparedAnswers(c.var.context) }))
    .put("/", jsonBody<PreparedAnswersInput>(), async (c) =>
      c.json({ answers: await savePreparedAnswers(c.var.context, c.req.valid("json")) }),
    );
}
