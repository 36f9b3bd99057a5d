import { dayNumber } from '../document/dates.js';
import type { IndicatorDocument, IndicatorValue, Measure, NodeDocument, ReadingDocument } from '../document/types.js';
import type { MarkerWeights, ObservationUsed } from './types.js';

/** The period of the model, as day numbers, for trajectories without their own dates. @internal */
export interface Period {
  readonly start: number | null;
  readonly end: number | null;
}

/**
 * Days since 1970-01-01 of a valid ISO date: the same number as
 * {@link dayNumber} (including `Date.UTC`'s reading of years 0–99 as
 * 1900–1999), computed from the digits without allocating.
 * @internal
 */
export function fastDayNumber(date: string): number {
  const digit = (i: number): number => date.charCodeAt(i) - 48;
  let y = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const m = digit(5) * 10 + digit(6);
  const d = digit(8) * 10 + digit(9);
  if (date.length !== 10 || !(y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return dayNumber(date);
  if (y <= 99) y += 1900;
  // Days from the civil date (H. Hinnant's algorithm), exact for the proleptic Gregorian calendar.
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
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

/**
 * A reading's value on the indicator's numeric scale: number and percentage
 * as they are; yes/no as 0/1; a scale level as its position; progress markers
 * as the summed weights of the markers listed; a qualitative reading as its rating.
 */
function scaleValue(measure: Measure, weights: MarkerWeights, reading: ReadingDocument): number {
  const value = reading.value;
  switch (measure.kind) {
    case 'number':
    case 'percentage':
      return value as number;
    case 'boolean':
      return value === true ? 1 : 0;
    case 'scale':
      return measure.levels.indexOf(value as string);
    case 'markers': {
      const listed = value as readonly string[];
      let sum = 0;
      for (const marker of measure.markers) if (listed.includes(marker.id)) sum += weights[marker.grade];
      return sum;
    }
    case 'qualitative':
      return reading.rating ?? 0;
  }
}

/** Positions of readings sorted by day, stable (already sorted lists, the usual case, are not re-sorted); their days in `days`. */
function byDay(readings: readonly ReadingDocument[], days: Float64Array): number[] | undefined {
  let sorted = true;
  for (let i = 0; i < readings.length; i++) {
    days[i] = fastDayNumber((readings[i] as ReadingDocument).date);
    if (i > 0 && (days[i] as number) < (days[i - 1] as number)) sorted = false;
  }
  if (sorted) return undefined;
  // Array.prototype.sort is stable, so readings of the same day keep their written order.
  return Array.from({ length: readings.length }, (_, i) => i).sort((a, b) => (days[a] as number) - (days[b] as number));
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
  for (let s = 0; s < count; s++) {
    const node = nodes[nodeOf[s] as number] as IndicatorDocument;
    slotOf[nodeOf[s] as number] = s;
    const measure = node.measure;
    const kind = measure.kind;
    let f = 0;
    if (node.combine === 'cumulative') f |= CUMULATIVE;
    if (node.direction === 'decrease') f |= DECREASING;
    if (node.tags !== undefined && node.tags.includes('illustrative')) f |= ILLUSTRATIVE;

    let hasBaseline = true;
    let bx = 0;
    let bDay: number | null = null;
    let bValue: IndicatorValue | null = null;
    if (node.baseline !== undefined) {
      bValue = node.baseline.value;
      bx = scaleValue(measure, weights, node.baseline);
      bDay = fastDayNumber(node.baseline.date);
    } else if (kind === 'boolean') bValue = false;
    else if (kind === 'markers') bValue = NO_MARKERS;
    else if (kind !== 'qualitative') hasBaseline = false;

    const targets = node.targets ?? [];
    if (days.length < targets.length) days = new Float64Array(targets.length * 2);
    const targetOrder = byDay(targets, days);
    const targetAt = (k: number): number => (targetOrder === undefined ? k : (targetOrder[k] as number));
    const finalAt = targets.length === 0 ? -1 : targetAt(targets.length - 1);
    const final = finalAt === -1 ? undefined : (targets[finalAt] as ReadingDocument);
    let hasTarget = true;
    let tx = 0;
    let tValue: IndicatorValue | null = null;
    if (final !== undefined) {
      tValue = final.value;
      tx = kind === 'qualitative' ? (final.rating ?? 1) : scaleValue(measure, weights, final);
    } else if (kind === 'boolean') {
      tValue = true;
      tx = 1;
    } else if (kind === 'markers') {
      tValue = measure.markers.map((m) => m.id);
      for (const m of measure.markers) tx += weights[m.grade];
    } else if (kind === 'qualitative') tx = 1;
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
    if (hasBaseline && hasTarget && start !== null && end !== null && end > start) {
      trajDay[t] = start;
      trajExpected[t++] = 0;
      const span = tx / 2 - bx / 2;
      for (let k = 0; k < targets.length - 1; k++) {
        const at = targetAt(k);
        const day = days[at] as number;
        if (day <= start || day >= end) continue;
        const reading = targets[at] as ReadingDocument;
        const x = kind === 'qualitative' ? (reading.rating ?? 1) : scaleValue(measure, weights, reading);
        const fraction = span === 0 ? 1 : (x / 2 - bx / 2) / span;
        trajDay[t] = day;
        trajExpected[t++] = Number.isNaN(fraction) ? 0 : clamp(fraction);
      }
      trajDay[t] = end;
      trajExpected[t++] = 1;
    }
    trajOffsets[s + 1] = t;
    const at = obsOffsets[s] as number;
    obsOffsets[s + 1] = at + writeObservations(node, weights, bx, bDay ?? Number.NEGATIVE_INFINITY, obs, at);
  }
  return { nodeOf, slotOf, flags, baselineX, from, targetX, baselineValue, targetValue, trajOffsets, trajDay, trajExpected, obsOffsets, obs };
}

function emptyObservations(n: number): Observations {
  return {
    day: new Float64Array(n),
    x: new Float64Array(n),
    sum: new Float64Array(n),
    reading: new Array<ReadingDocument>(n),
    value: new Array<IndicatorValue>(n),
    used: new Array<ObservationUsed | undefined>(n).fill(undefined),
    single: new Array<readonly ObservationUsed[] | undefined>(n).fill(undefined),
  };
}

/**
 * Writes an indicator's observations, sorted by day (stable), at position
 * `at` of `obs`: day, scale value, running cumulative value (from the
 * baseline's scale value `baselineX`, adding every observation dated on or
 * after the baseline's day `from`), reading and value. Returns how many.
 */
function writeObservations(node: IndicatorDocument, weights: MarkerWeights, baselineX: number, from: number, obs: Observations, at: number): number {
  const readings = node.observations ?? [];
  const n = readings.length;
  if (n === 0) return 0;
  const order = byDay(readings, obs.day.subarray(at, at + n));
  const day = order === undefined ? undefined : Float64Array.from(obs.day.subarray(at, at + n));
  const list = obs.reading as ReadingDocument[];
  const values = obs.value as IndicatorValue[];
  // The same additions, in the same order, as summing from the baseline at each date.
  let running = baselineX;
  for (let i = 0; i < n; i++) {
    const j = order === undefined ? i : (order[i] as number);
    const reading = readings[j] as ReadingDocument;
    const k = at + i;
    if (day !== undefined) obs.day[k] = day[j] as number;
    const x = scaleValue(node.measure, weights, reading);
    obs.x[k] = x;
    // Held within ±Number.MAX_VALUE: a total past the largest number stays at it (see the progress guide).
    if ((obs.day[k] as number) >= from) running = Math.min(Number.MAX_VALUE, Math.max(-Number.MAX_VALUE, running + x));
    obs.sum[k] = running;
    list[k] = reading;
    values[k] = reading.value;
  }
  return n;
}

/** The observations of one indicator (slot `s` of `table`) from its document, on their own: for an indicator whose observations changed. @internal */
export function indicatorObservations(node: IndicatorDocument, weights: MarkerWeights, table: IndicatorTable, s: number): Observations {
  const obs = emptyObservations(node.observations?.length ?? 0);
  writeObservations(node, weights, table.baselineX[s] as number, table.from[s] as number, obs, 0);
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
    const out: { -readonly [K in keyof ObservationUsed]: ObservationUsed[K] } = { date: reading.date, value: reading.value };
    if (reading.rating !== undefined) out.rating = reading.rating;
    if (reading.source !== undefined) out.source = reading.source;
    if (reading.note !== undefined) out.note = reading.note;
    used = Object.freeze(out);
    obs.used[k] = used;
  }
  return used;
}

/** Clamps to [0, 1]; -0 becomes 0. @internal */
export function clamp(value: number): number {
  return value <= 0 ? 0 : value >= 1 ? 1 : value;
}
