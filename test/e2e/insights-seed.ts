import { join } from "node:path";
import type { ConversationWithPerson } from "../../src/domain/conversation.js";
import type { Person } from "../../src/domain/person.js";
import type { Target } from "../../src/domain/profile.js";
import { localOwnerId } from "../../src/services/context.js";
import { checkInsRepository } from "../../src/store/check-ins.repository.js";
import { connect, parseStoreUrl } from "../../src/store/connect.js";
import { clockStart } from "./clocked-app.js";
import { callApi, type RunningApp } from "./harness.js";

type Ratings = Record<
  "confidence" | "competence" | "communication" | "character" | "chemistry",
  number | null
>;

/**
 * What the Insights browser tests start from, on an app whose clock is `clockStart`:
 * - interests: fields UX research and Data science, the role Product designer, the kind of
 *   organization Startup;
 * - Maya Chen (Hopkins; UX research, Product designer), met 10 Feb: skill "learn SQL",
 *   advice "Build a portfolio", five Cs 3 4 3 4 5;
 * - Sam Ortiz (Acme; UX research, Startup), met 17 Feb: skill "SQL skills", path "Start as a
 *   research assistant", five Cs 2 3 2 4 3;
 * - Lee Park (Acme; Data science), met 24 Feb: skill "Python", advice "build a portfolio",
 *   only confidence rated (4);
 * - Ana Ruiz (Hopkins; Data science), not met;
 * - "still excited?" about UX research: 4 on 1 Feb, 5 on 1 Mar.
 * So "learn SQL" and "SQL skills" are one theme said by 2 of the 3 people with takeaways.
 */
export async function seedInsights(app: RunningApp, setClock: (now: string) => Promise<unknown>) {
  const target = async (kind: Target["kind"], label: string) =>
    (await callApi<{ target: Target }>(app, "POST", "/api/targets", { kind, label })).target;
  const ux = await target("field", "UX research");
  const data = await target("field", "Data science");
  const designer = await target("role", "Product designer");
  const startup = await target("organization_kind", "Startup");

  const person = async (name: string, organizationName: string, targets: Target[]) =>
    (
      await callApi<{ person: Person }>(app, "POST", "/api/people", {
        name,
        organizationName,
        targetIds: targets.map((each) => each.id),
      })
    ).person;
  const maya = await person("Maya Chen", "Hopkins", [ux, designer]);
  const sam = await person("Sam Ortiz", "Acme", [ux, startup]);
  const lee = await person("Lee Park", "Acme", [data]);
  const ana = await person("Ana Ruiz", "Hopkins", [data]);

  await setClock("2025-02-01T09:00:00.000Z");
  const schedule = async (who: Person, scheduledFor: string) =>
    (
      await callApi<{ conversation: ConversationWithPerson }>(app, "POST", "/api/conversations", {
        personId: who.id,
        scheduledFor,
        channel: "video",
        durationMinutes: 30,
      })
    ).conversation.activityId;
  const conversations = {
    maya: await schedule(maya, "2025-02-10T15:00:00.000Z"),
    sam: await schedule(sam, "2025-02-17T15:00:00.000Z"),
    lee: await schedule(lee, "2025-02-24T15:00:00.000Z"),
  };
  // Each conversation written up a minute after the last, so the takeaways keep this order.
  let minutes = 0;
  const hold = async (
    activityId: string,
    takeaways: { tag: string; text: string }[],
    ratings: Ratings,
  ) => {
    await setClock(new Date(clockStart.getTime() + minutes++ * 60_000).toISOString());
    await callApi(app, "POST", `/api/conversations/${activityId}/held`, {});
    for (const takeaway of takeaways)
      await callApi(app, "POST", `/api/conversations/${activityId}/takeaways`, takeaway);
    await callApi(app, "PUT", `/api/conversations/${activityId}/reflection`, { ratings });
  };
  await hold(
    conversations.maya,
    [
      { tag: "skill", text: "learn SQL" },
      { tag: "advice", text: "Build a portfolio" },
    ],
    { confidence: 3, competence: 4, communication: 3, character: 4, chemistry: 5 },
  );
  await hold(
    conversations.sam,
    [
      { tag: "skill", text: "SQL skills" },
      { tag: "path", text: "Start as a research assistant" },
    ],
    { confidence: 2, competence: 3, communication: 2, character: 4, chemistry: 3 },
  );
  await hold(
    conversations.lee,
    [
      { tag: "skill", text: "Python" },
      { tag: "advice", text: "build a portfolio" },
    ],
    { confidence: 4, competence: null, communication: null, character: null, chemistry: null },
  );

  // No route writes check-ins yet (the check-in panel's work): write them to the app's store.
  const db = connect(parseStoreUrl(`sqlite:${join(app.dataDir, "rapport.sqlite")}`));
  try {
    const checkIns = checkInsRepository(db);
    await checkIns.insertMany(
      localOwnerId,
      [{ id: "check-in-1", targetId: ux.id, rating: 4 }],
      null,
      "2025-02-01T10:00:00.000Z",
    );
    await checkIns.insertMany(
      localOwnerId,
      [{ id: "check-in-2", targetId: ux.id, rating: 5 }],
      null,
      "2025-03-01T10:00:00.000Z",
    );
  } finally {
    await db.destroy();
  }

  return {
    targets: { ux, data, designer, startup },
    people: { maya, sam, lee, ana },
    conversations,
  };
}
