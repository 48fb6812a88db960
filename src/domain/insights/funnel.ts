import type { Activity } from "../activity.js";
import { chronological } from "../stage.js";

/**
 * Effort and yield (METHOD §7): how far each person got, counted as "ever reached". A
 * later step counts as passing the earlier ones, so a person met without a logged letter
 * still counts as contacted and replied. Pure: the log goes in.
 */
export const funnelSteps = [
  "identified",
  "contacted",
  "replied",
  "scheduled",
  "met",
  "thanked",
  "keeping_in_touch",
] as const;
export type FunnelStep = (typeof funnelSteps)[number];

export const funnelStepLabels: Record<FunnelStep, string> = {
  identified: "Identified",
  contacted: "Contacted",
  replied: "Replied",
  scheduled: "Scheduled",
  met: "Met",
  thanked: "Thanked",
  keeping_in_touch: "Keeping in touch",
};

export type FunnelEntry = Pick<Activity, "kind" | "outcome" | "occurredAt"> & {
  createdAt?: string;
};

const outreachKinds = new Set(["letter_sent", "email_sent", "network_message_sent", "call"]);
const touchAfterThanks = new Set([
  "letter_sent",
  "email_sent",
  "network_message_sent",
  "call",
  "update_sent",
  "reply_received",
  "meeting_scheduled",
  "conversation_held",
]);

/** Did this entry show the person answered (in any way, a decline included)? */
export function isAnswer(entry: Pick<Activity, "kind" | "outcome">): boolean {
  return (
    entry.kind === "reply_received" ||
    entry.kind === "declined" ||
    (entry.kind === "call" && entry.outcome === "answered")
  );
}

/** The furthest step one person's log reached (an index into funnelSteps). */
export function furthestStep(log: readonly FunnelEntry[]): number {
  let furthest = 0;
  let met = false;
  let thanked = false;
  const reach = (step: FunnelStep) => {
    furthest = Math.max(furthest, funnelSteps.indexOf(step));
  };
  for (const entry of chronological(log)) {
    if (outreachKinds.has(entry.kind)) reach("contacted");
    if (isAnswer(entry)) reach("replied");
    if (entry.kind === "meeting_scheduled") reach("scheduled");
    if (entry.kind === "conversation_held") {
      // Another conversation after the thanks is keeping in touch too.
      reach(thanked ? "keeping_in_touch" : "met");
      met = true;
    } else if (entry.kind === "thank_you_sent" && met) {
      reach("thanked");
      thanked = true;
    } else if (thanked && touchAfterThanks.has(entry.kind)) {
      reach("keeping_in_touch");
    }
  }
  return furthest;
}

export interface FunnelRow {
  step: FunnelStep;
  /** People who ever reached this step (or a later one). */
  count: number;
  /** count over the previous step's count (null for the first step, or after a zero). */
  rateFromPrevious: number | null;
}

/** The funnel over many people: `logs` holds each person's entries (an empty log: identified). */
export function funnel(logs: Iterable<readonly FunnelEntry[]>): FunnelRow[] {
  const reached = funnelSteps.map(() => 0);
  for (const log of logs) {
    const furthest = furthestStep(log);
    for (let step = 0; step <= furthest; step++) reached[step] = (reached[step] ?? 0) + 1;
  }
  return funnelSteps.map((step, index) => {
    const count = reached[index] ?? 0;
    const previous = index === 0 ? null : (reached[index - 1] ?? 0);
    return {
      step,
      count,
      rateFromPrevious: previous === null || previous === 0 ? null : count / previous,
    };
  });
}

/** The funnel as `{ identified: 12, contacted: 9, … }`, as `rapport insights --json` prints it. */
export function funnelCounts(rows: readonly FunnelRow[]): Record<FunnelStep, number> {
  return Object.fromEntries(rows.map((row) => [row.step, row.count])) as Record<FunnelStep, number>;
}
