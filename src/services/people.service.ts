import { nameKey } from "../domain/name-key.js";
import { parseLocations } from "../domain/organization.js";
import {
  type PeopleQuery,
  type Person,
  type PersonInput,
  peopleQuerySchema,
  personInputSchema,
} from "../domain/person.js";
import { personSearchDocument } from "../domain/search.js";
import { validate } from "../domain/validation.js";
import type { PersonColumns } from "../store/people.repository.js";
import type { Repositories } from "../store/store.js";
import type { ServiceContext } from "./context.js";
import { markDueActionsStale, refreshDueActions } from "./due-actions.js";
import { reindexForSearch } from "./search-indexing.js";
import { notFound, validationFailed } from "./service-error.js";

async function requirePerson(repositories: Repositories, ownerId: string, id: string) {
  const person = await repositories.people.get(ownerId, id);
  if (!person) throw notFound("That person");
  return person;
}

/**
 * The organization a person is given by name: the live one with that name (by its key:
 * case, spacing and Unicode forms folded), or a new one created in the same transaction
 * as the person. The creation is one atomic upsert, so two people added at once with the
 * same new organization share it.
 */
async function resolveOrganization(
  context: ServiceContext,
  repositories: Repositories,
  input: PersonInput,
): Promise<PersonColumns> {
  const { organizationName, targetIds: _targetIds, ...columns } = input;
  if (!organizationName) return { ...columns, organizationId: null };
  const existing = await repositories.organizations.findIdByName(context.ownerId, organizationName);
  if (existing) return { ...columns, organizationId: existing };
  const { id, inserted } = await repositories.organizations.insertUnlessNamed(
    context.ownerId,
    context.newId(),
    {
      name: organizationName,
      website: null,
      industry: null,
      // A new organization starts with the person's city as its first known site.
      locations: input.location ? parseLocations(input.location) : [],
      mission: null,
      notes: null,
    },
    context.now().toISOString(),
  );
  if (inserted) await reindexForSearch(repositories, context.ownerId, { type: "organization", id });
  return { ...columns, organizationId: id };
}

/** Tags and the introducer must be the owner's own, and nobody introduces themselves. */
async function checkLinks(
  repositories: Repositories,
  ownerId: string,
  personId: string,
  input: PersonInput,
) {
  const known = new Set(
    (await repositories.profile.listTargets(ownerId)).map((target) => target.id),
  );
  if (input.targetIds.some((targetId) => !known.has(targetId))) {
    throw validationFailed({ targetIds: "Choose interests and locations from your list" });
  }
  if (input.referredById !== null) {
    if (
      input.referredById === personId ||
      !(await repositories.people.get(ownerId, input.referredById))
    ) {
      throw validationFailed({
        referredById: "Choose who introduced them from your people (not themselves)",
      });
    }
  }
}

/** Writes tags and keeps the search index in step with a person's new state. */
async function afterPersonWrite(
  repositories: Repositories,
  ownerId: string,
  personId: string,
  input?: PersonInput,
) {
  if (input) await repositories.people.setTargets(ownerId, personId, input.targetIds);
  await reindexForSearch(repositories, ownerId, { type: "person", id: personId });
  await refreshDueActions(repositories, ownerId, [personId]);
}

function validPerson(draft: unknown): PersonInput {
  const input = validate(personInputSchema, draft);
  if (!input.ok) throw validationFailed(input.fields);
  return input.value;
}

export function listPeople(context: ServiceContext, query: unknown = {}): Promise<Person[]> {
  const filters = validate(peopleQuerySchema, query);
  if (!filters.ok) throw validationFailed(filters.fields);
  return context.store.people.list(context.ownerId, filters.value satisfies PeopleQuery);
}

export function listPeopleLocations(context: ServiceContext): Promise<string[]> {
  return context.store.people.listLocations(context.ownerId);
}

export function getPerson(context: ServiceContext, id: string): Promise<Person> {
  return requirePerson(context.store, context.ownerId, id);
}

/** Adds a validated person inside the caller's transaction (shared with imports). */
export async function addPersonWithin(
  context: ServiceContext,
  repositories: Repositories,
  input: PersonInput,
): Promise<string> {
  const id = context.newId();
  await checkLinks(repositories, context.ownerId, id, input);
  const columns = await resolveOrganization(context, repositories, input);
  await repositories.people.insert(context.ownerId, id, columns, context.now().toISOString());
  await afterPersonWrite(repositories, context.ownerId, id, input);
  return id;
}

