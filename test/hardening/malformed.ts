/**
 * Generators of malformed input: valid documents with fields removed,
 * swapped, retyped or re-kinded, huge strings, deeply nested junk,
 * prototype-like keys, and JSON text built key by key (so that `__proto__`
 * arrives as an own key, as `JSON.parse` makes it).
 */
import fc from 'fast-check';
import { NODE_KINDS, type DocumentPath } from '../../src/index.js';

/** Keys that mean something to JavaScript objects, and keys the format uses. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'] as const;
const FORMAT_KEYS = ['title', 'nodes', 'kind', 'id', 'meta', 'levels', 'level', 'contributesTo', 'to', 'weight', 'measure', 'measures', 'baseline', 'value', 'date'];

/** A list nested `depth` times, or an object nested `depth` times (`{ a: { a: … } }`). */
export function nested(depth: number, asObject: boolean, leaf: unknown = 'bottom'): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = asObject ? { a: value } : [value];
  return value;
}

/** Junk nested deeper than any document may be (the limit is 256). */
export const deepJunk: fc.Arbitrary<unknown> = fc
  .record({ depth: fc.integer({ min: 250, max: 3000 }), asObject: fc.boolean() })
  .map(({ depth, asObject }) => nested(depth, asObject));

/** A long string: 10,000 to 300,000 characters, of one repeated piece. */
export const hugeString: fc.Arbitrary<string> = fc
  .record({ piece: fc.constantFrom('x', ' ', '\n', '"', '<img src=x>', '😀', '\u0000', '#', 'é'), length: fc.integer({ min: 10_000, max: 300_000 }) })
  .map(({ piece, length }) => piece.repeat(Math.ceil(length / piece.length)));

/** Values a field may be retyped to, JSON-safe ones only (for text files). */
export const jsonJunk: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom('', ' ', 0, -0, -1, 1e308, -1e308, 5e-324, null, [], {}, true, '2019-02-30', '2019-02-03T10:00Z', '2019-02-03+02:00', 'x', '__proto__'),
  fc.constantFrom(...PROTO_KEYS).map((key) => JSON.parse(`{"${key}": {"polluted": true}}`) as unknown),
);

/** Values a field may be retyped to in memory: anything JavaScript has, huge and deep values included. */
export const anyJunk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: jsonJunk },
  { weight: 2, arbitrary: fc.anything({ maxDepth: 2, withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, undefined, Symbol('s'), () => 1, new Date(Number.NaN)) },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: deepJunk },
);

/** One change to a document. */
export type Mutation =
  | { readonly op: 'delete'; readonly at: number }
  | { readonly op: 'retype'; readonly at: number; readonly value: unknown }
  | { readonly op: 'swap'; readonly at: number; readonly with: number }
  | { readonly op: 'kind'; readonly node: number; readonly kind: string }
  | { readonly op: 'add'; readonly at: number; readonly key: string; readonly value: unknown };

/** Mutations whose values come from `junk`. */
export function mutation(junk: fc.Arbitrary<unknown>): fc.Arbitrary<Mutation> {
  return fc.oneof(
    fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('retype' as const), at: fc.nat(), value: junk }),
    fc.record({ op: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
    fc.record({ op: fc.constant('kind' as const), node: fc.nat(), kind: fc.constantFrom(...NODE_KINDS, 'outcome', '', '__proto__', 'constructor') }),
    fc.record({ op: fc.constant('add' as const), at: fc.nat(), key: fc.constantFrom(...PROTO_KEYS, ...FORMAT_KEYS, 'typo'), value: junk }),
  );
}

/**
 * Paths to the values inside a JSON-like value, at most 12 levels down (a
 * document's own fields are never deeper; junk nested thousands deep is
 * not worth walking). Iterative.
 */
export function pathsOf(value: unknown): DocumentPath[] {
  const out: DocumentPath[] = [];
  const stack: [unknown, DocumentPath][] = [[value, []]];
  while (stack.length > 0 && out.length < 5000) {
    const [v, at] = stack.pop() as [unknown, DocumentPath];
    if (at.length >= 12) continue;
    // Into plain objects and lists only: not into boxed strings, dates, maps or typed arrays.
    if (typeof v !== 'object' || v === null || !(Array.isArray(v) || [Object.prototype, null].includes(Object.getPrototypeOf(v) as object | null))) continue;
    for (const key of Object.keys(v)) {
      const path = [...at, Array.isArray(v) ? Number(key) : key];
      out.push(path);
      stack.push([(v as Record<string, unknown>)[key], path]);
    }
  }
  return out;
}

