import type { Aggregated, Links } from './links.js';
import { clamp } from './share-of-span.js';

/**
 * The weighted mean of the children of links `start` to `end - 1` that have
 * data (all of them with `missingData: 'zero'`): Σ weight × progress / Σ
 * weight, divided once so that ten inputs at 1 give exactly 1; the expected
 * progress likewise over the same inputs. `countedWeight` is the weight of
 * those inputs (> 0). Writes each link's share.
 * @internal
 */
export function weightedMean(links: Links, start: number, end: number, countedWeight: number, out: Aggregated): void {
  const { childAt, childWeight, progress, expected, share, zero } = links;
  let sum = 0;
  let expectedSum = 0;
  let expectedWeight = 0;
  for (let k = start; k < end; k++) {
    const c = childAt[k] as number;
    const p = progress[c] as number;
    if (p !== p && !zero) continue;
    const w = childWeight[k] as number;
    const part = w * (p === p ? p : 0);
    sum += part;
    share[k] = part / countedWeight;
    const e = expected[c] as number;
    if (e === e) {
      expectedSum += w * e;
      expectedWeight += w;
    }
  }
  out[0] = clamp(sum / countedWeight);
  out[1] = expectedWeight > 0 ? clamp(expectedSum / expectedWeight) : Number.NaN;
}
