import type { AggregationName } from '../document/types.js';
import type { AggregationFunction, AggregationInput } from './types.js';
import { clamp } from './indicator-progress.js';

/** A node's value and each input's share of it (shares add up to the value). @internal */
export interface Aggregated {
  readonly value: number | null;
  readonly shares: readonly number[];
}

/**
 * Combines inputs (children with data, sorted by id):
 * - `weighted-mean`: Σ weight × progress / Σ weight; each share is weight × progress / Σ weight;
 * - `weakest-link`: the minimum; the first child (by id) at the minimum carries the whole value;
 * - a function: its result clamped to [0, 1] (non-finite → no data); shares
 *   apportioned by weight × progress (equally when all progress is 0).
 * @internal
 */
export function aggregate(method: AggregationName | AggregationFunction, inputs: readonly AggregationInput[]): Aggregated {
  if (inputs.length === 0) return { value: null, shares: [] };
  if (method === 'weakest-link') {
    let at = 0;
    inputs.forEach((input, i) => {
      if (input.progress < (inputs[at] as AggregationInput).progress) at = i;
    });
    const value = (inputs[at] as AggregationInput).progress;
    return { value, shares: inputs.map((_, i) => (i === at ? value : 0)) };
  }
  if (method === 'weighted-mean') {
    let total = 0;
    for (const input of inputs) total += input.weight;
    const shares = inputs.map((input) => (input.weight * input.progress) / total);
    let value = 0;
    for (const share of shares) value += share;
    return { value: clamp(value), shares };
  }
  const result = method(inputs);
  if (typeof result !== 'number' || !Number.isFinite(result)) return { value: null, shares: inputs.map(() => 0) };
  const value = clamp(result);
  let mass = 0;
  for (const input of inputs) mass += input.weight * input.progress;
  const shares = inputs.map((input) => (mass > 0 ? (value * input.weight * input.progress) / mass : value / inputs.length));
  return { value, shares };
}
