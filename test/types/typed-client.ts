/**
 * Proof that the web's client is typed by the server's routes (run by `npm run typecheck`
 * with the web's compiler settings). Each `@ts-expect-error` must meet an error, or tsc
 * fails: so this file fails the type-check both when a mistake goes unnoticed and when
 * a correct call is refused. Never run, only compiled.
 */
import { hc, type InferRequestType, type InferResponseType } from "hono/client";
import type { Person } from "../../src/domain/person.js";
import type { ApiRoutes } from "../../src/server/api-types.js";

const client = hc<ApiRoutes>("/api");

export async function correctUse(): Promise<Person[]> {
  const created = await client.people.$post({ json: { name: "Ada Lovelace", email: "" } });
  if (created.status === 201) {
    const { person } = await created.json();
    const renamed: string = person.name;
    void renamed;
  }
  const listed = await client.people.$get({ query: { text: "ada" } });
  return (await listed.json()).people;
}

export async function misspeltResponseKey() {
  const response = await client.people.$get({ query: {} });
  // @ts-expect-error: the answer is `{people}`; a misspelt key is a type error.
  return (await response.json()).peopel;
}

export async function wrongFieldInBody() {
  // @ts-expect-error: a person has `organizationName`, not `organisation`.
  await client.people.$post({ json: { name: "Ada", organisation: "Analytical Engines" } });
}

export async function wrongTypeInBody(id: string) {
  await client.trips[":id"].$put({
    param: { id },
    // @ts-expect-error: a trip's dates are text (`YYYY-MM-DD`), not numbers.
    json: { place: "Lyon", startsOn: 20260301, endsOn: "2026-03-05" },
  });
}

// The answers are JSON: what the web reads is what the service returned, dates as text.
type PersonAnswer = InferResponseType<(typeof client.people)[":id"]["$get"], 200>;
export const personAnswerIsTheDomainType: PersonAnswer extends { person: Person } ? true : false =
  true;
type ScheduleBody = InferRequestType<typeof client.conversations.$post>["json"];
export const scheduleNeedsAPerson: ScheduleBody = {
  personId: "p1",
  scheduledFor: "2026-03-02T10:00:00Z",
};
