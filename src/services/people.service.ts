import { nameKey } from "../domain/name-key.js";
import { parseLocations } from "../domain/organization.js";
import {
  decodePeopleCursor,
  encodePeopleCursor,
  type PeopleCursor,
  type PeoplePage,
  type PersonName,
  peopleNamesLimit,
  peopleNamesQuerySchema,
  peoplePageQuerySchema,
  peoplePageSize,
  sortDirection,
} from "../domain/people-page.js";
import {
  type PeopleQuery,
  type Person,
  type PersonInput,
  peopleQuerySchema,
  personInputSchema,
} from "../domain/person.js";
import { validate } from "../domain/validation.js";
import type { PersonColumns } from "../store/people.repository.js";
import { createOnce, sameAs, withoutId } from "./client-ids.js";
import type { ServiceContext } from "./context.js";
import { onRecordChanged, type RecordChange } from "./projections.js";
import { notFound, validationFailed } from "./service-error.js";

async function requirePerson(context: ServiceContext, id: string) {
  const person = await context.store.people.get(context.ownerId, id);
  if (!person) throw notFound("That person");
  return person;
}

/**
 * The organization a person is given by name: the live one with that name (by its key:
 * case, spacing and Unicode forms folded), or a new one created in the same transaction
 * as the person. The creation is one atomic upsert, so two people added at once with the
 * same new organization share it.
 */
async function resolveOrganization(tx: ServiceContext, input: PersonInput): Promise<PersonColumns> {
  const { organizationName, targetIds: _targetIds, id: _id, ...columns } = input;
  if (!organizationName) return { ...columns, organizationId: null };
  const existing = await tx.store.organizations.findIdByName(tx.ownerId, organizationName);
  if (existing) return { ...columns, organizationId: existing };
  const { id, inserted } = await tx.store.organizations.insertUnlessNamed(
    tx.ownerId,
    tx.newId(),
    {
      name: organizationName,
      website: null,
      industry: null,
      // A new organization starts with the person's city as its first known site.
      locations: input.location ? parseLocations(input.location) : [],
      mission: null,
      notes: null,
    },
    tx.now().toISOString(),
  );
  if (inserted) await onRecordChanged(tx, { type: "organization", id }, "created");
  return { ...columns, organizationId: id };
}

/** Tags and the introducer must be the owner's own, and nobody introduces themselves. */
async function checkLinks(tx: ServiceContext, personId: string, input: PersonInput) {
  const known = new Set(
    (await tx.store.profile.listTargets(tx.ownerId)).map((target) => target.id),
  );
  if (input.targetIds.some((targetId) => !known.has(targetId))) {
    throw validationFailed({ targetIds: "Choose interests and locations from your list" });
  }
  if (input.referredById !== null) {
    if (
      input.referredById === personId ||
      !(await tx.store.people.get(tx.ownerId, input.referredById))
    ) {
      throw validationFailed({
        referredById: "Choose who introduced them from your people (not themselves)",
      });
    }
  }
}

