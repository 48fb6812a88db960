import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logActivity } from "../src/services/activities.service.js";
import { createServiceContext } from "../src/services/context.js";
import { createPerson } from "../src/services/people.service.js";
import { openStore } from "../src/store/store.js";
import { cliStoreTargets, rapport } from "./run-cli.js";

// `rapport today`, `import` and `coach` with --json, as a script reads them: the built CLI on
// a data folder's SQLite file and on a PostgreSQL server named by DATABASE_URL.
const _root = new URL("..", import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), "rapport-cli-json-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const targets = cliStoreTargets(folder);

const day = 24 * 60 * 60_000;

// Real child processes beside the other test files on 2 cores take two to three times as
// long as alone: this bounds a hang, not the speed.
const realProcessTimeout = 60_000;

/**
 * Long past, so what is due stays overdue whenever the test runs: Lee replied (schedule),
 * Maya did not (call her); and one e-mail to Sam a day ago, so the week counts one touch and
 * one person added, and his follow-up call comes up in six days.
 */
async function seedAgenda(storeUrl: string, sentToSam: Date) {
  const store = await openStore(storeUrl);
  let now = new Date("2025-03-03T09:00:00.000Z");
  const context = createServiceContext(store, {
    now: () => now,
    dataFolder: join(folder, "private"),
  });
  try {
    const maya = await createPerson(context, {
      name: "Maya Chen",
      organizationName: "Hopkins",
      phone: "+1 410 555 0100",
      email: "maya@hopkins.example",
    });
    const lee = await createPerson(context, { name: "Lee Park" });
    now = new Date("2025-03-04T10:00:00.000Z");
    const toMaya = await logActivity(context, maya.id, { kind: "email_sent" });
    await logActivity(context, lee.id, { kind: "email_sent" });
    now = new Date("2025-03-05T10:00:00.000Z");
    const reply = await logActivity(context, lee.id, { kind: "reply_received" });
    now = sentToSam;
    const sam = await createPerson(context, { name: "Sam Okafor" });
    const email = await logActivity(context, sam.id, { kind: "email_sent" });
    return { maya, lee, sam, toMaya, reply, email };
  } finally {
    await store.close();
  }
}

describe.each(targets.filter((target) => target.available))("--json on $name", (target) => {
  let store: { url: string; env: Record<string, string>; args: string[] };
  let seeded: Awaited<ReturnType<typeof seedAgenda>>;
  const sentToSam = new Date(Math.floor((Date.now() - day) / 1000) * 1000);
  // "1 Dec", as Today says a day (in UTC, the zone a new store starts in).
  const sentDay = new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  }).format(sentToSam);
  beforeAll(async () => {
    store = await target.open(`seeded-${target.name}`);
    // The store's folder is made private by the CLI the first time; make it first here.
    await rapport(["today", ...store.args], store.env);
    seeded = await seedAgenda(store.url, sentToSam);
  }, 60_000);

  it(
    "today: the agenda's groups, people and due dates as one object",
    async () => {
      const run = await rapport(["today", "--json", ...store.args], store.env);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      const json = JSON.parse(run.stdout);
      expect(Date.parse(json.now)).toBeGreaterThan(sentToSam.getTime());
      const quiet = { idealBy: null, conversationAt: null, phoneExtension: null };
      expect({ ...json, now: "the time it ran" }).toEqual({
        now: "the time it ran",
        timeZone: "UTC",
        week: { touches: 1, conversations: 0, thankYous: 0, peopleAdded: 1 },
        due: [
          {
            group: "schedule",
            label: "Schedule",
            total: 1,
            overdue: 1,
            actions: [
              {
                key: `schedule_conversation:${seeded.lee.id}:${seeded.reply.id}`,
                personId: seeded.lee.id,
                personName: "Lee Park",
                organizationName: null,
                reason: "schedule_conversation",
                message: "They replied on 5 Mar — agree a time and schedule the conversation",
                state: "overdue",
                dueAt: "2025-03-05T10:00:00.000Z",
                overdueAt: "2025-03-10T10:00:00.000Z",
                phone: null,
                email: null,
                ...quiet,
              },
            ],
          },
          {
            group: "call",
            label: "Call",
            total: 1,
            overdue: 1,
            actions: [
              {
                key: `follow_up_call:${seeded.maya.id}:${seeded.toMaya.id}`,
                personId: seeded.maya.id,
                personName: "Maya Chen",
                organizationName: "Hopkins",
                reason: "follow_up_call",
                message: "No reply to your email of 4 Mar — call to follow up",
                state: "overdue",
                dueAt: "2025-03-11T10:00:00.000Z",
                overdueAt: "2025-03-18T10:00:00.000Z",
                phone: "+1 410 555 0100",
                email: "maya@hopkins.example",
                ...quiet,
              },
            ],
          },
        ],
        conversations: [],
        conversationsTotal: 0,
        comingUp: [
          {
            key: `follow_up_call:${seeded.sam.id}:${seeded.email.id}`,
            personId: seeded.sam.id,
            personName: "Sam Okafor",
            organizationName: null,
            reason: "follow_up_call",
            message: `No reply to your email of ${sentDay} — call to follow up`,
            state: "upcoming",
            dueAt: new Date(sentToSam.getTime() + 7 * day).toISOString(),
            overdueAt: new Date(sentToSam.getTime() + 14 * day).toISOString(),
            phone: null,
            email: null,
            ...quiet,
          },
        ],
        comingUpTotal: 1,
      });
    },
    realProcessTimeout,
  );

  it(
    "import: the report's counts and each row with something to say",
    async () => {
      const file = join(folder, `Connections-${target.name}.csv`);
      writeFileSync(
        file,
        [
          "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
          "Dev,Patel,,dev@patel,Acme,,",
          "Maya,Chen,,maya@hopkins.example,Hopkins,Data lead,",
          "Rosa,Diaz,,rosa@example.org,,,",
          ",,,nobody@example.org,Acme,,",
        ].join("\n"),
      );
      const dryRun = await rapport(
        ["import", file, "--json", "--dry-run", ...store.args],
        store.env,
      );
      expect(dryRun.stderr).toBe("");
      expect(dryRun.code).toBe(0);
      const run = await rapport(["import", file, "--json", ...store.args], store.env);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout);
      expect(JSON.parse(dryRun.stdout)).toEqual({ ...report, applied: false });
      // Rosa is simply added: counted, not listed.
      expect(report).toEqual({
        format: "linkedin",
        formatLabel: "LinkedIn connections",
        applied: true,
        counts: { add: 2, merge: 1, skip: 0, reject: 1 },
        rows: [
          {
            row: 2,
            action: "add",
            name: "Dev Patel",
            reason: null,
            warnings: [
              "“dev@patel” is not a valid email address, so it is kept in the notes: correct it on Dev Patel's page",
            ],
            matchedPersonId: null,
          },
          {
            row: 3,
            action: "merge",
            name: "Maya Chen",
            reason: "Matches Maya Chen (same email (maya@hopkins.example)); adds title",
            warnings: [],
            matchedPersonId: seeded.maya.id,
          },
          {
            row: 5,
            action: "reject",
            name: "",
            reason: "Row 5 has no name: add a first or last name or remove the row",
            warnings: [],
            matchedPersonId: null,
          },
        ],
      });
    },
    realProcessTimeout,
  );
});

