import { type Organization, organizationInputSchema } from "../domain/organization.js";
import type { Person } from "../domain/person.js";
import { validate } from "../domain/validation.js";
import type { Repositories } from "../store/store.js";
import type { ServiceContext } from "./context.js";
import { markDueActionsStale } from "./due-actions.js";
import { reindexForSearch } from "./search-indexing.js";
import { notFound, ServiceError, validationFailed } from "./service-error.js";
import { unlessTakenMeanwhile } from "./unique-race.js";

function nameTaken(name: string): ServiceError {
  return new ServiceError("conflict", `An organization named "${name}" already exists.`, {
    name: `An organization named "${name}" already exists`,
  });
}

async function checkTargets(repositories: Repositories, ownerId: string, targetIds: string[]) {
  const known = new Set(
    (await repositories.profile.listTargets(ownerId)).map((target) => target.id),
  );
  if (targetIds.some((targetId) => !known.has(targetId))) {
    throw validationFailed({ targetIds: "Choose interests and locations from your list" });
  }
}

/** Re-reads after a write, bringing the search index in step on the way. */
async function written(repositories: Repositories, ownerId: string, id: string) {
  await reindexForSearch(repositories, ownerId, { type: "organization", id });
  return requireOrganization(repositories, ownerId, id);
}

async function requireOrganization(repositories: Repositories, ownerId: string, id: string) {
  const organization = await repositories.organizations.get(ownerId, id);
  if (!organization) throw notFound("That organization");
  return organization;
}

export function listOrganizations(context: ServiceContext): Promise<Organization[]> {
  return context.store.organizations.list(context.ownerId);
}

export async function getOrganization(
  context: ServiceContext,
  id: string,
): Promise<{ organization: Organization; people: Person[] }> {
  const organization = await requireOrganization(context.store, context.ownerId, id);
  const people = await context.store.people.list(context.ownerId, { organizationId: id });
  return { organization, people };
}

export async function createOrganization(
  context: ServiceContext,
  draft: unknown,
): Promise<Organization> {
  const input = validate(organizationInputSchema, draft);
  if (!input.ok) throw validationFailed(input.fields);
  const id = context.newId();
  return context.store.transaction(async (repositories) => {
    await checkTargets(repositories, context.ownerId, input.value.targetIds);
    const now = context.now().toISOString();
    // One atomic statement: a name taken a moment ago by another writer is refused too.
    const { inserted } = await repositories.organizations.insertUnlessNamed(
      context.ownerId,
      id,
      input.value,
      now,
    );
    if (!inserted) throw nameTaken(input.value.name);
    await repositories.organizations.setTargets(context.ownerId, id, input.value.targetIds);
    return written(repositories, context.ownerId, id);
  });
}

export async function updateOrganization(
  context: ServiceContext,
  id: string,
  draft: unknown,
): Promise<Organization> {
  const input = validate(organizationInputSchema, draft);
  if (!input.ok) throw validationFailed(input.fields);
  return context.store.transaction(async (repositories) => {
    const sameName = await repositories.organizations.findIdByName(
      context.ownerId,
      input.value.name,
    );
    if (sameName && sameName !== id) throw nameTaken(input.value.name);
    const now = context.now().toISOString();
    await checkTargets(repositories, context.ownerId, input.value.targetIds);
    const updated = await unlessTakenMeanwhile(
      () => nameTaken(input.value.name),
      () => repositories.organizations.update(context.ownerId, id, input.value, now),
    );
    if (!updated) {
      throw notFound("That organization");
    }
    await repositories.organizations.setTargets(context.ownerId, id, input.value.targetIds);
    return written(repositories, context.ownerId, id);
  });
}

/** Soft delete: its people stay, shown without an organization until it is restored. */
export async function deleteOrganization(
  context: ServiceContext,
  id: string,
): Promise<Organization> {
  return context.store.transaction(async (repositories) => {
    const organization = await requireOrganization(repositories, context.ownerId, id);
    const now = context.now().toISOString();
    await repositories.organizations.setDeleted(context.ownerId, id, now, now);
    await reindexForSearch(repositories, context.ownerId, { type: "organization", id });
    // Its people now have no organization, which the 3B7 routine looks at.
    await markDueActionsStale(repositories, context.ownerId);
    return organization;
  });
}

export async function restoreOrganization(
  context: ServiceContext,
  id: string,
): Promise<Organization> {
  return context.store.transaction(async (repositories) => {
    const deleted = await repositories.organizations.get(context.ownerId, id, {
      includeDeleted: true,
    });
    if (!deleted) throw notFound("That organization");
    // Someone may have created a new organization with the same name in the meantime.
    const sameName = await repositories.organizations.findIdByName(context.ownerId, deleted.name);
    if (sameName && sameName !== id) throw nameTaken(deleted.name);
    await unlessTakenMeanwhile(
      () => nameTaken(deleted.name),
      () =>
        repositories.organizations.setDeleted(
          context.ownerId,
          id,
          null,
          context.now().toISOString(),
        ),
    );
    await markDueActionsStale(repositories, context.ownerId);
    return written(repositories, context.ownerId, id);
  });
}
