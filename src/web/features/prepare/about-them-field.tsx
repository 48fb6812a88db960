import { useState } from "react";
import { aboutThemLabel } from "../../../domain/prepare/preparation.js";
import { errorMessage } from "../../lib/error-message.js";
import { useSavePreparation } from "./queries.js";

/**
 * "What do you know about us?" for this conversation (the preparation's aboutThem): the
 * prepared answer that differs per organization, so it lives with the conversation and
 * is saved when the field is left.
 */
export function AboutThemField({
  activityId,
  saved,
  organizationName,
}: {
  activityId: string;
  saved: string | null;
  organizationName: string | null;
}) {
  const [text, setText] = useState(saved ?? "");
  const save = useSavePreparation(activityId);
  const dirty = text.trim() !== (saved ?? "").trim();
  const status = save.isPending
    ? "Saving…"
    : save.isError
      ? `Not saved: ${errorMessage(save.error)}`
      : dirty
        ? "Not saved yet"
        : saved
          ? "Saved"
          : "";
  return (
    <div>
      <label htmlFor="prepare-about-them" className="block text-sm font-medium text-slate-800">
        {aboutThemLabel}
      </label>
      <p className="mt-0.5 text-sm text-slate-600">
        {organizationName
          ? `Two or three things you learned about ${organizationName}: its work, news, what you admire.`
          : "Two or three things you learned about their work: news, projects, what you admire."}
      </p>
      <textarea
        id="prepare-about-them"
        rows={3}
        maxLength={3000}
        value={text}
        aria-describedby="prepare-about-them-status"
        onChange={(event) => setText(event.target.value)}
        onBlur={() => {
          if (dirty && !save.isPending) save.mutate({ aboutThem: text });
        }}
        className="mt-2 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-[15px] text-slate-900 shadow-sm focus:border-teal-600 focus:outline-2 focus:outline-teal-600"
      />
      <p
        id="prepare-about-them-status"
        role="status"
        className={`mt-1 text-sm ${save.isError ? "text-red-700" : dirty ? "text-amber-800" : "text-teal-800"}`}
      >
        {status}
      </p>
    </div>
  );
}
