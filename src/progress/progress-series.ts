import type { IsoDate } from '../document/types.js';
import type { Model } from '../model/model.js';
import { Evaluation } from './evaluation.js';
import { planRollUp } from './plan.js';
import { progressReport } from './progress-report.js';
import { checkedDate } from './roll-up.js';
import type { ProgressOptions, ProgressReport } from './types.js';

/** Reports at several dates, in the order the dates were given. */
export interface ProgressSeries {
  readonly dates: readonly IsoDate[];
  readonly reports: readonly ProgressReport[];
}

/**
 * Rolls progress up at several dates in one call, for trend charts. The
 * date-independent work (sorting readings, ordering the graph) is done once,
 * and an entry that does not change from one date to the next is the same
 * object in both reports (treat reports as read-only).
 * `options.asOf` is ignored.
 *
 * @example
 * ```ts
 * const years = ['2015-12-31', '2016-12-31', '2017-12-31', '2018-12-31', '2019-12-31', '2020-12-31'];
 * const series = progressSeries(model, years);
 * series.reports.map((r) => progressOf(r, 'ko1')?.progress);
 * ```
 */
export function progressSeries(model: Model, dates: readonly IsoDate[], options: ProgressOptions = {}): ProgressSeries {
  const checked = dates.map(checkedDate);
  const plan = planRollUp(model, options);
  const reports: ProgressReport[] = [];
  let previous: Evaluation | undefined;
  for (const date of checked) {
    previous = new Evaluation(plan, date).run(previous);
    reports.push(progressReport(previous, previous.report()));
  }
  return { dates: checked, reports };
}
