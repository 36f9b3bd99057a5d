import { suggestion } from '../diagnostics/did-you-mean.js';
import type { IndicatorDocument, IndicatorValue, ReadingFlag, ReadingPeriod, SourceDocument } from '../document/types.js';
import { cellText, readDate, readFlags, readNumber, readValue, showCell, type Read } from './cell-values.js';
import type { ColumnPlan, ReadingColumn } from './reading-columns.js';
import { DIMENSION_PREFIX } from './reading-columns.js';
import type { ReadingProblem } from './reading-problems.js';
import { columnLetter, isBlank, type Cell, type SheetRow } from './sheet.js';

/** Whether a reading is an observation (what was measured) or a target (what is aimed for). */
export type ReadingKind = 'observation' | 'target';

/** One row read: the reading it belongs to (indicator, kind, date or period) and what it gives. @internal */
export interface RowReading {
  readonly row: number;
  readonly indicator: IndicatorDocument;
  readonly kind: ReadingKind;
  readonly date?: string;
  readonly period?: ReadingPeriod;
  /** The categories the row is for: empty for the reading's total. */
  readonly for: { readonly [dimension: string]: string };
  readonly value?: IndicatorValue;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly rating?: number;
  readonly note?: string;
  readonly source?: SourceDocument;
  readonly flags?: readonly ReadingFlag[];
}

/** What reading one row gave: the reading, nothing (a template row left empty), or problems. @internal */
export type RowOutcome =
  | { readonly kind: 'reading'; readonly reading: RowReading }
  | { readonly kind: 'unfilled' }
  | { readonly kind: 'bad'; readonly indicator?: string; readonly key?: string; readonly problems: readonly ReadingProblem[] };

/** The columns that say what a row records; a template row with none of them filled is left alone. */
const FILLED: readonly ReadingColumn[] = ['kind', 'date', 'period start', 'period end', 'value', 'numerator', 'denominator', 'rating', 'note', 'source title', 'source url', 'flags'];

/**
 * Reads one row against the document's indicators: every cell it fills is
 * checked (indicator, kind, date or period, the value against the measure,
 * categories, numbers, flags, source), and every problem is reported with its
 * column, not only the first.
 * @internal
 */
