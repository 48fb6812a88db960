import { compareInstants } from "../stage.js";
import type { Reflection } from "./reflection.js";

/** A reflection with when its conversation was and with whom: the trend's one point. */
export interface ReflectionPoint extends Reflection {
  startsAt: string;
  personId: string;
  personName: string;
}

/** Oldest conversation first (ties by conversation id), as the trend reads left to right. */
export function reflectionTrend(points: readonly ReflectionPoint[]): ReflectionPoint[] {
  return [...points].sort(
    (first, second) =>
      compareInstants(first.startsAt, second.startsAt) ||
      compareInstants(first.activityId, second.activityId),
  );
}

/** What the preparation page shows: what the explorer said they would change, and when. */
export interface LastReflection {
  activityId: string;
  personName: string;
  startsAt: string;
  changeNext: string;
}

/**
 * The latest conversation before `startsAt` (any person's) whose reflection says what the
 * explorer would change next time; null when none does. Pure.
 */
export function lastReflectionBefore(
  points: readonly ReflectionPoint[],
  startsAt: string,
): LastReflection | null {
  const before = reflectionTrend(points).filter(
    (point) =>
      compareInstants(point.startsAt, startsAt) < 0 && (point.changeNext?.trim() ?? "") !== "",
  );
  const last = before.at(-1);
  if (!last?.changeNext) return null;
  return {
    activityId: last.activityId,
    personName: last.personName,
    startsAt: last.startsAt,
    changeNext: last.changeNext,
  };
}
