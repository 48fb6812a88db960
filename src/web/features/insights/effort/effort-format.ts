import type { Channel } from "../../../../domain/activity.js";
import type { EffortDimension } from "../../../../domain/insights/effort.js";
import type { FunnelRow, FunnelStep } from "../../../../domain/insights/funnel.js";
import { personSourceLabels } from "../../../../domain/person.js";
import { wordingLocale } from "../../../../domain/wording/locale.js";

/** Whole percentages, as people say them ("42%"); null (nothing to divide by) is a dash. */
export function percentText(rate: number | null): string {
  return rate === null ? "–" : `${Math.round(rate * 100)}%`;
}

/** A rate as a CSV cell: the whole percentage as a number, or empty. */
export function percentCsv(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 100);
}

const dayFormat = new Intl.NumberFormat(wordingLocale, { maximumFractionDigits: 1 });
const dayCount = new Intl.NumberFormat(wordingLocale, {
  style: "unit",
  unit: "day",
  unitDisplay: "long",
  maximumFractionDigits: 1,
});

/** Days to one decimal at most ("3", "2.5"); null is a dash. */
export function daysNumber(days: number | null): string {
  return days === null ? "–" : dayFormat.format(days);
}

/** "1 day", "2.5 days" (worded by Intl), "the same day". */
export function daysText(days: number): string {
  if (Math.round(days * 10) === 0) return "the same day";
  return dayCount.format(days);
}

/** "0 days", "1 day", "2.5 days" for a figure's cell; null is a dash. */
export function daysFigure(days: number | null): string {
  return days === null ? "–" : dayCount.format(days);
}

/** "1.5–3 days", by Intl's range of days. */
export function daysRangeText(low: number, high: number): string {
  return dayCount.formatRange(low, high);
}

export function rateOf(count: number, over: number): number | null {
  return over === 0 ? null : count / over;
}

export function stepCount(rows: readonly FunnelRow[], step: FunnelStep): number {
  return rows.find((row) => row.step === step)?.count ?? 0;
}

export const effortDimensionLabels: Record<EffortDimension, string> = {
  organization: "Organization",
  source: "Source",
  channel: "First channel",
  location: "Location",
  introduced: "Introduced or cold",
};

// activity.ts names conversation modes only; outreach also goes by letter or networking site.
const channelLabels = {
  letter: "Letter",
  email: "E-mail",
  networking_site: "Networking site",
  phone: "Phone",
  in_person: "In person",
  video: "Video",
} satisfies Record<Channel, string>;

const introducedLabels: Record<string, string> = {
  introduced: "Introduced by someone",
  cold: "Found without an introduction",
};

function labelOf(labels: Readonly<Record<string, string>>, value: string): string {
  return labels[value] ?? value;
}

/** A breakdown group's value as the explorer reads it; null is "Not recorded". */
export function groupLabel(dimension: EffortDimension, value: string | null): string {
  if (value === null) return "Not recorded";
  switch (dimension) {
    case "source":
      return labelOf(personSourceLabels, value);
    case "channel":
      return labelOf(channelLabels, value);
    case "introduced":
      return labelOf(introducedLabels, value);
    case "organization":
    case "location":
      return value;
  }
}
