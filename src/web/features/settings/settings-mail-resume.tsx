import { useRef, useState } from "react";
import { Button, buttonClasses } from "../../components/button.js";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { FileDrop } from "../../components/file-drop.js";
import { DocumentIcon } from "../../components/icons.js";
import { errorMessage, LoadFailed, Loading } from "../../components/query-state.js";
import { formatDate, formatFileSize } from "../../lib/format.js";
import { mailApi, type ResumeInfo } from "./mail-api.js";
import { useRemoveResume, useResume, useUploadResume } from "./mail-queries.js";

const accept = ".pdf,.doc,.docx,.odt,.rtf,.txt";
const rules = "PDF, Word (DOC, DOCX), ODT, RTF or plain text, up to 5 MB.";

/** Settings → Résumé: one file, attached to an e-mail only when the explorer ticks the box. */
export function ResumeSettings() {
  const resume = useResume();
  if (resume.isPending) return <Loading label="Loading your résumé…" />;
  if (resume.isError) return <LoadFailed error={resume.error} retry={() => resume.refetch()} />;
  return <ResumeEditor resume={resume.data} />;
}

function ResumeEditor({ resume }: { resume: ResumeInfo | null }) {
  const upload = useUploadResume();
  const remove = useRemoveResume();
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [confirming, setConfirming] = useState(false);
  const replaceInput = useRef<HTMLInputElement>(null);

  async function choose(file: File | null) {
    if (!file) return;
    setError(null);
    setStatus("");
    try {
      const saved = await upload.mutateAsync(file);
      setStatus(resume ? `Replaced with ${saved.fileName}.` : `Saved ${saved.fileName}.`);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      if (replaceInput.current) replaceInput.current.value = "";
    }
  }

  async function confirmRemove() {
    try {
      await remove.mutateAsync();
      setConfirming(false);
      setStatus("Your résumé was removed.");
    } catch (failure) {
      setConfirming(false);
      setError(errorMessage(failure));
    }
  }

  const statusLine = (
    <p role="status" className="text-sm font-medium text-teal-800">
      {upload.isPending ? "Uploading…" : status}
    </p>
  );

  if (!resume) {
    return (
      <div className="flex flex-col gap-2">
        <FileDrop
          id="resume-file"
          label="Your résumé"
          hint={`${rules} Rapport attaches it only to e-mails where you tick “Attach my résumé”.`}
          accept={accept}
          file={null}
          onFile={(file) => void choose(file)}
          error={error}
          disabled={upload.isPending}
        />
        {statusLine}
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-center">
        <div className="flex min-w-0 flex-1 items-center gap-3">
          <span className="flex size-11 shrink-0 items-center justify-center rounded-lg bg-teal-50 text-teal-700 ring-1 ring-teal-200">
            <DocumentIcon />
          </span>
          <div className="min-w-0">
            <p className="truncate font-medium text-slate-900" data-testid="resume-name">
              {resume.fileName}
            </p>
            <p className="text-sm text-slate-600">
              {formatFileSize(resume.size)} · uploaded {formatDate(resume.uploadedAt)}
            </p>
          </div>
        </div>
        <div className="flex flex-wrap gap-2">
          <a
            href={mailApi.resumeDownloadPath}
            download
            className={buttonClasses("secondary")}
            aria-label={`Download ${resume.fileName}`}
          >
            Download
          </a>
          <Button onClick={() => replaceInput.current?.click()} disabled={upload.isPending}>
            {upload.isPending ? "Uploading…" : "Replace…"}
          </Button>
          <Button variant="danger" onClick={() => setConfirming(true)}>
            Remove
          </Button>
        </div>
      </div>
      <input
        ref={replaceInput}
        id="resume-replace"
        type="file"
        accept={accept}
        className="sr-only"
        tabIndex={-1}
        aria-label="Choose a new résumé"
        onChange={(event) => void choose(event.target.files?.[0] ?? null)}
      />
      {error ? (
        <p
          role="alert"
          className="flex gap-1.5 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm font-medium text-red-800"
        >
          <span aria-hidden="true">⚠</span>
          {error}
        </p>
      ) : null}
      {statusLine}
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Remove your résumé?"
        description={`${resume.fileName} will be deleted from this computer. E-mails you already sent keep their copy.`}
        confirmLabel="Remove résumé"
        pendingLabel="Removing…"
        pending={remove.isPending}
        onConfirm={() => void confirmRemove()}
      />
    </div>
  );
}