export function parseRow(sheetRow: SheetRow, plan: ColumnPlan, indicators: ReadonlyMap<string, IndicatorDocument>): RowOutcome {
  const problems: ReadingProblem[] = [];
  const cellAt = (index: number | undefined): Cell => (index === undefined ? null : (sheetRow.cells[index] ?? null));
  const cell = (column: ReadingColumn): Cell => cellAt(plan.fixed.get(column));
  const filled = (column: ReadingColumn): boolean => !isBlank(cell(column));
  const place = (index: number | undefined) => (index === undefined ? {} : { column: columnLetter(index), columnName: plan.names[index] ?? '' });
  const indicatorId = cellText(cell('indicator'));
  const problem = (code: ReadingProblem['code'], column: ReadingColumn | number | undefined, message: string): void => {
    const index = typeof column === 'number' ? column : column === undefined ? undefined : plan.fixed.get(column);
    problems.push({ code, rows: [sheetRow.row], ...place(index), ...(indicatorId === '' ? {} : { indicator: indicatorId }), message });
  };
  const take = <T>(column: ReadingColumn, read: Read<T>, code: ReadingProblem['code']): T | undefined => {
    if (read.ok) return read.value;
    problem(code, column, read.why);
    return undefined;
  };

  if (!FILLED.some(filled)) return { kind: 'unfilled' };
  if (indicatorId === '') {
    problem('missing-cell', 'indicator', 'The indicator cell is empty: write the id of the indicator this reading is for.');
    return { kind: 'bad', problems };
  }
  // An unknown indicator's row is still checked for what needs no indicator: its dates, numbers and flags.
  const indicator = indicators.get(indicatorId);
  if (indicator === undefined) problem('unknown-indicator', 'indicator', `The document has no indicator "${indicatorId}".${suggestion(indicatorId, indicators.keys())}`);
  const measure = indicator?.measure;

  const kindText = cellText(cell('kind')).toLowerCase();
  const kind: ReadingKind | undefined = kindText === '' || kindText === 'observation' ? 'observation' : kindText === 'target' ? 'target' : undefined;
  if (kind === undefined) problem('bad-kind', 'kind', `${showCell(cell('kind'))} is not a kind of reading: write observation (or leave it empty) or target.${suggestion(kindText, ['observation', 'target'])}`);

  const date = filled('date') ? take('date', readDate(cell('date')), 'bad-date') : undefined;
  const start = filled('period start') ? take('period start', readDate(cell('period start')), 'bad-date') : undefined;
  const end = filled('period end') ? take('period end', readDate(cell('period end')), 'bad-date') : undefined;
  let period: ReadingPeriod | undefined;
  if (filled('period start') !== filled('period end')) {
    const missing: ReadingColumn = filled('period start') ? 'period end' : 'period start';
    problem('bad-period', missing, `The period has ${missing === 'period end' ? 'a start but no end' : 'an end but no start'}: give both its first and its last day.`);
  } else if (start !== undefined && end !== undefined) {
    if (end < start) problem('bad-period', 'period end', `The period ends (${end}) before it starts (${start}).`);
    else period = { start, end };
  }
  if (date !== undefined && period !== undefined && date !== period.end) {
    problem('bad-period', 'date', `The date ${date} is not the period's last day (${period.end}): a reading with a period is dated by its end, so leave the date empty.`);
  }
  if (!filled('date') && !filled('period start') && !filled('period end')) {
    problem('missing-cell', plan.fixed.has('date') ? 'date' : undefined, `The reading has no date: write when the value held (2025-12-31), or the period it covers in "period start" and "period end".`);
  }

  const forCells: { [dimension: string]: string } = {};
  for (const [dimension, index] of plan.dimensions) {
    const category = cellText(cellAt(index));
    if (category === '' || indicator === undefined) continue;
    const declared = indicator.dimensions ?? {};
    const known = Object.keys(declared);
    const name = known.find((d) => d === dimension) ?? known.find((d) => d.toLowerCase() === dimension.toLowerCase());
    if (name === undefined) {
      const has = known.length === 0 ? 'it has no dimensions' : `its dimensions are ${known.join(', ')}`;
      problem('unknown-category', index, `Indicator "${indicatorId}" is not broken down by ${dimension}: ${has}. Leave the cell empty.${suggestion(dimension, known)}`);
      continue;
    }
    const categories = declared[name] ?? [];
    const matched = categories.find((c) => c === category) ?? categories.find((c) => c.toLowerCase() === category.toLowerCase());
    if (matched === undefined) {
      problem('unknown-category', index, `"${category}" is not a category of ${name} for indicator "${indicatorId}": they are ${categories.join(', ')}.${suggestion(category, categories)}`);
      continue;
    }
    forCells[name] = matched;
  }

  const value = filled('value') && measure !== undefined ? take('value', readValue(cell('value'), measure), 'bad-value') : undefined;
  const count = (column: 'numerator' | 'denominator'): number | undefined => {
    if (!filled(column)) return undefined;
    const n = take(column, readNumber(cell(column)), 'bad-number');
    if (n !== undefined && measure !== undefined && measure.kind !== 'percentage') problem('bad-value', column, `Indicator "${indicatorId}" records ${measure.kind === 'number' ? 'numbers' : measure.kind} values, not percentages: only a percentage takes a numerator and a denominator.`);
    else if (n !== undefined && n < 0) problem('bad-number', column, `The ${column} ${n} is below 0: it is a count.`);
    return n;
  };
  const numerator = count('numerator');
  const denominator = count('denominator');
  if ((numerator === undefined) !== (denominator === undefined) && !problems.some((p) => p.code === 'bad-number' || p.code === 'bad-value')) {
    problem('missing-cell', numerator === undefined ? 'numerator' : 'denominator', `The ${numerator === undefined ? 'numerator' : 'denominator'} is missing: a percentage given as counts needs both.`);
  }
  if (denominator !== undefined && denominator === 0) problem('bad-number', 'denominator', 'The denominator is 0: a percentage cannot be out of nothing.');
  let rating: number | undefined;
  if (filled('rating')) {
    rating = take('rating', readNumber(cell('rating')), 'bad-number');
    if (rating !== undefined && measure !== undefined && measure.kind !== 'qualitative') problem('bad-value', 'rating', `Indicator "${indicatorId}" is not qualitative: only a written finding takes a rating.`);
    else if (rating !== undefined && !(rating >= 0 && rating <= 1)) problem('bad-value', 'rating', `The rating ${rating} is not between 0 and 1 (0: as at the baseline, 1: achieved).`);
  }
  const hasAmount = filled('value') || filled('numerator') || filled('denominator');
  if (!hasAmount) problem('missing-cell', plan.fixed.has('value') ? 'value' : undefined, measure?.kind === 'percentage' ? 'The value is empty: write the percentage, or the numerator and denominator.' : 'The value is empty: write what was measured (or aimed for).');
  if (measure?.kind === 'qualitative' && kind === 'observation' && !filled('rating')) {
    problem('missing-cell', plan.fixed.has('rating') ? 'rating' : undefined, 'The rating is empty: a finding needs a rating between 0 and 1.');
  }

  const flags = filled('flags') ? take('flags', readFlags(cell('flags')), 'bad-flag') : undefined;
  const note = cellText(cell('note'));
  const title = cellText(cell('source title'));
  const url = cellText(cell('source url'));
  if (url !== '' && title === '') problem('source-without-title', 'source title', `The source ${url} has no title: write the document's title in "source title" too.`);

  if (problems.length > 0 || kind === undefined || indicator === undefined) {
    // The reading the row belongs to, when that much could be read: its other rows are left out with it.
    const when = period ?? (filled('period start') || filled('period end') ? undefined : date);
    const key = kind === undefined || when === undefined ? undefined : readingKey(indicatorId, kind, period === undefined ? { date } : { period });
    return { kind: 'bad', indicator: indicatorId, ...(key === undefined ? {} : { key }), problems };
  }
  const reading: RowReading = {
    row: sheetRow.row,
    indicator,
    kind,
    ...(period === undefined ? (date === undefined ? {} : { date }) : { period }),
    for: forCells,
    ...(value === undefined ? {} : { value }),
    ...(numerator === undefined ? {} : { numerator }),
    ...(denominator === undefined ? {} : { denominator }),
    ...(rating === undefined ? {} : { rating }),
    ...(note === '' ? {} : { note }),
    ...(title === '' ? {} : { source: { title, ...(url === '' ? {} : { url }) } }),
    ...(flags === undefined || flags.length === 0 ? {} : { flags }),
  };
  return { kind: 'reading', reading };
}

/** The key of the reading a row belongs to: indicator, kind, then its date or period. @internal */
export function readingKey(indicator: string, kind: ReadingKind, when: { readonly date?: string | undefined; readonly period?: ReadingPeriod | undefined }): string {
  return JSON.stringify([indicator, kind, when.date ?? null, when.period?.start ?? null, when.period?.end ?? null]);
}

/** The header name of a dimension's column: `for sex`. @internal */
export function dimensionColumn(dimension: string): string {
  return `${DIMENSION_PREFIX}${dimension}`;
}
