// The preparation page's API for one person with 200 research notes and 300 questions: p50/p95
// of the HTTP endpoints, on SQLite and (when TEST_DATABASE_URL is set) PostgreSQL, each beside
// its floor measured in the same run on the same data: the same rows read by raw SQL, one query
// per table, as often as the endpoint is asked. Each figure line ends with `ratio N.NN` (p95
// over the floor's p95).
// - "the page's reads": every GET the page makes on open (src/web/features/prepare/*api*.ts),
//   issued in parallel; its floor issues its raw queries in parallel too.
// - one endpoint alone (the preparation, the brief): its floor runs its queries one after
//   another, as one transaction would.
// Background: other people and log entries, so the reads must find their rows by index.
// Needs `npm run build:server`.
// Usage: node bench/prepare.mjs [requests] [people] [log entries]   (defaults: 60 2000 20000)
import { sql } from "kysely";
import { nameKey } from "../dist/domain/name-key.js";
import { startServer } from "../dist/server/start.js";
import { createServiceContext } from "../dist/services/context.js";
import { connect, parseStoreUrl } from "../dist/store/connect.js";
import { openStore } from "../dist/store/store.js";
import { onEachEngine, percentile } from "./support/engines.mjs";
import { seededRandom } from "./support/random.mjs";

const requests = Number(process.argv[2] ?? 60);
const peopleCount = Number(process.argv[3] ?? 2_000);
const activityCount = Number(process.argv[4] ?? 20_000);
const now = new Date("2026-11-22T09:00:00.000Z");
const owner = "local";
// The one person the page is about, at an organization, with a scheduled conversation.
const personId = "prepared-person";
const organizationId = "prepared-organization";
const activityId = "prepared-conversation";
const notesEach = 100; // about the person, and about the organization
const planSize = 60; // the plan's maximum (maxPlanQuestions)
const ownBankSize = 240; // with the plan: 300 questions
const storyCount = 20;
const pickedStories = 5;

const random = seededRandom(7);
const kinds = [
  "email_sent",
  "letter_sent",
  "call",
  "reply_received",
  "meeting_scheduled",
  "conversation_held",
  "thank_you_sent",
  "note",
];
const groups = ["field", "person", "chances"];
const tiara = ["trends", "insights", "advice", "resources", "assignments"];
const iso = (daysAgo) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString();
const day = (daysAgo) => iso(daysAgo).slice(0, 10);
const stamps = (daysAgo) => ({ created_at: iso(daysAgo), updated_at: iso(daysAgo) });

async function insertInChunks(transaction, table, rows, size = 250) {
  for (let start = 0; start < rows.length; start += size) {
    await transaction
      .insertInto(table)
      .values(rows.slice(start, start + size))
      .execute();
  }
}

function backgroundRows() {
  const people = [];
  for (let index = 0; index < peopleCount; index += 1) {
    people.push({ id: `p${index}`, owner_id: owner, name: `Person ${index}`, ...stamps(90) });
  }
  const activities = [];
  for (let index = 0; index < activityCount; index += 1) {
    const kind = kinds[Math.floor(random() * kinds.length)];
    const occurred = iso(random() * 60);
    activities.push({
      id: `a${index}`,
      owner_id: owner,
      person_id: `p${Math.floor(random() * peopleCount)}`,
      kind,
      occurred_at: occurred,
      outcome: kind === "call" ? "voicemail" : null,
      scheduled_for: kind === "meeting_scheduled" ? iso(-random() * 10) : null,
      detail: kind === "note" ? "A note" : null,
      created_at: occurred,
      updated_at: occurred,
    });
  }
  return { people, activities };
}

