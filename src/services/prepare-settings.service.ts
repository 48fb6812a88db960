import {
  type PrepareSettings,
  prepareSettingsFrom,
  prepareSettingsSchema,
} from "../domain/prepare/prepare-settings.js";
import { validate } from "../domain/validation.js";
import type { ServiceContext } from "./context.js";
import { validationFailed } from "./service-error.js";

/** Settings → Prepare: the explorer's saved values over the defaults. */
export async function getPrepareSettings(context: ServiceContext): Promise<PrepareSettings> {
  return prepareSettingsFrom(await context.store.settings.prepare(context.ownerId));
}

/** Saves some or all settings; the others keep their current values. */
export async function savePrepareSettings(
  context: ServiceContext,
  draft: unknown,
): Promise<PrepareSettings> {
  return context.transaction(async (tx) => {
    const current = await getPrepareSettings(tx);
    const input = validate(prepareSettingsSchema, {
      ...current,
      ...(typeof draft === "object" && draft !== null ? draft : {}),
    });
    if (!input.ok) throw validationFailed(input.fields);
    await tx.store.settings.savePrepare(tx.ownerId, input.value, tx.now().toISOString());
    return input.value;
  });
}
