import { type Template, templateInputSchema } from "../domain/template.js";
import { validate } from "../domain/validation.js";
import type { Repositories } from "../store/store.js";
import type { ServiceContext } from "./context.js";
import { notFound, ServiceError, validationFailed } from "./service-error.js";
import { unlessTakenMeanwhile } from "./unique-race.js";

function nameTaken(name: string): ServiceError {
  const message = `You already have a template named "${name}". Choose another name.`;
  return new ServiceError("conflict", message, { name: message });
}

async function requireTemplate(repositories: Repositories, ownerId: string, id: string) {
  const template = await repositories.templates.get(ownerId, id);
  if (!template) throw notFound("That template");
  return template;
}

/** Another live template with this name (ignoring case) than `id`. */
async function checkNameFree(
  repositories: Repositories,
  ownerId: string,
  name: string,
  id: string,
) {
  const sameName = await repositories.templates.findIdByName(ownerId, name);
  if (sameName && sameName !== id) throw nameTaken(name);
}

export function listTemplates(context: ServiceContext): Promise<Template[]> {
  return context.store.templates.list(context.ownerId);
}

export async function addTemplate(context: ServiceContext, draft: unknown): Promise<Template> {
  const input = validate(templateInputSchema, draft);
  if (!input.ok) throw validationFailed(input.fields);
  const id = context.newId();
  return context.store.transaction(async (repositories) => {
    const inserted = await repositories.templates.insertUnlessNamed(
      context.ownerId,
      id,
      input.value,
      context.now().toISOString(),
    );
    if (!inserted) throw nameTaken(input.value.name);
    return requireTemplate(repositories, context.ownerId, id);
  });
}

export async function updateTemplate(
  context: ServiceContext,
  id: string,
  draft: unknown,
): Promise<Template> {
  const input = validate(templateInputSchema, draft);
  if (!input.ok) throw validationFailed(input.fields);
  return context.store.transaction(async (repositories) => {
    await requireTemplate(repositories, context.ownerId, id);
    await checkNameFree(repositories, context.ownerId, input.value.name, id);
    await unlessTakenMeanwhile(
      () => nameTaken(input.value.name),
      () =>
        repositories.templates.update(
          context.ownerId,
          id,
          input.value,
          context.now().toISOString(),
        ),
    );
    return requireTemplate(repositories, context.ownerId, id);
  });
}

/** Soft delete, so the toast's Undo (restoreTemplate) brings it back unchanged. */
export async function deleteTemplate(context: ServiceContext, id: string): Promise<Template> {
  return context.store.transaction(async (repositories) => {
    const template = await requireTemplate(repositories, context.ownerId, id);
    const now = context.now().toISOString();
    await repositories.templates.setDeleted(context.ownerId, id, now, now);
    return template;
  });
}

export async function restoreTemplate(context: ServiceContext, id: string): Promise<Template> {
  return context.store.transaction(async (repositories) => {
    const deleted = await repositories.templates.get(context.ownerId, id, {
      includeDeleted: true,
    });
    if (!deleted) throw notFound("That template");
    // A new template may have taken the name in the meantime.
    await checkNameFree(repositories, context.ownerId, deleted.name, id);
    await unlessTakenMeanwhile(
      () => nameTaken(deleted.name),
      () =>
        repositories.templates.setDeleted(context.ownerId, id, null, context.now().toISOString()),
    );
    return requireTemplate(repositories, context.ownerId, id);
  });
}