function preparedRows() {
  const organization = {
    id: organizationId,
    owner_id: owner,
    name: "Harbour Light Trust",
    name_key: nameKey("Harbour Light Trust"),
    mission: "Clean energy for coastal towns",
    website: "https://harbour-light.example",
    ...stamps(60),
  };
  const person = {
    id: personId,
    owner_id: owner,
    name: "Ines Okafor",
    title: "Programme lead",
    organization_id: organizationId,
    phone: "+44 20 7946 0000",
    common_ground: "Same university",
    ...stamps(30),
  };
  const log = [
    { kind: "email_sent", daysAgo: 12 },
    { kind: "reply_received", daysAgo: 10 },
  ].map(({ kind, daysAgo }, index) => ({
    id: `prepared-log-${index}`,
    owner_id: owner,
    person_id: personId,
    kind,
    occurred_at: iso(daysAgo),
    ...stamps(daysAgo),
  }));
  log.push({
    id: activityId,
    owner_id: owner,
    person_id: personId,
    kind: "meeting_scheduled",
    occurred_at: iso(5),
    scheduled_for: iso(-3),
    duration_minutes: 30,
    channel: "in_person",
    place: "12 Quay Street",
    ...stamps(5),
  });
  const body = (index) =>
    `## Note ${index}\n\nThey launched a [community programme](https://example.org/${index}) last spring; **ask** how it went and what they would change.`;
  const notes = [];
  for (let index = 0; index < notesEach * 2; index += 1) {
    const aboutPerson = index < notesEach;
    notes.push({
      id: `note-${index}`,
      owner_id: owner,
      person_id: aboutPerson ? personId : null,
      organization_id: aboutPerson ? null : organizationId,
      body: body(index),
      noted_on: day(index % 90),
      ...stamps(index % 90),
    });
  }
  const question = (index) =>
    `What changed in how your team works over the last year, and what would you tell someone starting now (${index})?`;
  const tagsOf = (index) => JSON.stringify([tiara[index % 5], tiara[(index + 2) % 5]]);
  const plan = [];
  for (let index = 0; index < planSize; index += 1) {
    plan.push({
      id: `plan-${index}`,
      owner_id: owner,
      activity_id: activityId,
      position: index,
      text: question(index),
      question_group: groups[index % 3],
      tags: tagsOf(index),
      bank_question_id: index % 2 === 0 ? `bank-${index}` : null,
      spare: index >= 50 ? 1 : 0,
      ...stamps(4),
    });
  }
  const bank = [];
  for (let index = 0; index < ownBankSize; index += 1) {
    bank.push({
      id: `bank-${index}`,
      owner_id: owner,
      text: question(1000 + index),
      question_group: groups[index % 3],
      tags: tagsOf(index),
      ...stamps(20),
    });
  }
  const preparation = {
    id: "prepared-preparation",
    owner_id: owner,
    activity_id: activityId,
    objective: "Learn by 15 January how their programme team hires and which skills they lack",
    about_them: "They run clean-energy programmes in coastal towns.",
    checklist_done: JSON.stringify(["objective", "questions", "research"]),
    ...stamps(2),
  };
  const pitch = {
    id: "prepared-pitch",
    owner_id: owner,
    organization_id: null,
    who_i_am: "I am an engineer moving into community energy after six years in utilities.",
    work_i_hope: "I hope to run programmes that bring clean power to the towns that need it most.",
    learn_today: "Today I hope to learn how your team chooses where to work next.",
    ...stamps(3),
  };
  const answers = ["about_you", "why_field", "looking_for"].map((prompt) => ({
    id: `answer-${prompt}`,
    owner_id: owner,
    prompt,
    answer: `A short prepared answer for ${prompt}, said in under a minute.`,
    ...stamps(3),
  }));
  const stories = [];
  for (let index = 0; index < storyCount; index += 1) {
    stories.push({
      id: `story-${index}`,
      owner_id: owner,
      title: `Story ${index}`,
      situation: "A substation upgrade ran late.",
      task: "I had to keep three towns informed.",
      action: "I set up a weekly briefing and a phone line.",
      result: "Complaints fell by half.",
      tags: JSON.stringify(["communication", index % 2 === 0 ? "leadership" : "planning"]),
      ...stamps(15),
    });
  }
  const picks = stories.slice(0, pickedStories).map((story, index) => ({
    id: `pick-${index}`,
    owner_id: owner,
    activity_id: activityId,
    story_id: story.id,
    ...stamps(2),
  }));
  return {
    organization,
    person,
    log,
    notes,
    plan,
    bank,
    preparation,
    pitch,
    answers,
    stories,
    picks,
  };
}

