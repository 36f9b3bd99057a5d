import type { IndicatorValue, ReadingPeriod } from './types.js';

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
 * the start of a reporting period, where one is written.
 * Readings with the same key are identical.
 * @internal
 */
export function readingOrderKey(reading: {
  readonly value: IndicatorValue;
  readonly rating?: number;
  readonly source?: string;
  readonly note?: string;
  readonly period?: ReadingPeriod;
}): string {
  const optional = (text: string | undefined): readonly (string | number)[] => (text === undefined ? [0] : [1, text]);
  const key = [canonicalValue(reading.value), reading.rating ?? null, optional(reading.source), optional(reading.note)];
  // Only where a period is written, so that the keys of dated readings are as they were.
  return JSON.stringify(reading.period === undefined ? key : [...key, reading.period.start]);
}
