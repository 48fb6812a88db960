import { createServiceContext, type ServiceContext } from "../services/context.js";
import { openStore, type Store } from "../services/open-store.js";
import { StorageError } from "../services/service-error.js";
import { prepareDataFolder } from "./data-folder.js";
import { resolveDataFolder, resolveStoreUrl } from "./settings.js";

export interface ConfiguredStore {
  store: Store;
  dataFolder: string;
  storeUrl: string;
}

const otherFolderHint =
  "To keep Rapport's data in another folder, start it with --data DIR or set RAPPORT_DATA.";

/**
 * Opens the store `rapport serve` and every command use: the data folder made private
 * first (said once on standard error when it was not), then the embedded file or the
 * DATABASE_URL server. A failure says what happened and what to do.
 */
export async function openConfiguredStore(dataFlag: string | undefined): Promise<ConfiguredStore> {
  const dataFolder = resolveDataFolder(dataFlag, process.env);
  const storeUrl = resolveStoreUrl(dataFolder, process.env);
  const embedded = storeUrl.startsWith("sqlite:");
  try {
    // With a PostgreSQL server the folder only holds private files, made when first saved.
    const note = embedded ? prepareDataFolder(dataFolder) : null;
    if (note) console.warn(note);
    return { store: await openStore(storeUrl), dataFolder, storeUrl };
  } catch (error) {
    if (error instanceof StorageError && embedded) {
      throw new StorageError(error.problem, `${error.message}\n${otherFolderHint}`, {
        cause: error.cause,
      });
    }
    throw error;
  }
}

/** Opens the same store `rapport serve` would, for a one-off command, and closes it after. */
export async function withStore<Result>(
  dataFlag: string | undefined,
  work: (context: ServiceContext) => Promise<Result>,
): Promise<Result> {
  const { store, dataFolder } = await openConfiguredStore(dataFlag);
  try {
    return await work(createServiceContext(store, { dataFolder }));
  } finally {
    await store.close();
  }
}
