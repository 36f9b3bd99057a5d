/**
 * Writes the weights at positions `start` to `end - 1` of `weights` into the
 * same positions of `out`; when the largest of them is beyond 2^256 or below
 * 2^-256, multiplied by a power of two that brings it close to 1. Weights are
 * relative, and multiplying by a power of two rounds nothing (short of the
 * subnormal range), so weighted means, shares and coverage keep their values;
 * but sums of weights near `Number.MAX_VALUE` stay finite, and products of
 * tiny weights do not vanish.
 *
 * @example
 * ```ts
 * const out = new Float64Array(2);
 * relativeWeights(Float64Array.of(1e308, 1e308), 0, 2, out); // out: [~1.11, ~1.11]
relativeWeights(Float64Array.of(1, 3), 0, 2, out); // out: [1, 3]
 * ```
 * @internal
 */
export function relativeWeights(weights: Float64Array, start: number, end: number, out: Float64Array): void {
  let max = 0;
  for (let k = start; k < end; k++) if ((weights[k] as number) > max) max = weights[k] as number;
  // Ordinary weights are left as written (scaling them could round products of subnormal progress).
  const exponent = max > 2 ** 256 || (max > 0 && max < 2 ** -256) ? Math.floor(Math.log2(max)) : 0;
  // 2^-exponent in two halves: each is a normal number even when 2^-exponent is not.
  const half = Math.trunc(-exponent / 2);
  const first = 2 ** half;
  const second = 2 ** (-exponent - half);
  for (let k = start; k < end; k++) out[k] = (weights[k] as number) * first * second;
}
