import { canonicalValue, readingOrderKey } from '../document/canonical-value.js';
import { dayNumber } from '../document/dates.js';
import type { IndicatorDocument, IndicatorValue, Measure, NodeDocument, ReadingDocument } from '../document/types.js';
import type { MarkerWeights, ObservationUsed } from './types.js';

/** The period of the model, as day numbers, for trajectories without their own dates. @internal */
export interface Period {
  readonly start: number | null;
  readonly end: number | null;
}

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

/** Bit flags of {@link IndicatorTable.flags}. @internal */
export const CUMULATIVE = 1;
/** @internal */
export const DECREASING = 2;
/** @internal */
export const ILLUSTRATIVE = 4;
/** @internal */
export const HAS_BASELINE = 8;
/** @internal */
export const HAS_TARGET = 16;

/**
 * Every indicator of a model prepared for one set of marker weights, packed
 * into typed arrays by slot (indicators in document order). Observations of
 * slot `s` are positions `obsOffsets[s]` to `obsOffsets[s + 1] - 1` of `obs`.
 * @internal
 */
export interface IndicatorTable {
  /** Node position of each slot. */
  readonly nodeOf: Int32Array;
  /** Slot of each node position, -1 for nodes that are not indicators. */
  readonly slotOf: Int32Array;
  readonly flags: Uint8Array;
  readonly baselineX: Float64Array;
  /** The baseline's day, or -Infinity when the baseline has no date (or there is none). */
  readonly from: Float64Array;
  readonly targetX: Float64Array;
  readonly baselineValue: readonly (IndicatorValue | null)[];
  readonly targetValue: readonly (IndicatorValue | null)[];
  readonly trajOffsets: Int32Array;
  readonly trajDay: Float64Array;
  readonly trajExpected: Float64Array;
  readonly obsOffsets: Int32Array;
  readonly obs: Observations;
}

/** Measure kinds as small integers, so that the per-reading code switches on a number. */
const NUMBER = 0;
const BOOLEAN = 1;
const SCALE = 2;
const MARKERS = 3;
const QUALITATIVE = 4;
const MEASURE_CODE: { readonly [K in Measure['kind']]: number } = {
  number: NUMBER,
  percentage: NUMBER,
  boolean: BOOLEAN,
  scale: SCALE,
  markers: MARKERS,
  qualitative: QUALITATIVE,
};

/**
 * A reading's value on the indicator's numeric scale: number and percentage
 * as they are; yes/no as 0/1; a scale level as its position; progress markers
 * as the summed weights of the markers listed; a qualitative reading as its
 * rating. `code` is the measure's {@link MEASURE_CODE}; `value` is `reading.value`.
 */
function scaleValue(code: number, measure: Measure, weights: MarkerWeights, reading: ReadingDocument, value: IndicatorValue): number {
  switch (code) {
    case NUMBER:
      return value as number;
    case BOOLEAN:
      return value === true ? 1 : 0;
    case SCALE:
      return (measure as Extract<Measure, { kind: 'scale' }>).levels.indexOf(value as string);
    case MARKERS: {
      const listed = value as readonly string[];
      const seen = { expect: 0, like: 0, love: 0 };
      for (const marker of (measure as Extract<Measure, { kind: 'markers' }>).markers) if (listed.includes(marker.id)) seen[marker.grade]++;
      return markerSum(seen, weights);
    }
    default:
      return reading.rating ?? 0;
  }
}

/** The weight of markers seen, by grade: counted first, so the sum is the same whatever the order of the markers. */
function markerSum(seen: { readonly [G in keyof MarkerWeights]: number }, weights: MarkerWeights): number {
  return seen.expect * weights.expect + seen.like * weights.like + seen.love * weights.love;
}

/** A target's value on the scale: as {@link scaleValue}, but a qualitative target without a rating counts as achieved (1). */
function targetValueOf(code: number, measure: Measure, weights: MarkerWeights, reading: ReadingDocument): number {
  return code === QUALITATIVE ? (reading.rating ?? 1) : scaleValue(code, measure, weights, reading, reading.value);
}

/**
 * Reads the days of `readings` into `days` from position `at` on; returns
 * whether they are in order with no two on one day (the usual case).
 */
