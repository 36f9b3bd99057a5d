import { dateOfDay, dayNumber } from '../../document/dates.js';
import { readingDate } from '../../document/reading-date.js';
import type { IsoDate, ReadingDocument } from '../../document/types.js';
import { compareIds } from '../../model/compare-ids.js';

/** One IATI `period` to write: its dates, and the target and the actual it holds (at least one of them). @internal */
export interface PlannedPeriod {
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly target?: ReadingDocument;
  readonly actual?: ReadingDocument;
}

const dayAfter = (date: IsoDate): IsoDate => dateOfDay(dayNumber(date) + 1);

/**
 * The periods of an indicator's readings, in date order (start, then end, a
 * target's period before an observation's of the same dates):
 * - each target its own period: its `period`, or, for a dated target, from the
 *   day after the previous target's date (or after the baseline's date, or
 *   from the document's start) to its date; never starting after it ends;
 * - the latest observation within a target's period (dated within it, or with
 *   exactly that period; of several on that date, the first in content order,
 *   as the roll-up takes it) is that period's actual;
 * - every other observation a period of its own: its `period`, or its date as
 *   start and end.
 *
 * `targets` and `observations` come in date order (see `sortedReadings`).
 * @internal
 */
export function readingPeriods(
  targets: readonly ReadingDocument[],
  observations: readonly ReadingDocument[],
  baselineDate: IsoDate | undefined,
  documentStart: IsoDate | undefined,
): PlannedPeriod[] {
  const periods: PlannedPeriod[] = [];
  const used = new Set<number>();
  let previous: IsoDate | undefined;
  for (const target of targets) {
    const date = readingDate(target) as IsoDate;
    let start: IsoDate;
    let end: IsoDate;
    if (target.period !== undefined) ({ start, end } = target.period);
    else {
      end = date;
      const from = previous ?? baselineDate;
      start = from !== undefined ? dayAfter(from) : (documentStart ?? date);
      if (start > end) start = end;
    }
    previous = date;
    let actual: number | undefined;
    observations.forEach((o, k) => {
      if (used.has(k)) return;
      const within = o.period === undefined ? start <= (o.date as IsoDate) && (o.date as IsoDate) <= end : o.period.start === start && o.period.end === end;
      // Observations come in date order, those of one date in content order: a later one within the period
      // replaces an earlier one; of several on one date, the first stays (the one the roll-up takes).
      if (within && (actual === undefined || readingDate(o) !== readingDate(observations[actual] as ReadingDocument))) actual = k;
    });
    if (actual !== undefined) used.add(actual);
    periods.push({ start, end, target, ...(actual === undefined ? {} : { actual: observations[actual] as ReadingDocument }) });
  }
  observations.forEach((o, k) => {
    if (used.has(k)) return;
    const date = readingDate(o) as IsoDate;
    periods.push({ start: o.period?.start ?? date, end: o.period?.end ?? date, actual: o });
  });
  // Stable: periods of the same dates keep the order above (targets first, in date order).
  return periods.sort((a, b) => compareIds(a.start, b.start) || compareIds(a.end, b.end));
}
