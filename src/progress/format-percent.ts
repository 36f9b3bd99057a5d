/**
 * Formats a progress value as a percentage with at most one decimal, or `no data`.
 *
 * @example
 * ```ts
 * formatPercent(0.4167); // '41.7%'
 * formatPercent(null); // 'no data'
 * formatPercent(1e300); // 'over 100000000%'
 * ```
 * @internal
 */
export function formatPercent(value: number | null): string {
  if (value === null) return 'no data';
  // Past ±1,000,000 (100,000,000%) the digits say nothing, and value × 1000 could overflow.
  if (value > 1e6) return 'over 100000000%';
  if (value < -1e6) return 'under -100000000%';
  const rounded = Math.round(value * 1000) / 10;
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)}%`;
}
