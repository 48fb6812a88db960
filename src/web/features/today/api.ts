import { api, unwrap } from "../../lib/api-client.js";

/** Today's agenda and what the explorer does with its actions: the calls behind Today. */
export const todayApi = {
  getToday: () => unwrap(api.today.$get()),
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
