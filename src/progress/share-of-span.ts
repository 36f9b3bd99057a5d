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
