import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { Introducer } from "../../../domain/coach/finding.js";
import type { DraftPurpose, OutreachKind } from "../../../domain/draft-purpose.js";
import { api, unwrap } from "../../lib/api-client.js";
import { queryKeys } from "../../lib/invalidation.js";

/** The coach runs on the server (its grammar library is too large for the browser). */
export const composeApi = {
  coachOutreach: async (
    text: string,
    kind: OutreachKind,
    introducer: Introducer | null,
    purpose: DraftPurpose = "outreach",
  ) =>
    (
      await unwrap(
        api.coach.outreach.$post({
          json: { text, kind, purpose, ...(introducer ? { introducer } : {}) },
        }),
      )
    ).findings,
  /** The takeaways a thank-you or an update cites: of the conversation named, else the latest held. */
  draftTakeaways: async (personId: string, conversation: string | null) =>
    unwrap(
      api.drafts.people[":id"].takeaways.$get({
        param: { id: personId },
        query: conversation ? { conversation } : {},
      }),
    ),
};

/** The takeaways a follow-up draft is written from; not asked for a first touch or a confirmation. */
export function useDraftTakeaways(personId: string, conversation: string | null, needed: boolean) {
  return useQuery({
    queryKey: [...queryKeys.draftTakeaways, personId, conversation ?? ""],
    queryFn: () => composeApi.draftTakeaways(personId, conversation),
    enabled: needed,
  });
}

/** The value once it has stopped changing for `delay` milliseconds. */
export function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/**
 * The coach's findings for a draft, asked again ~400 ms after the typing stops; the last
 * answer stays on screen meanwhile so the panel does not flicker. `isStale` says the text
 * has changed since the findings shown were computed.
 */
export function useCoachFindings(
  text: string,
  kind: OutreachKind,
  introducer: Introducer | null,
  purpose: DraftPurpose = "outreach",
) {
  const settledText = useDebounced(text, 400);
  const query = useQuery({
    queryKey: queryKeys.coachFindings(
      purpose,
      kind,
      introducer?.name ?? "",
      introducer?.permission ?? "",
      settledText,
    ),
    queryFn: () => composeApi.coachOutreach(settledText, kind, introducer, purpose),
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
    enabled: settledText.trim().length > 0,
  });
  return {
    findings: query.data ?? [],
    isError: query.isError,
    error: query.error,
    retry: () => query.refetch(),
    isChecking: settledText !== text || query.isFetching,
  };
}
