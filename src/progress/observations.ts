import { sortedFlags } from '../document/reading-flags.js';
import { readingOrderKey, canonicalValue } from '../document/canonical-value.js';
import { dayNumber } from '../document/dates.js';
import { readingDate } from '../document/reading-date.js';
import type { IndicatorValue, Measure, ReadingDocument } from '../document/types.js';
import { scaleValue } from './scale-value.js';
import { sortedParts } from '../document/breakdown.js';
import type { MarkerWeights, ObservationUsed } from './types.js';

/**
 * The observations of one or more indicators, in parallel arrays: day, scale
 * value, running cumulative value (the baseline plus every observation from
 * the baseline date on, up to this one), the reading, and caches of the
 * reading as an {@link ObservationUsed} and as a one-element list of it.
 * @internal
 */
export interface Observations {
  readonly day: Float64Array;
  readonly x: Float64Array;
  readonly sum: Float64Array;
  readonly reading: readonly ReadingDocument[];
  /** Each reading's value (kept apart: reading objects come in many shapes, which makes reading `.value` slow). */
  readonly value: readonly IndicatorValue[];
  readonly used: (ObservationUsed | undefined)[];
  readonly single: (readonly ObservationUsed[] | undefined)[];
}

/**
 * Reads the days of `readings` into `days` from position `at` on; returns
 * whether they are in order with no two on one day (the usual case).
 */
export function readDays(readings: readonly ReadingDocument[], days: Float64Array, at: number): boolean {
  let sorted = true;
  let previous = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < readings.length; i++) {
    // A reading with a period counts from the period's last day.
    const day = dayNumber(readingDate(readings[i] as ReadingDocument) as string);
    days[at + i] = day;
    if (day <= previous) sorted = false;
    previous = day;
  }
  return sorted;
}

/**
 * Positions `0` to `n - 1` of `readings` sorted by `days[at + i]`, and
 * readings of one day by their content (value, rating, source, note), so the
 * order never depends on the order written.
 */
export function orderByDay(readings: readonly ReadingDocument[], days: Float64Array, at: number, n: number): number[] {
  let keys: string[] | undefined;
  const key = (i: number): string => {
    keys ??= [];
    return (keys[i] ??= readingOrderKey(readings[i] as ReadingDocument));
  };
  return Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    const byDay = (days[at + a] as number) - (days[at + b] as number);
    if (byDay !== 0) return byDay;
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}

/** Room for `n` observations (the two caches start empty: holes read as `undefined`). */
export function emptyObservations(n: number): Observations {
  return {
    day: new Float64Array(n),
    x: new Float64Array(n),
    sum: new Float64Array(n),
    reading: new Array<ReadingDocument>(n),
    value: new Array<IndicatorValue>(n),
    used: new Array<ObservationUsed | undefined>(n),
    single: new Array<readonly ObservationUsed[] | undefined>(n),
  };
}

/**
 * Writes an indicator's observations (`readings`, of a measure with code
 * `code`), sorted by day (readings of one day by content), at position `at` of `obs`: day, scale
 * value, running cumulative value (from the baseline's scale value
 * `baselineX`, adding every observation dated on or after the baseline's day
 * `from`), reading and value. Returns how many.
 */
export function writeObservations(
  readings: readonly ReadingDocument[],
  code: number,
  measure: Measure,
  weights: MarkerWeights,
  baselineX: number,
  from: number,
  obs: Observations,
  at: number,
): number {
  const n = readings.length;
  const { day, x, sum } = obs;
  let ordered = readings;
  if (!readDays(readings, day, at)) {
    const order = orderByDay(readings, day, at, n);
    const days = day.slice(at, at + n);
    ordered = order.map((j) => readings[j] as ReadingDocument);
    for (let i = 0; i < n; i++) day[at + i] = days[order[i] as number] as number;
  }
  const list = obs.reading as ReadingDocument[];
  const values = obs.value as IndicatorValue[];
  // The same additions, in the same order, as summing from the baseline at each date.
  let running = baselineX;
  // Percentages given as numerator and denominator add up by their counts: Σnumerators / Σdenominators.
  const ratios = measure.kind === 'percentage' && n > 0 && readings.every((r) => r.numerator !== undefined && r.denominator !== undefined);
  let numerators = 0;
  let denominators = 0;
  for (let i = 0; i < n; i++) {
    const reading = ordered[i] as ReadingDocument;
    const value = reading.value ?? Number.NaN;
    const k = at + i;
    const v = scaleValue(code, measure, weights, reading, value);
    x[k] = v;
    // Held within ±Number.MAX_VALUE: a total past the largest number stays at it (see the progress guide).
    if ((day[k] as number) >= from) {
      if (ratios) {
        numerators += reading.numerator as number;
        denominators += reading.denominator as number;
        running = denominators > 0 ? (100 * numerators) / denominators : running;
      } else running = Math.min(Number.MAX_VALUE, Math.max(-Number.MAX_VALUE, running + v));
    }
    sum[k] = running;
    list[k] = reading;
    values[k] = canonicalValue(value);
  }
  return n;
}

/** The reading at position `k` as an {@link ObservationUsed}, made once and shared (frozen). @internal */
export function observationUsed(obs: Observations, k: number): ObservationUsed {
  let used = obs.used[k];
  if (used === undefined) {
    const reading = obs.reading[k] as ReadingDocument;
    const out: { -readonly [K in keyof ObservationUsed]: ObservationUsed[K] } = { date: readingDate(reading) as string, value: obs.value[k] as IndicatorValue };
    // The period, numerator, denominator and breakdown only where written: a report of other readings is as it always was.
    if (reading.period !== undefined) out.period = { start: reading.period.start, end: reading.period.end };
    if (reading.numerator !== undefined && reading.denominator !== undefined) {
      out.numerator = reading.numerator;
      out.denominator = reading.denominator;
    }
    if (reading.breakdown !== undefined) out.breakdown = sortedParts(reading.breakdown);
    if (reading.rating !== undefined) out.rating = reading.rating;
    if (reading.source !== undefined) out.source = reading.source;
    if (reading.sources !== undefined) out.sources = reading.sources;
    if (reading.flags !== undefined) out.flags = sortedFlags(reading.flags);
    if (reading.note !== undefined) out.note = reading.note;
    used = Object.freeze(out);
    obs.used[k] = used;
  }
  return used;
}

