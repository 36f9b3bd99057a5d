import { NINE_DECIMALS, nineDecimals } from './nine-decimals.js';
import { STATUSES, type Status, type StatusThresholds } from './types.js';

/**
 * {@link statusOf} on stored numbers (NaN for none), as an index into
 * {@link STATUSES}. Progress, expected progress and the thresholds are
 * rounded to nine decimal places and compared as whole numbers, so a value
 * on a threshold lands on the documented side whatever binary rounding did.
 * @internal
 */
export function statusIndex(progress: number, expected: number, thresholds: StatusThresholds, failingAssumption: boolean): number {
  if (progress !== progress) return 4;
  const p = nineDecimals(progress);
  if (p >= NINE_DECIMALS) return 0;
  const shortfall = (expected === expected ? nineDecimals(expected) : NINE_DECIMALS) - p;
  const index = shortfall <= nineDecimals(thresholds.atRisk) ? 1 : shortfall <= nineDecimals(thresholds.offTrack) ? 2 : 3;
  return failingAssumption && index === 1 ? 2 : index;
}

/**
 * Rates progress against expected progress. `achieved` at 1; otherwise by the
 * shortfall (expected − progress): `on-track` up to `thresholds.atRisk`,
 * `at-risk` up to `thresholds.offTrack`, else `off-track`. Without an expected
 * value (no timeline), the shortfall is taken against the full target.
 * A node that would be on track but rests on a failing assumption is `at-risk`.
 * Numbers are compared at nine decimal places, so 0.7 against 0.8 is on track.
 *
 * @example
 * ```ts
 * statusOf(0.5, 0.55, { atRisk: 0.1, offTrack: 0.25 }); // 'on-track'
 * statusOf(0.3, 0.6, { atRisk: 0.1, offTrack: 0.25 }); // 'off-track'
 * ```
 */
export function statusOf(
  progress: number | null,
  expected: number | null,
  thresholds: StatusThresholds,
  failingAssumption = false,
): Status {
  return STATUSES[statusIndex(progress ?? Number.NaN, expected ?? Number.NaN, thresholds, failingAssumption)] as Status;
}
