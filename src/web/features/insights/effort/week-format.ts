const weekFormat = new Intl.DateTimeFormat("en-US", {
  month: "short",
  day: "numeric",
  year: "numeric",
  timeZone: "UTC",
});
const shortWeekFormat = new Intl.DateTimeFormat("en-US", {
  month: "short",
  day: "numeric",
  timeZone: "UTC",
});

// A week's Monday arrives as a calendar day ("2026-11-30"), already in the explorer's zone:
// read and written in UTC so no zone shifts it by a day.
function mondayOf(weekOf: string): Date {
  const [year, month, day] = weekOf.split("-").map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}

/** "Nov 30, 2026". */
export function weekText(weekOf: string): string {
  return weekFormat.format(mondayOf(weekOf));
}

/** "Nov 30", for a chart's axis. */
export function shortWeekText(weekOf: string): string {
  return shortWeekFormat.format(mondayOf(weekOf));
}
