import { CUMULATIVE, DECREASING, expectedAt, HAS_BASELINE, HAS_TARGET, NOT_BROKEN_DOWN, PER_PERIOD, type IndicatorTable } from './indicator-table.js';
import type { Observations } from './observations.js';
import { judgedTarget, perPeriodExpected, periodSum, targetPosition, type PerPeriodTargets } from './per-period.js';
import { clamp, shareOfSpan } from './share-of-span.js';

/** Codes of {@link IndicatorNumbers.reason}, in the guide's order: 0 for none. @internal */
export const REASON = { none: 0, noObservation: 1, noBaseline: 2, noTarget: 3, beforeBaseline: 4, notBrokenDown: 5 } as const;

/** What {@link indicatorProgress} works out for one indicator at one day; NaN stands for "none". @internal */
export interface IndicatorNumbers {
  /** Progress used in the roll-up, in [0, 1]. */
  progress: number;
  /** Progress before clamping. */
  raw: number;
  /** Expected progress from the timeline. */
  expected: number;
  /** A {@link REASON} code. */
  reason: number;
  /** Positions in `obs` of the first and last observations used (`last` -1: none). */
  first: number;
  last: number;
  /** Per-period targets only: the {@link judgedTarget} code of the target judged (0 otherwise). */
  judged: number;
}

/**
 * The progress of one indicator (slot `s` of `table`) at `day`, from its
 * observations `lo` to `hi - 1` of `obs` (sorted by day), as the progress
 * guide states it: the latest value on or before the day (for a cumulative
 * indicator, the baseline plus every observation from the baseline date on)
 * as a share of the way from the baseline to the target; 1 or 0 for a target
 * equal to the baseline (a level to maintain); no data, with a reason, where
 * a baseline, a target or an observation is missing. Writes into `out`.
 * @internal
 */
export function indicatorProgress(table: IndicatorTable, s: number, obs: Observations, lo: number, hi: number, day: number, out: IndicatorNumbers): void {
  // The flag first: most indicators have milestones, and the typed array is the cheaper read.
  if (((table.flags[s] as number) & PER_PERIOD) !== 0) {
    perPeriodProgress(table, s, table.perPeriod[s] as PerPeriodTargets, obs, lo, hi, day, out);
    return;
  }
  out.judged = 0;
  // The last observation on or before the day: binary search (observations are sorted by day).
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if ((obs.day[mid] as number) <= day) a = mid + 1;
    else b = mid;
  }
  let last = a - 1;
  const from = table.from[s] as number;
  const flags = table.flags[s] as number;
  const cumulative = (flags & CUMULATIVE) !== 0;
  // Of readings on one day (identical but for source or note, else validation refuses them), a
  // latest-value indicator uses the first in content order; a cumulative one adds them all.
  if (!cumulative) while (last > lo && obs.day[last - 1] === obs.day[last]) last--;
  // No-data reasons in the guide's order: what must be set up before what must be collected.
  let reason: number = REASON.none;
  if ((flags & NOT_BROKEN_DOWN) !== 0) reason = REASON.notBrokenDown;
  else if ((flags & HAS_BASELINE) === 0) reason = REASON.noBaseline;
  else if ((flags & HAS_TARGET) === 0) reason = REASON.noTarget;
  else if (last < lo) reason = REASON.noObservation;
  else if ((obs.day[last] as number) < from) reason = REASON.beforeBaseline;
  let raw = Number.NaN;
  let first = lo;
  if (reason === REASON.none) {
    const baselineX = table.baselineX[s] as number;
    const targetX = table.targetX[s] as number;
    let x: number;
    if (cumulative) {
      x = obs.sum[last] as number;
      while ((obs.day[first] as number) < from) first++;
    } else x = obs.x[last] as number;
    raw = progressBetween(x, baselineX, targetX, (flags & DECREASING) !== 0);
  }
  out.progress = raw === raw ? clamp(raw) : Number.NaN;
  out.raw = raw;
  out.expected = expectedAt(table, s, day);
  out.reason = reason;
  out.first = first;
  out.last = reason === REASON.none ? last : -1;
}

/** (x − baseline) / (target − baseline), never NaN or infinite; for a target equal to the baseline, 1 while x is at or beyond it, else 0. */
function progressBetween(x: number, baselineX: number, targetX: number, decreasing: boolean): number {
  let raw: number;
  if (targetX === baselineX) raw = (decreasing ? x <= targetX : x >= targetX) ? 1 : 0;
  else raw = shareOfSpan(x, baselineX, targetX);
  if (raw !== raw) raw = 0;
  else if (raw === Number.POSITIVE_INFINITY) raw = Number.MAX_VALUE;
  else if (raw === Number.NEGATIVE_INFINITY) raw = -Number.MAX_VALUE;
  return raw === 0 ? 0 : raw;
}

/**
 * {@link indicatorProgress} for targets each for their own period, as the
 * progress guide states it: the target judged is the latest dated on or
 * before the day (expected progress 1: its period is over), else the first
 * (expected progress rising over its period); the value is the latest
 * observation dated within that target's period (for a cumulative indicator,
 * the sum of those, the baseline not added); no observation there is no data.
 */
function perPeriodProgress(
  table: IndicatorTable,
  s: number,
  targets: PerPeriodTargets,
  obs: Observations,
  lo: number,
  hi: number,
  day: number,
  out: IndicatorNumbers,
): void {
  const judged = judgedTarget(targets, day);
  const k = targetPosition(judged);
  const start = targets.start[k] as number;
  const until = Math.min(targets.end[k] as number, day);
  // The last observation on or before `until`, and the first on or after the period's start.
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if ((obs.day[mid] as number) <= until) a = mid + 1;
    else b = mid;
  }
  let last = a - 1;
  let first = last + 1;
  while (first > lo && (obs.day[first - 1] as number) >= start) first--;
  const flags = table.flags[s] as number;
  const cumulative = (flags & CUMULATIVE) !== 0;
  if (!cumulative) while (last > first && obs.day[last - 1] === obs.day[last]) last--;
  let reason: number = REASON.none;
  if ((flags & HAS_BASELINE) === 0) reason = REASON.noBaseline;
  else if ((flags & HAS_TARGET) === 0) reason = REASON.noTarget;
  else if (last < first) reason = REASON.noObservation;
  let raw = Number.NaN;
  if (reason === REASON.none) {
    const x = cumulative ? periodSum(obs, first, last) : (obs.x[last] as number);
    raw = progressBetween(x, table.baselineX[s] as number, targets.x[k] as number, (flags & DECREASING) !== 0);
  }
  out.progress = raw === raw ? clamp(raw) : Number.NaN;
  out.raw = raw;
  out.expected = perPeriodExpected(targets, judged, day);
  out.reason = reason;
  out.first = reason === REASON.none ? first : lo;
  out.last = reason === REASON.none ? last : -1;
  out.judged = judged;
}
