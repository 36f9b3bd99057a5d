/** Units of 10⁻⁹: the precision statuses and weakest-link ties are decided at. @internal */
export const NINE_DECIMALS = 1e9;

/**
 * A number of progress (or a threshold) in whole units of 10⁻⁹, rounded: so
 * that 0.8 − 0.7 compares equal to 0.1, whatever binary rounding did. NaN
 * stays NaN.
 * @internal
 */
export function nineDecimals(x: number): number {
  return Math.round(x * NINE_DECIMALS);
}
