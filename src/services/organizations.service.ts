import { type Organization, organizationInputSchema } from "../domain/organization.js";
import type { Person } from "../domain/person.js";
import { validate } from "../domain/validation.js";
import { createOnce, sameAs, withoutId } from "./client-ids.js";
import type { ServiceContext } from "./context.js";
import { onRecordChanged, type RecordChange } from "./projections.js";
import { notFound, ServiceError, validationFailed } from "./service-error.js";
import { unlessTakenMeanwhile } from "./unique-race.js";

function nameTaken(name: string): ServiceError {
  return new ServiceError("conflict", `An organization named "${name}" already exists.`, {
    name: `An organization named "${name}" already exists`,
  });
}

async function checkTargets(tx: ServiceContext, targetIds: string[]) {
  const known = new Set(
    (await tx.store.profile.listTargets(tx.ownerId)).map((target) => target.id),
  );
  if (targetIds.some((targetId) => !known.has(targetId))) {
    throw validationFailed({ targetIds: "Choose interests and locations from your list" });
  }
}

/** Re-reads after a write, bringing what is derived from it in step on the way. */
async function written(tx: ServiceContext, id: string, change: RecordChange) {
  await onRecordChanged(tx, { type: "organization", id }, change);
  return requireOrganization(tx, id);
}

async function requireOrganization(context: ServiceContext, id: string) {
  const organization = await context.store.organizations.get(context.ownerId, id);
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
  const organization = await requireOrganization(context, id);
  const people = await context.store.people.list(context.ownerId, { organizationId: id });
  return { organization, people };
}

export async function createOrganization(
  context: ServiceContext,
  draft: unknown,
): Promise<Organization> {
  const valid = validate(organizationInputSchema, draft);
  if (!valid.ok) throw validationFailed(valid.fields);
  const { id, ...input } = valid.value;
  // With the client's id, sending it again answers the same organization (client-ids.ts).
  return createOnce(context, {
    table: "organizations",
    id,
    read: async (tx, organizationId) =>
      (await tx.store.organizations.get(tx.ownerId, organizationId)) ?? undefined,
    matches: (organization) => sameAs(organization, input),
    create: async (tx, organizationId) => {
      await checkTargets(tx, input.targetIds);
      const now = tx.now().toISOString();
      // One atomic statement: a name taken a moment ago by another writer is refused too.
      const { inserted } = await tx.store.organizations.insertUnlessNamed(
        tx.ownerId,
        organizationId,
        input,
        now,
      );
      if (!inserted) throw nameTaken(input.name);
      await tx.store.organizations.setTargets(tx.ownerId, organizationId, input.targetIds);
      return written(tx, organizationId, "created");
    },
  });
}

export async function updateOrganization(
  context: ServiceContext,
  id: string,
  draft: unknown,
): Promise<Organization> {
  const input = validate(organizationInputSchema, withoutId(draft));
  if (!input.ok) throw validationFailed(input.fields);
  return context.transaction(async (tx) => {
    const sameName = await tx.store.organizations.findIdByName(tx.ownerId, input.value.name);
    if (sameName && sameName !== id) throw nameTaken(input.value.name);
    const now = tx.now().toISOString();
    await checkTargets(tx, input.value.targetIds);
    const updated = await unlessTakenMeanwhile(
      () => nameTaken(input.value.name),
      () => tx.store.organizations.update(tx.ownerId, id, input.value, now),
    );
    if (!updated) {
      throw notFound("That organization");
    }
    await tx.store.organizations.setTargets(tx.ownerId, id, input.value.targetIds);
    return written(tx, id, "edited");
  });
}

/** Soft delete: its people stay, shown without an organization until it is restored. */
export async function deleteOrganization(
  context: ServiceContext,
  id: string,
): Promise<Organization> {
  return context.transaction(async (tx) => {
    const organization = await requireOrganization(tx, id);
    const now = tx.now().toISOString();
    await tx.store.organizations.setDeleted(tx.ownerId, id, now, now);
    await onRecordChanged(tx, { type: "organization", id }, "deleted");
    return organization;
  });
}

export async function restoreOrganization(
  context: ServiceContext,
  id: string,
): Promise<Organization> {
  return context.transaction(async (tx) => {
    const deleted = await tx.store.organizations.get(tx.ownerId, id, { includeDeleted: true });
    if (!deleted) throw notFound("That organization");
    // Someone may have created a new organization with the same name in the meantime.
    const sameName = await tx.store.organizations.findIdByName(tx.ownerId, deleted.name);
    if (sameName && sameName !== id) throw nameTaken(deleted.name);
    await unlessTakenMeanwhile(
      () => nameTaken(deleted.name),
      () => tx.store.organizations.setDeleted(tx.ownerId, id, null, tx.now().toISOString()),
    );
    return written(tx, id, "restored");
  });
}
