import type { IndicatorValue, ReadingDocument, ReadingFlag, SourceDocument } from './types.js';

/**
 * A value with the marker ids of a progress-markers reading sorted (their
 * order carries no meaning); any other value as it is.
 * @internal
 */
export function canonicalValue(value: IndicatorValue): IndicatorValue;
export function canonicalValue(value: IndicatorValue | undefined): IndicatorValue | undefined;
export function canonicalValue(value: IndicatorValue | undefined): IndicatorValue | undefined {
  return Array.isArray(value) ? [...(value as readonly string[])].sort() : value;
}

/**
 * A reading's numerator, denominator and breakdown as comparable text (the
 * parts sorted, each part's categories by dimension), or `undefined` when it
 * has none of them.
 * @internal
 */
export function partsKey(reading: ReadingDocument): string | undefined {
  if (reading.numerator === undefined && reading.denominator === undefined && reading.breakdown === undefined) return undefined;
  const parts = (reading.breakdown ?? [])
    .map((e) =>
      JSON.stringify([
        Object.keys(e.for)
          .sort()
          .map((d) => [d, e.for[d]]),
        canonicalValue(e.value) ?? null,
        e.numerator ?? null,
        e.denominator ?? null,
        e.rating ?? null,
      ]),
    )
    .sort();
  return JSON.stringify([reading.numerator ?? null, reading.denominator ?? null, parts]);
}

/**
 * An optional text as a sortable key part: a missing one (`[0]`) before any
 * written one, even an empty one (`[1, text]`).
 * @internal
 */
export function optionalKey(text: string | undefined): readonly (string | number)[] {
  return text === undefined ? [0] : [1, text];
}

/**
 * A key that orders readings of one date by content, whatever order they were
 * written in: value (marker ids sorted), rating, then source and note, a
 * missing source or note before any written one (even an empty one), then
 * the numerator, denominator and parts, the start of a reporting period, and the
 * flags (sorted) and sources, each where written.
 * Readings with the same key are identical.
 * @internal
 */
export function readingOrderKey(reading: ReadingDocument): string {
  const key: unknown[] = [canonicalValue(reading.value) ?? null, reading.rating ?? null, optionalKey(reading.source), optionalKey(reading.note)];
  // Numerator, denominator and breakdown, and the period's start, only where written: the keys of other readings are as they were.
  const parts = partsKey(reading);
  if (parts !== undefined) key.push(parts);
  if (reading.period !== undefined) key.push(reading.period.start);
  key.push(...flagsAndSourcesKey(reading));
  return JSON.stringify(key);
}

/**
 * The part of {@link readingOrderKey} after the note, the parts and the period: the flags (sorted), then
 * the source documents, each missing one before any written one. @internal
 */
export function flagsAndSourcesKey(reading: { readonly sources?: readonly SourceDocument[]; readonly flags?: readonly ReadingFlag[] }): unknown[] {
  return [
    reading.flags === undefined ? [0] : [1, ...[...reading.flags].sort()],
    reading.sources === undefined ? [0] : [1, ...reading.sources.map((s) => [s.title, s.url ?? null, s.date ?? null, s.kind ?? null])],
  ];
}

/**
 * A key that orders assessments of one date by content, whatever order they
 * were written in: progress, then who made it, then the note, a missing `by`
 * or note before any written one (as in {@link readingOrderKey}). Of the
 * assessments of the date in force, the roll-up takes the first in this order
 * (validation refuses two that differ: `conflicting-readings`).
 * @internal
 */
export function assessmentOrderKey(assessment: { readonly progress: number; readonly by?: string; readonly note?: string }): string {
  return JSON.stringify([assessment.progress, optionalKey(assessment.by), optionalKey(assessment.note)]);
}
