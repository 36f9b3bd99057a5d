import { dayNumber } from '../document/dates.js';
import type { Measure, ReadingDocument } from '../document/types.js';
import type { Observations } from './observations.js';
import { targetValueOf } from './scale-value.js';
import type { MarkerWeights } from './types.js';

/**
 * The targets of an indicator with `targetsAre: per-period`, sorted by date
 * (identical targets of one date once): each one's period as day numbers
 * (`start` -Infinity when it cannot be known: the first target without a
 * period, a baseline date or a model period), its scale value and reading.
 * @internal
 */
export interface PerPeriodTargets {
  readonly start: Float64Array;
  readonly end: Float64Array;
  readonly x: Float64Array;
  readonly reading: readonly ReadingDocument[];
}

/**
 * The per-period targets of one indicator, as the progress guide states
 * them: each covers its own `period` if it has one, else from the day after
 * the previous target's date (the first: from the baseline's date, else
 * the model period's start, `from`) to its own date. `order` gives the
 * targets by date, `days` their dates as day numbers.
 * @internal
 */
export function packPerPeriod(
  targets: readonly ReadingDocument[],
  order: (k: number) => number,
  days: Float64Array,
  code: number,
  measure: Measure,
  weights: MarkerWeights,
  from: number | null,
): PerPeriodTargets {
  const start: number[] = [];
  const end: number[] = [];
  const x: number[] = [];
  const reading: ReadingDocument[] = [];
  let previous = Number.NaN;
  for (let k = 0; k < targets.length; k++) {
    const i = order(k);
    const day = days[i] as number;
    // Targets of one date are identical (validation refuses others): one period.
    if (day === previous) continue;
    const target = targets[i] as ReadingDocument;
    const first = target.period !== undefined ? dayNumber(target.period.start) : previous === previous ? previous + 1 : (from ?? Number.NEGATIVE_INFINITY);
    start.push(first);
    end.push(day);
    x.push(targetValueOf(code, measure, weights, target));
    reading.push(target);
    previous = day;
  }
  return { start: Float64Array.from(start), end: Float64Array.from(end), x: Float64Array.from(x), reading };
}

/**
 * The target judged at `day`: the latest whose date is on or before it
 * (its period has ended), returned as its position; before the first
 * target's date, the first target, returned as -1 (in force, its period
 * still running).
 * @internal
 */
export function judgedTarget(targets: PerPeriodTargets, day: number): number {
  let k = -1;
  const end = targets.end;
  while (k + 1 < end.length && (end[k + 1] as number) <= day) k++;
  return k;
}

/** Position in `targets` of the target a {@link judgedTarget} code stands for. @internal */
export function targetPosition(judged: number): number {
  return judged < 0 ? 0 : judged;
}

/**
 * Expected progress at `day` against the judged target (a {@link judgedTarget}
 * code): 1 once its period has ended; before the first target's date, rising
 * from 0 at its period's start to 1 at its date, NaN when its start is unknown.
 * @internal
 */
export function perPeriodExpected(targets: PerPeriodTargets, judged: number, day: number): number {
  if (judged >= 0) return 1;
  const start = targets.start[0] as number;
  const end = targets.end[0] as number;
  if (start === Number.NEGATIVE_INFINITY) return Number.NaN;
  if (day <= start) return 0;
  return end > start ? (day - start) / (end - start) : 1;
}

/**
 * The sum of the scale values of observations `first` to `last` of `obs`,
 * in their order, held within ±Number.MAX_VALUE as a cumulative total is:
 * the value of a cumulative per-period indicator (the baseline not added);
 * for a percentage of ratios, Σnumerators / Σdenominators.
 * @internal
 */
export function periodSum(obs: Observations, first: number, last: number): number {
  // A cumulative percentage is one of ratios (validation allows no other): Σnumerators / Σdenominators, never a sum of percentages.
  const head = obs.reading[first];
  if (first <= last && head !== undefined && head.numerator !== undefined && head.denominator !== undefined) {
    let numerators = 0;
    let denominators = 0;
    for (let k = first; k <= last; k++) {
      const reading = obs.reading[k];
      numerators += reading?.numerator ?? 0;
      denominators += reading?.denominator ?? 0;
    }
    return denominators > 0 ? (100 * numerators) / denominators : 0;
  }
  let total = 0;
  for (let k = first; k <= last; k++) total = Math.min(Number.MAX_VALUE, Math.max(-Number.MAX_VALUE, total + (obs.x[k] as number)));
  return total;
}
