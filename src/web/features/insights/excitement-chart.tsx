import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { ExcitementPoint } from "../../../domain/insights/check-in.js";
import { useThemeColours } from "../../lib/theme.js";

const height = 120;

/**
 * One interest's "still excited?" ratings (1–5) over check-ins, as a small line (uPlot). Its
 * own chunk, loaded only when Compare shows an interest with ratings. Drawn for sighted
 * readers; the list beside it carries the same numbers.
 */
export default function ExcitementChart({
  points,
  timeZone,
}: {
  points: readonly ExcitementPoint[];
  timeZone: string;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const colours = useThemeColours();
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const format = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone });
    const labels = points.map((point) => format.format(new Date(point.checkedAt)));
    const xs = points.map((_, index) => index + 1);
    const width = () => Math.max(element.clientWidth, 160);
    const plot = new uPlot(
      {
        width: width(),
        height,
        legend: { show: false },
        cursor: { show: false },
        scales: {
          x: { time: false, range: [0.5, points.length + 0.5] },
          y: { range: [0.5, 5.5] },
        },
        axes: [
          {
            ...colours.axis(),
            splits: () => xs,
            values: (_plot, splits) => splits.map((split) => labels[split - 1] ?? ""),
            size: 28,
          },
          { ...colours.axis(), splits: () => [1, 3, 5], size: 24 },
        ],
        series: [
          { label: "Check-in" },
          {
            label: "Still excited?",
            stroke: colours.of("teal-700"),
            width: 2,
            points: { show: true, size: 7 },
          },
        ],
      },
      [xs, points.map((point) => point.rating)],
      element,
    );
    const observer = new ResizeObserver(() => plot.setSize({ width: width(), height }));
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
    // A new theme gives new colours: the chart is drawn again in them.
  }, [points, timeZone, colours]);
  return <div ref={frame} aria-hidden="true" className="min-w-0" data-testid="excitement-chart" />;
}
