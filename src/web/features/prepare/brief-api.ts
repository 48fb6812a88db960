import { api, byId, unwrap } from "../../lib/api-client.js";

const conversations = api.conversations;

/** The one-page brief of a conversation: its sections as JSON, and the PDF as a plain link. */
export const briefApi = {
  get: async (activityId: string) =>
    (await unwrap(conversations[":id"].brief.$get(byId(activityId)))).brief,
  /** A link, not a call: the browser downloads it (Content-Disposition: attachment). */
  pdfHref: (activityId: string, paper: "a4" | "letter" = "a4") =>
    `/api/conversations/${encodeURIComponent(activityId)}/brief.pdf${
      paper === "letter" ? "?paper=letter" : ""
    }`,
};
