import { type ReactNode, type RefObject, useState } from "react";
import type { ImportAction } from "../../../domain/import-plan.js";
import { counted } from "../../../domain/wording/plural.js";
import { Button } from "../../components/button.js";
import type { ImportReport } from "../../lib/upload.js";

type ReportRow = ImportReport["rows"][number];

export const actionLabels: Record<ImportAction, string> = {
  add: "New",
  merge: "Merge",
  skip: "Already there",
  reject: "Rejected",
};

const actionBadges: Record<ImportAction, string> = {
  add: "bg-teal-50 text-teal-800 ring-teal-600/20",
  merge: "bg-sky-50 text-sky-800 ring-sky-600/20",
  skip: "bg-slate-100 text-slate-700 ring-slate-500/20",
  reject: "bg-red-50 text-red-800 ring-red-600/20",
};

const countCards: { action: ImportAction; title: string; detail: string }[] = [
  { action: "add", title: "New", detail: "people to add" },
  { action: "merge", title: "Merged", detail: "into people you have" },
  { action: "skip", title: "Already there", detail: "nothing new to add" },
  { action: "reject", title: "Rejected", detail: "rows to fix in the file" },
];

function Counts({ report }: { report: ImportReport }) {
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {countCards.map((card) => (
        <div
          key={card.action}
          className={`rounded-xl border px-4 py-3 ${
            card.action === "reject" && report.counts.reject > 0
              ? "border-red-200 bg-red-50"
              : "border-slate-200 bg-white"
          }`}
        >
          <dt className="text-sm font-medium text-slate-600">{card.title}</dt>
          <dd className="text-2xl font-semibold text-slate-900 tabular-nums">
            {report.counts[card.action]}
            <span className="block text-xs font-normal text-slate-500">{card.detail}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

const pageSize = 25;

/** Rows with what will happen to each; long files page through 25 at a time. */
function RowsTable({ rows, caption }: { rows: ReportRow[]; caption: string }) {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const shown = rows.slice(page * pageSize, (page + 1) * pageSize);
  const first = page * pageSize + 1;
  const last = Math.min(rows.length, (page + 1) * pageSize);

  return (
    <div>
      <div className="overflow-hidden rounded-xl border border-slate-200 bg-white">
        <table className="w-full text-left text-sm sm:table-fixed">
          <caption className="sr-only">{caption}</caption>
          <thead className="hidden bg-slate-50 text-slate-600 sm:table-header-group">
            <tr>
              <th scope="col" className="w-16 px-4 py-2 font-medium">
                Row
              </th>
              <th scope="col" className="w-1/4 px-4 py-2 font-medium">
                Name
              </th>
              <th scope="col" className="w-36 px-4 py-2 font-medium">
                What happens
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                Why
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {shown.map((row) => (
              <tr
                key={row.row}
                className="grid grid-cols-[auto_1fr] gap-x-3 px-4 py-3 sm:table-row sm:p-0"
              >
                <td className="text-slate-500 tabular-nums sm:px-4 sm:py-2.5">
                  <span className="sm:hidden">Row </span>
                  {row.row}
                </td>
                <td className="font-medium break-words text-slate-900 sm:px-4 sm:py-2.5">
                  {/* A row the file could not read has no name to show; the reason says why. */}
                  {row.name || <span className="font-normal text-slate-500 italic">not read</span>}
                </td>
                <td className="col-span-2 mt-1 sm:mt-0 sm:px-4 sm:py-2.5">
                  <span
                    className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ring-inset ${actionBadges[row.action]}`}
                  >
                    {actionLabels[row.action]}
                  </span>
                </td>
                <td className="col-span-2 mt-1 break-words text-slate-600 sm:mt-0 sm:px-4 sm:py-2.5">
                  {row.reason ?? ""}
                  {row.warnings.map((warning) => (
                    <span key={warning} className="block text-amber-800">
                      <span className="font-semibold">Warning:</span> {warning}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 ? (
        <nav
          aria-label={`${caption}: pages`}
          className="mt-3 flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600"
        >
          <p aria-live="polite">
            Rows {first}–{last} of {rows.length}
          </p>
          <div className="flex gap-2">
            <Button disabled={page === 0} onClick={() => setPage(page - 1)}>
              Previous
            </Button>
            <Button disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
              Next
            </Button>
          </div>
        </nav>
      ) : null}
    </div>
  );
}

interface ImportPreviewProps {
  report: ImportReport;
  fileName: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** The confirm button and progress, shown after the problems and before the full list. */
  confirm: ReactNode;
}

/** What the import will do: the format, the counts, the problems first, then every row. */
export function ImportPreview({ report, fileName, headingRef, confirm }: ImportPreviewProps) {
  const rejected = report.rows.filter((row) => row.action === "reject");
  const others = report.rows.filter((row) => row.action !== "reject");
  const warned = others.filter((row) => row.warnings.length > 0);

  return (
    <section aria-labelledby="import-preview-heading" className="flex flex-col gap-5">
      <div>
        <h2
          id="import-preview-heading"
          ref={headingRef}
          tabIndex={-1}
          className="scroll-mt-24 text-xl font-semibold tracking-tight text-slate-900 focus:outline-none"
        >
          Preview
        </h2>
        <p className="mt-1 text-slate-600">
          <span className="font-medium text-slate-800">{fileName}</span> is a{" "}
          <span className="font-medium text-slate-800">{report.formatLabel}</span> file with{" "}
          {counted(report.rows.length, { one: "row", other: "rows" })}. Nothing is saved until you
          confirm.
        </p>
      </div>
      <Counts report={report} />
      {rejected.length > 0 ? (
        <div className="flex flex-col gap-3">
          <div className="rounded-xl border border-red-200 bg-red-50 px-4 py-3 text-red-900">
            <h3 className="font-semibold">
              {counted(rejected.length, {
                one: "row can't be imported",
                other: "rows can't be imported",
              })}
            </h3>
            <p className="mt-0.5 text-sm">
              {report.format === "vcard"
                ? "Row numbers count the contact cards in the file, from 1."
                : "Row numbers are the rows a spreadsheet shows for this file."}{" "}
              Fix those rows and import the file again (people already imported are recognised), or
              import the others now.
            </p>
          </div>
          <RowsTable rows={rejected} caption="Rows that can't be imported" />
        </div>
      ) : null}
      {warned.length > 0 ? (
        <div className="flex flex-col gap-3">
          <div className="rounded-xl border border-amber-200 bg-amber-50 px-4 py-3 text-amber-900">
            <h3 className="font-semibold">
              {counted(warned.length, { one: "row has a warning", other: "rows have a warning" })}
            </h3>
            <p className="mt-0.5 text-sm">
              These people are imported; what Rapport could not use as it was (such as an email that
              is not an address) is kept in their notes, so you can correct it later.
            </p>
          </div>
          <RowsTable rows={warned} caption="Rows with a warning" />
        </div>
      ) : null}
      {confirm}
      {others.length > 0 ? (
        <div className="mt-2 flex flex-col gap-3">
          <h3 className="font-semibold text-slate-900">
            {rejected.length > 0 ? "The other rows" : "Every row"}
          </h3>
          <RowsTable rows={others} caption="Rows to import" />
        </div>
      ) : null}
    </section>
  );
}
