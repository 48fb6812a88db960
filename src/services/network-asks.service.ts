import { type NetworkAsk, networkAskInputSchema } from "../domain/network.js";
import { validate } from "../domain/validation.js";
import type { Repositories } from "../store/store.js";
import type { ServiceContext } from "./context.js";
import { reindexForSearch } from "./search-indexing.js";
import { notFound, validationFailed } from "./service-error.js";

function validAsk(draft: unknown) {
  const input = validate(networkAskInputSchema, draft);
  if (!input.ok) throw validationFailed(input.fields);
  return input.value;
}

async function requireAsk(repositories: Repositories, ownerId: string, id: string) {
  const ask = await repositories.networkAsks.get(ownerId, id);
  if (!ask) throw notFound("That network ask");
  return ask;
}

/**
 * Each name suggested in answer becomes a person introduced by the one asked, in one step
 * (METHOD §2: referrals snowball). Permission to mention the introducer starts unasked.
 */
async function addSuggestedPeople(
  context: ServiceContext,
  repositories: Repositories,
  ask: { id: string; personId: string },
  names: string[],
) {
  const asked = await repositories.people.get(context.ownerId, ask.personId);
  for (const name of names) {
    const id = context.newId();
    await repositories.people.insert(
      context.ownerId,
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
        notes: null,
        referredById: ask.personId,
        mentionPermission: "not_asked",
      },
      context.now().toISOString(),
    );
    await repositories.networkAsks.linkSuggestedPerson(context.ownerId, ask.id, id);
    await reindexForSearch(repositories, context.ownerId, { type: "person", id });
  }
}

export function listNetworkAsks(context: ServiceContext, personId?: string): Promise<NetworkAsk[]> {
  return context.store.networkAsks.list(context.ownerId, personId);
}

export async function recordNetworkAsk(
  context: ServiceContext,
  personId: string,
  draft: unknown,
): Promise<NetworkAsk> {
  const input = validAsk(draft);
  const id = context.newId();
  return context.store.transaction(async (repositories) => {
    if (!(await repositories.people.get(context.ownerId, personId))) throw notFound("That person");
    await repositories.networkAsks.insert(
      context.ownerId,
      id,
      personId,
      input,
      context.now().toISOString(),
    );
    await addSuggestedPeople(context, repositories, { id, personId }, input.suggestedNames);
    await reindexForSearch(repositories, context.ownerId, { type: "network_ask", id });
    return requireAsk(repositories, context.ownerId, id);
  });
}

/** Edits the ask; names given now are added as further suggested people. */
export async function updateNetworkAsk(
  context: ServiceContext,
  id: string,
  draft: unknown,
): Promise<NetworkAsk> {
  const input = validAsk(draft);
  return context.store.transaction(async (repositories) => {
    const ask = await requireAsk(repositories, context.ownerId, id);
    await repositories.networkAsks.update(context.ownerId, id, input, context.now().toISOString());
    await addSuggestedPeople(context, repositories, ask, input.suggestedNames);
    await reindexForSearch(repositories, context.ownerId, { type: "network_ask", id });
    return requireAsk(repositories, context.ownerId, id);
  });
}

/** Soft delete; the people it produced stay, still introduced by the one asked. */
export async function deleteNetworkAsk(context: ServiceContext, id: string): Promise<NetworkAsk> {
  return context.store.transaction(async (repositories) => {
    const ask = await requireAsk(repositories, context.ownerId, id);
    const now = context.now().toISOString();
    await repositories.networkAsks.setDeleted(context.ownerId, id, now, now);
    await reindexForSearch(repositories, context.ownerId, { type: "network_ask", id });
    return ask;
  });
}

/** Undo of a delete. */
export async function restoreNetworkAsk(context: ServiceContext, id: string): Promise<NetworkAsk> {
  return context.store.transaction(async (repositories) => {
    await repositories.networkAsks.setDeleted(
      context.ownerId,
      id,
      null,
      context.now().toISOString(),
    );
    const ask = await requireAsk(repositories, context.ownerId, id);
    await reindexForSearch(repositories, context.ownerId, { type: "network_ask", id });
    return ask;
  });
}
