/**
 * The thank-you's countdown (METHOD §6: two hours is best, a day at the latest), as Today
 * and the person's page show it: "1 hr 40 min left for the best time", "due within 22
 * hours", "3 hours late". Pure: the reminder's times and `now` go in; numbers and units
 * are worded by Intl.
 */

export type CountdownTone = "best" | "due" | "late";

export interface ThankYouCountdown {
  tone: CountdownTone;
  text: string;
}

const minute = 60 * 1000;
const hour = 60 * minute;
const day = 24 * hour;

const formats = new Map<string, Intl.NumberFormat>();
function unit(value: number, name: "minute" | "hour" | "day", display: "short" | "long"): string {
  const key = `${name}:${display}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat("en", { style: "unit", unit: name, unitDisplay: display });
    formats.set(key, format);
  }
  return format.format(value);
}

/** "1 hr 40 min", "40 min": whole minutes, rounded up (a part-minute still counts). */
function hoursAndMinutes(milliseconds: number): string {
  const minutes = Math.max(1, Math.ceil(milliseconds / minute));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return unit(rest, "minute", "short");
  return rest === 0
    ? unit(hours, "hour", "short")
    : `${unit(hours, "hour", "short")} ${unit(rest, "minute", "short")}`;
}

/** "22 hours", "40 minutes": rounded up, in minutes under an hour. */
function within(milliseconds: number): string {
  if (milliseconds < hour)
    return unit(Math.max(1, Math.ceil(milliseconds / minute)), "minute", "long");
  return unit(Math.ceil(milliseconds / hour), "hour", "long");
}

/** "3 hours", "40 minutes", "2 days": whole units passed, rounded down. */
function passed(milliseconds: number): string {
  if (milliseconds < hour)
    return unit(Math.max(1, Math.floor(milliseconds / minute)), "minute", "long");
  if (milliseconds < 2 * day) return unit(Math.floor(milliseconds / hour), "hour", "long");
  return unit(Math.floor(milliseconds / day), "day", "long");
}

/**
 * Where the thank-you stands at `now`: inside the best window (until `idealBy`), due
 * (until `overdueAt`) or late (from `overdueAt` on).
 */
export function thankYouCountdown(
  times: { idealBy: string; overdueAt: string | null },
  now: Date,
): ThankYouCountdown {
  const at = now.getTime();
  const idealBy = new Date(times.idealBy).getTime();
  if (at < idealBy)
    return { tone: "best", text: `${hoursAndMinutes(idealBy - at)} left for the best time` };
  const overdueAt = times.overdueAt === null ? null : new Date(times.overdueAt).getTime();
  if (overdueAt === null) return { tone: "due", text: "due now" };
  if (at < overdueAt) return { tone: "due", text: `due within ${within(overdueAt - at)}` };
  return { tone: "late", text: `${passed(at - overdueAt)} late` };
}
