import { type Template, templateInputSchema } from "../domain/template.js";
import { validate } from "../domain/validation.js";
import { createOnce, sameAs, withoutId } from "./client-ids.js";
import type { ServiceContext } from "./context.js";
import { onRecordChanged } from "./projections.js";
import { notFound, ServiceError, validationFailed } from "./service-error.js";
import { unlessTakenMeanwhile } from "./unique-race.js";

function nameTaken(name: string): ServiceError {
  const message = `You already have a template named "${name}". Choose another name.`;
  return new ServiceError("conflict", message, { name: message });
}

async function requireTemplate(context: ServiceContext, id: string) {
  const template = await context.store.templates.get(context.ownerId, id);
  if (!template) throw notFound("That template");
  return template;
}

/** Another live template with this name (ignoring case) than `id`. */
async function checkNameFree(tx: ServiceContext, name: string, id: string) {
  const sameName = await tx.store.templates.findIdByName(tx.ownerId, name);
  if (sameName && sameName !== id) throw nameTaken(name);
}

export function listTemplates(context: ServiceContext): Promise<Template[]> {
  return context.store.templates.list(context.ownerId);
}

export async function addTemplate(context: ServiceContext, draft: unknown): Promise<Template> {
  const valid = validate(templateInputSchema, draft);
  if (!valid.ok) throw validationFailed(valid.fields);
  const { id, ...input } = valid.value;
  // With the client's id, sending it again answers the same template (client-ids.ts).
  return createOnce(context, {
    table: "templates",
    id,
    read: async (tx, templateId) =>
      (await tx.store.templates.get(tx.ownerId, templateId)) ?? undefined,
    matches: (template) => sameAs(template, input),
    create: async (tx, templateId) => {
      const inserted = await tx.store.templates.insertUnlessNamed(
        tx.ownerId,
        templateId,
        input,
        tx.now().toISOString(),
      );
      if (!inserted) throw nameTaken(input.name);
      await onRecordChanged(tx, { type: "template", id: templateId }, "created");
      return requireTemplate(tx, templateId);
    },
  });
}

export async function updateTemplate(
  context: ServiceContext,
  id: string,
  draft: unknown,
): Promise<Template> {
  const valid = validate(templateInputSchema, withoutId(draft));
  if (!valid.ok) throw validationFailed(valid.fields);
  const { id: _id, ...input } = valid.value;
  return context.transaction(async (tx) => {
    await requireTemplate(tx, id);
    await checkNameFree(tx, input.name, id);
    await unlessTakenMeanwhile(
      () => nameTaken(input.name),
      () => tx.store.templates.update(tx.ownerId, id, input, tx.now().toISOString()),
    );
    await onRecordChanged(tx, { type: "template", id }, "edited");
    return requireTemplate(tx, id);
  });
}

/** Soft delete, so the toast's Undo (restoreTemplate) brings it back unchanged. */
export async function deleteTemplate(context: ServiceContext, id: string): Promise<Template> {
  return context.transaction(async (tx) => {
    const template = await requireTemplate(tx, id);
    const now = tx.now().toISOString();
    await tx.store.templates.setDeleted(tx.ownerId, id, now, now);
    await onRecordChanged(tx, { type: "template", id }, "deleted");
    return template;
  });
}

export async function restoreTemplate(context: ServiceContext, id: string): Promise<Template> {
  return context.transaction(async (tx) => {
    const deleted = await tx.store.templates.get(tx.ownerId, id, { includeDeleted: true });
    if (!deleted) throw notFound("That template");
    // A new template may have taken the name in the meantime.
    await checkNameFree(tx, deleted.name, id);
    await unlessTakenMeanwhile(
      () => nameTaken(deleted.name),
      () => tx.store.templates.setDeleted(tx.ownerId, id, null, tx.now().toISOString()),
    );
    await onRecordChanged(tx, { type: "template", id }, "restored");
    return requireTemplate(tx, id);
  });
}
