import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { counted } from "../../../domain/wording/plural.js";
import { Button } from "../../components/button.js";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { FileDrop } from "../../components/file-drop.js";
import { errorMessage } from "../../components/query-state.js";
import { ApiError } from "../../lib/api.js";
import { afterRestore } from "../../lib/invalidation.js";
import { type RestoreCounts, restoreBackupFile } from "../../lib/upload.js";

type Step =
  | { kind: "choosing" }
  | { kind: "restoring" }
  /** Rapport holds data: restoring would replace it, so ask first. */
  | { kind: "confirming" }
  | { kind: "refused"; message: string; report: readonly string[] }
  | { kind: "restored"; counts: RestoreCounts };

const countLabels: Array<[keyof RestoreCounts, string, string]> = [
  ["people", "person", "people"],
  ["organizations", "organization", "organizations"],
  ["activities", "log entry", "log entries"],
  ["trips", "trip", "trips"],
  ["templates", "template", "templates"],
];

function restoredSummary(counts: RestoreCounts): string {
  const parts = countLabels.map(([table, one, many]) => {
    const count = counts[table];
    return counted(count, { one, other: many });
  });
  return `Restored ${parts.join(", ")}.`;
}

/** Settings → Your data: restore a complete backup, with the per-row report when it is refused. */
export function RestoreBackupSection() {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ kind: "choosing" });

  async function restore(replace: boolean) {
    if (!file) return;
    setStep({ kind: "restoring" });
    try {
      const counts = await restoreBackupFile(file, replace, () => undefined);
      setStep({ kind: "restored", counts });
      setFile(null);
      await afterRestore(queryClient);
    } catch (error) {
      if (error instanceof ApiError && error.code === "conflict" && !replace) {
        setStep({ kind: "confirming" });
      } else {
        const report = error instanceof ApiError ? error.report : [];
        setStep({ kind: "refused", message: errorMessage(error), report });
      }
    }
  }

  return (
    <div className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white px-4 py-3.5 sm:px-5">
      <div>
        <p className="font-medium text-slate-900">Restore a backup</p>
        <p className="text-sm text-slate-600">
          Bring back everything from a complete backup, for example on a new computer. Rapport
          checks the whole file first and restores all of it or nothing.
        </p>
      </div>
      <FileDrop
        id="restore-file"
        label="Backup file to restore"
        accept=".json,application/json"
        file={file}
        onFile={(chosen) => {
          setFile(chosen);
          setStep({ kind: "choosing" });
        }}
        disabled={step.kind === "restoring"}
      />
      <div>
        <Button
          variant="primary"
          disabled={!file || step.kind === "restoring"}
          aria-busy={step.kind === "restoring" || undefined}
          onClick={() => void restore(false)}
        >
          {step.kind === "restoring" ? "Restoring…" : "Restore backup"}
        </Button>
      </div>
      {step.kind === "refused" ? (
        <div
          role="alert"
          className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          <p className="font-medium">{step.message}</p>
          {step.report.length > 0 ? (
            <ul aria-label="Problems in the backup" className="mt-2 list-disc space-y-1 pl-5">
              {step.report.map((line) => (
                <li key={line} className="break-words">
                  {line}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {step.kind === "restored" ? (
        <p role="status" className="text-sm text-teal-800">
          {restoredSummary(step.counts)} A calendar feed that was on has a new address: subscribe to
          it again from Settings → Calendar.
        </p>
      ) : null}
      <ConfirmDialog
        open={step.kind === "confirming"}
        onOpenChange={(open) => {
          if (!open) setStep({ kind: "choosing" });
        }}
        title="Replace everything in Rapport?"
        description="Rapport already holds data. Restoring replaces all of it (people, organizations, your log, trips, templates and settings) with what is in the backup. Download a backup of what is here first if you may want it back."
        confirmLabel="Replace with the backup"
        onConfirm={() => void restore(true)}
      />
    </div>
  );
}
