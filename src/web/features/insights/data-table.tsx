import Papa from "papaparse";
import type { ReactNode } from "react";
import { Button } from "../../components/button.js";

/** One column of a figure's table: its heading and each row's value. */
export interface Column<Row> {
  header: string;
  /** What the table shows (links allowed)… */
  cell: (row: Row) => ReactNode;
  /** …and what the CSV carries (plain text or a number). */
  csv: (row: Row) => string | number | null;
  numeric?: boolean;
}

/**
 * The table beside every chart: the same numbers for screen readers and for copying, and a
 * CSV download of them (papaparse, formulae escaped so a spreadsheet never runs a cell).
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  csvName,
  footer,
}: {
  caption: string;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  /** The file name, without ".csv". */
  csvName: string;
  /** A line under the table, e.g. "and 12 more organizations". */
  footer?: ReactNode;
}) {
  return (
    <div className="min-w-0">
      {/* Focusable, so a keyboard can scroll a long table too. */}
      <section
        aria-label={caption}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to scroll by keyboard
        tabIndex={0}
        className="max-h-96 overflow-auto rounded-xl ring-1 ring-slate-200 focus-visible:outline-2 focus-visible:outline-teal-600"
      >
        <table className="w-full border-collapse text-left text-sm">
          <caption className="bg-slate-50 px-3 py-2 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
            {caption}
          </caption>
          <thead className="sticky top-0 bg-white">
            <tr>
              {columns.map((column) => (
                <th
                  key={column.header}
                  scope="col"
                  className={`border-b border-slate-200 px-3 py-2 font-semibold text-slate-700 ${column.numeric ? "text-right" : ""}`}
                >
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={rowKey(row, index)} className="border-b border-slate-100 last:border-0">
                {columns.map((column, columnIndex) =>
                  columnIndex === 0 ? (
                    <th
                      key={column.header}
                      scope="row"
                      className="px-3 py-2 font-medium break-words text-slate-900"
                    >
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td
                      key={column.header}
                      className={`px-3 py-2 text-slate-700 ${column.numeric ? "text-right tabular-nums" : "break-words"}`}
                    >
                      {column.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <div className="mt-2 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
        <span>{footer}</span>
        <Button
          variant="ghost"
          className="min-h-11"
          onClick={() => downloadCsv(csvName, columns, rows)}
          // The visible words first, so a voice command saying them finds the button.
          aria-label={`Download CSV: ${caption}`}
        >
          Download CSV
        </Button>
      </div>
    </div>
  );
}

/** The table's rows as CSV text (the header row first). */
export function tableCsv<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  return Papa.unparse(
    {
      fields: columns.map((column) => column.header),
      data: rows.map((row) => columns.map((column) => column.csv(row) ?? "")),
    },
    { escapeFormulae: true },
  );
}

function downloadCsv<Row>(name: string, columns: readonly Column<Row>[], rows: readonly Row[]) {
  const blob = new Blob([`\ufeff${tableCsv(columns, rows)}`], { type: "text/csv;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = `${name}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, so the download has started.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
