import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { fiveCLabels, fiveCs } from "../../../domain/follow-up/reflection.js";
import type { ReflectionPoint } from "../../../domain/follow-up/reflection-history.js";

// One colour per C, told apart by the legend's names too (never by colour alone).
const colours = ["#0f766e", "#6d28d9", "#b45309", "#be123c", "#1d4ed8"];
const height = 220;

/**
 * The five Cs over conversations, as lines (uPlot). Its own chunk: only the follow-up page
 * loads it. Drawn for sighted readers; the table beside it carries the same numbers.
 */
export default function TrendChart({
  points,
  timeZone,
}: {
  points: ReflectionPoint[];
  timeZone: string;
}) {
  const frame = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const format = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone });
    const labels = points.map((point) => format.format(new Date(point.startsAt)));
    const xs = points.map((_, index) => index + 1);
    const data: uPlot.AlignedData = [
      xs,
      ...fiveCs.map((c) => points.map((point) => point.ratings[c])),
    ];
    const plot = new uPlot(
      {
        width: Math.max(element.clientWidth, 200),
        height,
        scales: {
          x: { time: false, range: [0.5, points.length + 0.5] },
          y: { range: [0.5, 5.5] },
        },
        axes: [
          {
            splits: () => xs,
            values: (_plot, splits) => splits.map((split) => labels[split - 1] ?? ""),
          },
          { splits: () => [1, 2, 3, 4, 5], size: 30 },
        ],
        series: [
          { label: "Conversation", value: (_plot, x) => (x ? (labels[x - 1] ?? "") : "") },
          ...fiveCs.map((c, index) => ({
            label: fiveCLabels[c],
            stroke: colours[index],
            width: 2,
            spanGaps: true,
            points: { show: true, size: 7 },
          })),
        ],
      },
      data,
      element,
    );
    const observer = new ResizeObserver(() =>
      plot.setSize({ width: Math.max(element.clientWidth, 200), height }),
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [points, timeZone]);
  return <div ref={frame} aria-hidden="true" className="min-w-0" data-testid="trend-chart" />;
}
