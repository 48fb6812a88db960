import { type DBSchema, type IDBPDatabase, openDB } from "idb";
import { useSyncExternalStore } from "react";
import { counted } from "../../domain/wording/plural.js";
import { errorFromAnswer } from "./api.js";

/**
 * The offline outbox: a write is put in IndexedDB (with the client-made id it carries)
 * before it is sent, then sent in order whenever the server can be reached. Each write is
 * one the server answers the same however often it arrives (a state set, or a create with
 * the client's id), so a send whose answer was lost is simply sent again.
 *
 * - 2xx: removed.
 * - no answer, 5xx, 408, 429: kept, and the queue waits (order matters) until the next
 *   `online` event or the next retry.
 * - any other 4xx: kept as failed with the server's message, shown, never retried on its
 *   own (the explorer may retry or discard it); the queue goes on past it.
 */

export interface OutboxRequest {
  method: "POST" | "PUT";
  /** A path under the site, e.g. /api/conversations/…/conduct/notes. */
  url: string;
  body: unknown;
}

export interface OutboxEntry {
  /** A client-made id (crypto.randomUUID). */
  id: string;
  /** Whose writes these are (e.g. "conduct:<activityId>"), so a page shows its own. */
  scope: string;
  /** Sending order. */
  sequence: number;
  request: OutboxRequest;
  /** What the change is, in the page's own terms, to show it before it arrives. */
  change: unknown;
  state: "waiting" | "failed";
  /** For a failed one: what the server said. */
  error: string | null;
  queuedAt: string;
}

interface OutboxSchema extends DBSchema {
  entries: { key: string; value: OutboxEntry; indexes: { sequence: number } };
}

type Sent = (entry: OutboxEntry, answer: unknown) => void;

const retryMilliseconds = 5000;

export function createOutbox(options: { databaseName?: string } = {}) {
  const databaseName = options.databaseName ?? "rapport-outbox";
  let database: Promise<IDBPDatabase<OutboxSchema>> | null = null;
  let entries: OutboxEntry[] = [];
  let loaded = false;
  let flushing: Promise<void> | null = null;
  let again = false;
  let started = false;
  const listeners = new Set<() => void>();
  const sentHandlers = new Set<Sent>();

  const open = () => {
    database ??= openDB<OutboxSchema>(databaseName, 1, {
      upgrade(db) {
        db.createObjectStore("entries", { keyPath: "id" }).createIndex("sequence", "sequence");
      },
    });
    return database;
  };

  const publish = (next: OutboxEntry[]) => {
    entries = next;
    for (const listener of listeners) listener();
  };

  async function load() {
    if (loaded) return;
    const db = await open();
    publish(await db.getAllFromIndex("entries", "sequence"));
    loaded = true;
  }

  async function sendOne(entry: OutboxEntry): Promise<"sent" | "failed" | "wait"> {
    let response: Response;
    try {
      response = await fetch(entry.request.url, {
        method: entry.request.method,
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        credentials: "same-origin",
        body: JSON.stringify(entry.request.body ?? {}),
      });
    } catch {
      return "wait";
    }
    const db = await open();
    if (response.ok) {
      const answer: unknown = await response.json().catch(() => null);
      await db.delete("entries", entry.id);
      publish(entries.filter((each) => each.id !== entry.id));
      for (const handler of sentHandlers) handler(entry, answer);
      return "sent";
    }
    if (response.status >= 500 || response.status === 408 || response.status === 429) {
      return "wait";
    }
    const body: unknown = await response.json().catch(() => null);
    const failed: OutboxEntry = {
      ...entry,
      state: "failed",
      error: errorFromAnswer(response.status, body).message,
    };
    await db.put("entries", failed);
    publish(entries.map((each) => (each.id === entry.id ? failed : each)));
    return "failed";
  }

  async function flushOnce() {
    await load();
    for (const entry of [...entries]) {
      if (entry.state !== "waiting") continue;
      if ((await sendOne(entry)) === "wait") return;
    }
  }

  /** Sends what waits, in order; a flush asked for meanwhile runs once more after. */
  function flush(): Promise<void> {
    if (flushing) {
      again = true;
      return flushing;
    }
    flushing = (async () => {
      try {
        do {
          again = false;
          await flushOnce();
        } while (again);
      } finally {
        flushing = null;
      }
    })();
    return flushing;
  }

  function start() {
    if (started || typeof window === "undefined") return;
    started = true;
    window.addEventListener("online", () => void flush());
    window.setInterval(() => {
      if (entries.some((entry) => entry.state === "waiting")) void flush();
    }, retryMilliseconds);
    void flush();
  }

  return {
    /** Queues a write (stored before anything is sent) and tries to send it. */
    async enqueue(scope: string, request: OutboxRequest, change: unknown): Promise<OutboxEntry> {
      start();
      await load();
      const db = await open();
      const last = entries.at(-1)?.sequence ?? 0;
      const entry: OutboxEntry = {
        id: crypto.randomUUID(),
        scope,
        sequence: Math.max(last, Date.now()) + 1,
        request,
        change,
        state: "waiting",
        error: null,
        queuedAt: new Date().toISOString(),
      };
      await db.put("entries", entry);
      publish([...entries, entry]);
      void flush();
      return entry;
    },

    flush,

    /** Sends a failed write again (after the explorer fixed what was wrong elsewhere). */
    async retry(id: string) {
      const entry = entries.find((each) => each.id === id);
      if (!entry) return;
      const waiting: OutboxEntry = { ...entry, state: "waiting", error: null };
      await (await open()).put("entries", waiting);
      publish(entries.map((each) => (each.id === id ? waiting : each)));
      void flush();
    },

    /** Gives up a failed write. */
    async discard(id: string) {
      await (await open()).delete("entries", id);
      publish(entries.filter((each) => each.id !== id));
    },

    /** Called with each write the server accepted, and its answer. */
    onSent(handler: Sent): () => void {
      sentHandlers.add(handler);
      return () => sentHandlers.delete(handler);
    },

    subscribe(listener: () => void): () => void {
      start();
      void load();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    snapshot: (): readonly OutboxEntry[] => entries,
    loaded: () => loaded,
  };
}

export type Outbox = ReturnType<typeof createOutbox>;

/** The app's one outbox. */
export const outbox = createOutbox();

/** Every queued write (in sending order); re-renders as they are sent. */
export function useOutboxEntries(): readonly OutboxEntry[] {
  return useSyncExternalStore(outbox.subscribe, outbox.snapshot, outbox.snapshot);
}

/**
 * "3 changes waiting to be sent", "1 change waiting to be sent", "1 change not saved" (refused,
 * see the list), or "All changes saved".
 */
export function outboxStatusText(waiting: number, failed = 0): string {
  const changes = (count: number) => counted(count, { one: "change", other: "changes" });
  if (waiting > 0) return `${changes(waiting)} waiting to be sent`;
  if (failed > 0) return `${changes(failed)} not saved`;
  return "All changes saved";
}
