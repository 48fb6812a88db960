import { describe, expect, it } from "vitest";
import { referralNetwork } from "./referral-network.js";

describe("the referral network", () => {
  it("links introducers to whom they introduced and the rest to the explorer", () => {
    const network = referralNetwork([
      { id: "ana", name: "Ana", stage: "met", referredById: null },
      { id: "ben", name: "Ben", stage: "contacted", referredById: "ana" },
      { id: "cy", name: "Cy", stage: "identified", referredById: "ana" },
      { id: "dee", name: "Dee", stage: "identified", referredById: "gone" },
    ]);
    expect(network.edges).toEqual([
      { from: "me", to: "ana" },
      { from: "ana", to: "ben" },
      { from: "ana", to: "cy" },
      { from: "me", to: "dee" },
    ]);
    expect(network.nodes.map((node) => [node.id, node.referrals])).toEqual([
      ["me", 2],
      ["ana", 2],
      ["ben", 0],
      ["cy", 0],
      ["dee", 0],
    ]);
  });

  it("is the explorer alone when there is nobody", () => {
    expect(referralNetwork([])).toEqual({
      nodes: [{ id: "me", label: "Me", stage: null, referrals: 0 }],
      edges: [],
    });
  });
});
