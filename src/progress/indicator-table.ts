import { canonicalValue } from '../document/canonical-value.js';
import { dayNumber } from '../document/dates.js';
import { readingDate } from '../document/reading-date.js';
import type { IndicatorDocument, IndicatorValue, NodeDocument, ReadingDocument } from '../document/types.js';
import { hasFlag } from './illustrative-reading.js';
import { clamp, shareOfSpan } from './share-of-span.js';
import { packPerPeriod, type PerPeriodTargets } from './per-period.js';
import { emptyObservations, orderByDay, readDays, writeObservations, type Observations } from './observations.js';
import { BOOLEAN, MARKERS, MEASURE_CODE, QUALITATIVE, markerSum, scaleValue, targetValueOf } from './scale-value.js';
import type { MarkerWeights } from './types.js';
import type { CategoryFilter } from '../document/types.js';
import { indicatorView } from './category-view.js';

/** The period of the model, as day numbers, for trajectories without their own dates. @internal */
export interface Period {
  readonly start: number | null;
  readonly end: number | null;
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
/** Targets for their own period (`targetsAre: per-period`): see {@link IndicatorTable.perPeriod}. @internal */
export const PER_PERIOD = 32;
/** Set in a per-category roll-up for an indicator with nothing to read for the category. @internal */
export const NOT_BROKEN_DOWN = 128;

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
  /** The targets of each slot flagged {@link PER_PERIOD}, by slot; `undefined` for the others. */
  readonly perPeriod: readonly (PerPeriodTargets | undefined)[];
  /** How many slots are flagged {@link PER_PERIOD}. */
  readonly perPeriodCount: number;
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
export function packIndicators(nodes: readonly NodeDocument[], nodeOf: Int32Array, weights: MarkerWeights, period: Period, filter?: CategoryFilter): IndicatorTable {
  const count = nodeOf.length;
  let totalObs = 0;
  let totalTraj = 0;
  // Each indicator as read: readings' values worked out, or the category's readings (category-view.ts).
  const views = Array.from(nodeOf, (i) => indicatorView(nodes[i] as IndicatorDocument, filter));
  for (let s = 0; s < count; s++) {
    const node = (views[s] as (typeof views)[number]).node;
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
  const perPeriod: (PerPeriodTargets | undefined)[] = [];
  let perPeriodCount = 0;
  let days = new Float64Array(16);
  let t = 0;
  let at = 0;
  for (let s = 0; s < count; s++) {
    const view = views[s] as (typeof views)[number];
    const node = view.node;
    slotOf[nodeOf[s] as number] = s;
    const measure = node.measure;
    const code = MEASURE_CODE[measure.kind];
    let f = 0;
    if (node.combine === 'cumulative') f |= CUMULATIVE;
    if (node.direction === 'decrease') f |= DECREASING;
    if ((node.tags !== undefined && node.tags.includes('illustrative')) || illustrativeBounds(node)) f |= ILLUSTRATIVE;
    if (view.notBrokenDown) f |= NOT_BROKEN_DOWN;

    let hasBaseline = true;
    let bx = 0;
    let bDay: number | null = null;
    let bValue: IndicatorValue | null = null;
    const baseline = node.baseline;
    if (baseline !== undefined) {
      bValue = canonicalValue(baseline.value ?? Number.NaN);
      bx = scaleValue(code, measure, weights, baseline, bValue);
      bDay = dayNumber(readingDate(baseline) as string);
    } else if (code === BOOLEAN) bValue = false;
    else if (code === MARKERS) bValue = NO_MARKERS;
    else if (code !== QUALITATIVE) hasBaseline = false;

    const targets = node.targets ?? [];
    if (days.length < targets.length) days = new Float64Array(targets.length * 2);
    const targetOrder = readDays(targets, days, 0) ? undefined : orderByDay(targets, days, 0, targets.length);
    const targetAt = (k: number): number => (targetOrder === undefined ? k : (targetOrder[k] as number));
    // The final target: of targets on the last day, the first in content order (as finalTarget and validation take it).
    let finalK = targets.length - 1;
    while (finalK > 0 && days[targetAt(finalK - 1)] === days[targetAt(finalK)]) finalK--;
    const finalAt = targets.length === 0 ? -1 : targetAt(finalK);
    const final = finalAt === -1 ? undefined : (targets[finalAt] as ReadingDocument);
    let hasTarget = true;
    let tx = 0;
    let tValue: IndicatorValue | null = null;
    if (final !== undefined) {
      tValue = canonicalValue(final.value ?? Number.NaN);
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
    // Per-period targets need written targets: the default target of a yes/no, markers or qualitative indicator has no period.
    if (node.targetsAre === 'per-period' && targets.length > 0) {
      f |= PER_PERIOD;
      perPeriod[s] = packPerPeriod(targets, targetAt, days, code, measure, weights, bDay ?? period.start);
      perPeriodCount++;
    }
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
  perPeriod.length = count;
  return { nodeOf, slotOf, flags, baselineX, from, targetX, baselineValue, targetValue, trajOffsets, trajDay, trajExpected, obsOffsets, obs, perPeriod, perPeriodCount };
}

/** Whether the baseline or a target of `node` is flagged `illustrative`: every progress figure of the indicator then rests on it. */
function illustrativeBounds(node: IndicatorDocument): boolean {
  return hasFlag(node.baseline, 'illustrative') || (node.targets ?? []).some((t) => hasFlag(t, 'illustrative'));
}

/** The observations of one indicator (slot `s` of `table`) from its document, on their own: for an indicator whose observations changed. @internal */
export function indicatorObservations(node: IndicatorDocument, weights: MarkerWeights, table: IndicatorTable, s: number, filter?: CategoryFilter): Observations {
  const readings = indicatorView(node, filter).node.observations ?? [];
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

