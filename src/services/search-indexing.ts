import { takeawayTagLabels } from "../domain/follow-up/takeaway.js";
import {
  activitySearchDocument,
  bankQuestionSearchDocument,
  networkAskSearchDocument,
  organizationSearchDocument,
  personSearchDocument,
  planQuestionSearchDocument,
  planQuestionSearchId,
  researchNoteSearchDocument,
  type SearchDocument,
  type SearchEntityType,
  storySearchDocument,
  takeawaySearchDocument,
  takeawaySearchId,
  tripSearchDocument,
} from "../domain/search.js";
import type { Repositories } from "../store/store.js";

export type { SearchEntityType } from "../domain/search.js";

/**
 * Brings the search index in line with the entity's current state: upserts it, or removes
 * it when deleted/missing. Runs inside the caller's transaction.
 *
 * What other documents show is followed too: a person's log entries and asks are titled
 * with the person's name (and vanish with the person), and a person's document names
 * their organization, so reindexing a person or an organization reindexes those as well.
 */
export async function reindexForSearch(
  repositories: Repositories,
  ownerId: string,
  entity: { type: SearchEntityType; id: string },
): Promise<void> {
  switch (entity.type) {
    case "person":
      return reindexPerson(repositories, ownerId, entity.id);
    case "organization":
      return reindexOrganization(repositories, ownerId, entity.id);
    case "activity":
      return reindexActivity(repositories, ownerId, entity.id);
    case "network_ask":
      return reindexNetworkAsk(repositories, ownerId, entity.id);
    case "trip":
      return reindexTrip(repositories, ownerId, entity.id);
    case "bank_question":
      return reindexBankQuestion(repositories, ownerId, entity.id);
    case "plan_question":
      return reindexPlanQuestion(repositories, ownerId, entity.id);
    case "research_note":
      return reindexResearchNote(repositories, ownerId, entity.id);
    case "story":
      return reindexStory(repositories, ownerId, entity.id);
    case "takeaway":
      return reindexTakeaway(repositories, ownerId, entity.id);
  }
}

/**
 * Rebuilds the owner's whole index from the records, for after bulk writes that bypass the
 * services (a restore, an import done in SQL). Runs inside the caller's transaction.
 */
export async function rebuildSearchIndex(repositories: Repositories, ownerId: string) {
  const people = await repositories.people.list(ownerId);
  const names = new Map(people.map((person) => [person.id, person.name]));
  const documents: SearchDocument[] = [
    ...(await repositories.organizations.list(ownerId)).map(organizationSearchDocument),
    ...people.map(personSearchDocument),
    ...(await repositories.trips.list(ownerId)).map(tripSearchDocument),
  ];
  for (const activity of await repositories.activities.listAll(ownerId)) {
    const name = names.get(activity.personId);
    if (name !== undefined) documents.push(activitySearchDocument(activity, name));
  }
  for (const ask of await repositories.networkAsks.list(ownerId)) {
    const name = names.get(ask.personId);
    if (name !== undefined) documents.push(networkAskSearchDocument(ask, name));
  }
  documents.push(...(await preparedQuestionDocuments(repositories, ownerId, names)));
  documents.push(...(await prepareRecordDocuments(repositories, ownerId, names)));
  documents.push(...(await takeawayDocuments(repositories, ownerId, names)));
  await repositories.search.removeAll(ownerId);
  await repositories.search.upsert(ownerId, documents);
}

async function reindexPerson(repositories: Repositories, ownerId: string, personId: string) {
  await repositories.search.removePersonRecords(ownerId, personId);
  const person = await repositories.people.get(ownerId, personId);
  if (!person) {
    await reindexNotesAbout(repositories, ownerId, { personId }, null);
    return repositories.search.remove(ownerId, "person", personId);
  }
  const activities = await repositories.activities.listForPerson(ownerId, personId);
  const asks = await repositories.networkAsks.list(ownerId, personId);
  await repositories.search.upsert(ownerId, [
    personSearchDocument(person),
    ...activities.map((activity) => activitySearchDocument(activity, person.name)),
    ...asks.map((ask) => networkAskSearchDocument(ask, person.name)),
    ...(await takeawayDocuments(repositories, ownerId, new Map([[personId, person.name]]), {
      personId,
      activities,
    })),
  ]);
  await reindexNotesAbout(repositories, ownerId, { personId }, person.name);
}

async function reindexOrganization(
  repositories: Repositories,
  ownerId: string,
  organizationId: string,
) {
  const organization = await repositories.organizations.get(ownerId, organizationId);
  if (organization) {
    await repositories.search.upsert(ownerId, [organizationSearchDocument(organization)]);
  } else {
    await repositories.search.remove(ownerId, "organization", organizationId);
  }
  await reindexNotesAbout(repositories, ownerId, { organizationId }, organization?.name ?? null);
  // Their people's documents name the organization (or no longer do, once it is deleted).
  const documents: SearchDocument[] = [];
  for (const personId of await repositories.search.peopleAtOrganization(ownerId, organizationId)) {
    const person = await repositories.people.get(ownerId, personId);
    if (person) documents.push(personSearchDocument(person));
  }
  await repositories.search.upsert(ownerId, documents);
}

