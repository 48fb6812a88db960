import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { EffortView } from "../../../../domain/insights/insights-view.js";
import { useThemeColours } from "../../../lib/theme.js";
import { shortWeekText } from "./week-format.js";

const height = 200;

/**
 * Log entries per week as bars (uPlot). Its own chunk, loaded only when Effort and yield is
 * shown. Drawn for sighted readers; the table beside it carries the same numbers.
 */
export default function ActivityChart({ weeks }: { weeks: EffortView["activityPerWeek"] }) {
  const frame = useRef<HTMLDivElement>(null);
  const colours = useThemeColours();
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const xs = weeks.map((_, index) => index + 1);
    const labels = weeks.map((week) => shortWeekText(week.weekOf));
    const highest = Math.max(1, ...weeks.map((week) => week.entries));
    const barColour = colours.of("teal-700");
    const bars = uPlot.paths.bars?.({ size: [0.7, 40], align: 0 });
    const plot = new uPlot(
      {
        width: Math.max(element.clientWidth, 200),
        height,
        legend: { show: false },
        cursor: { show: false },
        scales: {
          x: { time: false, range: [0.5, weeks.length + 0.5] },
          y: { range: [0, Math.ceil(highest * 1.1)] },
        },
        axes: [
          {
            ...colours.axis(),
            // Whole weeks only, as many as fit.
            incrs: [1, 2, 4, 8, 13, 26, 52, 104],
            space: 56,
            values: (_plot, splits) => splits.map((split) => labels[split - 1] ?? ""),
          },
          { ...colours.axis(), size: 36, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500] },
        ],
        series: [
          { label: "Week" },
          {
            label: "Log entries",
            fill: barColour,
            stroke: barColour,
            width: 0,
            ...(bars ? { paths: bars } : {}),
            points: { show: false },
          },
        ],
      },
      [xs, weeks.map((week) => week.entries)],
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
  }, [weeks, colours]);
  return <div ref={frame} aria-hidden="true" className="min-w-0" data-testid="activity-chart" />;
}
