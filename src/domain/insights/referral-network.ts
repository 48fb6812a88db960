import type { Stage } from "../stage.js";

/**
 * The referral network (METHOD §2, §7): the explorer at the centre, each introducer linked
 * to the people they introduced. People nobody introduced hang off the explorer. Pure.
 */

export interface NetworkPerson {
  id: string;
  name: string;
  stage: Stage;
  referredById: string | null;
}

export interface NetworkNode {
  /** "me" for the explorer, else the person's id. */
  id: string;
  label: string;
  stage: Stage | null;
  /** How many people this one introduced (the node's size). */
  referrals: number;
}

export interface NetworkEdge {
  from: string;
  to: string;
}

export const explorerNodeId = "me";

/** Nodes and edges; an introducer deleted (or not in `people`) leaves its people on the explorer. */
export function referralNetwork(
  people: readonly NetworkPerson[],
  explorerLabel = "Me",
): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  const ids = new Set(people.map((person) => person.id));
  const referrals = new Map<string, number>();
  const edges: NetworkEdge[] = [];
  for (const person of people) {
    const introducer =
      person.referredById && person.referredById !== person.id && ids.has(person.referredById)
        ? person.referredById
        : null;
    if (introducer) referrals.set(introducer, (referrals.get(introducer) ?? 0) + 1);
    edges.push({ from: introducer ?? explorerNodeId, to: person.id });
  }
  return {
    nodes: [
      {
        id: explorerNodeId,
        label: explorerLabel,
        stage: null,
        referrals: edges.filter((edge) => edge.from === explorerNodeId).length,
      },
      ...people.map((person) => ({
        id: person.id,
        label: person.name,
        stage: person.stage,
        referrals: referrals.get(person.id) ?? 0,
      })),
    ],
    edges,
  };
}
