import Papa from "papaparse";
import { type ImportLimits, tooManyRowsError } from "./import-limits.js";
import {
  type ImportedContact,
  type ImportProgress,
  type ParsedRow,
  reportProgress,
} from "./import-types.js";

/** A CSV file as records; `quoteProblems` maps a record index to what is wrong with its quotes. */
export interface CsvRecords {
  records: string[][];
  quoteProblems: Map<number, string>;
}

/**
 * Splits CSV text into records, keeping blank lines as records so that record index + 1
 * is the row number a spreadsheet shows (a quoted cell with line breaks is one row).
 */
export function readCsvRecords(text: string, limits?: ImportLimits): CsvRecords {
  // One record past the limit is enough to know the file is over it; papaparse stops there.
  const preview = limits ? limits.rows + 1 : 0;
  const result = Papa.parse<string[]>(text, { delimiter: ",", skipEmptyLines: false, preview });
  if (limits && result.data.length > limits.rows) throw tooManyRowsError(limits, "rows");
  const quoteProblems = new Map<number, string>();
  for (const error of result.errors) {
    if (error.row === undefined || quoteProblems.has(error.row)) continue;
    quoteProblems.set(
      error.row,
      error.code === "MissingQuotes"
        ? 'has a quote mark (") that is never closed, so the rest of the file was read as one cell: close the quote or remove it'
        : 'has a quote mark (") in the wrong place: put quotes around the whole cell and double any quote inside it',
    );
  }
  return { records: result.data, quoteProblems };
}

/** How a header cell is compared: trimmed, lower case, single spaces. */
export function headerKey(cell: string): string {
  return cell.replace(/\s+/g, " ").trim().toLowerCase();
}

/** Column positions by header key; the first column with a given name wins. */
export function columnIndex(header: string[]): Map<string, number> {
  const columns = new Map<string, number>();
  header.forEach((cell, index) => {
    const key = headerKey(cell);
    if (key !== "" && !columns.has(key)) columns.set(key, index);
  });
  return columns;
}

/** Reads one cell by header key; a missing column or short row reads as "". */
export function cell(record: string[], columns: Map<string, number>, key: string): string {
  const index = columns.get(key);
  return index === undefined ? "" : (record[index] ?? "").trim();
}

/** A blank line or a row of empty cells (",,,,"), which spreadsheets leave behind. */
export function isBlankRecord(record: string[]): boolean {
  return record.every((value) => value.trim() === "");
}

/**
 * A row with more filled cells than the header has columns usually lost the quotes
 * around a value with a comma, which shifts every cell after it.
 */
export function extraCellsError(record: string[], headerLength: number): string | null {
  let usedLength = record.length;
  while (usedLength > 0 && (record[usedLength - 1] ?? "").trim() === "") usedLength -= 1;
  if (usedLength <= headerLength) return null;
  return `has ${usedLength} cells but the header has ${headerLength} columns (a value with a comma may be missing its quotes): put quotes around that value`;
}

/** Turns one non-blank record into a contact, or says what is wrong with it. */
export type RecordReader = (
  record: string[],
  columns: Map<string, number>,
  where: string,
) => { contact: ImportedContact } | { error: string };

/**
 * Reads every record below the header. Blank and all-comma rows are skipped silently:
 * they carry nothing, and reporting them would only be noise.
 */
export function parseCsvRows(
  csv: CsvRecords,
  headerIndex: number,
  readRecord: RecordReader,
  onProgress?: ImportProgress,
): ParsedRow[] {
  const header = csv.records[headerIndex] ?? [];
  const columns = columnIndex(header);
  const rows: ParsedRow[] = [];
  const total = csv.records.length - headerIndex - 1;
  for (let index = headerIndex + 1; index < csv.records.length; index += 1) {
    const record = csv.records[index] ?? [];
    const row = index + 1;
    const where = `Row ${row}`;
    const quoteProblem = csv.quoteProblems.get(index);
    if (quoteProblem) rows.push({ row, error: `${where} ${quoteProblem}` });
    else if (!isBlankRecord(record)) {
      const extraCells = extraCellsError(record, header.length);
      if (extraCells) rows.push({ row, error: `${where} ${extraCells}` });
      else rows.push({ row, ...readRecord(record, columns, where) });
    }
    reportProgress(onProgress, index - headerIndex, total);
  }
  return rows;
}
