import { useMemo } from "react";
import { useNavigate } from "react-router";
import type { NetworkView } from "../../../../domain/insights/insights-view.js";
import { explorerNodeId } from "../../../../domain/insights/referral-network.js";
import { stageDotClass } from "../../../components/stage-badge.js";
import { layoutNetwork, type PlacedNode } from "./network-layout.js";
import { nodeName } from "./network-names.js";

// With more people than this, only the explorer and the introducers carry a written name.
const allLabelsUpTo = 40;

// The stage badge's dot colour (a Tailwind background, e.g. "bg-teal-600") as an SVG fill:
// the same theme variable, so the network and the badges never drift apart.
function stageFill(node: PlacedNode["node"]): string {
  if (!node.stage) return "var(--color-slate-900)";
  return `var(--color-${stageDotClass(node.stage).replace(/^bg-/, "")})`;
}

/**
 * The referral network as SVG: the explorer at the centre, each introducer linked to the
 * people they introduced, coloured by stage and sized by introductions. Its own chunk
 * (d3-force lays it out, once, synchronously). Each person is a link to their page.
 */
export default function NetworkGraph({ view }: { view: Pick<NetworkView, "nodes" | "edges"> }) {
  const navigate = useNavigate();
  const layout = useMemo(() => layoutNetwork(view), [view]);
  const labelled = (placed: PlacedNode) =>
    layout.nodes.length <= allLabelsUpTo || placed.node.referrals > 0 || placed.depth === 0;
  const { box } = layout;
  return (
    <figure
      aria-label="Referral network: you at the centre, each person linked to who introduced them"
      className="m-0"
    >
      <svg
        viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
        className="block h-auto max-h-[70vh] w-full"
        data-testid="network-graph"
      >
        <title>Referral network</title>
        <g>
          {layout.edges.map(({ from, to }) => (
            <line
              key={`${from.node.id}-${to.node.id}`}
              x1={from.x}
              y1={from.y}
              x2={to.x}
              y2={to.y}
              className={from.node.id === explorerNodeId ? "stroke-slate-200" : "stroke-slate-400"}
              strokeWidth={from.node.id === explorerNodeId ? 1 : 1.5}
            />
          ))}
        </g>
        {layout.nodes.map((placed) => {
          const { node } = placed;
          const shape = (
            <>
              <circle
                cx={placed.x}
                cy={placed.y}
                r={placed.radius + 4}
                className="fill-none stroke-teal-700 opacity-0 group-hover:opacity-60 group-focus-visible:opacity-100"
                strokeWidth={3}
              />
              <circle
                cx={placed.x}
                cy={placed.y}
                r={placed.radius}
                style={{ fill: stageFill(node) }}
                className="stroke-white"
                strokeWidth={1.5}
              />
              {labelled(placed) ? (
                <text
                  x={placed.x}
                  y={placed.y + placed.radius + 13}
                  textAnchor="middle"
                  className="fill-slate-800 stroke-white text-[12px] font-medium"
                  strokeWidth={3}
                  paintOrder="stroke"
                >
                  {node.label}
                </text>
              ) : null}
            </>
          );
          if (node.id === explorerNodeId) {
            return <g key={node.id}>{shape}</g>;
          }
          const href = `/people/${node.id}`;
          return (
            <a
              key={node.id}
              href={href}
              aria-label={nodeName(node)}
              className="group cursor-pointer outline-none"
              onClick={(event) => {
                if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                event.preventDefault();
                navigate(href);
              }}
            >
              <title>{nodeName(node)}</title>
              {shape}
            </a>
          );
        })}
      </svg>
    </figure>
  );
}
