import { randomUUID } from "node:crypto";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import type { Activity, ActivityKind } from "../src/domain/activity.js";
import type { OrganizationDraft } from "../src/domain/organization.js";
import type { PersonDraft } from "../src/domain/person.js";
import { createServiceContext, type ServiceContext } from "../src/services/context.js";
import type { Store } from "../src/store/store.js";

let sequence = 0;

/** A valid person draft; override only what a test is about. */
export function buildPerson(overrides: Partial<PersonDraft> = {}): PersonDraft {
  sequence += 1;
  return { name: `Person ${sequence}`, ...overrides };
}

export function buildOrganization(overrides: Partial<OrganizationDraft> = {}): OrganizationDraft {
  sequence += 1;
  return { name: `Organization ${sequence}`, ...overrides };
}

// Every test context gets its own data folder (made only when a private file is written);
// they all sit under one folder per test file, removed after the file's tests.
const dataFoldersRoot = join(tmpdir(), `rapport-test-data-${randomUUID()}`);
afterAll(() => rm(dataFoldersRoot, { recursive: true, force: true }));

/** A log entry of person "p1" as the store returns it, for the pure domain functions. */
export function buildActivity(
  kind: ActivityKind,
  occurredAt: string,
  extra: Partial<Activity> = {},
): Activity {
  sequence += 1;
  return {
    id: `a${sequence}`,
    personId: "p1",
    kind,
    occurredAt,
    channel: null,
    outcome: null,
    withName: null,
    suggestedPersonId: null,
    scheduledFor: null,
    durationMinutes: null,
    place: null,
    detail: null,
    createdAt: occurredAt,
    updatedAt: occurredAt,
    ...extra,
  };
}

/** A context whose clock starts at `start` and moves only when the test says. */
export function testContext(store: Store, start = "2026-11-22T09:00:00.000Z") {
  let now = new Date(start);
  const context: ServiceContext = createServiceContext(store, {
    now: () => now,
    dataFolder: join(dataFoldersRoot, randomUUID()),
  });
  return {
    context,
    advance(milliseconds: number) {
      now = new Date(now.getTime() + milliseconds);
    },
  };
}
