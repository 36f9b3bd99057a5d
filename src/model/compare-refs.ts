import { compareIds } from './compare-ids.js';

const CHUNKS = /\d+|\D+/g;

/**
 * Compares refs the way people number: `1.2` < `1.10` < `2`. Runs of digits
 * compare as numbers (exactly, however long), everything else by code unit
 * (no locale), ties by code unit, so the order is total and the same everywhere.
 * Tables and diagrams list siblings in this order.
 *
 * @example
 * ```ts
 * ['1.10', '2', '1.2'].sort(compareRefs); // ['1.2', '1.10', '2']
 * ```
 * @internal
 */
export function compareRefs(a: string, b: string): number {
  const left = a.match(CHUNKS) ?? [];
  const right = b.match(CHUNKS) ?? [];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i] as string;
    const y = right[i] as string;
    if (x === y) continue;
    if (/^\d/.test(x) && /^\d/.test(y)) {
      const p = x.replace(/^0+(?=\d)/, '');
      const q = y.replace(/^0+(?=\d)/, '');
      if (p.length !== q.length) return p.length - q.length;
      if (p !== q) return compareIds(p, q);
      continue;
    }
    return compareIds(x, y);
  }
  if (left.length !== right.length) return left.length - right.length;
  return compareIds(a, b);
}