describe("coach --json", () => {
  const draft = (text: string) => {
    const file = join(folder, `draft-${Math.random().toString(36).slice(2)}.txt`);
    writeFileSync(file, text);
    return file;
  };
  const data = ["--data", join(folder, "coach-data")];

  it(
    "a draft: each finding's code, message and lines",
    async () => {
      const file = draft(
        "Hello Maya,\n\nAre you hiring?\nDo you have openings? Any internships?\nI am looking for a job.\n\nBest,\nAlex",
      );
      const run = await rapport(["coach", file, "--json", "--purpose", "thank_you", ...data], {});
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual({
        purpose: "thank_you",
        kind: "email",
        findings: [
          {
            code: "job_ask",
            message: `4 sentences ("hiring", "openings", "internships" and "job") make this read as a request for a job, and busy people turn those down. Ask for information and advice instead — e.g. "I'm not asking about openings; I'd value your advice."`,
            lines: [3, 4, 5],
          },
          {
            code: "no_specific_point",
            message: `Name one thing they said or advised, e.g. "Your advice to start with a portfolio review…" or "When you said agencies hire juniors in spring…". "I learned a lot" or "thanks for the great advice" would fit anyone.`,
            lines: [3],
          },
          {
            code: "no_action",
            message: `Say what you will do because of their advice, with a day to it, e.g. "This week I'll sign up for the UX meetup you mentioned." It shows their time made a difference.`,
            lines: [5],
          },
          {
            code: "no_stay_in_touch",
            message: `Offer to stay in touch, e.g. "I'll let you know how it goes" or "May I connect with you on LinkedIn?" — a thank-you is where the next conversation starts.`,
            lines: [5],
          },
        ],
      });
    },
    realProcessTimeout,
  );

  it(
    "a draft with nothing to say prints empty findings, and nothing on standard error",
    async () => {
      const file = draft(
        "Dear Ms Chen,\n\nThank you for taking the time to talk with me yesterday. Your advice to start with the county's open data stayed with me, and I will sign up for their course this month.\n\nI will keep you posted on how it goes.\n\nBest regards,\nAlex",
      );
      const run = await rapport(["coach", file, "--json", "--purpose", "thank_you", ...data], {});
      expect(run).toEqual({
        code: 0,
        stderr: "",
        stdout: `${JSON.stringify({ purpose: "thank_you", kind: "email", findings: [] }, null, 2)}\n`,
      });
    },
    realProcessTimeout,
  );

  it(
    "questions and a pitch",
    async () => {
      const questions = await rapport(
        [
          "coach",
          draft("What drew you to this work?\n\nDo you like your job?\n"),
          "--json",
          "--purpose",
          "questions",
          ...data,
        ],
        {},
      );
      expect(questions.code).toBe(0);
      // Line 3: the blank line between the questions is counted.
      expect(JSON.parse(questions.stdout)).toEqual({
        purpose: "questions",
        findings: [
          {
            code: "closed_question",
            message: "This can be answered with a yes or no; ask it openly so they tell you more.",
            rewrite: "What do you find most rewarding about your job, and what is hardest?",
            line: 3,
          },
        ],
      });
      const pitch = await rapport(
        [
          "coach",
          draft("I am Alex, a nurse moving into health data."),
          "--json",
          "--purpose",
          "pitch",
          ...data,
        ],
        {},
      );
      expect(pitch.code).toBe(0);
      expect(JSON.parse(pitch.stdout)).toEqual({
        purpose: "pitch",
        spokenSeconds: 4,
        wordsPerMinute: 140,
        words: 9,
        target: { min: 30, max: 45 },
        findings: [
          {
            code: "pitch_too_short",
            message: "About 4 seconds at 140 words a minute; aim for 30–45: add about 61 words.",
          },
          {
            code: "pitch_no_learning_goal",
            message: `It does not say what you hope to learn today; end with it, e.g. "I'd love to hear how you moved into this work."`,
          },
        ],
      });
      // Checking a draft does not create a data folder.
      expect(existsSync(join(folder, "coach-data"))).toBe(false);
    },
    realProcessTimeout,
  );
});
