import { describe, expect, it } from "vitest";
import type { NetworkView } from "../../../../domain/insights/insights-view.js";
import { layoutNetwork } from "./network-layout.js";

const person = (id: string, referrals: number): NetworkView["nodes"][number] => ({
  id,
  label: id,
  stage: "met",
  referrals,
  organizationName: null,
});

// A chain of introductions: me → a → (b, c), c → d.
const view: Pick<NetworkView, "nodes" | "edges"> = {
  nodes: [
    { id: "me", label: "Me", stage: null, referrals: 1, organizationName: null },
    person("a", 2),
    person("b", 0),
    person("c", 1),
    person("d", 0),
  ],
  edges: [
    { from: "me", to: "a" },
    { from: "a", to: "b" },
    { from: "a", to: "c" },
    { from: "c", to: "d" },
  ],
};

describe("layoutNetwork", () => {
  it("gives the same picture every time, the explorer fixed at the centre", () => {
    const first = layoutNetwork(view);
    const second = layoutNetwork(view);
    expect(second).toEqual(first);
    expect(first.nodes[0]).toMatchObject({ x: 0, y: 0, radius: 16, depth: 0 });
    expect(first.nodes.map((node) => node.depth)).toEqual([0, 1, 2, 2, 3]);
    expect(first.edges.map(({ from, to }) => `${from.node.id}→${to.node.id}`)).toEqual([
      "me→a",
      "a→b",
      "a→c",
      "c→d",
    ]);
  });

  it("sizes introducers by how many they introduced and keeps every node inside the box", () => {
    const layout = layoutNetwork(view);
    expect(layout.nodes.map((node) => node.radius)).toEqual([16, 7 + 3.5 * Math.SQRT2, 7, 10.5, 7]);
    const { box } = layout;
    for (const node of layout.nodes) {
      expect(node.x - node.radius).toBeGreaterThanOrEqual(box.x);
      expect(node.x + node.radius).toBeLessThanOrEqual(box.x + box.width);
      expect(node.y - node.radius).toBeGreaterThanOrEqual(box.y);
      expect(node.y + node.radius).toBeLessThanOrEqual(box.y + box.height);
    }
  });

  it("keeps people apart: no two circles overlap", () => {
    const { nodes } = layoutNetwork(view);
    for (const [index, node] of nodes.entries()) {
      for (const other of nodes.slice(index + 1)) {
        expect(Math.hypot(node.x - other.x, node.y - other.y)).toBeGreaterThan(
          node.radius + other.radius,
        );
      }
    }
  });
});
