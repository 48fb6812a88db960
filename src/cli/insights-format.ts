import type { Channel } from "../domain/activity.js";
import { takeawayTagLabels } from "../domain/follow-up/takeaway.js";
import type { EffortDimension, EffortGroup, Spread } from "../domain/insights/effort.js";
import {
  type FunnelRow,
  type FunnelStep,
  funnelCounts,
  funnelStepLabels,
} from "../domain/insights/funnel.js";
import type { EffortView, ThemesView } from "../domain/insights/insights-view.js";
import { type PersonSource, personSourceLabels } from "../domain/person.js";
import { calendarDayRange, formatCalendarDay } from "../domain/wording/dates.js";
import { wordingLocale } from "../domain/wording/locale.js";
import { counted, people } from "./counted.js";

/**
 * `rapport insights`: the Insights page's Effort and yield (and the top themes) as lines for
 * a terminal, or as one JSON object. Pure: the views and the filter in words go in.
 */

/** The filter as the explorer chose it, in words (the interest by its label). */
export interface InsightsFilterWords {
  interest: string | null;
  location: string | null;
  from: string | null;
  to: string | null;
}

export interface InsightsReport {
  effort: EffortView;
  themes: ThemesView;
  filter: InsightsFilterWords;
}

/** How many themes and introducers the terminal shows (the JSON has what the API sends). */
export const terminalLimits = { themes: 5, introducers: 5 } as const;

/** The steps a rate is taken over, as "75% of those contacted" says it. */
const previousStepWords: Record<FunnelStep, string> = {
  identified: "those identified",
  contacted: "those contacted",
  replied: "those who replied",
  scheduled: "those scheduled",
  met: "those met",
  thanked: "those thanked",
  keeping_in_touch: "those keeping in touch",
};

const channelLabels: Record<Channel, string> = {
  letter: "Letter",
  email: "E-mail",
  networking_site: "Networking site message",
  phone: "Phone call",
  in_person: "In person",
  video: "Video",
};

const notRecorded = "Not recorded";

function groupLabel(dimension: EffortDimension, value: string | null): string {
  if (value === null) return notRecorded;
  switch (dimension) {
    case "source":
      return personSourceLabels[value as PersonSource] ?? value;
    case "channel":
      return channelLabels[value as Channel] ?? value;
    case "introduced":
      return value === "introduced" ? "Introduced by someone" : "Found yourself";
    case "organization":
    case "location":
      return value;
  }
}

const percent = new Intl.NumberFormat(wordingLocale, {
  style: "percent",
  maximumFractionDigits: 0,
});
const decimal = new Intl.NumberFormat(wordingLocale, { maximumFractionDigits: 1 });
const dayCount = new Intl.NumberFormat(wordingLocale, {
  style: "unit",
  unit: "day",
  unitDisplay: "long",
  maximumFractionDigits: 1,
});

/** "3 days", "1 day", "0.5 days": answer times to a tenth of a day, worded by Intl. */
function days(value: number): string {
  return dayCount.format(value);
}

/** "1.5–3 days", "0.5–1 days" (Intl's plural for a range): one figure when both ends agree. */
function dayRange(low: number, high: number): string {
  return days(low) === days(high) ? days(low) : dayCount.formatRange(low, high);
}

type Alignment = "left" | "right";

/** Columns padded to their widest cell, `gap` apart; the first left-aligned, then `alignments`. */
function aligned(
  rows: readonly string[][],
  alignments: readonly Alignment[] = [],
  gap = "   ",
): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, cell.length);
    });
  }
  return rows.map((row) =>
    `  ${row
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        const alignment = column === 0 ? "left" : (alignments[column - 1] ?? "right");
        return alignment === "left" ? cell.padEnd(width) : cell.padStart(width);
      })
      .join(gap)}`.trimEnd(),
  );
}

const shortDay = { day: "numeric", month: "short", year: "numeric" } as const;
const calendarDay = (day: string) => formatCalendarDay(day, shortDay);

/** "everyone, all time", "Health data · Baltimore, MD · 1 – 30 Nov 2026" (Intl's range). */
export function filterWords(filter: InsightsFilterWords): string {
  const period =
    filter.from && filter.to
      ? calendarDayRange(filter.from, filter.to, shortDay)
      : filter.from
        ? `from ${calendarDay(filter.from)}`
        : filter.to
          ? `until ${calendarDay(filter.to)}`
          : null;
  const parts = [filter.interest, filter.location, period].filter((part) => part !== null);
  return parts.length === 0 ? "everyone, all time" : parts.join(" · ");
}

function funnelLines(rows: readonly FunnelRow[]): string[] {
  return aligned(
    rows.map((row, index) => {
      const previous = rows[index - 1];
      const rate =
        previous && row.rateFromPrevious !== null
          ? `${percent.format(row.rateFromPrevious)} of ${previousStepWords[previous.step]}`
          : "";
      return [funnelStepLabels[row.step], String(row.count), rate];
    }),
    ["right", "left"],
  );
}

function answerTimeLine(spread: Spread): string {
  if (spread.median === null || spread.lowerQuartile === null || spread.upperQuartile === null)
    return "  No answers yet.";
  return `  Median ${days(spread.median)} · middle half ${dayRange(spread.lowerQuartile, spread.upperQuartile)} · ${counted(spread.count, { one: "person", other: "people" })} answered`;
}

