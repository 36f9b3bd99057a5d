import { isIsoDate } from '../document/dates.js';
import type { Model } from '../model/model.js';
import { Evaluation } from './evaluation.js';
import { planRollUp } from './plan.js';
import { progressReport } from './progress-report.js';
import type { ProgressOptions, ProgressReport } from './types.js';

/**
 * Rolls progress up from indicator readings to the goals, as of one date.
 * Each indicator's progress (0 = baseline, 1 = target) comes from its
 * readings; each goal and objective combines its indicators and the
 * objectives that contribute to it, by weight, from the bottom up (a node
 * reached by several paths is computed once). Missing data are not zero:
 * each node reports progress over the data that exist and the `coverage`
 * backing it. The numbers are computed at once; each node's entry, with the
 * contributions that explain it ({@link explainProgress}), is built when first
 * read, so a dashboard over a large portfolio pays only for what it shows.
 * The model is not changed; `JSON.stringify(report)` gives plain data.
 *
 * @example
 * ```ts
 * const report = rollUp(model, { asOf: '2018-12-31' });
 * const ko1 = progressOf(report, 'ko1');
 * console.log(ko1?.progress, ko1?.coverage, ko1?.status);
 * ```
 */
export function rollUp(model: Model, options: ProgressOptions = {}): ProgressReport {
  const plan = planRollUp(model, options);
  return progressReport(new Evaluation(plan, checkedDate(plan.settings.asOf)).numbers());
}

/** Throws a clear error for a date that is not `YYYY-MM-DD`. @internal */
export function checkedDate(date: string): string {
  if (typeof date !== 'string' || !isIsoDate(date)) {
    throw new RangeError(`theory-of-change: the date ${JSON.stringify(date)} is not a real calendar date written YYYY-MM-DD.`);
  }
  return date;
}
