/**
 * What a cell of a readings sheet holds: text, a number, yes/no, a date
 * (a spreadsheet date cell, at UTC midnight) or nothing.
 */
export type Cell = string | number | boolean | Date | null;

/** One row of a readings sheet: its number as a spreadsheet shows it (the header is row 1) and its cells, column A first. */
export interface SheetRow {
  /** The row's number as a spreadsheet shows it: the header is row 1, the first row below it row 2. */
  readonly row: number;
  /** Its cells, column A first; a short row has fewer cells than there are columns. */
  readonly cells: readonly Cell[];
}

/**
 * A readings sheet as read from a CSV or XLSX file: the header row's column
 * names (column A first) and the rows below it that are not empty.
 */
export interface ReadingsSheet {
  /** The column names as the header row writes them, column A first. */
  readonly columns: readonly string[];
  /** Every row below the header that has at least one cell filled in, in sheet order. */
  readonly rows: readonly SheetRow[];
}

/**
 * One reading as a tool that keeps readings in its own database gives it:
 * column name → cell, with the template's column names
 * (`{ indicator: 'girls-enrolled', date: '2025-12-31', value: 120, 'for sex': 'female' }`).
 */
export type ReadingRecord = { readonly [column: string]: Cell | undefined };

/** The spreadsheet letter of a 0-based column index: 0 → A, 25 → Z, 26 → AA. @internal */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Whether a cell holds nothing: empty, or only spaces. @internal */
export function isBlank(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/**
 * A sheet from records: the columns in the order they first appear, and each
 * record a row numbered as if under a header row (the first record is row 2).
 * @internal
 */
export function sheetOfRecords(records: readonly ReadingRecord[]): ReadingsSheet {
  const columns: string[] = [];
  const index = new Map<string, number>();
  for (const record of records) {
    for (const key of Object.keys(record)) {
      if (!index.has(key)) {
        index.set(key, columns.length);
        columns.push(key);
      }
    }
  }
  const rows = records.map((record, i) => ({
    row: i + 2,
    cells: columns.map((column) => (Object.hasOwn(record, column) ? (record[column] ?? null) : null)),
  }));
  return { columns, rows: rows.filter((r) => !r.cells.every(isBlank)) };
}
