import { aggregationInput, applyCustom } from './custom-aggregation.js';
import type { Links } from './links.js';
import { clamp } from './share-of-span.js';
import type { AggregationFunction, AggregationInput } from './types.js';

/**
 * The expected progress of a goal or objective without data (none of its
 * inputs has data, or its custom function gave no value): that of every
 * child of links `start` to `end - 1` with an expected progress, combined as
 * the node combines progress (the weighted mean, the lowest for weakest link,
 * or `custom`); NaN for none.
 * @internal
 */
export function expectedWithoutData(links: Links, start: number, end: number, method: 'weighted-mean' | 'weakest-link' | AggregationFunction): number {
  const { childAt, childWeight, expected } = links;
  if (typeof method === 'function') {
    const inputs: AggregationInput[] = [];
    for (let k = start; k < end; k++) {
      const e = expected[childAt[k] as number] as number;
      if (e === e) inputs.push(aggregationInput(links, k, e, e));
    }
    return inputs.length === 0 ? Number.NaN : applyCustom(method, inputs);
  }
  let sum = 0;
  let weight = 0;
  let low = Number.NaN;
  for (let k = start; k < end; k++) {
    const e = expected[childAt[k] as number] as number;
    if (e !== e) continue;
    const w = childWeight[k] as number;
    sum += w * e;
    weight += w;
    if (!(low <= e)) low = e;
  }
  if (weight === 0) return Number.NaN;
  return method === 'weakest-link' ? low : clamp(sum / weight);
}
