import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { Link, useLocation } from "react-router";
import { counted } from "../../../domain/wording/plural.js";
import { Button, ButtonLink } from "../../components/button.js";
import { FileDrop } from "../../components/file-drop.js";
import { PageHeader } from "../../components/page-header.js";
import { ProgressBar } from "../../components/progress-bar.js";
import { fieldMessage } from "../../lib/field-message.js";
import { countPeople } from "../../lib/format.js";
import { afterPeopleChange } from "../../lib/invalidation.js";
import { type ImportReport, previewImport, runImport, type UploadPhase } from "../../lib/upload.js";
import { ImportHelp } from "./import-help.js";
import { importBackLink } from "./import-origin.js";
import { ImportPreview } from "./import-preview.js";

type Step =
  | { kind: "choosing" }
  | { kind: "previewing" }
  | { kind: "previewed"; report: ImportReport; error: string | null }
  | { kind: "importing"; report: ImportReport; phase: UploadPhase }
  | { kind: "imported"; report: ImportReport };

const importable = (report: ImportReport) => report.counts.add + report.counts.merge;

/** "Imported 3 people: 2 new, 1 merged." */
export function importedSummary(report: ImportReport): string {
  const { add, merge } = report.counts;
  const parts = [add > 0 ? `${add} new` : null, merge > 0 ? `${merge} merged` : null];
  return `Imported ${countPeople(add + merge)}: ${parts.filter(Boolean).join(", ") || "nothing new"}.`;
}

function leftOut(report: ImportReport): string | null {
  const { skip, reject } = report.counts;
  const parts = [
    skip > 0 ? `${skip} already there` : null,
    reject > 0 ? `${reject} rejected` : null,
  ].filter(Boolean);
  const rows = skip + reject;
  if (rows === 0) return null;
  return `${counted(rows, { one: "row was", other: "rows were" })} left out (${parts.join(", ")}).`;
}

function warnedCount(report: ImportReport): number {
  return report.rows.filter((row) => row.warnings.length > 0).length;
}

/** "2 people were imported with a warning: …" */
export function warnedSummary(count: number): string {
  return `${counted(count, { one: "person was", other: "people were" })} imported with a warning: what could not be used is in their notes.`;
}

function ImportProgress({ phase, people }: { phase: UploadPhase; people: number }) {
  const uploading = phase.phase === "uploading";
  const label = uploading ? "Sending the file…" : `Saving ${countPeople(people)}…`;
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm font-medium text-slate-700">{label}</p>
      <ProgressBar
        label={uploading ? "Sending the file" : `Saving ${countPeople(people)}`}
        value={uploading ? phase.fraction : null}
      />
    </div>
  );
}

