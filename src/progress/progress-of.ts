import type { IndicatorProgress, NodeProgress, ProgressReport, ResultProgress } from './types.js';

/**
 * The progress of one node in a report, or `undefined` if the report has none
 * for that id (duty bearers, rights holders and assumptions have none).
 *
 * @example
 * ```ts
 * progressOf(report, 'ko1')?.progress; // e.g. 0.42
 * ```
 */
export function progressOf(report: ProgressReport, id: string): NodeProgress | undefined {
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