function get(root: unknown, path: DocumentPath): unknown {
  let v = root;
  for (const part of path) v = (v as Record<string | number, unknown>)[part];
  return v;
}

/** Sets a key as an own property, even `__proto__` (plain assignment would change the prototype instead). */
function setOwn(target: object, key: string | number, value: unknown): void {
  if (Object.isFrozen(target)) return;
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * A deep copy in which no object appears twice. structuredClone keeps shared references: a
 * generated document may give two indicators the same `measure` object, and a swap into one of
 * them (the measure's `kind` ← the other indicator) then made a loop that no file can hold.
 */
function copyTree(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyTree);
  if (typeof value === 'object' && value !== null && [Object.prototype, null].includes(Object.getPrototypeOf(value) as object | null)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) setOwn(out, key, copyTree((value as Record<string, unknown>)[key]));
    return out;
  }
  return typeof value === 'object' && value !== null ? structuredClone(value) : value;
}

/** Applies mutations to a copy of a document (the original is never touched). */
export function mutate(document: unknown, mutations: readonly Mutation[]): unknown {
  const copy: unknown = copyTree(document);
  for (const m of mutations) {
    const paths = pathsOf(copy);
    if (paths.length === 0) return copy;
    const pick = (n: number): DocumentPath => paths[n % paths.length] as DocumentPath;
    switch (m.op) {
      case 'delete': {
        const path = pick(m.at);
        const parent = get(copy, path.slice(0, -1));
        const last = path[path.length - 1] as string | number;
        if (Array.isArray(parent)) parent.splice(last as number, 1);
        else delete (parent as Record<string, unknown>)[last as string];
        break;
      }
      case 'retype': {
        const path = pick(m.at);
        setOwn(get(copy, path.slice(0, -1)) as object, path[path.length - 1] as string | number, m.value);
        break;
      }
      case 'swap': {
        const a = pick(m.at);
        const b = pick(m.with);
        // Swapping a value with one inside it would make a loop: the foundation tests cover loops.
        const prefix = (p: DocumentPath, q: DocumentPath): boolean => p.length <= q.length && p.every((x, i) => x === q[i]);
        if (prefix(a, b) || prefix(b, a)) break;
        const va = get(copy, a);
        setOwn(get(copy, a.slice(0, -1)) as object, a[a.length - 1] as string | number, get(copy, b));
        setOwn(get(copy, b.slice(0, -1)) as object, b[b.length - 1] as string | number, va);
        break;
      }
      case 'kind': {
        const nodes = (copy as { nodes?: unknown }).nodes;
        if (!Array.isArray(nodes) || nodes.length === 0) break;
        const node: unknown = nodes[m.node % nodes.length];
        if (typeof node === 'object' && node !== null) setOwn(node, 'kind', m.kind);
        break;
      }
      case 'add': {
        const target = get(copy, pick(m.at));
        if (typeof target === 'object' && target !== null && !Array.isArray(target)) setOwn(target, m.key, m.value);
        break;
      }
    }
  }
  return copy;
}

/**
 * JSON text built piece by piece, with keys drawn from the format's own
 * fields, JavaScript's special keys (`__proto__`, `constructor`…) and any
 * text; `JSON.parse` turns it into objects with those keys as own properties.
 */
export const hostileJsonText: fc.Arbitrary<string> = fc.letrec<{ value: string; object: string; array: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 0 }).map((v) => JSON.stringify(v)),
    fc.constantFrom('"goal"', '"objective"', '"indicator"', '"2024-01-01"', '"2019-02-30"', '1e308', '-0', '5e-324', '"g"', '"__proto__"'),
    tie('object'),
    tie('array'),
  ),
  object: fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...PROTO_KEYS, ...FORMAT_KEYS), fc.string({ maxLength: 6 })), tie('value')), { maxLength: 5 })
    .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
  array: fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
})).object;
