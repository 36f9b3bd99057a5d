import type { IndicatorValue, ReadingFlag, SourceDocument } from './types.js';

/**
 * A value with the marker ids of a progress-markers reading sorted (their
 * order carries no meaning); any other value as it is.
 * @internal
 */
export function canonicalValue(value: IndicatorValue): IndicatorValue {
  return Array.isArray(value) ? [...(value as readonly string[])].sort() : value;
}

/**
 * A key that orders readings of one date by content, whatever order they were
 * written in: value (marker ids sorted), rating, then source and note, a
 * missing source or note before any written one (even an empty one), then
 * the flags (sorted) and sources where either is written.
 * Readings with the same key are identical.
 * @internal
 */
export function readingOrderKey(reading: {
  readonly value: IndicatorValue;
  readonly rating?: number;
  readonly source?: string;
  readonly note?: string;
  readonly sources?: readonly SourceDocument[];
  readonly flags?: readonly ReadingFlag[];
}): string {
  const optional = (text: string | undefined): readonly (string | number)[] => (text === undefined ? [0] : [1, text]);
  return JSON.stringify([canonicalValue(reading.value), reading.rating ?? null, optional(reading.source), optional(reading.note), ...flagsAndSourcesKey(reading)]);
}

/**
 * The part of {@link readingOrderKey} after the note: the flags (sorted), then
 * the source documents, each missing one before any written one. @internal
 */
export function flagsAndSourcesKey(reading: { readonly sources?: readonly SourceDocument[]; readonly flags?: readonly ReadingFlag[] }): unknown[] {
  return [
    reading.flags === undefined ? [0] : [1, ...[...reading.flags].sort()],
    reading.sources === undefined ? [0] : [1, ...reading.sources.map((s) => [s.title, s.url ?? null, s.date ?? null, s.kind ?? null])],
  ];
}