/** Writes tags, then brings what is derived from people in step with this one's new state. */
async function afterPersonWrite(
  tx: ServiceContext,
  personId: string,
  change: RecordChange,
  input?: PersonInput,
  formerOrganizationId: string | null = null,
) {
  if (input) await tx.store.people.setTargets(tx.ownerId, personId, input.targetIds);
  await onRecordChanged(tx, { type: "person", id: personId, formerOrganizationId }, change);
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

/**
 * One page of the people list under the table's filters and sort: the rows it shows, how
 * many match in all, and the cursor of the next page (refused with a sentence when altered
 * or made for another order).
 */
export async function listPeoplePage(
  context: ServiceContext,
  query: unknown = {},
): Promise<PeoplePage> {
  const checked = validate(peoplePageQuerySchema, query);
  if (!checked.ok) throw validationFailed(checked.fields);
  const { cursor, limit, ...filters } = checked.value;
  const sort = filters.sort ?? "name";
  let after: PeopleCursor | null = null;
  if (cursor) {
    const reading = decodePeopleCursor(cursor, sort, sortDirection(filters));
    if (!reading.ok) throw validationFailed({ cursor: reading.message });
    after = reading.cursor;
  }
  const page = await context.store.people.listPage(context.ownerId, filters, {
    after,
    limit: limit ?? peoplePageSize.default,
  });
  return {
    people: page.rows,
    total: page.total,
    nextCursor: page.last ? encodePeopleCursor(page.last) : null,
  };
}

/** Names to pick someone from, by name; at most peopleNamesLimit, `complete` when that is all. */
export function listPeopleNames(
  context: ServiceContext,
  query: unknown = {},
): Promise<{ people: PersonName[]; complete: boolean }> {
  const checked = validate(peopleNamesQuerySchema, query);
  if (!checked.ok) throw validationFailed(checked.fields);
  return context.store.people.listNames(context.ownerId, checked.value.text, peopleNamesLimit);
}

export function listPeopleLocations(context: ServiceContext): Promise<string[]> {
  return context.store.people.listLocations(context.ownerId);
}

export function getPerson(context: ServiceContext, id: string): Promise<Person> {
  return requirePerson(context, id);
}

/** Adds a validated person inside the caller's transaction `tx` (shared with imports). */
export async function addPersonWithin(
  tx: ServiceContext,
  input: PersonInput,
  id: string = tx.newId(),
): Promise<string> {
  await checkLinks(tx, id, input);
  const columns = await resolveOrganization(tx, input);
  await tx.store.people.insert(tx.ownerId, id, columns, tx.now().toISOString());
  await afterPersonWrite(tx, id, "created", input);
  return id;
}

/**
 * Adds many validated people inside the caller's transaction with a handful of statements
 * per hundred people rather than per person: organizations are matched or created once per
 * name and people are inserted in chunks. Their reminders and search documents are not
 * followed one by one: the caller says `onBulkChange` once the batch is in.
 */
export async function addPeopleInBulk(
  tx: ServiceContext,
  inputs: PersonInput[],
): Promise<string[]> {
  const { ownerId, store } = tx;
  const now = tx.now().toISOString();
  const organizationIds = await store.organizations.idsByName(ownerId);
  const rows: Array<{ id: string; person: PersonColumns }> = [];
  for (const input of inputs) {
    const { organizationName, targetIds, id: _id, ...columns } = input;
    let organizationId: string | null = null;
    if (organizationName) {
      const key = nameKey(organizationName);
      organizationId = organizationIds.get(key) ?? null;
      if (!organizationId) {
        const created = await resolveOrganization(tx, input);
        organizationId = created.organizationId;
        if (organizationId) organizationIds.set(key, organizationId);
      }
    }
    const id = tx.newId();
    if (targetIds.length > 0 || input.referredById !== null) await checkLinks(tx, id, input);
    rows.push({ id, person: { ...columns, organizationId } });
  }
  await store.people.insertMany(ownerId, rows, now);
  for (const [index, row] of rows.entries()) {
    const targetIds = inputs[index]?.targetIds ?? [];
    if (targetIds.length > 0) await store.people.setTargets(ownerId, row.id, targetIds);
  }
  return rows.map((row) => row.id);
}

/** Saves a validated person's new state inside the caller's transaction. */
export async function savePersonWithin(
  tx: ServiceContext,
  id: string,
  input: PersonInput,
): Promise<void> {
  const before = await requirePerson(tx, id);
  await checkLinks(tx, id, input);
  const columns = await resolveOrganization(tx, input);
  await tx.store.people.update(tx.ownerId, id, columns, tx.now().toISOString());
  // Someone who moved no longer counts as their former colleagues' second contact.
  await afterPersonWrite(tx, id, "edited", input, before.organizationId);
}

/** Adds a person; with the client's `id`, sending it again answers the same person (client-ids.ts). */
export async function createPerson(context: ServiceContext, draft: unknown): Promise<Person> {
  const { id, ...input } = validPerson(draft);
  return createOnce(context, {
    table: "people",
    id,
    read: async (tx, personId) => (await tx.store.people.get(tx.ownerId, personId)) ?? undefined,
    // The organization is matched by name as on any save, so compare names the same way.
    matches: (person) => sameAs(person, input, { folded: ["organizationName"] }),
    create: async (tx, personId) => requirePerson(tx, await addPersonWithin(tx, input, personId)),
  });
}

export async function updatePerson(
  context: ServiceContext,
  id: string,
  draft: unknown,
): Promise<Person> {
  const input = validPerson(withoutId(draft));
  return context.transaction(async (tx) => {
    await savePersonWithin(tx, id, input);
    return requirePerson(tx, id);
  });
}

/** Soft delete, so the person and (later) their log can be restored with undo. */
export async function deletePerson(context: ServiceContext, id: string): Promise<Person> {
  return context.transaction(async (tx) => {
    const person = await requirePerson(tx, id);
    const now = tx.now().toISOString();
    await tx.store.people.setDeleted(tx.ownerId, id, now, now);
    await afterPersonWrite(tx, id, "deleted");
    return person;
  });
}

export async function restorePerson(context: ServiceContext, id: string): Promise<Person> {
  return context.transaction(async (tx) => {
    // Restoring a live person (a double click on Undo) is not an error.
    if (!(await tx.store.people.setDeleted(tx.ownerId, id, null, tx.now().toISOString())))
      await requirePerson(tx, id);
    await afterPersonWrite(tx, id, "restored");
    return requirePerson(tx, id);
  });
}

/** The people this person introduced, with their stages: how those conversations went. */
export async function listIntroducedBy(
  context: ServiceContext,
  personId: string,
): Promise<Person[]> {
  await requirePerson(context, personId);
  return context.store.people.listReferredBy(context.ownerId, personId);
}
