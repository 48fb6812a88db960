import { useEffect, useState } from "react";
import type { Profile } from "../../../domain/profile.js";
import { type Template, templatePurposeLabels } from "../../../domain/template.js";
import { Button } from "../../components/button.js";
import { EmptyState } from "../../components/empty-state.js";
import { errorMessage, LoadFailed, Loading } from "../../components/query-state.js";
import { useToast } from "../../components/toast.js";
import { TemplateForm } from "./settings-templates-form.js";
import { useDeleteTemplate, useRestoreTemplate, useTemplates } from "./templates-queries.js";

type Editing = { mode: "new" } | { mode: "edit"; template: Template } | null;

interface TemplatesSectionProps {
  profile: Pick<Profile, "name" | "schoolOrRole" | "phone">;
}

/** The explorer's own templates: a list, one form open at a time, delete with undo. */
export function TemplatesSection({ profile }: TemplatesSectionProps) {
  const templates = useTemplates();
  const [editing, setEditing] = useState<Editing>(null);
  const remove = useDeleteTemplate();
  const restore = useRestoreTemplate();
  const { showToast } = useToast();
  const loaded = templates.isSuccess;
  // The composer's "Manage templates" links to #templates: bring this section into view.
  useEffect(() => {
    if (loaded && window.location.hash === "#templates") {
      document.getElementById("templates-heading")?.scrollIntoView({ block: "start" });
    }
  }, [loaded]);

  if (templates.isPending) return <Loading label="Loading your templates…" />;
  if (templates.isError)
    return <LoadFailed error={templates.error} retry={() => templates.refetch()} />;

  function done(saved: Template | null, verb: string) {
    setEditing(null);
    if (saved) showToast({ message: `${verb} “${saved.name}”.`, duration: 5000 });
  }

  async function onDelete(template: Template) {
    try {
      await remove.mutateAsync(template.id);
    } catch (error) {
      showToast({ message: `Could not delete: ${errorMessage(error)}`, tone: "error" });
      return;
    }
    showToast({
      message: `Deleted “${template.name}”.`,
      action: {
        label: "Undo",
        onAction: () =>
          void restore.mutateAsync(template.id).then(
            () => showToast({ message: `Restored “${template.name}”.`, duration: 5000 }),
            (error: unknown) =>
              showToast({
                message: `Could not restore “${template.name}”: ${errorMessage(error)}`,
                tone: "error",
              }),
          ),
      },
    });
  }

  const newForm =
    editing?.mode === "new" ? (
      <TemplateForm profile={profile} onDone={(saved) => done(saved, "Added")} />
    ) : null;

  if (templates.data.length === 0) {
    return (
      newForm ?? (
        <EmptyState
          title="No templates of your own yet"
          icon="✎"
          actions={
            <Button variant="primary" onClick={() => setEditing({ mode: "new" })}>
              New template
            </Button>
          }
        >
          Rapport drafts each message from its built-in text. Save your own wording here, with merge
          fields like the person’s first name, and pick it in the composer.
        </EmptyState>
      )
    );
  }

  return (
    <div className="flex flex-col gap-4">
      {editing === null ? (
        <div>
          <Button variant="primary" onClick={() => setEditing({ mode: "new" })}>
            New template
          </Button>
        </div>
      ) : null}
      {newForm}
      <ul aria-label="Your templates" className="flex flex-col gap-3">
        {templates.data.map((template) =>
          editing?.mode === "edit" && editing.template.id === template.id ? (
            <li key={template.id}>
              <TemplateForm
                template={template}
                profile={profile}
                onDone={(saved) => done(saved, "Saved")}
              />
            </li>
          ) : (
            <li
              key={template.id}
              className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:flex-row sm:items-start sm:justify-between"
            >
              <div className="min-w-0">
                <h3 className="font-semibold text-slate-900">{template.name}</h3>
                <p className="text-sm text-slate-500">{templatePurposeLabels[template.purpose]}</p>
                <p className="mt-1 line-clamp-2 text-sm break-words text-slate-700">
                  {template.body}
                </p>
              </div>
              <div className="flex shrink-0 gap-2">
                <Button
                  aria-label={`Edit ${template.name}`}
                  disabled={editing !== null}
                  onClick={() => setEditing({ mode: "edit", template })}
                >
                  Edit
                </Button>
                <Button
                  variant="danger"
                  aria-label={`Delete ${template.name}`}
                  disabled={remove.isPending}
                  onClick={() => void onDelete(template)}
                >
                  Delete
                </Button>
              </div>
            </li>
          ),
        )}
      </ul>
    </div>
  );
}
