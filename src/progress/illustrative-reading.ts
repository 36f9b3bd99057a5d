import { readingDate } from '../document/reading-date.js';
import type { IndicatorDocument, NodeDocument, ReadingFlag, SourceDocument } from '../document/types.js';

/** What {@link isIllustrativeReading} reads of a reading. @internal */
export interface ReadingMarks {
  readonly source?: string;
  readonly sources?: readonly SourceDocument[];
  readonly flags?: readonly ReadingFlag[];
}

/** Whether a reading carries `flag` in its `flags`. @internal */
export function hasFlag(reading: ReadingMarks | undefined, flag: ReadingFlag): boolean {
  return reading?.flags !== undefined && reading.flags.includes(flag);
}

/**
 * Whether a reading (baseline, target or observation) of `indicator` is
 * illustrative: it is flagged `illustrative` itself, or the indicator is
 * tagged `illustrative` and the reading gives no source (neither `source`
 * nor `sources`). A sourced reading of a tagged indicator is a published
 * figure. The one rule the diagrams and reports mark illustrative readings by.
 *
 * @example
 * ```ts
 * isIllustrativeReading({ ...indicator, tags: ['illustrative'] }, { date: '2020-12-31', value: 3 }); // true
 * isIllustrativeReading(indicator, { date: '2020-12-31', value: 3, flags: ['illustrative'] }); // true
 * ```
 * @internal
 */
export function isIllustrativeReading(indicator: IndicatorDocument, reading: ReadingMarks | undefined): boolean {
  if (reading === undefined) return false;
  if (hasFlag(reading, 'illustrative')) return true;
  const sourced = (reading.source !== undefined && reading.source !== '') || (reading.sources !== undefined && reading.sources.length > 0);
  return !sourced && (indicator.tags ?? []).includes('illustrative');
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
