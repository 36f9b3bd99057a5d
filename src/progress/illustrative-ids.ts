import type { Model } from '../model/model.js';
import { progressOf } from './progress-of.js';
import type { ResultProgress, ProgressReportData } from './types.js';

/**
 * Ids of the indicators tagged `illustrative` that have data in the report,
 * and of every goal and objective whose value rests on one of them, at any
 * depth (a manual assessment stops the chain). Reports and diagrams mark them
 * so that invented figures are never mistaken for published ones.
 * One pass in causal order.
 *
 * @example
 * ```ts
 * illustrativeIds(model, rollUp(model)).has('ko1'); // true if ko1 rests on illustrative figures
 * ```
 * @internal
 */
export function illustrativeIds(model: Model, report: ProgressReportData): ReadonlySet<string> {
  const flagged = new Set(report.indicators.filter((i) => i.illustrative && i.progress !== null).map((i) => i.id));
  for (const id of model.topologicalOrder()) {
    const r = progressOf(report, id) as ResultProgress | undefined;
    if (r === undefined || r.method === 'assessment') continue;
    if (r.contributions.some((c) => c.progress !== null && flagged.has(c.id))) flagged.add(id);
  }
  return flagged;
}
