import type { NetworkView } from "../../../../domain/insights/insights-view.js";
import { stageLabels } from "../../../../domain/stage.js";

/** A node's accessible name: "Maya Chen, met, introduced 2". */
export function nodeName(node: NetworkView["nodes"][number]): string {
  const stage = node.stage ? `, ${stageLabels[node.stage].toLowerCase()}` : "";
  const introduced = node.referrals > 0 ? `, introduced ${node.referrals}` : "";
  return `${node.label}${stage}${introduced}`;
}
