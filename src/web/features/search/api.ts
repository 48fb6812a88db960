import { api, unwrap } from "../../lib/api-client.js";

/** Global search over people, organizations and the log. */
export const searchApi = {
  search: async (text: string) =>
    (await unwrap(api.search.$get({ query: { q: text, limit: "12" } }))).results,
};
