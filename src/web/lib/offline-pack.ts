import { type QueryClient, useQuery } from "@tanstack/react-query";
import { ApiError } from "./api.js";
import { api, byId, unwrap } from "./api-client.js";
import { queryKeys } from "./invalidation.js";
import {
  type KeptSet,
  keepHeader,
  keptConversationIds,
  offlineCacheName,
  offlineReadOf,
  stillWanted,
} from "./offline-reads.js";
import { conversationsToKeep } from "./offline-window.js";

/**
 * "Keep on device" (issue 11): while the app is online and its service worker is in charge,
 * every conversation starting in the next 48 hours (offline-window.ts) is read ahead (its
 * conduct page, preparation, story picks, brief, and the research notes on the person and
 * their organization) with the keep header, which the service worker saves; then whatever
 * the device holds for other conversations is removed. The reads are the pages' own calls
 * through the typed client, so the saved addresses are exactly the ones the pages ask for.
 */

const keep = { headers: { [keepHeader]: "1" } };

async function keepConversation(activityId: string) {
  const id = byId(activityId);
  const conversations = api.conversations[":id"];
  const [view] = await Promise.all([
    unwrap(conversations.preparation.$get(id, keep)),
    unwrap(conversations.brief.$get(id, keep)),
    unwrap(conversations.stories.$get(id, keep)),
    unwrap(conversations.conduct.$get(id, keep)),
  ]);
  const { personId, organizationId } = view.conversation;
  await Promise.all([
    unwrap(api["research-notes"].$get({ query: { personId } }, keep)),
    organizationId ? unwrap(api["research-notes"].$get({ query: { organizationId } }, keep)) : null,
  ]);
  return { personId, organizationId };
}

/** The shared reads (offline-reads.ts), kept whatever the conversations are. */
async function keepSharedReads() {
  const [list] = await Promise.all([
    unwrap(api.conversations.$get(undefined, keep)),
    unwrap(api.profile.$get(undefined, keep)),
    unwrap(api.settings.cadence.$get(undefined, keep)),
    unwrap(api.pitches.$get(undefined, keep)),
    unwrap(api["prepared-answers"].$get(undefined, keep)),
    unwrap(api.stories.$get(undefined, keep)),
    unwrap(api.questions.$get(undefined, keep)),
  ]);
  return list;
}

/** Removes every saved read that no kept conversation needs (shared reads stay). */
async function prune(wanted: KeptSet) {
  const cache = await caches.open(offlineCacheName);
  for (const request of await cache.keys()) {
    const read = offlineReadOf(new URL(request.url));
    if (read && !stillWanted(read, wanted)) await cache.delete(request, { ignoreVary: true });
  }
}

/** The conversations this device holds enough of to open without a connection. */
export async function readKeptOnDevice(): Promise<Set<string>> {
  if (!("caches" in window)) return new Set();
  const cache = await caches.open(offlineCacheName);
  return keptConversationIds((await cache.keys()).map((request) => new URL(request.url)));
}

/** One run of the step; false when it could not run (offline, no service worker in charge). */
export async function keepOnDevice(now: Date = new Date()): Promise<boolean> {
  if (!navigator.onLine || !navigator.serviceWorker?.controller || !("caches" in window)) {
    return false;
  }
  const list = await keepSharedReads();
  const chosen = conversationsToKeep([...list.upcoming, ...list.past], now);
  const results = await Promise.allSettled(
    chosen.map((conversation) => keepConversation(conversation.activityId)),
  );
  const kept: { activityId: string; personId: string; organizationId: string | null }[] = [];
  results.forEach((result, index) => {
    const activityId = chosen[index]?.activityId ?? "";
    if (result.status === "fulfilled") kept.push({ activityId, ...result.value });
    // Cancelled since the list was read: nothing to keep. Any other failure (the connection
    // dropped) stops the run before anything saved is removed.
    else if (!(result.reason instanceof ApiError && result.reason.status === 404)) {
      throw result.reason;
    }
  });
  await prune({
    activityIds: new Set(kept.map((conversation) => conversation.activityId)),
    personIds: new Set(kept.map((conversation) => conversation.personId)),
    organizationIds: new Set(kept.flatMap((conversation) => conversation.organizationId ?? [])),
  });
  return true;
}

const everyQuarterHour = 15 * 60 * 1000;
const afterChangeMs = 5000;
const afterStartMs = 2000;

/**
 * Runs the step shortly after the app opens, when the service worker takes charge, when the
 * connection comes back, every quarter of an hour, and a few seconds after any change is
 * saved (a new conversation, a prepared question), one run at a time; each run refreshes
 * the "Available offline" marks.
 */
export function startKeepingOnDevice(queryClient: QueryClient): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  let running: Promise<void> | null = null;
  let again = false;
  const run = () => {
    if (running) {
      again = true;
      return;
    }
    running = keepOnDevice()
      .then((ran) => {
        if (ran) return queryClient.invalidateQueries({ queryKey: queryKeys.keptOnDevice });
      })
      // A failed run (the connection dropped midway) leaves the saved reads as they were.
      .catch(() => undefined)
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          run();
        }
      });
  };
  let soon: ReturnType<typeof setTimeout> | undefined;
  queryClient.getMutationCache().subscribe((event) => {
    if (event.type !== "updated" || event.action.type !== "success") return;
    clearTimeout(soon);
    soon = setTimeout(run, afterChangeMs);
  });
  navigator.serviceWorker.addEventListener("controllerchange", run);
  window.addEventListener("online", run);
  setInterval(run, everyQuarterHour);
  // Not during the page's own first reads: a moment after it has opened.
  if (navigator.serviceWorker.controller) setTimeout(run, afterStartMs);
}

/** The ids of the conversations kept on this device, for the "Available offline" marks. */
export function useKeptOnDevice() {
  return useQuery({
    queryKey: queryKeys.keptOnDevice,
    queryFn: readKeptOnDevice,
    networkMode: "always",
    staleTime: Number.POSITIVE_INFINITY,
  });
}
