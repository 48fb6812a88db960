import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { fiveCLabels, fiveCs } from "../../../domain/follow-up/reflection.js";
import type { ReflectionPoint } from "../../../domain/follow-up/reflection-history.js";
import { useThemeColours } from "../../lib/theme.js";

// One colour per C, told apart by the legend's names too (never by colour alone): palette
// names, so the lines and the legend take the theme's shade of each.
const lineColours = ["teal-700", "violet-700", "amber-700", "rose-700", "blue-700"] as const;
const swatches: Record<(typeof lineColours)[number], string> = {
  "teal-700": "bg-teal-700",
  "violet-700": "bg-violet-700",
  "amber-700": "bg-amber-700",
  "rose-700": "bg-rose-700",
  "blue-700": "bg-blue-700",
};
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
  const colours = useThemeColours();
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
        // Our own legend below, with names beside the colours.
        legend: { show: false },
        scales: {
          x: { time: false, range: [0.5, points.length + 0.5] },
          y: { range: [0.5, 5.5] },
        },
        axes: [
          {
            ...colours.axis(),
            splits: () => xs,
            values: (_plot, splits) => splits.map((split) => labels[split - 1] ?? ""),
          },
          { ...colours.axis(), splits: () => [1, 2, 3, 4, 5], size: 30 },
        ],
        series: [
          { label: "Conversation" },
          ...fiveCs.map((c, index) => ({
            label: fiveCLabels[c],
            stroke: colours.of(lineColours[index] ?? "teal-700"),
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
    // A new theme gives new colours: the chart is drawn again in them.
  }, [points, timeZone, colours]);
  return (
    <div aria-hidden="true" className="min-w-0" data-testid="trend-chart">
      <div ref={frame} />
      <ul className="mt-2 flex flex-wrap justify-center gap-x-4 gap-y-1 text-sm text-slate-700">
        {fiveCs.map((c, index) => (
          <li key={c} className="flex items-center gap-1.5">
            <span className={`h-0.5 w-4 rounded ${swatches[lineColours[index] ?? "teal-700"]}`} />
            {fiveCLabels[c]}
          </li>
        ))}
      </ul>
    </div>
  );
}
