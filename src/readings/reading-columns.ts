import { suggestion } from '../diagnostics/did-you-mean.js';
import type { ReadingProblem } from './reading-problems.js';
import { columnLetter, isBlank, type ReadingsSheet } from './sheet.js';

/**
 * The columns of a readings sheet, in the template's order, each with what it
 * holds. A breakdown dimension has a column of its own, named `for ` and the
 * dimension (`for sex`); see {@link DIMENSION_PREFIX}.
 */
export const READING_COLUMNS = {
  indicator: 'The indicator’s id, as the document writes it. Required.',
  title: 'The indicator’s title, for reading only: it is not read back.',
  unit: 'The indicator’s unit, for reading only.',
  measure: 'What the indicator records, for reading only: number, percentage (0–100), yes/no, one of a scale’s levels, progress markers or a written finding with a rating.',
  kind: '`observation` (what was measured; the default when empty) or `target` (what is aimed for).',
  date: 'When the value held, written 2025-12-31, or a spreadsheet date. Leave it empty when you give a period.',
  'period start': 'The first day of the reporting period the value covers (both days included), with period end.',
  'period end': 'The last day of the reporting period; the reading counts from this day.',
  value: 'The value as the measure expects it: a number written with a point (12.5), yes or no, a level’s name, marker ids separated by commas, or the finding’s text.',
  numerator: 'For a percentage: the count the percentage is of (with denominator, instead of value).',
  denominator: 'For a percentage: the count the percentage is out of.',
  rating: 'For a written finding: its rating from 0 (baseline) to 1 (achieved).',
  note: 'Anything a reader should know about the reading.',
  'source title': 'The title of the document the value comes from, e.g. “Annual survey 2025”.',
  'source url': 'Where to read that document: an http: or https: address.',
  flags: 'How sure the value is, any of: illustrative, estimated, provisional (separated by commas).',
} as const satisfies Record<string, string>;

/** A fixed column of a readings sheet. */
export type ReadingColumn = keyof typeof READING_COLUMNS;

/** The start of a dimension column's name: `for sex` holds the category of the dimension `sex` (`female`). */
export const DIMENSION_PREFIX = 'for ';

/** Where each column of a sheet is: fixed columns by name, dimension columns by dimension. @internal */
export interface ColumnPlan {
  readonly fixed: ReadonlyMap<ReadingColumn, number>;
  readonly dimensions: ReadonlyMap<string, number>;
  /** Each column's letter and name, by index. */
  readonly names: readonly string[];
}

/** A header cell's name folded for comparison: case, spaces, `_` and `-` do not count. */
function fold(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

const FIXED = new Map<string, ReadingColumn>((Object.keys(READING_COLUMNS) as ReadingColumn[]).map((c) => [fold(c), c]));

/**
 * Reads the header: which column holds what. An unknown name (with a
 * suggestion), a name given twice and a missing `indicator` column are
 * problems; a column with no name and nothing in it is ignored.
 * @internal
 */
export function planColumns(sheet: ReadingsSheet): { readonly plan: ColumnPlan; readonly problems: readonly ReadingProblem[] } {
  const fixed = new Map<ReadingColumn, number>();
  const dimensions = new Map<string, number>();
  const problems: ReadingProblem[] = [];
  const known = [...Object.keys(READING_COLUMNS), `${DIMENSION_PREFIX}…`];
  sheet.columns.forEach((written, index) => {
    const column = columnLetter(index);
    const name = fold(written);
    if (name === '') {
      const used = sheet.rows.find((r) => !isBlank(r.cells[index] ?? null));
      if (used !== undefined) {
        problems.push({ code: 'unknown-column', rows: [1], column, message: `Column ${column} has no name in the header row, but row ${used.row} has a value in it. Name the column, or empty it.` });
      }
      return;
    }
    if (/^for[\s:]/.test(name)) {
      const dimension = written.trim().replace(/^for[\s:]+/i, '').trim();
      const seen = [...dimensions.keys()].find((d) => fold(d) === fold(dimension));
      if (dimension === '') problems.push({ code: 'unknown-column', rows: [1], column, columnName: written, message: `"${written}" names no dimension: write "for " and the dimension, e.g. "for sex".` });
      else if (seen !== undefined) problems.push({ code: 'duplicate-column', rows: [1], column, columnName: written, message: `"${written}" is the dimension "${seen}" again (column ${columnLetter(dimensions.get(seen) as number)}).` });
      else dimensions.set(dimension, index);
      return;
    }
    const fixedName = FIXED.get(name);
    if (fixedName === undefined) {
      problems.push({
        code: 'unknown-column',
        rows: [1],
        column,
        columnName: written,
        message: `"${written}" is not a column of a readings sheet.${suggestion(written, known)} The columns are ${known.join(', ')}; a dimension's column is "for " and its name, e.g. "for sex".`,
      });
      return;
    }
    const before = fixed.get(fixedName);
    if (before !== undefined) problems.push({ code: 'duplicate-column', rows: [1], column, columnName: written, message: `"${written}" is the column ${fixedName} again (column ${columnLetter(before)}); keep one.` });
    else fixed.set(fixedName, index);
  });
  if (!fixed.has('indicator') && problems.length === 0) {
    problems.push({ code: 'missing-column', rows: [1], message: `The header row has no "indicator" column, so no row says which indicator it is for. The header is row 1; the columns are ${known.join(', ')}.` });
  }
  return { plan: { fixed, dimensions, names: sheet.columns }, problems };
}
