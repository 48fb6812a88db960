import type { ActionGroup } from "../../../domain/cadence.js";
import { api, unwrap } from "../../lib/api-client.js";

/** How far the explorer opened Today's lists ("Show more"); unsaid lists show their top. */
export type TodayOpened = Partial<Record<ActionGroup | "comingUp", number>>;

/** Today's agenda and what the explorer does with its actions: the calls behind Today. */
export const todayApi = {
  getToday: (opened: TodayOpened = {}) =>
    unwrap(
      api.today.$get({
        query: Object.fromEntries(
          Object.entries(opened).map(([list, count]) => [list, String(count)]),
        ),
      }),
    ),
  /** One person's actions (all of them), for their page, the call screen and the composer. */
  personDue: (personId: string) =>
    unwrap(api.today.people[":id"].$get({ param: { id: personId } })),
  snooze: async (key: string, until: string) => {
    await unwrap(api.today.snooze.$post({ json: { key, until } }));
  },
  dismiss: async (key: string, reason: string) => {
    await unwrap(api.today.dismiss.$post({ json: { key, reason } }));
  },
  /** Takes back a snooze or a dismissal, for the Undo toast. */
  undo: async (key: string) => {
    await unwrap(api.today.undo.$post({ json: { key } }));
  },
};
