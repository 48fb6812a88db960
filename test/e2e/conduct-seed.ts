import { clockStart } from "./clocked-app.js";
import { callApi, type RunningApp } from "./harness.js";

/**
 * A 30-minute video conversation at the test clock's start, with a question plan in this
 * order and an objective: what a conduct-mode test starts from. Answers its activity id.
 */
export async function bookPlannedConversation(
  app: RunningApp,
  personId: string,
  plan: { questions: readonly string[]; objective: string },
): Promise<string> {
  const { conversation } = await callApi<{ conversation: { activityId: string } }>(
    app,
    "POST",
    "/api/conversations",
    {
      personId,
      scheduledFor: clockStart.toISOString(),
      durationMinutes: 30,
      channel: "video",
    },
  );
  const activityId = conversation.activityId;
  for (const text of plan.questions) {
    await callApi(app, "POST", `/api/conversations/${activityId}/plan`, {
      text,
      group: "person",
      tags: [],
    });
  }
  await callApi(app, "PATCH", `/api/conversations/${activityId}/preparation`, {
    objective: plan.objective,
  });
  return activityId;
}
