import type { Kysely } from "kysely";
import { activitiesRepository } from "./activities.repository.js";
import { backupRepository } from "./backup.repository.js";
import { bankQuestionsRepository } from "./bank-questions.repository.js";
import { briefRepository } from "./brief.repository.js";
import { checkInsRepository } from "./check-ins.repository.js";
import { conductRepository } from "./conduct.repository.js";
import { type ConnectOptions, connect, parseStoreUrl, type StoreDialect } from "./connect.js";
import { devicesRepository } from "./devices.repository.js";
import { dueActionsRepository } from "./due-actions.repository.js";
import { insightsRepository } from "./insights.repository.js";
import { insightsFactsRepository } from "./insights-facts.repository.js";
import { migrateToLatest } from "./migrate.js";
import { networkAsksRepository } from "./network-asks.repository.js";
import { organizationsRepository } from "./organizations.repository.js";
import { type OwnerLocks, ownerLocks } from "./owner-locks.js";
import { peopleRepository } from "./people.repository.js";
import { pitchesRepository } from "./pitches.repository.js";
import { planQuestionsRepository } from "./plan-questions.repository.js";
import { preparationsRepository } from "./preparations.repository.js";
import { preparedAnswersRepository } from "./prepared-answers.repository.js";
import { profileRepository } from "./profile.repository.js";
import { reflectionsRepository } from "./reflections.repository.js";
import { researchNotesRepository } from "./research-notes.repository.js";
import type { Database } from "./schema.js";
import { type SearchIndex, searchIndex } from "./search/search-index.js";
import { settingsRepository } from "./settings.repository.js";
import { idHolder, type SoftDeletedTable } from "./soft-delete.js";
import { storiesRepository } from "./stories.repository.js";
import { takeawaysRepository } from "./takeaways.repository.js";
import { templatesRepository } from "./templates.repository.js";
import { todayRepository } from "./today.repository.js";
import { tripsRepository } from "./trips.repository.js";

/** The repositories, bound to one connection or one open transaction. */
export interface Repositories {
  people: ReturnType<typeof peopleRepository>;
  organizations: ReturnType<typeof organizationsRepository>;
  activities: ReturnType<typeof activitiesRepository>;
  networkAsks: ReturnType<typeof networkAsksRepository>;
  profile: ReturnType<typeof profileRepository>;
  backup: ReturnType<typeof backupRepository>;
  today: ReturnType<typeof todayRepository>;
  dueActions: ReturnType<typeof dueActionsRepository>;
  trips: ReturnType<typeof tripsRepository>;
  templates: ReturnType<typeof templatesRepository>;
  settings: ReturnType<typeof settingsRepository>;
  preparations: ReturnType<typeof preparationsRepository>;
  planQuestions: ReturnType<typeof planQuestionsRepository>;
  bankQuestions: ReturnType<typeof bankQuestionsRepository>;
  brief: ReturnType<typeof briefRepository>;
  // Prepare's records (issue 10): research notes, pitches, prepared answers, stories and their picks.
  researchNotes: ReturnType<typeof researchNotesRepository>;
  takeaways: ReturnType<typeof takeawaysRepository>;
  reflections: ReturnType<typeof reflectionsRepository>;
  pitches: ReturnType<typeof pitchesRepository>;
  preparedAnswers: ReturnType<typeof preparedAnswersRepository>;
  stories: ReturnType<typeof storiesRepository>;
  /** Phones and tablets paired over the LAN, and their pairing tokens (hashes only). */
  devices: ReturnType<typeof devicesRepository>;
  // Conduct mode (issue 11): sessions, the notes pad, the plan's ticks.
  conduct: ReturnType<typeof conductRepository>;
  // Insights (issue 12): the rows every figure is counted from, and the "still excited?" check-ins.
  insights: ReturnType<typeof insightsRepository>;
  insightsFacts: ReturnType<typeof insightsFactsRepository>;
  checkIns: ReturnType<typeof checkInsRepository>;
  search: SearchIndex;
  locks: OwnerLocks;
  /** Any owner's row with an id, for creates with an id the client made. */
  rowIds: { holder(table: SoftDeletedTable, id: string): ReturnType<typeof idHolder> };
}

/** The one persistence API the services use, the same over SQLite and PostgreSQL. */
export interface Store extends Repositories {
  readonly dialect: StoreDialect;
  /** Runs `work` in one transaction: all of its writes land, or none do. */
  transaction<T>(work: (repositories: Repositories) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

function repositories(db: Kysely<Database>, dialect: StoreDialect): Repositories {
  return {
    people: peopleRepository(db, dialect),
    organizations: organizationsRepository(db),
    activities: activitiesRepository(db),
    networkAsks: networkAsksRepository(db),
    profile: profileRepository(db),
    backup: backupRepository(db),
    today: todayRepository(db),
    dueActions: dueActionsRepository(db, dialect),
    trips: tripsRepository(db),
    templates: templatesRepository(db),
    settings: settingsRepository(db),
    preparations: preparationsRepository(db),
    planQuestions: planQuestionsRepository(db),
    bankQuestions: bankQuestionsRepository(db),
    brief: briefRepository(db),
    researchNotes: researchNotesRepository(db),
    takeaways: takeawaysRepository(db),
    reflections: reflectionsRepository(db),
    pitches: pitchesRepository(db),
    preparedAnswers: preparedAnswersRepository(db),
    stories: storiesRepository(db),
    devices: devicesRepository(db),
    conduct: conductRepository(db),
    insights: insightsRepository(db),
    insightsFacts: insightsFactsRepository(db, dialect),
    checkIns: checkInsRepository(db),
    search: searchIndex(db, dialect),
    locks: ownerLocks(db, dialect),
    rowIds: { holder: (table, id) => idHolder(db, table, id) },
  };
}

/**
 * Opens (creating if needed) and migrates the store at `url`; see `parseStoreUrl`. A
 * failure of the disk or the server is a StorageError that says what to do.
 */
export async function openStore(url: string, options: ConnectOptions = {}): Promise<Store> {
  const location = parseStoreUrl(url);
  const db = connect(location, options);
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return {
    dialect: location.dialect,
    ...repositories(db, location.dialect),
    transaction: (work) =>
      db.transaction().execute((transaction) => work(repositories(transaction, location.dialect))),
    close: () => db.destroy(),
  };
}