/**
 * Adds many validated people inside the caller's transaction with a handful of statements
 * per hundred people rather than per person: organizations are matched or created once per
 * name, people are inserted in chunks, and their search documents are written together.
 */
export async function addPeopleInBulk(
  context: ServiceContext,
  repositories: Repositories,
  inputs: PersonInput[],
): Promise<string[]> {
  const ownerId = context.ownerId;
  const now = context.now().toISOString();
  const organizationIds = await repositories.organizations.idsByName(ownerId);
  const rows: Array<{ id: string; person: PersonColumns }> = [];
  for (const input of inputs) {
    const { organizationName, targetIds, ...columns } = input;
    let organizationId: string | null = null;
    if (organizationName) {
      const key = nameKey(organizationName);
      organizationId = organizationIds.get(key) ?? null;
      if (!organizationId) {
        const created = await resolveOrganization(context, repositories, input);
        organizationId = created.organizationId;
        if (organizationId) organizationIds.set(key, organizationId);
      }
    }
    const id = context.newId();
    if (targetIds.length > 0 || input.referredById !== null)
      await checkLinks(repositories, ownerId, id, input);
    rows.push({ id, person: { ...columns, organizationId } });
  }
  await repositories.people.insertMany(ownerId, rows, now);
  for (const [index, row] of rows.entries()) {
    const targetIds = inputs[index]?.targetIds ?? [];
    if (targetIds.length > 0) await repositories.people.setTargets(ownerId, row.id, targetIds);
  }
  const ids = rows.map((row) => row.id);
  const people = await repositories.people.getMany(ownerId, ids);
  await repositories.search.upsert(ownerId, people.map(personSearchDocument));
  // Too many to refresh one by one: the next read of Today rebuilds every reminder.
  await markDueActionsStale(repositories, ownerId);
  return ids;
}

/** Saves a validated person's new state inside the caller's transaction. */
export async function savePersonWithin(
  context: ServiceContext,
  repositories: Repositories,
  id: string,
  input: PersonInput,
): Promise<void> {
  await requirePerson(repositories, context.ownerId, id);
  await checkLinks(repositories, context.ownerId, id, input);
  const columns = await resolveOrganization(context, repositories, input);
  await repositories.people.update(context.ownerId, id, columns, context.now().toISOString());
  await afterPersonWrite(repositories, context.ownerId, id, input);
}

export async function createPerson(context: ServiceContext, draft: unknown): Promise<Person> {
  const input = validPerson(draft);
  return context.store.transaction(async (repositories) => {
    const id = await addPersonWithin(context, repositories, input);
    return requirePerson(repositories, context.ownerId, id);
  });
}

export async function updatePerson(
  context: ServiceContext,
  id: string,
  draft: unknown,
): Promise<Person> {
  const input = validPerson(draft);
  return context.store.transaction(async (repositories) => {
    await savePersonWithin(context, repositories, id, input);
    return requirePerson(repositories, context.ownerId, id);
  });
}

/** Soft delete, so the person and (later) their log can be restored with undo. */
export async function deletePerson(context: ServiceContext, id: string): Promise<Person> {
  return context.store.transaction(async (repositories) => {
    const person = await requirePerson(repositories, context.ownerId, id);
    const now = context.now().toISOString();
    await repositories.people.setDeleted(context.ownerId, id, now, now);
    await afterPersonWrite(repositories, context.ownerId, id);
    return person;
  });
}

export async function restorePerson(context: ServiceContext, id: string): Promise<Person> {
  return context.store.transaction(async (repositories) => {
    if (
      !(await repositories.people.setDeleted(
        context.ownerId,
        id,
        null,
        context.now().toISOString(),
      ))
    ) {
      const live = await repositories.people.get(context.ownerId, id);
      if (!live) throw notFound("That person");
    }
    await afterPersonWrite(repositories, context.ownerId, id);
    return requirePerson(repositories, context.ownerId, id);
  });
}

/** The people this person introduced, with their stages: how those conversations went. */
export async function listIntroducedBy(
  context: ServiceContext,
  personId: string,
): Promise<Person[]> {
  await requirePerson(context.store, context.ownerId, personId);
  return context.store.people.listReferredBy(context.ownerId, personId);
}
