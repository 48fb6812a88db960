import {
  type MentionPermission,
  type NetworkAsk,
  type NetworkAskInput,
  networkAskInputSchema,
} from "../domain/network.js";
import { validate } from "../domain/validation.js";
import { createOnce, sameAs, withoutId } from "./client-ids.js";
import type { ServiceContext } from "./context.js";
import { onRecordChanged } from "./projections.js";
import { notFound, validationFailed } from "./service-error.js";

function validAsk(draft: unknown) {
  const input = validate(networkAskInputSchema, draft);
  if (!input.ok) throw validationFailed(input.fields);
  return input.value;
}

async function requireAsk(context: ServiceContext, id: string) {
  const ask = await context.store.networkAsks.get(context.ownerId, id);
  if (!ask) throw notFound("That network ask");
  return ask;
}

/**
 * Each name suggested in answer becomes a person introduced by the one asked, in one step
 * (METHOD §2: referrals snowball). Permission to mention the introducer starts unasked.
 */
async function addSuggestedPeople(
  tx: ServiceContext,
  ask: { id: string; personId: string },
  names: string[],
  about: SuggestedPeople = {},
) {
  const asked = await tx.store.people.get(tx.ownerId, ask.personId);
  for (const name of names) {
    const id = tx.newId();
    await tx.store.people.insert(
      tx.ownerId,
      id,
      {
        name,
        title: null,
        organizationId: null,
        email: null,
        phone: null,
        phoneExtension: null,
        workAddress: null,
        location: null,
        profileUrl: null,
        source: "referral",
        commonGround: asked ? `Suggested by ${asked.name}` : null,
        notes: about.notes ?? null,
        referredById: ask.personId,
        mentionPermission: about.mentionPermission ?? "not_asked",
      },
      tx.now().toISOString(),
    );
    await tx.store.networkAsks.linkSuggestedPerson(tx.ownerId, ask.id, id);
    await onRecordChanged(tx, { type: "person", id }, "created");
  }
}

/** What is known of the people an ask suggests, beyond their names (conduct's "+ person"). */
export interface SuggestedPeople {
  mentionPermission?: MentionPermission;
  notes?: string | null;
}

/**
 * Inserts an ask with the id given and the people it suggests, in `tx`: the one way an ask
 * is made, for the log's network asks and for a name captured during a conversation.
 */
export async function insertNetworkAsk(
  tx: ServiceContext,
  personId: string,
  askId: string,
  input: Omit<NetworkAskInput, "id">,
  about: SuggestedPeople = {},
): Promise<NetworkAsk> {
  if (!(await tx.store.people.get(tx.ownerId, personId))) throw notFound("That person");
  await tx.store.networkAsks.insert(tx.ownerId, askId, personId, input, tx.now().toISOString());
  await addSuggestedPeople(tx, { id: askId, personId }, input.suggestedNames, about);
  await onRecordChanged(tx, { type: "network_ask", id: askId }, "created");
  return requireAsk(tx, askId);
}

export function listNetworkAsks(context: ServiceContext, personId?: string): Promise<NetworkAsk[]> {
  return context.store.networkAsks.list(context.ownerId, personId);
}

export async function recordNetworkAsk(
  context: ServiceContext,
  personId: string,
  draft: unknown,
): Promise<NetworkAsk> {
  const { id, ...input } = validAsk(draft);
  // With the client's id, sending it again answers the same ask (client-ids.ts); the names
  // suggested became people, so they are not compared.
  return createOnce(context, {
    table: "network_asks",
    id,
    read: async (tx, askId) => (await tx.store.networkAsks.get(tx.ownerId, askId)) ?? undefined,
    matches: (ask) => ask.personId === personId && sameAs(ask, input),
    create: (tx, askId) => insertNetworkAsk(tx, personId, askId, input),
  });
}

/** Edits the ask; names given now are added as further suggested people. */
export async function updateNetworkAsk(
  context: ServiceContext,
  id: string,
  draft: unknown,
): Promise<NetworkAsk> {
  const { id: _id, ...input } = validAsk(withoutId(draft));
  return context.transaction(async (tx) => {
    const ask = await requireAsk(tx, id);
    await tx.store.networkAsks.update(tx.ownerId, id, input, tx.now().toISOString());
    await addSuggestedPeople(tx, ask, input.suggestedNames);
    await onRecordChanged(tx, { type: "network_ask", id }, "edited");
    return requireAsk(tx, id);
  });
}

/** Soft delete; the people it produced stay, still introduced by the one asked. */
export async function deleteNetworkAsk(context: ServiceContext, id: string): Promise<NetworkAsk> {
  return context.transaction(async (tx) => {
    const ask = await requireAsk(tx, id);
    const now = tx.now().toISOString();
    await tx.store.networkAsks.setDeleted(tx.ownerId, id, now, now);
    await onRecordChanged(tx, { type: "network_ask", id }, "deleted");
    return ask;
  });
}

/** Undo of a delete. */
export async function restoreNetworkAsk(context: ServiceContext, id: string): Promise<NetworkAsk> {
  return context.transaction(async (tx) => {
    await tx.store.networkAsks.setDeleted(tx.ownerId, id, null, tx.now().toISOString());
    const ask = await requireAsk(tx, id);
    await onRecordChanged(tx, { type: "network_ask", id }, "restored");
    return ask;
  });
}
