import type { Status, StatusThresholds } from './types.js';

/**
 * Rates progress against expected progress. `achieved` at 1; otherwise by the
 * shortfall (expected − progress): `on-track` up to `thresholds.atRisk`,
 * `at-risk` up to `thresholds.offTrack`, else `off-track`. Without an expected
 * value (no timeline), the shortfall is taken against the full target.
 * A node that would be on track but rests on a failing assumption is `at-risk`.
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
  if (progress === null) return 'no-data';
  if (progress >= 1) return 'achieved';
  const shortfall = (expected ?? 1) - progress;
  const status: Status = shortfall <= thresholds.atRisk ? 'on-track' : shortfall <= thresholds.offTrack ? 'at-risk' : 'off-track';
  return failingAssumption && status === 'on-track' ? 'at-risk' : status;
}
