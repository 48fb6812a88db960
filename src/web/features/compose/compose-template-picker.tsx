import { Link } from "react-router";
import {
  type Template,
  type TemplatePurpose,
  templatePurposeLabels,
} from "../../../domain/template.js";
import { Select } from "../../components/field.js";
import { useTemplates } from "../settings/index.js";

const builtInValue = "built-in";

interface TemplatePickerProps {
  /** The kind of first touch, or a thank-you or confirmation. */
  purpose: TemplatePurpose;
  /** The explorer's template in use; null for the built-in one. */
  selected: Template | null;
  onChange: (template: Template | null) => void;
}

/** Chooses the text the draft starts from: Rapport's own, or one of the explorer's for this purpose. */
export function TemplatePicker({ purpose, selected, onChange }: TemplatePickerProps) {
  const templates = useTemplates();
  const forKind = (templates.data ?? []).filter((template) => template.purpose === purpose);
  const value = selected && selected.purpose === purpose ? selected.id : builtInValue;
  const hint = templates.isPending
    ? "Loading your templates…"
    : templates.isError
      ? "Your templates could not be loaded; the built-in one is used."
      : forKind.length === 0
        ? `You have no templates of your own for ${withArticle(templatePurposeLabels[purpose].toLowerCase())} yet.`
        : undefined;
  return (
    <div className="flex flex-col gap-1.5 sm:flex-row sm:items-end sm:gap-3">
      <Select
        id="compose-template"
        label="Template"
        hint={hint}
        value={value}
        disabled={templates.isPending}
        className="min-w-0 sm:max-w-md sm:flex-1"
        onChange={(event) =>
          onChange(forKind.find((template) => template.id === event.target.value) ?? null)
        }
      >
        <option value={builtInValue}>Rapport’s built-in text</option>
        {forKind.map((template) => (
          <option key={template.id} value={template.id}>
            {template.name}
          </option>
        ))}
      </Select>
      <Link
        to="/settings#templates"
        className="text-sm font-medium text-teal-800 underline underline-offset-2 sm:pb-2.5"
      >
        Manage templates
      </Link>
    </div>
  );
}

/** "a thank-you", "an update" (the labels are plain words; the grammar stays on the server). */
function withArticle(label: string): string {
  return `${/^[aeiou]/.test(label) ? "an" : "a"} ${label}`;
}
