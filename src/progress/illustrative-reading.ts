import { readingDate } from '../document/reading-date.js';
import type { IndicatorDocument, NodeDocument } from '../document/types.js';

/**
 * Whether a reading (baseline, target or observation) of `indicator` is
 * illustrative: the indicator is tagged `illustrative` and the reading gives
 * no source. A sourced reading of a tagged indicator is a published figure.
 * The one rule the diagrams and reports mark illustrative readings by.
 *
 * @example
 * ```ts
 * isIllustrativeReading({ ...indicator, tags: ['illustrative'] }, { date: '2020-12-31', value: 3 }); // true
 * ```
 * @internal
 */
export function isIllustrativeReading(indicator: IndicatorDocument, reading: { readonly source?: string } | undefined): boolean {
  return reading !== undefined && (indicator.tags ?? []).includes('illustrative') && (reading.source === undefined || reading.source === '');
}

/**
 * The observations of the indicators among `nodes` dated on or before `asOf`,
 * and how many of them are illustrative (see {@link isIllustrativeReading}).
 * @internal
 */
export function countReadings(nodes: readonly NodeDocument[], asOf: string): { readonly total: number; readonly illustrative: number } {
  let total = 0;
  let illustrative = 0;
  for (const node of nodes) {
    if (node.kind !== 'indicator') continue;
    for (const reading of node.observations ?? []) {
      if ((readingDate(reading) ?? '') > asOf) continue;
      total++;
      if (isIllustrativeReading(node, reading)) illustrative++;
    }
  }
  return { total, illustrative };
}
