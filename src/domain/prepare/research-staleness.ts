import { pluralForm } from "../wording/plural.js";
/**
 * Research goes stale: an organization changes (people, news, openings), so notes older
 * than Settings → Prepare's `researchStaleMonths` earn a gentle hint before a
 * conversation. Pure: "today" is passed in as the explorer's calendar day.
 */

export interface ResearchHint {
  code: "research_missing" | "research_stale";
  message: string;
}

/** YYYY-MM-DD `months` calendar months before `ymd`, clamped to the month's last day. */
export function monthsBefore(ymd: string, months: number): string {
  const [year, month, day] = ymd.split("-").map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const pad = (value: number, width = 2) => String(value).padStart(width, "0");
  return `${pad(targetYear, 4)}-${pad(targetMonth + 1)}-${pad(Math.min(day, lastDay))}`;
}

/**
 * The hint for an organization's research, or null when its newest note is recent enough.
 * A note noted exactly `months` ago still counts as fresh; one a day older does not.
 */
export function researchIsStale(
  notes: readonly { notedOn: string }[],
  todayYmd: string,
  months: number,
  organizationName = "this organization",
): ResearchHint | null {
  if (notes.length === 0) {
    return {
      code: "research_missing",
      message: `No research on ${organizationName} yet. A few notes on their work, news and people make better questions.`,
    };
  }
  const newest = notes.reduce(
    (latest, note) => (note.notedOn > latest ? note.notedOn : latest),
    notes[0]?.notedOn ?? "",
  );
  if (newest >= monthsBefore(todayYmd, months)) return null;
  return {
    code: "research_stale",
    message: `Your newest note on ${organizationName} is from ${newest}, over ${pluralForm(months, { one: "a month", other: `${months} months` })} ago. Check their news and site again before you talk.`,
  };
}
