import type { AggregationFunction, AggregationInput } from './types.js';
import type { Aggregated, Links } from './links.js';
import { clamp } from './share-of-span.js';
import type { NodeDocument } from '../document/types.js';

const NO_TAGS: readonly string[] = Object.freeze([]);

/** A custom function applied to `inputs`: its value clamped to [0, 1], or NaN when it is not a finite number. @internal */
export function applyCustom(fn: AggregationFunction, inputs: readonly AggregationInput[]): number {
  const result = fn(inputs);
  return typeof result === 'number' && Number.isFinite(result) ? clamp(result) : Number.NaN;
}

/** What a custom function is told of child link `k`, whose child has `progress` (and `rawProgress` before clamping). @internal */
export function aggregationInput(links: Links, k: number, progress: number, rawProgress: number): AggregationInput {
  const node = links.nodes[links.childAt[k] as number] as NodeDocument;
  const kind = node.kind === 'indicator' ? 'indicator' : node.kind === 'goal' ? 'goal' : 'objective';
  return { id: links.childId[k] as string, weight: links.childWeight[k] as number, progress, kind, tags: node.tags ?? NO_TAGS, rawProgress };
}

/**
 * A custom aggregation of the children of links `start` to `end - 1` that
 * have data (there are some): the function's value, and the function applied
 * to the same inputs' expected progress. Shares are in proportion to weight ×
 * progress (equal when every input is at 0).
 * @internal
 */
export function customAggregation(links: Links, fn: AggregationFunction, start: number, end: number, out: Aggregated): void {
  const { childAt, childWeight, progress, raw: unclamped, expected, share, zero, nodes } = links;
  const inputs: AggregationInput[] = [];
  const inputsExpected: AggregationInput[] = [];
  const at: number[] = [];
  for (let k = start; k < end; k++) {
    const c = childAt[k] as number;
    const raw = progress[c] as number;
    if (raw !== raw && !zero) continue;
    // An indicator's progress before clamping; a goal's or objective's is its progress.
    const before = nodes[c]?.kind === 'indicator' ? (unclamped[c] as number) : raw;
    at.push(k);
    inputs.push(aggregationInput(links, k, raw === raw ? raw : 0, before === before ? before : 0));
    const e = expected[c] as number;
    if (e === e) inputsExpected.push(aggregationInput(links, k, e, e));
  }
  const value = applyCustom(fn, inputs);
  if (value === value) {
    let mass = 0;
    for (let j = 0; j < inputs.length; j++) mass += (childWeight[at[j] as number] as number) * (inputs[j] as AggregationInput).progress;
    for (let j = 0; j < inputs.length; j++) {
      const k = at[j] as number;
      share[k] = mass > 0 ? (value * (childWeight[k] as number) * (inputs[j] as AggregationInput).progress) / mass : value / inputs.length;
    }
  }
  out[0] = value;
  out[1] = inputsExpected.length === 0 ? Number.NaN : applyCustom(fn, inputsExpected);
}
