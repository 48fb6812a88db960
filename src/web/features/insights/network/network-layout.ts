import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from "d3-force";
import type { NetworkView } from "../../../../domain/insights/insights-view.js";
import { explorerNodeId } from "../../../../domain/insights/referral-network.js";

export type NetworkViewNode = NetworkView["nodes"][number];

export interface PlacedNode {
  node: NetworkViewNode;
  x: number;
  y: number;
  radius: number;
  depth: number;
}

export interface NetworkLayout {
  nodes: PlacedNode[];
  edges: { from: PlacedNode; to: PlacedNode }[];
  /** The drawing's bounds, labels included, for the SVG's viewBox. */
  box: { x: number; y: number; width: number; height: number };
}

interface LayoutNode extends SimulationNodeDatum {
  id: string;
}

/** The explorer is the largest; an introducer grows with the people they introduced. */
export function nodeRadius(node: NetworkViewNode): number {
  if (node.id === explorerNodeId) return 16;
  return 7 + Math.min(13, 3.5 * Math.sqrt(node.referrals));
}

// Enough ticks for a small network to settle; a large one (seeded on rings) gets fewer so the
// layout stays a fraction of a second on a phone, cooling at the same pace to the same rest.
function tickCount(nodes: number): number {
  return Math.round(Math.max(80, Math.min(300, 24_000 / Math.max(1, nodes))));
}
const ringGap = 90;
const minimumBox = { width: 380, height: 260 };
const labelRoom = { below: 22, side: 60 };

// d3-force's default random source is already seeded; ours is too, so a layout never
// depends on what ran before it (a fixed linear congruential sequence).
function seededRandom(seed = 1): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

/**
 * Where each node sits: seeded on rings by distance from the explorer (each person near
 * the one who introduced them), then a fixed number of d3-force ticks, run at once. The
 * same network always gives the same picture.
 */
export function layoutNetwork(view: Pick<NetworkView, "nodes" | "edges">): NetworkLayout {
  const parent = new Map(view.edges.map((edge) => [edge.to, edge.from]));
  const depth = new Map<string, number>([[explorerNodeId, 0]]);
  const depthOf = (id: string, seen = new Set<string>()): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    const from = parent.get(id);
    const found = from && !seen.has(from) ? depthOf(from, seen.add(id)) + 1 : 1;
    depth.set(id, found);
    return found;
  };
  const byDepth = new Map<number, string[]>();
  for (const node of view.nodes) {
    const level = depthOf(node.id);
    byDepth.set(level, [...(byDepth.get(level) ?? []), node.id]);
  }
  const simulationNodes = view.nodes.map((node, index): LayoutNode => {
    const level = depth.get(node.id) ?? 1;
    const ring = byDepth.get(level) ?? [];
    const angle = (2 * Math.PI * ring.indexOf(node.id)) / Math.max(1, ring.length) + level;
    const isExplorer = node.id === explorerNodeId;
    return {
      id: node.id,
      index,
      x: isExplorer ? 0 : Math.cos(angle) * ringGap * level,
      y: isExplorer ? 0 : Math.sin(angle) * ringGap * level,
      ...(isExplorer ? { fx: 0, fy: 0 } : {}),
    };
  });
  const links: SimulationLinkDatum<LayoutNode>[] = view.edges.map((edge) => ({
    source: edge.from,
    target: edge.to,
  }));
  const radii = view.nodes.map(nodeRadius);
  const ticks = tickCount(view.nodes.length);
  forceSimulation(simulationNodes)
    .randomSource(seededRandom())
    .alphaDecay(1 - 0.001 ** (1 / ticks))
    .force(
      "link",
      forceLink<LayoutNode, SimulationLinkDatum<LayoutNode>>(links)
        .id((node) => node.id)
        .distance(70)
        .strength(0.7),
    )
    .force("charge", forceManyBody<LayoutNode>().strength(-160).distanceMax(400))
    .force(
      "collide",
      forceCollide<LayoutNode>((_node, index) => (radii[index] ?? 8) + 16),
    )
    .force("x", forceX<LayoutNode>(0).strength(0.06))
    .force("y", forceY<LayoutNode>(0).strength(0.06))
    .stop()
    .tick(ticks);

  const placed = view.nodes.map(
    (node, index): PlacedNode => ({
      node,
      x: simulationNodes[index]?.x ?? 0,
      y: simulationNodes[index]?.y ?? 0,
      radius: radii[index] ?? 8,
      depth: depth.get(node.id) ?? 1,
    }),
  );
  const byId = new Map(placed.map((each) => [each.node.id, each]));
  const edges = view.edges.flatMap((edge) => {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    return from && to ? [{ from, to }] : [];
  });
  const left = Math.min(...placed.map((each) => each.x - each.radius - labelRoom.side));
  const right = Math.max(...placed.map((each) => each.x + each.radius + labelRoom.side));
  const top = Math.min(...placed.map((each) => each.y - each.radius - 8));
  const bottom = Math.max(...placed.map((each) => each.y + each.radius + labelRoom.below));
  // A small network is not blown up to fill the column: its names stay at text size.
  const width = Math.max(minimumBox.width, right - left);
  const height = Math.max(minimumBox.height, bottom - top);
  return {
    nodes: placed,
    edges,
    box: {
      x: (left + right) / 2 - width / 2,
      y: (top + bottom) / 2 - height / 2,
      width,
      height,
    },
  };
}