async function seedData(url) {
  const db = connect(parseStoreUrl(url));
  const background = backgroundRows();
  const prepared = preparedRows();
  await db.transaction().execute(async (transaction) => {
    await transaction.insertInto("organizations").values(prepared.organization).execute();
    await insertInChunks(transaction, "people", [...background.people, prepared.person], 1000);
    await insertInChunks(transaction, "activities", [...background.activities, ...prepared.log]);
    await insertInChunks(transaction, "research_notes", prepared.notes);
    await insertInChunks(transaction, "plan_questions", prepared.plan);
    await insertInChunks(transaction, "bank_questions", prepared.bank);
    await transaction.insertInto("preparations").values(prepared.preparation).execute();
    await transaction.insertInto("pitches").values(prepared.pitch).execute();
    await transaction.insertInto("prepared_answers").values(prepared.answers).execute();
    await transaction.insertInto("stories").values(prepared.stories).execute();
    await transaction.insertInto("preparation_stories").values(prepared.picks).execute();
  });
  // What PostgreSQL's autovacuum does within a minute of a bulk load like this one.
  if (url.startsWith("postgres")) await sql`analyze`.execute(db);
  await db.destroy();
}

const encoded = encodeURIComponent(activityId);
const preparationPath = `/api/conversations/${encoded}/preparation`;
const briefPath = `/api/conversations/${encoded}/brief`;
/** What the preparation page asks for on open (prepare/api.ts, records-api.ts). */
const pagePaths = [
  preparationPath,
  `/api/research-notes?personId=${encodeURIComponent(personId)}`,
  `/api/research-notes?organizationId=${encodeURIComponent(organizationId)}`,
  "/api/questions",
  "/api/pitches",
  "/api/stories",
  `/api/conversations/${encoded}/stories`,
  "/api/prepared-answers",
];

/** The raw reads, one query per table, each with the filters and order its endpoint uses. */
const floorQueries = {
  activity: (db) =>
    sql`select * from activities where owner_id = ${owner} and id = ${activityId} and deleted_at is null`.execute(
      db,
    ),
  preparation: (db) =>
    sql`select * from preparations where owner_id = ${owner} and activity_id = ${activityId} and deleted_at is null`.execute(
      db,
    ),
  plan: (db) =>
    sql`select * from plan_questions where owner_id = ${owner} and activity_id = ${activityId} and deleted_at is null order by position, created_at, id`.execute(
      db,
    ),
  personNotes: (db) =>
    sql`select * from research_notes where owner_id = ${owner} and person_id = ${personId} and deleted_at is null order by noted_on desc, created_at desc, id`.execute(
      db,
    ),
  organizationNotes: (db) =>
    sql`select * from research_notes where owner_id = ${owner} and organization_id = ${organizationId} and deleted_at is null order by noted_on desc, created_at desc, id`.execute(
      db,
    ),
  bank: (db) =>
    sql`select * from bank_questions where owner_id = ${owner} and deleted_at is null order by created_at, id`.execute(
      db,
    ),
  pitches: (db) =>
    sql`select * from pitches where owner_id = ${owner} and deleted_at is null`.execute(db),
  stories: (db) =>
    sql`select * from stories where owner_id = ${owner} and deleted_at is null order by created_at desc, id`.execute(
      db,
    ),
  picks: (db) =>
    sql`select stories.* from preparation_stories join stories on stories.id = preparation_stories.story_id where preparation_stories.owner_id = ${owner} and preparation_stories.activity_id = ${activityId} and preparation_stories.deleted_at is null and stories.owner_id = ${owner} and stories.deleted_at is null order by preparation_stories.created_at, preparation_stories.id`.execute(
      db,
    ),
  answers: (db) =>
    sql`select * from prepared_answers where owner_id = ${owner} and deleted_at is null order by prompt`.execute(
      db,
    ),
  personWithActivity: (db) =>
    sql`select * from activities join people on people.id = activities.person_id where activities.owner_id = ${owner} and activities.id = ${activityId} and activities.deleted_at is null and people.owner_id = ${owner} and people.deleted_at is null`.execute(
      db,
    ),
  organization: (db) =>
    sql`select * from organizations where owner_id = ${owner} and id = ${organizationId} and deleted_at is null`.execute(
      db,
    ),
};
const q = floorQueries;
/** Every table the page's reads draw on, each read once, all at once. */
const pageFloor = (db) =>
  Promise.all(
    [
      q.activity,
      q.preparation,
      q.plan,
      q.personNotes,
      q.organizationNotes,
      q.bank,
      q.pitches,
      q.stories,
      q.picks,
      q.answers,
    ].map((read) => read(db)),
  );
const oneAfterAnother = (reads) => async (db) => {
  for (const read of reads) await read(db);
};
const preparationFloor = oneAfterAnother([q.activity, q.preparation, q.plan]);
const briefFloor = oneAfterAnother([
  q.personWithActivity,
  q.organization,
  q.preparation,
  q.plan,
  q.personNotes,
  q.organizationNotes,
  q.pitches,
]);