function readDays(readings: readonly ReadingDocument[], days: Float64Array, at: number): boolean {
  let sorted = true;
  let previous = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < readings.length; i++) {
    const day = dayNumber((readings[i] as ReadingDocument).date);
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
function orderByDay(readings: readonly ReadingDocument[], days: Float64Array, at: number, n: number): number[] {
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

const NO_MARKERS: readonly string[] = Object.freeze([]);

/**
 * Prepares every indicator of a model for one set of marker weights, straight
 * into typed arrays (one slot per indicator, in document order). Defaults
 * where none is written: yes/no baseline `false` and target `true`; markers
 * baseline none and target all; qualitative baseline rating 0 and target
 * rating 1. The target is the latest; earlier targets are milestones of the
 * trajectory of expected progress, which runs from the baseline date (else
 * the period's start) to the final target's date (else the period's end).
 * @internal
 */
export function packIndicators(nodes: readonly NodeDocument[], nodeOf: Int32Array, weights: MarkerWeights, period: Period): IndicatorTable {
  const count = nodeOf.length;
  let totalObs = 0;
  let totalTraj = 0;
  for (let s = 0; s < count; s++) {
    const node = nodes[nodeOf[s] as number] as IndicatorDocument;
    totalObs += node.observations?.length ?? 0;
    totalTraj += (node.targets?.length ?? 0) + 2;
  }
  const slotOf = new Int32Array(nodes.length).fill(-1);
  const flags = new Uint8Array(count);
  const baselineX = new Float64Array(count);
  const from = new Float64Array(count);
  const targetX = new Float64Array(count);
  const baselineValue: (IndicatorValue | null)[] = new Array<IndicatorValue | null>(count);
  const targetValue: (IndicatorValue | null)[] = new Array<IndicatorValue | null>(count);
  const trajOffsets = new Int32Array(count + 1);
  const trajDay = new Float64Array(totalTraj);
  const trajExpected = new Float64Array(totalTraj);
  const obsOffsets = new Int32Array(count + 1);
  const obs = emptyObservations(totalObs);
  let days = new Float64Array(16);
  let t = 0;
  let at = 0;
  for (let s = 0; s < count; s++) {
    const node = nodes[nodeOf[s] as number] as IndicatorDocument;
    slotOf[nodeOf[s] as number] = s;
    const measure = node.measure;
    const code = MEASURE_CODE[measure.kind];
    let f = 0;
    if (node.combine === 'cumulative') f |= CUMULATIVE;
    if (node.direction === 'decrease') f |= DECREASING;
    if (node.tags !== undefined && node.tags.includes('illustrative')) f |= ILLUSTRATIVE;

    let hasBaseline = true;
    let bx = 0;
    let bDay: number | null = null;
    let bValue: IndicatorValue | null = null;
    const baseline = node.baseline;
    if (baseline !== undefined) {
      bValue = canonicalValue(baseline.value);
      bx = scaleValue(code, measure, weights, baseline, bValue);
      bDay = dayNumber(baseline.date);
    } else if (code === BOOLEAN) bValue = false;
    else if (code === MARKERS) bValue = NO_MARKERS;
    else if (code !== QUALITATIVE) hasBaseline = false;

    const targets = node.targets ?? [];
    if (days.length < targets.length) days = new Float64Array(targets.length * 2);
    const targetOrder = readDays(targets, days, 0) ? undefined : orderByDay(targets, days, 0, targets.length);
    const targetAt = (k: number): number => (targetOrder === undefined ? k : (targetOrder[k] as number));
    const finalAt = targets.length === 0 ? -1 : targetAt(targets.length - 1);
    const final = finalAt === -1 ? undefined : (targets[finalAt] as ReadingDocument);
    let hasTarget = true;
    let tx = 0;
    let tValue: IndicatorValue | null = null;
    if (final !== undefined) {
      tValue = canonicalValue(final.value);
      tx = targetValueOf(code, measure, weights, final);
    } else if (code === BOOLEAN) {
      tValue = true;
      tx = 1;
    } else if (measure.kind === 'markers') {
      tValue = canonicalValue(measure.markers.map((m) => m.id));
      const seen = { expect: 0, like: 0, love: 0 };
      for (const m of measure.markers) seen[m.grade]++;
      tx = markerSum(seen, weights);
    } else if (code === QUALITATIVE) tx = 1;
    else hasTarget = false;
    if (hasBaseline) f |= HAS_BASELINE;
    if (hasTarget) f |= HAS_TARGET;
    flags[s] = f;
    baselineX[s] = bx;
    from[s] = bDay ?? Number.NEGATIVE_INFINITY;
    targetX[s] = tx;
    baselineValue[s] = bValue;
    targetValue[s] = tValue;

    const start = bDay ?? period.start;
    const end = final === undefined ? period.end : (days[finalAt] as number);
    // The timeline runs whenever its two dates are known; milestones are placed on it only when
    // the baseline and target values are known too (without them, expected progress is the time elapsed).
    if (start !== null && end !== null && end > start) {
      trajDay[t] = start;
      trajExpected[t++] = 0;
      for (let k = 0; hasBaseline && hasTarget && k < targets.length - 1; k++) {
        const i = targetAt(k);
        const day = days[i] as number;
        // Identical milestones of one day (others are refused by validation) are one point.
        if (day <= start || day >= end || day === trajDay[t - 1]) continue;
        const x = targetValueOf(code, measure, weights, targets[i] as ReadingDocument);
        const fraction = tx === bx ? 1 : shareOfSpan(x, bx, tx);
        trajDay[t] = day;
        trajExpected[t++] = Number.isNaN(fraction) ? 0 : clamp(fraction);
      }
      trajDay[t] = end;
      trajExpected[t++] = 1;
    }
    trajOffsets[s + 1] = t;
    const readings = node.observations;
    if (readings !== undefined) at += writeObservations(readings, code, measure, weights, bx, bDay ?? Number.NEGATIVE_INFINITY, obs, at);
    obsOffsets[s + 1] = at;
  }
  return { nodeOf, slotOf, flags, baselineX, from, targetX, baselineValue, targetValue, trajOffsets, trajDay, trajExpected, obsOffsets, obs };
}

/** Room for `n` observations (the two caches start empty: holes read as `undefined`). */
function emptyObservations(n: number): Observations {
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
function writeObservations(
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
  for (let i = 0; i < n; i++) {
    const reading = ordered[i] as ReadingDocument;
    const value = reading.value;
    const k = at + i;
    const v = scaleValue(code, measure, weights, reading, value);
    x[k] = v;
    // Held within ±Number.MAX_VALUE: a total past the largest number stays at it (see the progress guide).
    if ((day[k] as number) >= from) running = Math.min(Number.MAX_VALUE, Math.max(-Number.MAX_VALUE, running + v));
    sum[k] = running;
    list[k] = reading;
    values[k] = canonicalValue(value);
  }
  return n;
}

/** The observations of one indicator (slot `s` of `table`) from its document, on their own: for an indicator whose observations changed. @internal */
export function indicatorObservations(node: IndicatorDocument, weights: MarkerWeights, table: IndicatorTable, s: number): Observations {
  const readings = node.observations ?? [];
  const obs = emptyObservations(readings.length);
  writeObservations(readings, MEASURE_CODE[node.measure.kind], node.measure, weights, table.baselineX[s] as number, table.from[s] as number, obs, 0);
  return obs;
}

/** Expected progress of slot `s` at `day`: 0 before its trajectory starts, 1 after it ends, linear between points; NaN without one. @internal */
export function expectedAt(table: IndicatorTable, s: number, day: number): number {
  const start = table.trajOffsets[s] as number;
  const end = table.trajOffsets[s + 1] as number;
  if (start === end) return Number.NaN;
  if (day <= (table.trajDay[start] as number)) return 0;
  for (let i = start + 1; i < end; i++) {
    const bDay = table.trajDay[i] as number;
    if (day <= bDay) {
      const aDay = table.trajDay[i - 1] as number;
      const aExpected = table.trajExpected[i - 1] as number;
      return aExpected + (((table.trajExpected[i] as number) - aExpected) * (day - aDay)) / (bDay - aDay);
    }
  }
  return 1;
}

/** The reading at position `k` as an {@link ObservationUsed}, made once and shared (frozen). @internal */
export function observationUsed(obs: Observations, k: number): ObservationUsed {
  let used = obs.used[k];
  if (used === undefined) {
    const reading = obs.reading[k] as ReadingDocument;
    const out: { -readonly [K in keyof ObservationUsed]: ObservationUsed[K] } = { date: reading.date, value: obs.value[k] as IndicatorValue };
    if (reading.rating !== undefined) out.rating = reading.rating;
    if (reading.source !== undefined) out.source = reading.source;
    if (reading.note !== undefined) out.note = reading.note;
    used = Object.freeze(out);
    obs.used[k] = used;
  }
  return used;
}

/**
 * (x − from) / (to − from), the share of the way from `from` to `to` that `x`
 * stands at (`to` ≠ `from`). Differences of huge values can overflow to
 * Infinity; then their halves are used, which cannot (halving first would
 * lose the precision of tiny values, so it is the fallback).
 * @internal
 */
export function shareOfSpan(x: number, from: number, to: number): number {
  const above = x - from;
  const span = to - from;
  return Number.isFinite(above) && Number.isFinite(span) ? above / span : (x / 2 - from / 2) / (to / 2 - from / 2);
}

/** Clamps to [0, 1]; -0 becomes 0. @internal */
export function clamp(value: number): number {
  return value <= 0 ? 0 : value >= 1 ? 1 : value;
}
