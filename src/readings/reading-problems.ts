import type { DiagnosticCode } from '../diagnostics/codes.js';

/**
 * The problems a readings sheet can have, each with what it means. A problem
 * found by validating the document with the readings added keeps the
 * validator's own {@link DiagnosticCode} (`breakdown-sum-mismatch`, …).
 */
export const READING_PROBLEM_CODES = {
  'unreadable-sheet': 'The file is not a CSV or XLSX sheet that can be read, or has no header row.',
  'sheet-too-large': 'The XLSX file unzips to more than the limit, or is larger than it: it is refused before it is read.',
  'unknown-column': 'A header names a column the readings sheet does not have.',
  'duplicate-column': 'Two header cells name the same column.',
  'missing-column': 'The sheet lacks a column it needs, such as `indicator`.',
  'missing-cell': 'A cell the row needs is empty: the indicator, the date or period, or the value.',
  'unknown-indicator': 'The row names an indicator the document does not have.',
  'bad-kind': 'The `kind` cell is neither `observation` nor `target`.',
  'bad-date': 'A date cell holds something other than a date written 2025-12-31 (or a spreadsheet date).',
  'bad-period': 'A period is half given, or ends before it starts, or comes with a date that is not its end.',
  'bad-number': 'A number cell holds text that is not a number written with a decimal point (12.5).',
  'bad-value': 'The value does not fit the indicator’s measure (a percentage above 100, a level the scale lacks, …).',
  'unknown-category': 'A `for …` cell names a dimension the indicator lacks, or a category its dimension lacks.',
  'bad-flag': 'The flags cell lists something other than illustrative, estimated and provisional.',
  'source-without-title': 'A source address is given without the source’s title.',
  'rows-disagree': 'Rows of one reading give different notes, sources or flags.',
  'duplicate-row': 'Two rows give the same reading, or the same part of it.',
  'already-recorded': 'The indicator already has a reading of that kind on that date or for that period.',
  'reading-left-out': 'A row is fine, but another row of the same reading has a problem: a reading goes in whole or not at all.',
  'invalid-document': 'The document the readings go into is not valid, or is not YAML that can be edited in place.',
} as const satisfies Record<string, string>;

/** A code of {@link READING_PROBLEM_CODES}, or the validator's code for a problem found with the readings added. */
export type ReadingProblemCode = keyof typeof READING_PROBLEM_CODES | DiagnosticCode;

/**
 * One problem with a readings sheet, found before anything is changed: where
 * it is (row as the spreadsheet numbers it, column letter and name) and a
 * sentence a programme officer understands.
 *
 * @example
 * ```ts
 * {
 *   code: 'bad-date',
 *   row: 5,
 *   column: 'C',
 *   columnName: 'date',
 *   indicator: 'girls-enrolled',
 *   message: '31/12/2025 is not a date written year-month-day. Write it as 2025-12-31.',
 * }
 * ```
 */
export interface ReadingProblem {
  /** What is wrong, as a stable code. */
  readonly code: ReadingProblemCode;
  /** The rows it is about, as the spreadsheet numbers them (header = row 1); empty for a problem of the whole file. */
  readonly rows: readonly number[];
  /** The column's letter (A, B, …), when the problem is in one cell or column. */
  readonly column?: string;
  /** The column's name as the header writes it. */
  readonly columnName?: string;
  /** The indicator the row is for, when known. */
  readonly indicator?: string;
  /** A sentence a programme officer understands. */
  readonly message: string;
}

/**
 * Writes problems one a line, each with its place:
 * `readings.csv row 5, column C (date): 31/12/2025 is not a date …`.
 *
 * @example
 * ```ts
 * formatReadingProblems(problems, 'readings.csv');
 * ```
 */
export function formatReadingProblems(problems: readonly ReadingProblem[], file?: string): string {
  return problems.map((p) => `${placeOf(p, file)}: ${p.message}`).join('\n');
}

function placeOf(problem: ReadingProblem, file: string | undefined): string {
  const parts: string[] = [];
  if (problem.rows.length === 1) parts.push(`row ${problem.rows[0] as number}`);
  else if (problem.rows.length > 1) parts.push(`rows ${rowList(problem.rows)}`);
  if (problem.column !== undefined) parts.push(`column ${problem.column}${problem.columnName === undefined || problem.columnName === '' ? '' : ` (${problem.columnName})`}`);
  const where = parts.join(', ');
  if (file === undefined) return where === '' ? 'sheet' : where;
  return where === '' ? file : `${file} ${where}`;
}

/** `2, 3, 5` (rows in order, each once). @internal */
export function rowList(rows: readonly number[]): string {
  return [...new Set(rows)].sort((a, b) => a - b).join(', ');
}