async function timed(times, action) {
  const begun = performance.now();
  await action();
  times.push(performance.now() - begun);
}

const sorted = (times) => [...times].sort((a, b) => a - b);

async function floorTimes(url, read) {
  const db = connect(parseStoreUrl(url));
  await read(db); // warm the connections, as the endpoints were warmed
  const times = [];
  for (let index = 0; index < requests; index += 1) await timed(times, () => read(db));
  await db.destroy();
  return sorted(times);
}

async function getJson(base, path) {
  const response = await fetch(`${base}${path}`);
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** What the page shows, checked once so the figures are of the real answers. */
function checkAnswers([
  preparation,
  personNotes,
  organizationNotes,
  questions,
  pitches,
  stories,
  picks,
  answers,
]) {
  const counts = {
    plan: preparation.plan.length,
    personNotes: personNotes.notes.length,
    organizationNotes: organizationNotes.notes.length,
    ownQuestions: questions.own.length,
    pitch: pitches.default ? 1 : 0,
    stories: stories.stories.length,
    picks: picks.storyIds.length,
    answers: answers.answers.length,
  };
  const expected = {
    plan: planSize,
    personNotes: notesEach,
    organizationNotes: notesEach,
    ownQuestions: ownBankSize,
    pitch: 1,
    stories: storyCount,
    picks: pickedStories,
    answers: 3,
  };
  for (const [key, value] of Object.entries(expected)) {
    if (counts[key] !== value) throw new Error(`${key}: ${counts[key]}, expected ${value}`);
  }
  return questions.builtin.length;
}

async function measure(label, url) {
  const started = performance.now();
  await (await openStore(url)).close(); // migrate first
  await seedData(url);
  const store = await openStore(url);
  const server = await startServer({
    context: createServiceContext(store, { now: () => now }),
    host: "127.0.0.1",
    port: 0,
  });
  const setup = (performance.now() - started) / 1000;
  const firstBegun = performance.now();
  const builtin = checkAnswers(
    await Promise.all(pagePaths.map((path) => getJson(server.url, path))),
  );
  const first = performance.now() - firstBegun;
  await getJson(server.url, briefPath);
  const page = [];
  const preparation = [];
  const brief = [];
  for (let index = 0; index < requests; index += 1) {
    await timed(page, () => Promise.all(pagePaths.map((path) => getJson(server.url, path))));
    await timed(preparation, () => getJson(server.url, preparationPath));
    await timed(brief, () => getJson(server.url, briefPath));
  }
  await server.close();
  await store.close();
  const floors = {
    page: await floorTimes(url, pageFloor),
    preparation: await floorTimes(url, preparationFloor),
    brief: await floorTimes(url, briefFloor),
  };
  const ms = (value) => value.toFixed(value < 10 ? 2 : 0);
  const line = (what, times, floorWhat, floor) => {
    const figure = sorted(times);
    const ratio = percentile(figure, 0.95) / percentile(floor, 0.95);
    console.log(
      `${label.padEnd(10)} ${what} (n=${requests}): p50 ${ms(percentile(figure, 0.5))} ms, p95 ${ms(percentile(figure, 0.95))} ms   floor (${floorWhat}): p50 ${ms(percentile(floor, 0.5))} ms, p95 ${ms(percentile(floor, 0.95))} ms   ratio ${ratio.toFixed(2)}`,
    );
  };
  console.log(
    `${label.padEnd(10)} setup ${setup.toFixed(1)} s   first open (${pagePaths.length} GETs) ${first.toFixed(0)} ms   (${planSize} planned + ${ownBankSize} own + ${builtin} built-in questions, ${notesEach * 2} notes)`,
  );
  line(
    `the page's ${pagePaths.length} GETs in parallel`,
    page,
    "raw SQL, 10 tables in parallel",
    floors.page,
  );
  line(
    "GET /api/conversations/:id/preparation",
    preparation,
    "raw SQL: activity, preparation, plan",
    floors.preparation,
  );
  line("GET /api/conversations/:id/brief", brief, "raw SQL, 7 reads in turn", floors.brief);
}

console.log(
  `Prepare for one person with ${notesEach * 2} notes and ${planSize + ownBankSize} questions, over ${peopleCount} people and ${activityCount} log entries (node ${process.version})`,
);
await onEachEngine("rapport-prepare-bench-", measure);
