import { createServiceContext, type ServiceContext } from "../services/context.js";
import { openStore } from "../store/store.js";
import { resolveDataFolder, resolveStoreUrl } from "./settings.js";

/** Opens the same store `rapport serve` would, for a one-off command, and closes it after. */
export async function withStore<Result>(
  dataFlag: string | undefined,
  work: (context: ServiceContext) => Promise<Result>,
): Promise<Result> {
  const dataFolder = resolveDataFolder(dataFlag, process.env);
  const store = await openStore(resolveStoreUrl(dataFolder, process.env));
  try {
    return await work(createServiceContext(store, { dataFolder }));
  } finally {
    await store.close();
  }
}
