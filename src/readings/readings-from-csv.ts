import Papa from 'papaparse';
import type { ReadingProblem } from './reading-problems.js';
import { isBlank, type ReadingsSheet, type SheetRow } from './sheet.js';

/** The outcome of reading a sheet: the sheet, or why it cannot be read. */
export type SheetResult = { readonly ok: true; readonly sheet: ReadingsSheet } | { readonly ok: false; readonly problems: readonly ReadingProblem[] };

/** Options of {@link readingsFromCsv}. */
export interface CsvOptions {
  /** The character between cells. Default: found from the text (`,`, `;`, tab or `|`), as spreadsheets write CSV in different countries. */
  readonly delimiter?: string;
}

/**
 * Reads readings from CSV text (as a spreadsheet saves it): the delimiter
 * (`,`, `;`, tab) is found from the text, a byte-order mark is dropped, and
 * rows are numbered as the spreadsheet shows them (the header is row 1), even
 * when a quoted cell spans lines. Every cell stays text: nothing is turned
 * into a number or a date until it is checked against the indicator it is for.
 *
 * @example
 * ```ts
 * const read = readingsFromCsv('indicator;date;value\ngirls-enrolled;2025-12-31;120\n');
 * if (read.ok) read.sheet.rows[0]; // { row: 2, cells: ['girls-enrolled', '2025-12-31', '120'] }
 * ```
 */
export function readingsFromCsv(text: string, options: CsvOptions = {}): SheetResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    ...(options.delimiter === undefined ? { delimitersToGuess: [',', ';', '\t', '|'] } : { delimiter: options.delimiter }),
  });
  // A quote left open swallows the rest of the file: say where it starts.
  const quote = parsed.errors.find((e) => e.type === 'Quotes');
  if (quote !== undefined) {
    const row = (quote.row ?? 0) + 1;
    return { ok: false, problems: [{ code: 'unreadable-sheet', rows: [row], message: `Row ${row} opens a quoted cell (") that is never closed, so the rest of the file would be read as one cell. Close the quote, or remove it.` }] };
  }
  const records = parsed.data;
  const header = records[0];
  if (header === undefined || header.every((c) => c.trim() === '')) {
    return { ok: false, problems: [{ code: 'unreadable-sheet', rows: [], message: 'The CSV text is empty: its first row must name the columns (indicator, date, value, …).' }] };
  }
  const rows: SheetRow[] = [];
  for (let i = 1; i < records.length; i++) {
    const cells = records[i] as string[];
    if (cells.every((c) => isBlank(c))) continue;
    rows.push({ row: i + 1, cells });
  }
  return { ok: true, sheet: { columns: header.map((c) => c.trim()), rows } };
}
