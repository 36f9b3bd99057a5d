/**
 * `sameJson`, the diff's quick test that two nodes or links need no closer
 * look: it must never call two values the same when their JSON means
 * something else (that would hide a change), and must see through key order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalText, sameJson } from '../../src/diff/canonical.js';

const CI = process.env.CI === 'true';
const json = fc.jsonValue({ maxDepth: 3 });

/** The same value with every object's keys in reverse order. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]));
}

describe('sameJson', () => {
  it('is true for a value and a copy with keys in another order, and keys holding undefined count as absent', () => {
    fc.assert(fc.property(json, (v) => sameJson(v, reversed(v)) && sameJson(reversed(v), v)), { numRuns: CI ? 10_000 : 300 });
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(true);
  });

  it('is true only where the JSON texts with keys sorted are equal', () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        if (sameJson(a, b)) expect(canonicalText(a)).toBe(canonicalText(b));
        else expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
      }),
      { numRuns: CI ? 10_000 : 300 },
    );
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson({ a: [1] }, { a: { 0: 1 } })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(sameJson(1, '1')).toBe(false);
  });
});
