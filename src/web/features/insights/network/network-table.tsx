import { Link } from "react-router";
import type { NetworkView } from "../../../../domain/insights/insights-view.js";
import { explorerNodeId } from "../../../../domain/insights/referral-network.js";
import { stageLabels } from "../../../../domain/stage.js";
import { StageBadge } from "../../../components/stage-badge.js";
import { DataTable } from "../data-table.js";

type NetworkNode = NetworkView["nodes"][number];
interface Introduction {
  introducer: NetworkNode;
  introduced: NetworkNode;
}

function PersonLink({ node }: { node: NetworkNode }) {
  return (
    <Link to={`/people/${node.id}`} className="text-teal-800 underline underline-offset-2">
      {node.label}
    </Link>
  );
}

/** Who introduced whom, the network's figures as a table (and a CSV). */
export function NetworkTable({ view }: { view: NetworkView }) {
  const byId = new Map(view.nodes.map((node) => [node.id, node]));
  const rows: Introduction[] = view.edges.flatMap((edge) => {
    const introducer = byId.get(edge.from);
    const introduced = byId.get(edge.to);
    return edge.from !== explorerNodeId && introducer && introduced
      ? [{ introducer, introduced }]
      : [];
  });
  return (
    <DataTable<Introduction>
      caption="Who introduced whom"
      csvName="introductions"
      rows={rows}
      rowKey={(row) => `${row.introducer.id}-${row.introduced.id}`}
      columns={[
        {
          header: "Introduced by",
          cell: (row) => <PersonLink node={row.introducer} />,
          csv: (row) => row.introducer.label,
        },
        {
          header: "Person",
          cell: (row) => <PersonLink node={row.introduced} />,
          csv: (row) => row.introduced.label,
        },
        {
          header: "Stage",
          cell: (row) => (row.introduced.stage ? <StageBadge stage={row.introduced.stage} /> : "–"),
          csv: (row) => (row.introduced.stage ? stageLabels[row.introduced.stage] : null),
        },
        {
          header: "Organization",
          cell: (row) => row.introduced.organizationName ?? "–",
          csv: (row) => row.introduced.organizationName,
        },
      ]}
    />
  );
}
