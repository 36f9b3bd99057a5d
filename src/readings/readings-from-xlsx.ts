import readXlsxFile from 'read-excel-file/universal';
import type { SheetResult } from './readings-from-csv.js';
import { isBlank, type Cell, type SheetRow } from './sheet.js';
import { rezip, unzipCapped } from './unzip-capped.js';

/** The most an XLSX file may unzip to unless told otherwise: 32 MiB, room for over 100,000 readings. */
export const DEFAULT_MAX_UNZIPPED_SIZE = 32 * 1024 * 1024;

/** Options of {@link readingsFromXlsx}. */
export interface XlsxOptions {
  /**
   * The most the file may unzip to, in bytes; a larger one is refused before
   * any of it is read (a 400 kB "zip bomb" can unzip to gigabytes). Default
   * {@link DEFAULT_MAX_UNZIPPED_SIZE} (32 MiB).
   */
  readonly maxUnzippedSize?: number;
  /** The sheet to read, by name. Default: the sheet called `Readings`, else the first. */
  readonly sheet?: string;
}

const MIB = 1024 * 1024;

/** `32 MiB`, `0.5 MiB`. */
function mib(bytes: number): string {
  return `${Number((bytes / MIB).toFixed(2))} MiB`;
}

/**
 * Reads readings from an XLSX workbook's bytes (in Node or a browser): the
 * sheet `Readings` (or the first sheet), its first row the header. Date cells
 * come back as `Date`s at UTC midnight; text, numbers and yes/no as they are.
 * The file's unzipped size is checked before anything is read.
 *
 * @example
 * ```ts
 * const read = await readingsFromXlsx(new Uint8Array(await file.arrayBuffer()));
 * if (!read.ok) console.log(formatReadingProblems(read.problems, file.name));
 * ```
 */
export async function readingsFromXlsx(bytes: Uint8Array | ArrayBuffer, options: XlsxOptions = {}): Promise<SheetResult> {
  const limit = options.maxUnzippedSize ?? DEFAULT_MAX_UNZIPPED_SIZE;
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const unpacked = unzipCapped(data, limit);
  if (!unpacked.ok) {
    const message =
      unpacked.why === 'too-large'
        ? `The XLSX file unzips to more than the ${mib(limit)} allowed, so none of it is read. A readings sheet is far smaller: keep only the readings in the workbook, or raise the limit (--max-unzipped-size) if the file is genuine.`
        : 'The file is not an XLSX workbook (it is not a zip file). Save it from the spreadsheet as "Excel workbook (.xlsx)", or as CSV.';
    return { ok: false, problems: [{ code: unpacked.why === 'too-large' ? 'sheet-too-large' : 'unreadable-sheet', rows: [], message }] };
  }
  const clean = rezip(unpacked.files);
  const input = clean.buffer.slice(clean.byteOffset, clean.byteOffset + clean.byteLength) as ArrayBuffer;
  let data2d: readonly (readonly Cell[])[];
  try {
    const sheets = await readXlsxFile(input, { trim: false });
    const wanted = options.sheet;
    const chosen = wanted === undefined ? (sheets.find((s) => s.sheet.trim().toLowerCase() === 'readings') ?? sheets[0]) : sheets.find((s) => s.sheet === wanted);
    if (chosen === undefined) {
      const names = sheets.map((s) => JSON.stringify(s.sheet)).join(', ');
      return { ok: false, problems: [{ code: 'unreadable-sheet', rows: [], message: wanted === undefined ? 'The workbook has no sheet.' : `The workbook has no sheet called "${wanted}"; its sheets are ${names}.` }] };
    }
    data2d = chosen.data as readonly (readonly Cell[])[];
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ code: 'unreadable-sheet', rows: [], message: `The XLSX workbook could not be read (${detail}). Open it in the spreadsheet and save it again as "Excel workbook (.xlsx)", or as CSV.` }] };
  }
  const header = data2d[0];
  if (header === undefined || header.every((c) => isBlank(c))) {
    return { ok: false, problems: [{ code: 'unreadable-sheet', rows: [1], message: 'The sheet is empty, or its first row is: row 1 must name the columns (indicator, date, value, …).' }] };
  }
  const rows: SheetRow[] = [];
  for (let i = 1; i < data2d.length; i++) {
    const cells = data2d[i] as readonly Cell[];
    if (cells.every((c) => isBlank(c))) continue;
    rows.push({ row: i + 1, cells: cells.map((c) => (typeof c === 'string' ? c.trim() : c)) });
  }
  return { ok: true, sheet: { columns: header.map((c) => (c === null ? '' : typeof c === 'string' ? c.trim() : String(c))), rows } };
}
