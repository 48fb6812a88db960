import {
  type Profile,
  profileInputSchema,
  type Target,
  targetInputSchema,
} from "../domain/profile.js";
import { validate } from "../domain/validation.js";
import type { ServiceContext } from "./context.js";
import { notFound, ServiceError, validationFailed } from "./service-error.js";

export function getProfile(context: ServiceContext): Promise<Profile> {
  return context.store.profile.get(context.ownerId);
}

export async function saveProfile(context: ServiceContext, draft: unknown): Promise<Profile> {
  const input = validate(profileInputSchema, draft);
  if (!input.ok) throw validationFailed(input.fields);
  return context.transaction(async (tx) => {
    await tx.store.profile.save(tx.ownerId, input.value, tx.now().toISOString());
    return tx.store.profile.get(tx.ownerId);
  });
}

/** The first-run welcome was completed or skipped: do not show it again. */
export async function finishWelcome(context: ServiceContext): Promise<Profile> {
  return context.transaction(async (tx) => {
    const profile = await tx.store.profile.get(tx.ownerId);
    const now = tx.now().toISOString();
    await tx.store.profile.save(
      tx.ownerId,
      { ...profile, welcomeDoneAt: profile.welcomeDoneAt ?? now },
      now,
    );
    return tx.store.profile.get(tx.ownerId);
  });
}

export function listTargets(context: ServiceContext): Promise<Target[]> {
  return context.store.profile.listTargets(context.ownerId);
}

function validTarget(draft: unknown) {
  const input = validate(targetInputSchema, draft);
  if (!input.ok) throw validationFailed(input.fields);
  return input.value;
}

function duplicate(label: string) {
  return new ServiceError("conflict", `"${label}" is already on your list.`, {
    label: `"${label}" is already on your list`,
  });
}

export async function addTarget(context: ServiceContext, draft: unknown): Promise<Target> {
  const input = validTarget(draft);
  const id = context.newId();
  return context.transaction(async (tx) => {
    if (await tx.store.profile.findTargetId(tx.ownerId, input.kind, input.label))
      throw duplicate(input.label);
    const position = (await tx.store.profile.listTargets(tx.ownerId)).length;
    await tx.store.profile.insertTarget(tx.ownerId, id, input, position, tx.now().toISOString());
    const targets = await tx.store.profile.listTargets(tx.ownerId);
    const created = targets.find((target) => target.id === id);
    if (!created) throw notFound("That interest");
    return created;
  });
}

export async function updateTarget(
  context: ServiceContext,
  id: string,
  draft: unknown,
): Promise<Target> {
  const input = validTarget(draft);
  return context.transaction(async (tx) => {
    const sameLabel = await tx.store.profile.findTargetId(tx.ownerId, input.kind, input.label);
    if (sameLabel && sameLabel !== id) throw duplicate(input.label);
    if (!(await tx.store.profile.updateTarget(tx.ownerId, id, input)))
      throw notFound("That interest");
    const targets = await tx.store.profile.listTargets(tx.ownerId);
    const updated = targets.find((target) => target.id === id);
    if (!updated) throw notFound("That interest");
    return updated;
  });
}

/** Removes an interest and its tags on people and organizations (confirmed in the UI). */
export async function removeTarget(context: ServiceContext, id: string): Promise<void> {
  await context.transaction(async (tx) => {
    if (!(await tx.store.profile.deleteTarget(tx.ownerId, id))) throw notFound("That interest");
  });
}
