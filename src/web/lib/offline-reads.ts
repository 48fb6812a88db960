/**
 * The reads a page needs without a connection, by address: the service worker (sw/sw.ts)
 * answers them network first with the saved copy as the fallback, the keep-on-device step
 * (offline-pack.ts) fetches them ahead and prunes them. Both sides classify an address here,
 * so they cannot disagree about what a saved read is.
 */

/** The Cache Storage cache that holds the saved reads. */
export const offlineCacheName = "rapport-offline-reads-v1";

/**
 * Sent by the keep-on-device step: the service worker saves this answer. Any other read of a
 * conversation is saved only when it already was (so a page refreshes what is kept, and a
 * conversation three days away that was merely opened is not kept).
 */
export const keepHeader = "X-Rapport-Keep";

/**
 * Reads every kept page shares: the profile (the welcome gate), the explorer's zone
 * (conversation times), the list of conversations, the pitch, prepared answers, stories and
 * the question bank. Always saved when they pass.
 */
export const sharedReadPaths = [
  "/api/profile",
  "/api/settings/cadence",
  "/api/conversations",
  "/api/pitches",
  "/api/prepared-answers",
  "/api/stories",
  "/api/questions",
] as const;

/**
 * One conversation's own reads: the conduct page's one request, the preparation page's view
 * and its story picks, and the brief.
 */
export const conversationParts = ["conduct", "preparation", "brief", "stories"] as const;
export type ConversationPart = (typeof conversationParts)[number];

/** Without these a conversation does not count as kept. */
export const requiredParts: readonly ConversationPart[] = ["conduct", "preparation", "brief"];

export type OfflineRead =
  | { kind: "shared"; path: string }
  | { kind: "conversation"; activityId: string; part: ConversationPart }
  | { kind: "notes"; of: "personId" | "organizationId"; id: string };

const conversationPath = /^\/api\/conversations\/([^/]+)\/([a-z-]+)$/;

function isPart(part: string): part is ConversationPart {
  return (conversationParts as readonly string[]).includes(part);
}

/** What a GET of this address is among the saved reads, or null when it is not one. */
export function offlineReadOf(address: URL): OfflineRead | null {
  const path = address.pathname;
  if (!path.startsWith("/api/")) return null;
  if ((sharedReadPaths as readonly string[]).includes(path)) {
    return address.search === "" ? { kind: "shared", path } : null;
  }
  const conversation = conversationPath.exec(path);
  if (conversation?.[1] && conversation[2] && isPart(conversation[2])) {
    if (address.search !== "") return null;
    return {
      kind: "conversation",
      activityId: decodeURIComponent(conversation[1]),
      part: conversation[2],
    };
  }
  // The research notes section asks for one person's or one organization's notes.
  if (path === "/api/research-notes") {
    const keys = [...address.searchParams.keys()];
    const of = keys[0];
    const id = of ? address.searchParams.get(of) : null;
    if (keys.length === 1 && (of === "personId" || of === "organizationId") && id) {
      return { kind: "notes", of, id };
    }
  }
  return null;
}

/** What the keep-on-device step wants saved: conversations by id, notes by person or organization. */
export interface KeptSet {
  activityIds: ReadonlySet<string>;
  personIds: ReadonlySet<string>;
  organizationIds: ReadonlySet<string>;
}

/** Whether a saved read should stay: shared reads always, the others while their conversation is kept. */
export function stillWanted(read: OfflineRead, wanted: KeptSet): boolean {
  switch (read.kind) {
    case "shared":
      return true;
    case "conversation":
      return wanted.activityIds.has(read.activityId);
    case "notes":
      return read.of === "personId"
        ? wanted.personIds.has(read.id)
        : wanted.organizationIds.has(read.id);
  }
}

/** The conversations whose required reads are all among these saved addresses. */
export function keptConversationIds(savedAddresses: readonly URL[]): Set<string> {
  const parts = new Map<string, Set<ConversationPart>>();
  for (const address of savedAddresses) {
    const read = offlineReadOf(address);
    if (read?.kind !== "conversation") continue;
    const saved = parts.get(read.activityId) ?? new Set<ConversationPart>();
    saved.add(read.part);
    parts.set(read.activityId, saved);
  }
  const kept = new Set<string>();
  for (const [activityId, saved] of parts) {
    if (requiredParts.every((part) => saved.has(part))) kept.add(activityId);
  }
  return kept;
}
