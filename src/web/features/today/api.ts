import type { TodayView } from "../../../domain/today.js";
import { request } from "../../lib/api.js";

/** Today's agenda and what the explorer does with its actions: the calls behind Today. */
export const todayApi = {
  getToday: () => request<TodayView>("GET", "/api/today"),
  snooze: async (key: string, until: string) => {
    await request<{ ok: true }>("POST", "/api/today/snooze", { key, until });
  },
  dismiss: async (key: string, reason: string) => {
    await request<{ ok: true }>("POST", "/api/today/dismiss", { key, reason });
  },
  /** Takes back a snooze or a dismissal, for the Undo toast. */
  undo: async (key: string) => {
    await request<{ ok: true }>("POST", "/api/today/undo", { key });
  },
};
