import type { BreakdownEntry, IndicatorDocument, ReadingDocument, SourceDocument } from '../document/types.js';
import { formatPeriod, readingDate } from '../document/reading-date.js';
import { readingKey, type ReadingKind, type RowReading } from './parse-rows.js';
import type { ReadingProblem } from './reading-problems.js';

/** A reading made from rows of a sheet, to be added to an indicator. */
export interface NewReading {
  /** The indicator's id. */
  readonly indicator: string;
  /** An `observation` (added to `observations`) or a `target` (added to `targets`). */
  readonly kind: ReadingKind;
  /** The reading as the document writes it. */
  readonly reading: ReadingDocument;
  /** The rows it was made from, as the spreadsheet numbers them. */
  readonly rows: readonly number[];
}


/** How a message names a reading: `the observation of 2025-12-31 of indicator "x"`. @internal */
export function nameReading(indicator: string, kind: ReadingKind, when: { readonly date?: string; readonly period?: { readonly start: string; readonly end: string } }): string {
  const at = when.period === undefined ? `of ${when.date ?? '(no date)'}` : `for ${formatPeriod(when.period)}`;
  return `the ${kind} ${at} of indicator "${indicator}"`;
}

/**
 * Gathers the rows of each reading (same indicator, kind and date or period):
 * the row with no `for …` cell gives the total, each other row a part of the
 * breakdown. Two totals, two parts for the same categories, rows that give
 * different notes, sources or flags, and a reading the indicator already has
 * are problems; the readings come out sorted by indicator (in document order),
 * kind, then date, and their parts in the order the indicator declares its
 * categories, whatever the order of the rows.
 * @internal
 */
export function groupRows(rows: readonly RowReading[], order: ReadonlyMap<string, number>): { readonly readings: readonly (NewReading & { readonly key: string })[]; readonly problems: readonly ReadingProblem[] } {
  const groups = new Map<string, RowReading[]>();
  for (const r of rows) {
    const key = readingKey(r.indicator.id, r.kind, r);
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [r]);
    else list.push(r);
  }
  const readings: (NewReading & { readonly key: string })[] = [];
  const problems: ReadingProblem[] = [];
  for (const list of groups.values()) {
    const first = list[0] as RowReading;
    const name = nameReading(first.indicator.id, first.kind, first);
    const rowsOf = list.map((r) => r.row);
    const before = problems.length;
    const problem = (code: ReadingProblem['code'], at: readonly number[], message: string): void => {
      problems.push({ code, rows: at, indicator: first.indicator.id, message });
    };
    // Totals and parts, each once.
    const seen = new Map<string, number>();
    for (const r of list) {
      const key = partKey(first.indicator, r.for);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        const what = Object.keys(r.for).length === 0 ? 'the total' : `the part for ${describeFor(r.for)}`;
        problem('duplicate-row', [earlier, r.row], `Rows ${earlier} and ${r.row} both give ${what} of ${name}: keep one.`);
      } else seen.set(key, r.row);
    }
    // Note, source and flags are the reading's: given once, or the same on each row that gives them.
    const agree = <T>(what: string, of: (r: RowReading) => T | undefined, same: (a: T, b: T) => boolean): T | undefined => {
      let found: { value: T; row: number } | undefined;
      for (const r of list) {
        const value = of(r);
        if (value === undefined) continue;
        if (found === undefined) found = { value, row: r.row };
        else if (!same(found.value, value)) {
          problem('rows-disagree', [found.row, r.row], `Rows ${found.row} and ${r.row} give different ${what} for ${name}: a reading has one; write it on one of its rows.`);
          return undefined;
        }
      }
      return found?.value;
    };
    const note = agree('notes', (r) => r.note, (a, b) => a === b);
    const source = agree<SourceDocument>('sources', (r) => r.source, (a, b) => a.title === b.title && a.url === b.url);
    const flags = agree('flags', (r) => r.flags, (a, b) => a.join() === b.join());
    // Already in the document.
    const existing = (first.kind === 'observation' ? first.indicator.observations : first.indicator.targets) ?? [];
    const same = existing.find((e) => (first.period === undefined ? e.period === undefined && e.date === first.date : e.period?.start === first.period.start && e.period.end === first.period.end));
    if (same !== undefined) {
      problem('already-recorded', rowsOf, `The document already has ${name}${same.value === undefined ? '' : ` (${JSON.stringify(same.value)})`}: change it in the document, or leave these rows out.`);
    }
    if (problems.length > before) continue;

    const total = list.find((r) => Object.keys(r.for).length === 0);
    const parts = list.filter((r) => Object.keys(r.for).length > 0).sort((a, b) => compareParts(first.indicator, a.for, b.for));
    const breakdown: BreakdownEntry[] = parts.map((p) => ({ for: { ...p.for }, ...amountOf(p) }));
    const reading: ReadingDocument = {
      ...(first.period === undefined ? { date: first.date as string } : { period: first.period }),
      ...(total === undefined ? {} : amountOf(total)),
      ...(breakdown.length === 0 ? {} : { breakdown }),
      ...(source === undefined ? {} : { sources: [source] }),
      ...(flags === undefined ? {} : { flags }),
      ...(note === undefined ? {} : { note }),
    };
    readings.push({ indicator: first.indicator.id, kind: first.kind, reading, rows: [...rowsOf].sort((a, b) => a - b), key: readingKey(first.indicator.id, first.kind, first) });
  }
  readings.sort(
    (a, b) =>
      (order.get(a.indicator) ?? 0) - (order.get(b.indicator) ?? 0) ||
      (a.kind === b.kind ? 0 : a.kind === 'target' ? -1 : 1) ||
      compareText(readingDate(a.reading) ?? '', readingDate(b.reading) ?? '') ||
      compareText(a.reading.period?.start ?? '', b.reading.period?.start ?? ''),
  );
  return { readings, problems };
}

function amountOf(r: RowReading): { value?: RowReading['value']; numerator?: number; denominator?: number; rating?: number } {
  return {
    ...(r.value === undefined ? {} : { value: r.value }),
    ...(r.numerator === undefined ? {} : { numerator: r.numerator }),
    ...(r.denominator === undefined ? {} : { denominator: r.denominator }),
    ...(r.rating === undefined ? {} : { rating: r.rating }),
  };
}

/** `sex female, age under-18`. */
function describeFor(categories: { readonly [dimension: string]: string }): string {
  return Object.entries(categories)
    .map(([d, c]) => `${d} ${c}`)
    .join(', ');
}

/** A part's categories in the indicator's declared order of dimensions, as a key. */
function partKey(indicator: IndicatorDocument, categories: { readonly [dimension: string]: string }): string {
  const dims = Object.keys(indicator.dimensions ?? {});
  return JSON.stringify(dims.map((d) => categories[d] ?? null));
}

/** Parts by fewer dimensions first, then by the declared order of dimensions and categories. */
function compareParts(indicator: IndicatorDocument, a: { readonly [d: string]: string }, b: { readonly [d: string]: string }): number {
  const dims = indicator.dimensions ?? {};
  const names = Object.keys(dims);
  const count = Object.keys(a).length - Object.keys(b).length;
  if (count !== 0) return count;
  for (const d of names) {
    const ia = a[d] === undefined ? -1 : (dims[d] ?? []).indexOf(a[d]);
    const ib = b[d] === undefined ? -1 : (dims[d] ?? []).indexOf(b[d]);
    if (ia !== ib) return ia === -1 ? 1 : ib === -1 ? -1 : ia - ib;
  }
  return 0;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
