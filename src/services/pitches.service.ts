import { type Pitch, pitchInputSchema } from "../domain/prepare/preparation.js";
import { validate } from "../domain/validation.js";
import type { ServiceContext } from "./context.js";
import { notFound, ServiceError, validationFailed } from "./service-error.js";

/**
 * The elevator pitch (METHOD §4): the explorer's default (no organization) and at most one
 * live variant per organization. Saving is an upsert: the live one is changed, or made.
 */

export interface PitchesView {
  default: Pitch | null;
  variants: (Pitch & { organizationName: string })[];
}

export function listPitches(context: ServiceContext): Promise<PitchesView> {
  return context.store.pitches.list(context.ownerId);
}

async function savePitch(
  context: ServiceContext,
  organizationId: string | null,
  draft: unknown,
): Promise<Pitch> {
  const valid = validate(pitchInputSchema, draft);
  if (!valid.ok) throw validationFailed(valid.fields);
  const parts = valid.value;
  return context.transaction(async (tx) => {
    if (organizationId !== null && !(await tx.store.organizations.get(tx.ownerId, organizationId)))
      throw notFound("That organization");
    const now = tx.now().toISOString();
    const live = await tx.store.pitches.findLive(tx.ownerId, organizationId);
    const id = live?.id ?? tx.newId();
    if (live) await tx.store.pitches.update(tx.ownerId, id, parts, now);
    else await tx.store.pitches.insert(tx.ownerId, id, organizationId, parts, now);
    const saved = await tx.store.pitches.get(tx.ownerId, id);
    if (!saved) throw notFound("That pitch");
    return saved;
  });
}

export const saveDefaultPitch = (context: ServiceContext, draft: unknown) =>
  savePitch(context, null, draft);

export const saveOrganizationPitch = (
  context: ServiceContext,
  organizationId: string,
  draft: unknown,
) => savePitch(context, organizationId, draft);

/** Soft delete (a variant, usually), so Undo (restorePitch) brings it back. */
export async function deletePitch(context: ServiceContext, id: string): Promise<Pitch> {
  return context.transaction(async (tx) => {
    const pitch = await tx.store.pitches.get(tx.ownerId, id);
    if (!pitch) throw notFound("That pitch");
    const now = tx.now().toISOString();
    await tx.store.pitches.setDeleted(tx.ownerId, id, now, now);
    return pitch;
  });
}

export async function restorePitch(context: ServiceContext, id: string): Promise<Pitch> {
  return context.transaction(async (tx) => {
    const deleted = await tx.store.pitches.get(tx.ownerId, id, { includeDeleted: true });
    if (!deleted) throw notFound("That pitch");
    const taken = await tx.store.pitches.findLive(tx.ownerId, deleted.organizationId);
    if (taken && taken.id !== id) {
      throw new ServiceError(
        "conflict",
        "A newer pitch has been saved for it since; edit that one instead.",
      );
    }
    await tx.store.pitches.setDeleted(tx.ownerId, id, null, tx.now().toISOString());
    const restored = await tx.store.pitches.get(tx.ownerId, id);
    if (!restored) throw notFound("That pitch");
    return restored;
  });
}