async function reindexActivity(repositories: Repositories, ownerId: string, activityId: string) {
  const activity = await repositories.activities.get(ownerId, activityId);
  const person = activity && (await repositories.people.get(ownerId, activity.personId));
  if (!activity || !person) return repositories.search.remove(ownerId, "activity", activityId);
  await repositories.search.upsert(ownerId, [activitySearchDocument(activity, person.name)]);
}

async function reindexNetworkAsk(repositories: Repositories, ownerId: string, askId: string) {
  const ask = await repositories.networkAsks.get(ownerId, askId);
  const person = ask && (await repositories.people.get(ownerId, ask.personId));
  if (!ask || !person) return repositories.search.remove(ownerId, "network_ask", askId);
  await repositories.search.upsert(ownerId, [networkAskSearchDocument(ask, person.name)]);
}

async function reindexTrip(repositories: Repositories, ownerId: string, tripId: string) {
  const trip = await repositories.trips.get(ownerId, tripId);
  if (!trip) return repositories.search.remove(ownerId, "trip", tripId);
  await repositories.search.upsert(ownerId, [tripSearchDocument(trip)]);
}

// ——— Prepare's questions (issue 10) ———

/** The owner's bank questions and the questions of every live conversation's plan. */
async function preparedQuestionDocuments(
  repositories: Repositories,
  ownerId: string,
  names: ReadonlyMap<string, string>,
): Promise<SearchDocument[]> {
  const documents = (await repositories.bankQuestions.list(ownerId)).map(
    bankQuestionSearchDocument,
  );
  const plan = await repositories.planQuestions.listAll(ownerId);
  const conversations = new Map<string, { personName: string; startsAt: string } | null>();
  for (const question of plan) {
    if (!conversations.has(question.activityId)) {
      conversations.set(
        question.activityId,
        await planConversation(repositories, ownerId, question.activityId, names),
      );
    }
    const conversation = conversations.get(question.activityId);
    if (conversation) documents.push(planQuestionSearchDocument(question, conversation));
  }
  return documents;
}

/** Whom a plan's conversation is with, while it and they are live. */
async function planConversation(
  repositories: Repositories,
  ownerId: string,
  activityId: string,
  names?: ReadonlyMap<string, string>,
): Promise<{ personName: string; startsAt: string } | null> {
  const activity = await repositories.activities.get(ownerId, activityId);
  if (activity?.kind !== "meeting_scheduled") return null;
  const personName = names
    ? names.get(activity.personId)
    : (await repositories.people.get(ownerId, activity.personId))?.name;
  if (personName === undefined) return null;
  return { personName, startsAt: activity.scheduledFor ?? activity.occurredAt };
}

async function reindexBankQuestion(repositories: Repositories, ownerId: string, id: string) {
  const question = await repositories.bankQuestions.get(ownerId, id);
  if (!question) return repositories.search.remove(ownerId, "bank_question", id);
  await repositories.search.upsert(ownerId, [bankQuestionSearchDocument(question)]);
}

async function reindexPlanQuestion(repositories: Repositories, ownerId: string, id: string) {
  const question = await repositories.planQuestions.get(ownerId, id, { includeDeleted: true });
  if (!question) return;
  const live = await repositories.planQuestions.get(ownerId, id);
  const conversation = live && (await planConversation(repositories, ownerId, question.activityId));
  if (!live || !conversation) {
    return repositories.search.remove(
      ownerId,
      "plan_question",
      planQuestionSearchId(question.activityId, id),
    );
  }
  await repositories.search.upsert(ownerId, [planQuestionSearchDocument(live, conversation)]);
}

/**
 * The plan questions of one conversation or of one person's conversations follow it: a
 * cancelled conversation or a deleted person takes them out of search, a restore brings
 * them back, a new name retitles them.
 */
export async function reindexPlanQuestionsOf(
  repositories: Repositories,
  ownerId: string,
  scope: { activityId: string } | { personId: string },
): Promise<void> {
  const ids =
    "activityId" in scope
      ? (await repositories.planQuestions.listFor(ownerId, [scope.activityId])).map(({ id }) => id)
      : await repositories.planQuestions.idsForPerson(ownerId, scope.personId);
  for (const id of ids) await reindexPlanQuestion(repositories, ownerId, id);
}

// ——— Prepare's records (issue 10): research notes and stories ———

