const dayFormat = new Intl.DateTimeFormat("en-US", {
  weekday: "short",
  month: "short",
  day: "numeric",
  timeZone: "UTC",
});

/** "Mon, Mar 10" from 2025-03-10 (a calendar day, the same in every zone). */
export function dayText(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : dayFormat.format(date);
}

/** The calendar day `days` after `day` (YYYY-MM-DD). */
export function addDaysTo(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A UUID for a create, so a retry never makes two (client-ids.ts); none where unavailable. */
export function newClientId(): string | undefined {
  return globalThis.crypto?.randomUUID?.();
}
