// Conduct mode and the follow-up page for the README screenshots: a conversation under way
// (started 12 minutes ago, two questions ticked, notes taken, a name captured) photographed
// on a phone, and a held conversation's follow-up (takeaways and a reflection) on a laptop.
// Called by scripts/screenshots.mjs with its running app and pages.
import { join } from "node:path";
import { post } from "./screenshot-app.mjs";

const minute = 60 * 1000;
const ago = (minutes) => new Date(Date.now() - minutes * minute).toISOString();

const questions = [
  "How did you find your way into learning design?",
  "What does a typical week look like for you?",
  "Which skills matter most for someone starting out?",
  "How do designers and teachers work together here?",
  "What would you do differently if you started again?",
  "What is changing fastest in this field?",
];

/** A 30-minute conversation with `personId` that began 12 minutes ago, run in conduct mode. */
export async function conductUnderWay(url, personId) {
  const { conversation } = await post(url, "/api/conversations", {
    personId,
    scheduledFor: ago(12),
    durationMinutes: 30,
    channel: "phone",
  });
  const id = encodeURIComponent(conversation.activityId);
  const planned = [];
  for (const text of questions) {
    planned.push(
      (await post(url, `/api/conversations/${id}/plan`, { text, group: "person" })).question,
    );
  }
  await post(
    url,
    `/api/conversations/${id}/preparation`,
    { objective: "Learn which first roles lead into learning design, before applying in spring" },
    "PATCH",
  );
  await post(url, `/api/conversations/${id}/conduct/start`, { startedAt: ago(12) });
  await post(url, `/api/conversations/${id}/conduct/notes-permission`, { granted: true }, "PUT");
  await post(url, `/api/plan-questions/${planned[0].id}/mark`, { asked: "asked" }, "PUT");
  await post(
    url,
    `/api/plan-questions/${planned[1].id}/mark`,
    { asked: "answered", note: "Two days of workshops, three of building" },
    "PUT",
  );
  await post(url, `/api/conversations/${id}/conduct/notes`, {
    body: "Start with a portfolio of two small courses, not one big one",
    notedAt: ago(6),
  });
  return conversation.activityId;
}

/** Takeaways and a reflection on the held conversation `activityId`. */
export async function writeUp(url, activityId) {
  const id = encodeURIComponent(activityId);
  const dayAhead = (days) =>
    new Date(Date.now() + days * 24 * 60 * minute).toISOString().slice(0, 10);
  for (const takeaway of [
    { tag: "advice", text: "Show two small courses in the portfolio, not one big one" },
    { tag: "skill", text: "Learn Articulate Storyline" },
    { tag: "trend", text: "Schools are buying short video lessons" },
    { tag: "person", text: "Talk to Sam Ortiz at Brightline" },
    { tag: "action", text: "Build a 10-minute sample course", actionDueOn: dayAhead(7) },
  ]) {
    await post(url, `/api/conversations/${id}/takeaways`, takeaway);
  }
  await post(
    url,
    `/api/conversations/${id}/reflection`,
    {
      ratings: { confidence: 3, competence: 4, communication: 4, character: 5, chemistry: 4 },
      note: "Relaxed after the first few minutes; she liked the tutoring story",
      changeNext: "Say my pitch more slowly",
    },
    "PUT",
  );
}

/** The conduct page on a phone and the follow-up page on a laptop. */
export async function shootFollowUp(url, { conductId, heldId }, { desktop, phone, docsDir }) {
  await phone.goto(`${url}/conversations/${encodeURIComponent(conductId)}/conduct`);
  await phone.getByTestId("conduct-timer").waitFor();
  await phone.locator('[data-testid="conduct-question"][data-status="next"]').waitFor();
  await phone.screenshot({ path: join(docsDir, "screenshot-conduct-phone.png") });

  await desktop.goto(`${url}/conversations/${encodeURIComponent(heldId)}/follow-up`);
  await desktop.getByTestId("takeaway-list").waitFor();
  await desktop.locator(".uplot").first().waitFor();
  await desktop.screenshot({ path: join(docsDir, "screenshot-follow-up.png"), fullPage: true });
}
