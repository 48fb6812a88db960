import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import type { Activity, ActivityDraft } from "../../src/domain/activity.js";
import type { Person, PersonDraft } from "../../src/domain/person.js";
import { callApi, launchBrowser, type RunningApp, startApp } from "./harness.js";

const dayMs = 24 * 60 * 60 * 1000;
/** Monday 3 March 2025, 14:00 UTC: the explorer's (and the browser's) zone is UTC. */
export const clockStart = new Date("2025-03-03T14:00:00Z");
export const daysLater = (days: number) =>
  new Date(clockStart.getTime() + days * dayMs).toISOString();

/**
 * Registers the hooks for browser tests that move time: one browser per file and, per
 * test, a fresh app started with RAPPORT_TEST_CLOCK=1 (its clock at `clockStart`) and a
 * page in UTC. Read `session` inside tests or hooks; it is filled before each test.
 */
export function useClockedApp(options: { clipboard?: boolean } = {}) {
  let browser: Browser | undefined;
  const session = {} as { app: RunningApp; context: BrowserContext; page: Page };
  const setClock = (now: string) => callApi(session.app, "PUT", "/api/test/clock", { now });

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    if (!browser) throw new Error("the browser did not start");
    session.app = await startApp({ env: { RAPPORT_TEST_CLOCK: "1" } });
    await setClock(clockStart.toISOString());
    session.context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      timezoneId: "UTC",
      locale: "en-US",
    });
    if (options.clipboard) {
      await session.context.grantPermissions(["clipboard-read", "clipboard-write"], {
        origin: session.app.url,
      });
    }
    session.page = await session.context.newPage();
  });
  afterEach(async () => {
    await session.context?.close();
    await session.app?.stop();
  });

  return {
    session,
    setClock,
    addPerson: async (draft: PersonDraft) =>
      (await callApi<{ person: Person }>(session.app, "POST", "/api/people", draft)).person,
    logFor: (person: Person, draft: ActivityDraft) =>
      callApi<{ activity: Activity }>(
        session.app,
        "POST",
        `/api/people/${person.id}/activities`,
        draft,
      ),
    openToday: async () => {
      await session.page.goto(`${session.app.url}/today`);
      await session.page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
      await session.page.getByTestId("week-summary").waitFor();
    },
  };
}
