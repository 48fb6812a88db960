import { type PrepareSettings, prepareSettingsFrom } from "../domain/prepare/prepare-settings.js";
import type { ServiceContext } from "./context.js";

/**
 * The explorer's Settings → Prepare (saved over the defaults), for the pitch coach. A reader
 * only: helper "plan"'s prepare-settings.service.ts (getPrepareSettings) replaces it at merge.
 */
export async function readPrepareSettings(context: ServiceContext): Promise<PrepareSettings> {
  return prepareSettingsFrom(await context.store.settings.prepare(context.ownerId));
}