export function ImportPage() {
  // Back to where Import was opened from (People, Today or Settings).
  const back = importBackLink(useLocation().state);
  const backLink = <Link to={back.to}>← {back.label}</Link>;
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ kind: "choosing" });
  const [fileError, setFileError] = useState<string | null>(null);
  // A new key gives a fresh, empty file input when the user starts over.
  const [inputKey, setInputKey] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const previewHeadingRef = useRef<HTMLHeadingElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const queryClient = useQueryClient();
  // Starting over while a preview is on its way makes its answer stale.
  const attempt = useRef(0);

  useEffect(() => {
    if (step.kind === "previewed" && step.error === null) previewHeadingRef.current?.focus();
    if (step.kind === "imported") resultRef.current?.focus();
  }, [step]);

  function chooseFile(chosen: File | null) {
    attempt.current += 1;
    setFile(chosen);
    setFileError(null);
    setStep({ kind: "choosing" });
  }

  function startOver() {
    chooseFile(null);
    setInputKey((key) => key + 1);
    window.setTimeout(() => inputRef.current?.focus(), 0);
  }

  async function preview() {
    if (!file) {
      setFileError("Choose a file first.");
      inputRef.current?.focus();
      return;
    }
    setFileError(null);
    setStep({ kind: "previewing" });
    const current = ++attempt.current;
    try {
      const report = await previewImport(file);
      if (current === attempt.current) setStep({ kind: "previewed", report, error: null });
    } catch (error) {
      if (current !== attempt.current) return;
      setStep({ kind: "choosing" });
      setFileError(fieldMessage(error, "file"));
    }
  }

  async function confirm(report: ImportReport) {
    if (!file) return;
    setStep({ kind: "importing", report, phase: { phase: "uploading", fraction: 0 } });
    try {
      const done = await runImport(file, (phase) =>
        setStep((current) => (current.kind === "importing" ? { ...current, phase } : current)),
      );
      await afterPeopleChange(queryClient);
      setStep({ kind: "imported", report: done });
    } catch (error) {
      setStep({ kind: "previewed", report, error: fieldMessage(error, "file") });
    }
  }

  const shownReport = step.kind === "previewed" || step.kind === "importing" ? step.report : null;
  const busy = step.kind === "previewing" || step.kind === "importing";

  if (step.kind === "imported") {
    const extra = leftOut(step.report);
    return (
      <>
        <PageHeader title="Import contacts" eyebrow={backLink} />
        <div
          ref={resultRef}
          tabIndex={-1}
          role="status"
          className="scroll-mt-24 rounded-2xl border border-teal-200 bg-teal-50 px-5 py-6 focus:outline-none sm:px-8"
        >
          <p className="text-lg font-semibold text-teal-900">{importedSummary(step.report)}</p>
          {extra ? <p className="mt-1 text-teal-900">{extra}</p> : null}
          {warnedCount(step.report) > 0 ? (
            <p className="mt-1 text-teal-900">{warnedSummary(warnedCount(step.report))}</p>
          ) : null}
          <div className="mt-5 flex flex-wrap gap-2">
            <ButtonLink to="/people" variant="primary">
              Go to People
            </ButtonLink>
            <Button onClick={startOver}>Import another file</Button>
          </div>
        </div>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="Import contacts"
        eyebrow={backLink}
        description="Bring in people you already know. You will see exactly what happens to each row before anything is saved."
      />
      <div className="flex flex-col gap-8">
        <ImportHelp />
        <div className="rounded-2xl border border-slate-200 bg-white p-4 sm:p-6">
          <FileDrop
            key={inputKey}
            id="import-file"
            label="File to import"
            accept=".csv,.zip,.vcf,.vcard,text/csv,text/vcard,application/zip"
            file={file}
            onFile={chooseFile}
            error={fileError}
            inputRef={inputRef}
            disabled={busy}
          />
          <div className="mt-4 flex flex-wrap items-center gap-3">
            {shownReport === null ? (
              <Button variant="primary" disabled={busy} onClick={() => void preview()}>
                {step.kind === "previewing" ? "Reading the file…" : "Preview import"}
              </Button>
            ) : null}
            {file ? (
              <Button variant="ghost" disabled={step.kind === "importing"} onClick={startOver}>
                {shownReport ? "Choose another file" : "Cancel"}
              </Button>
            ) : null}
            <p role="status" className="text-sm text-slate-500">
              {step.kind === "previewing" ? "Reading the file…" : ""}
            </p>
          </div>
        </div>
        {shownReport && file ? (
          <ImportPreview
            report={shownReport}
            fileName={file.name}
            headingRef={previewHeadingRef}
            confirm={
              <ConfirmBar
                step={step}
                report={shownReport}
                onConfirm={() => void confirm(shownReport)}
              />
            }
          />
        ) : null}
      </div>
    </>
  );
}

function ConfirmBar({
  step,
  report,
  onConfirm,
}: {
  step: Step;
  report: ImportReport;
  onConfirm: () => void;
}) {
  const count = importable(report);
  const importing = step.kind === "importing";
  return (
    <div className="rounded-xl border border-teal-200 bg-teal-50/60 px-4 py-4 sm:px-5">
      {step.kind === "previewed" && step.error ? (
        <p
          role="alert"
          className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm font-medium text-red-800"
        >
          Nothing was imported: {step.error}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <Button
          variant="primary"
          disabled={importing || count === 0}
          aria-busy={importing || undefined}
          onClick={onConfirm}
        >
          {`Import ${counted(count, { one: "person", other: "people" })}`}
        </Button>
        <p className="text-sm text-slate-600">
          {count === 0
            ? "There is nobody new to import from this file."
            : "Everything is saved together: if something goes wrong, nothing is."}
        </p>
      </div>
      <div aria-live="polite">
        {step.kind === "importing" ? (
          <div className="mt-3">
            <ImportProgress phase={step.phase} people={count} />
          </div>
        ) : null}
      </div>
    </div>
  );
}
