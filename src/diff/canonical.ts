import type { JsonValue } from '../document/types.js';

/**
 * Keys whose lists carry no meaning in their order (nodes' tags, frameworks,
 * assessments and evidence, a measure's markers, a link's assumptions, the
 * marker ids of a reading's value, a reading's flags and breakdown). Not
 * `levels` nor a dimension's categories: their order is the document's.
 */
const ORDER_FREE = new Set(['tags', 'frameworks', 'assessments', 'evidence', 'markers', 'assumptions', 'value', 'flags', 'breakdown', 'targets', 'observations']);

/**
 * A value with the keys of each object sorted and the lists of
 * {@link ORDER_FREE} keys sorted by their text, so that two values that mean
 * the same are equal as JSON. `undefined` stays `undefined`.
 * @internal
 */
export function canonical(value: unknown, key = ''): JsonValue | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object') return value as JsonValue;
  if (Array.isArray(value)) {
    const items = value.map((item) => canonical(item) ?? null);
    return ORDER_FREE.has(key) ? items.map((item) => [JSON.stringify(item), item] as const).sort((a, b) => compareText(a[0], b[0])).map(([, item]) => item) : items;
  }
  const out: Record<string, JsonValue> = {};
  for (const k of Object.keys(value).sort(compareText)) {
    const v = canonical((value as Record<string, unknown>)[k], k);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/** The text of {@link canonical}: equal for values that mean the same. @internal */
export function canonicalText(value: unknown, key = ''): string {
  return JSON.stringify(canonical(value, key)) ?? 'undefined';
}

/** Code-unit order, the same on every machine and locale. @internal */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whether two plain JSON values are the same data, keys in any order (a key
 * holding `undefined` counts as absent, as in JSON): a quick test that two
 * nodes or links need no closer look, without writing either out as text.
 * @internal
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let count = 0;
  for (const key in x) {
    if (!Object.prototype.hasOwnProperty.call(x, key) || x[key] === undefined) continue;
    count++;
    if (!Object.prototype.hasOwnProperty.call(y, key) || !sameJson(x[key], y[key])) return false;
  }
  for (const key in y) if (Object.prototype.hasOwnProperty.call(y, key) && y[key] !== undefined) count--;
  return count === 0;
}
