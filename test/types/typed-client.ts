/**
 * Proof that the web's client is typed by the server's routes (run by `npm run typecheck`
 * with the web's compiler settings). Each `@ts-expect-error` must meet an error, or tsc
 * fails: so this file fails the type-check both when a mistake goes unnoticed and when
 * a correct call is refused. Never run, only compiled.
 */
import { hc, type InferRequestType, type InferResponseType } from "hono/client";
import type { Activity } from "../../src/domain/activity.js";
import type { ConversationWithPerson } from "../../src/domain/conversation.js";
import type { SmtpAccountDraft, SmtpAccountView } from "../../src/domain/mail-account.js";
import type { MailDraft } from "../../src/domain/mail-draft.js";
import type { PeoplePage, PersonListRow, PersonName } from "../../src/domain/people-page.js";
import type { Person, PersonDraft } from "../../src/domain/person.js";
import type { ResumeInfo } from "../../src/domain/resume.js";
import type { ConversationScheduleDraft } from "../../src/domain/scheduling.js";
import type { SearchResult } from "../../src/domain/search.js";
import type { TodayView } from "../../src/domain/today.js";
import type { Trip, TripDraft } from "../../src/domain/trip.js";
import type { ApiRoutes } from "../../src/server/api-types.js";
import { peopleApi } from "../../src/web/features/people/api.js";
import { api, unwrap } from "../../src/web/lib/api-client.js";

const client = hc<ApiRoutes>("/api");

export async function correctUse(): Promise<PersonListRow[]> {
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

// The same through the web's own client: its `unwrap` keeps the route's answer type.
export async function misspeltKeyInWebCode() {
  // @ts-expect-error: `unwrap` answers `{people}`, so `peopel` is a type error in web code.
  return (await unwrap(api.people.$get({ query: {} }))).peopel;
}

export async function webFunctionsAnswerDomainTypes(): Promise<Person> {
  // @ts-expect-error: a person form's draft has no `organisation` field.
  await peopleApi.createPerson({ name: "Ada", organisation: "Analytical Engines" });
  return peopleApi.getPerson("p1");
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

// The answers are JSON, and what the web reads is exactly the type the service returns:
// no `Date` turned into text behind the web's back, no key the domain type lacks.
// \`any\` would pass any comparison, so it is refused first.
type Same<A, B> = 0 extends (1 & A) | (1 & B)
  ? false
  : [A] extends [B]
    ? [B] extends [A]
      ? true
      : false
    : false;
type Answer<Endpoint> = InferResponseType<Endpoint, 200>;
type People = typeof client.people;

export const answersAreTheDomainTypes: [
  Same<Answer<People["$get"]>, PeoplePage>,
  Same<Answer<People["names"]["$get"]>, { people: PersonName[]; complete: boolean }>,
  Same<Answer<People[":id"]["$get"]>, { person: Person }>,
  Same<Answer<People[":id"]["activities"]["$get"]>, { activities: Activity[] }>,
  Same<Answer<typeof client.today.$get>, TodayView>,
  Same<
    Answer<typeof client.conversations.$get>,
    { upcoming: ConversationWithPerson[]; past: ConversationWithPerson[] }
  >,
  Same<Answer<typeof client.trips.$get>, { upcoming: Trip[]; past: Trip[]; today: string }>,
  Same<Answer<(typeof client.settings.smtp)["$get"]>, { account: SmtpAccountView | null }>,
  Same<Answer<(typeof client.settings.resume)["$get"]>, { resume: ResumeInfo | null }>,
  Same<Answer<typeof client.search.$get>, { results: SearchResult[] }>,
] = [true, true, true, true, true, true, true, true, true, true];

// Bodies are the domain schemas' input types.
type Body<Endpoint> = InferRequestType<Endpoint> extends { json: infer B } ? B : never;
export const bodiesAreTheDomainDrafts: [
  Same<Body<People["$post"]>, PersonDraft>,
  Same<Body<(typeof client.trips)[":id"]["$put"]>, TripDraft>,
  Same<Body<(typeof client.mail.send)["$post"]>, MailDraft>,
  Same<Body<(typeof client.settings.smtp)["$put"]>, SmtpAccountDraft>,
  Same<Body<typeof client.conversations.$post>, ConversationScheduleDraft>,
] = [true, true, true, true, true];
