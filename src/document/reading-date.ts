import type { IsoDate, ReadingPeriod } from './types.js';

/**
 * The date a baseline, target or observation is dated by: its `date`, or,
 * with a reporting `period`, the period's last day. `undefined` for a reading
 * with neither (validation reports it).
 *
 * @example
 * ```ts
 * readingDate({ period: { start: '2015-04-01', end: '2016-03-31' } }); // '2016-03-31'
 * readingDate({ date: '2018-12-31' }); // '2018-12-31'
 * ```
 */
export function readingDate(reading: { readonly date?: IsoDate; readonly period?: ReadingPeriod }): IsoDate | undefined {
  return reading.date ?? reading.period?.end;
}

/**
 * A reading's date or period as reports write it: `2015-04-01 – 2016-03-31`
 * for a reading with a period (both days included), else its date; `(no
 * date)` for a reading with neither.
 *
 * @example
 * ```ts
 * readingWhen({ period: { start: '2015-04-01', end: '2016-03-31' } }); // '2015-04-01 – 2016-03-31'
 * ```
 */
export function readingWhen(reading: { readonly date?: IsoDate; readonly period?: ReadingPeriod }): string {
  if (reading.period !== undefined) return formatPeriod(reading.period);
  return reading.date ?? '(no date)';
}

/** A period as reports write it: `2015-04-01 – 2016-03-31` (both days included). @internal */
export function formatPeriod(period: ReadingPeriod): string {
  return `${period.start} – ${period.end}`;
}
