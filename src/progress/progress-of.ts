import type { IndicatorProgress, NodeProgress, ProgressReport, ProgressReportData, ResultProgress } from './types.js';

/**
 * The progress of one node in a report, or `undefined` if the report has none
 * for that id (duty bearers, rights holders and assumptions have none). Works
 * on a report from {@link rollUp} (building only that node's entry) and on
 * one read back from JSON.
 *
 * @example
 * ```ts
 * progressOf(report, 'ko1')?.progress; // e.g. 0.42
 * ```
 */
export function progressOf(report: ProgressReportData, id: string): NodeProgress | undefined {
  if ('entry' in report && typeof report.entry === 'function') return (report as ProgressReport).entry(id);
  return find<ResultProgress>(report.results, id) ?? find<IndicatorProgress>(report.indicators, id);
}

/** Binary search in a list sorted by id (code-unit order). */
function find<T extends { readonly id: string }>(list: readonly T[], id: string): T | undefined {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = list[mid] as T;
    if (item.id === id) return item;
    if (item.id < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}