/** Every live research note of a live person or organization, and every live story. */
async function prepareRecordDocuments(
  repositories: Repositories,
  ownerId: string,
  personNames: ReadonlyMap<string, string>,
): Promise<SearchDocument[]> {
  const organizationNames = new Map(
    (await repositories.organizations.list(ownerId)).map((each) => [each.id, each.name]),
  );
  const documents: SearchDocument[] = [];
  for (const note of await repositories.researchNotes.listAll(ownerId)) {
    const name = note.personId
      ? personNames.get(note.personId)
      : organizationNames.get(note.organizationId ?? "");
    if (name !== undefined) documents.push(researchNoteSearchDocument(note, name));
  }
  for (const story of await repositories.stories.list(ownerId)) {
    documents.push(storySearchDocument(story));
  }
  return documents;
}

/** The name a note is titled by: its person's or organization's, while they are live. */
async function noteSubjectName(
  repositories: Repositories,
  ownerId: string,
  note: { personId: string | null; organizationId: string | null },
): Promise<string | null> {
  if (note.personId) return (await repositories.people.get(ownerId, note.personId))?.name ?? null;
  if (note.organizationId)
    return (await repositories.organizations.get(ownerId, note.organizationId))?.name ?? null;
  return null;
}

async function reindexResearchNote(repositories: Repositories, ownerId: string, noteId: string) {
  const note = await repositories.researchNotes.get(ownerId, noteId);
  const name = note && (await noteSubjectName(repositories, ownerId, note));
  if (!note || !name) return repositories.search.remove(ownerId, "research_note", noteId);
  await repositories.search.upsert(ownerId, [researchNoteSearchDocument(note, name)]);
}

/**
 * A person's or organization's notes follow them: titled by their (new) name, gone from
 * search while they are deleted, back when restored.
 */
async function reindexNotesAbout(
  repositories: Repositories,
  ownerId: string,
  of: { personId: string } | { organizationId: string },
  name: string | null,
) {
  const notes = await repositories.researchNotes.list(ownerId, of);
  if (name === null) {
    for (const note of notes) await repositories.search.remove(ownerId, "research_note", note.id);
    return;
  }
  await repositories.search.upsert(
    ownerId,
    notes.map((note) => researchNoteSearchDocument(note, name)),
  );
}

async function reindexStory(repositories: Repositories, ownerId: string, storyId: string) {
  const story = await repositories.stories.get(ownerId, storyId);
  if (!story) return repositories.search.remove(ownerId, "story", storyId);
  await repositories.search.upsert(ownerId, [storySearchDocument(story)]);
}

// ——— Follow up (issue 11): takeaways ———

/**
 * The live takeaways of live conversations of live people (or of one person, whose live
 * log is given), titled by the person's name.
 */
async function takeawayDocuments(
  repositories: Repositories,
  ownerId: string,
  names: ReadonlyMap<string, string>,
  of?: { personId: string; activities: readonly { id: string; kind: string }[] },
): Promise<SearchDocument[]> {
  const takeaways = of
    ? await repositories.takeaways.listForPerson(ownerId, of.personId)
    : await repositories.takeaways.listAll(ownerId);
  const conversations = new Set(
    (of?.activities ?? (await repositories.activities.listOfKinds(ownerId, ["meeting_scheduled"])))
      .filter((entry) => entry.kind === "meeting_scheduled")
      .map((entry) => entry.id),
  );
  const documents: SearchDocument[] = [];
  for (const takeaway of takeaways) {
    const name = names.get(takeaway.personId);
    if (name !== undefined && conversations.has(takeaway.activityId))
      documents.push(takeawaySearchDocument(takeaway, name, takeawayTagLabels[takeaway.tag]));
  }
  return documents;
}

async function reindexTakeaway(repositories: Repositories, ownerId: string, id: string) {
  const takeaway = await repositories.takeaways.get(ownerId, id, { includeDeleted: true });
  if (!takeaway) return;
  const live = await repositories.takeaways.get(ownerId, id);
  const entry = await repositories.activities.get(ownerId, takeaway.activityId);
  const person = await repositories.people.get(ownerId, takeaway.personId);
  if (!live || entry?.kind !== "meeting_scheduled" || !person) {
    return repositories.search.remove(
      ownerId,
      "takeaway",
      takeawaySearchId(takeaway.activityId, id),
    );
  }
  await repositories.search.upsert(ownerId, [
    takeawaySearchDocument(live, person.name, takeawayTagLabels[live.tag]),
  ]);
}

/** A conversation's takeaways follow it: gone from search while it is deleted, back when restored. */
export async function reindexTakeawaysOf(
  repositories: Repositories,
  ownerId: string,
  activityId: string,
): Promise<void> {
  for (const takeaway of await repositories.takeaways.listForConversation(ownerId, activityId))
    await reindexTakeaway(repositories, ownerId, takeaway.id);
}