function referralLines(referrals: EffortView["referrals"]): string[] {
  const perMet =
    referrals.perPersonMet === null
      ? ""
      : `; ${decimal.format(referrals.perPersonMet)} per person you met`;
  const lines = [
    `  ${counted(referrals.referrals, { one: "person was", other: "people were" })} introduced by someone in your log${perMet}.`,
  ];
  const top = referrals.introducers.slice(0, terminalLimits.introducers);
  if (top.length > 0) {
    lines.push(
      `  Most introductions: ${top.map((introducer) => `${introducer.name} ${introducer.introduced}`).join(", ")}`,
    );
  }
  return lines;
}

function stepCount(group: EffortGroup, step: FunnelStep): number {
  return group.funnel.find((row) => row.step === step)?.count ?? 0;
}

function breakdownLines(dimension: EffortDimension, groups: readonly EffortGroup[]): string[] {
  const header = ["", "People", "Contacted", "Replied", "Met", "Answer in"];
  return aligned(
    [
      header,
      ...groups.map((group) => {
        const contacted = stepCount(group, "contacted");
        const replied = stepCount(group, "replied");
        const median = group.daysToFirstAnswer.median;
        return [
          groupLabel(dimension, group.value),
          String(group.people),
          String(contacted),
          contacted === 0 ? String(replied) : `${replied} (${percent.format(replied / contacted)})`,
          String(stepCount(group, "met")),
          median === null ? "–" : days(median),
        ];
      }),
    ],
    [],
    // Two spaces, so the widest source ("Advisor, coach or recruiter") fits 80 columns.
    "  ",
  );
}

function themeLines(view: ThemesView): string[] {
  if (view.themes.length === 0) return ["  No takeaways yet."];
  return aligned(
    view.themes
      .slice(0, terminalLimits.themes)
      .map((theme) => [
        `${theme.people} of ${view.peopleWithTakeaways}`,
        takeawayTagLabels[theme.tag],
        theme.label,
      ]),
    ["left", "left"],
  );
}

/** The report as lines of plain text for a terminal. */
export function formatInsights(report: InsightsReport): string[] {
  const { effort, themes } = report;
  const lines = [`Effort and yield: ${filterWords(report.filter)}`];
  if (effort.people === 0) {
    lines.push(
      "Nothing to count yet: add the people you would like to talk to, and log your letters, calls and conversations as they happen.",
    );
  } else {
    lines.push(`${counted(effort.people, people)} counted.`);
  }
  lines.push(
    "",
    "How far people got",
    ...funnelLines(effort.funnel),
    "",
    "Time to a first answer (from the first letter, e-mail, message or call)",
    answerTimeLine(effort.daysToFirstAnswer),
    "",
    "Introductions",
    ...referralLines(effort.referrals),
  );
  if (effort.people === 0) return lines;
  const sections: [EffortDimension, string][] = [
    ["source", "By how you found them"],
    ["introduced", "Introduced or found yourself"],
  ];
  for (const [dimension, title] of sections) {
    const { groups, more } = effort.breakdowns[dimension];
    lines.push("", title, ...breakdownLines(dimension, groups));
    if (more > 0) lines.push(`  …and ${more} more`);
  }
  lines.push("", "  Replied: of those contacted. Answer in: the median time to a first answer.");
  lines.push(
    "",
    `What keeps coming up (${counted(themes.peopleWithTakeaways, { one: "person", other: "people" })} with takeaways)`,
    ...themeLines(themes),
  );
  return lines;
}

/** A group as JSON: its value (null: not recorded), label, funnel counts and answer times. */
function groupJson(dimension: EffortDimension, group: EffortGroup) {
  return {
    value: group.value,
    label: groupLabel(dimension, group.value),
    people: group.people,
    funnel: funnelCounts(group.funnel),
    daysToFirstAnswer: group.daysToFirstAnswer,
  };
}

/** The report as one JSON object (`rapport insights --json`). */
export function insightsJson(report: InsightsReport) {
  const { effort, themes } = report;
  return {
    filter: report.filter,
    people: effort.people,
    funnel: funnelCounts(effort.funnel),
    /** Each step's count over the previous step's (null for the first, or after a zero). */
    rates: Object.fromEntries(effort.funnel.map((row) => [row.step, row.rateFromPrevious])),
    daysToFirstAnswer: effort.daysToFirstAnswer,
    referrals: effort.referrals.referrals,
    referralsPerPersonMet: effort.referrals.perPersonMet,
    introducers: effort.referrals.introducers.map(({ personId, name, introduced }) => ({
      personId,
      name,
      introduced,
    })),
    breakdowns: Object.fromEntries(
      Object.entries(effort.breakdowns).map(([dimension, { groups, more }]) => [
        dimension,
        {
          groups: groups.map((group) => groupJson(dimension as EffortDimension, group)),
          more,
        },
      ]),
    ),
    themes: {
      peopleWithTakeaways: themes.peopleWithTakeaways,
      takeaways: themes.takeaways,
      top: themes.themes.map((theme) => ({
        tag: theme.tag,
        label: theme.label,
        people: theme.people,
      })),
      more: themes.more,
    },
  };
}
