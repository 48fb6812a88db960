import { useQuery } from "@tanstack/react-query";
import { briefApi } from "./brief-api.js";

/**
 * Under "people" like the conversations it belongs to, so any change to a person or a log
 * refreshes it; asked afresh on every visit, since the preparation may have changed.
 */
const briefKey = (activityId: string) => ["people", "brief", activityId] as const;

export function useBrief(activityId: string) {
  return useQuery({
    queryKey: briefKey(activityId),
    queryFn: () => briefApi.get(activityId),
    staleTime: 0,
  });
}
