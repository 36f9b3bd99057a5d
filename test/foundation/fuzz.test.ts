/**
 * Bad input of any shape gives diagnostics, never an exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, NODE_KINDS, toDocument, validate, type Diagnostic, type DocumentPath } from '../../src/index.js';
import { parseText } from '../../src/node/index.js';
import { validDocument } from './arbitraries.js';

const RUNS = 1000;

/** Checks the contract every validate result keeps, whatever the input. */
function checkResult(input: unknown): ReturnType<typeof validate> {
  let result: ReturnType<typeof validate> | undefined;
  expect(() => {
    result = validate(input);
  }).not.toThrow();
  if (result === undefined) throw new Error('validate returned nothing');
  expect(result.diagnostics.flatMap(diagnosticProblems)).toEqual([]);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (result.ok) {
    expect(errors).toEqual([]);
    // What was accepted round-trips.
    const again = validate(toDocument(result.model));
    expect(again.ok).toBe(true);
    if (again.ok) expect(toDocument(again.model)).toStrictEqual(toDocument(result.model));
  } else {
    expect(errors.length).toBeGreaterThan(0);
    expect(result.model).toBeUndefined();
  }
  return result;
}

const CODES = new Set<string>(Object.keys(DIAGNOSTIC_CODES));

/** What is wrong with a diagnostic, if anything (plain checks: expect() per field is slow at this volume). */
function diagnosticProblems(d: Diagnostic): string[] {
  const problems: string[] = [];
  if (!CODES.has(d.code)) problems.push(`unknown code ${String(d.code)}`);
  else if (d.severity !== DIAGNOSTIC_CODES[d.code].severity) problems.push(`${d.code} has severity ${d.severity}`);
  if (!Array.isArray(d.path) || !d.path.every((p) => typeof p === 'string' || typeof p === 'number')) problems.push(`${d.code} has a bad path`);
  if (!Array.isArray(d.ids) || !d.ids.every((id) => typeof id === 'string')) problems.push(`${d.code} has bad ids`);
  if (typeof d.message !== 'string' || d.message.trim() === '') problems.push(`${d.code} has no message`);
  // (User text may say "undefined", so only the tell-tale of a badly printed object is checked.)
  else if (d.message.includes('[object Object]')) problems.push(`${d.code} prints an object: ${d.message}`);
  return problems;
}

function checkDiagnostic(d: Diagnostic): void {
  expect(diagnosticProblems(d)).toEqual([]);
}

/** Every path to a value inside a JSON-like value, parents before children. */
function pathsOf(value: unknown, at: DocumentPath = []): DocumentPath[] {
  const out: DocumentPath[] = [];
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      const part = Array.isArray(value) ? Number(key) : key;
      const path = [...at, part];
      out.push(path, ...pathsOf((value as Record<string, unknown>)[key], path));
    }
  }
  return out;
}

function get(root: unknown, path: DocumentPath): unknown {
  let v = root;
  for (const part of path) v = (v as Record<string | number, unknown>)[part];
  return v;
}

function set(root: unknown, path: DocumentPath, value: unknown): void {
  const parent = get(root, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1] as string | number] = value;
}

function remove(root: unknown, path: DocumentPath): void {
  const parent = get(root, path.slice(0, -1));
  const last = path[path.length - 1] as string | number;
  if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete (parent as Record<string, unknown>)[last as string];
}

type Mutation =
  | { readonly op: 'delete'; readonly at: number }
  | { readonly op: 'retype'; readonly at: number; readonly value: unknown }
  | { readonly op: 'swap'; readonly at: number; readonly with: number }
  | { readonly op: 'kind'; readonly node: number; readonly kind: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('retype' as const),
    at: fc.nat(),
    value: fc.oneof(
      fc.anything({ maxDepth: 2 }),
      fc.constantFrom('', 0, -1, Number.NaN, Number.POSITIVE_INFINITY, null, [], {}, '2019-02-30', 'x'),
    ),
  }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ op: fc.constant('kind' as const), node: fc.nat(), kind: fc.constantFrom(...NODE_KINDS, 'outcome', '') }),
);

/** Applies mutations to a copy of a valid document. */
function mutate(document: unknown, mutations: readonly Mutation[]): unknown {
  const copy: unknown = structuredClone(document);
  for (const m of mutations) {
    const paths = pathsOf(copy);
    if (paths.length === 0) return copy;
    switch (m.op) {
      case 'delete':
        remove(copy, paths[m.at % paths.length] as DocumentPath);
        break;
      case 'retype':
        set(copy, paths[m.at % paths.length] as DocumentPath, m.value);
        break;
      case 'swap': {
        const a = paths[m.at % paths.length] as DocumentPath;
        const b = paths[m.with % paths.length] as DocumentPath;
        // Swapping a value with one inside it would make a loop; that case has its own test.
        const prefix = (p: DocumentPath, q: DocumentPath): boolean => p.length <= q.length && p.every((x, i) => x === q[i]);
        if (prefix(a, b) || prefix(b, a)) break;
        const va = get(copy, a);
        set(copy, a, get(copy, b));
        set(copy, b, va);
        break;
      }
      case 'kind': {
        const nodes = (copy as { nodes?: unknown }).nodes;
        if (!Array.isArray(nodes) || nodes.length === 0) break;
        const node: unknown = nodes[m.node % nodes.length];
        if (typeof node === 'object' && node !== null) (node as Record<string, unknown>).kind = m.kind;
        break;
      }
    }
  }
  return copy;
}

describe('validate never throws, whatever it is given', () => {
  it('anything at all', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withBoxedValues: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withObjectString: true,
          withSparseArray: true,
          withTypedArray: true,
          withUnicodeString: true,
        }),
        (input) => {
          const result = checkResult(input);
          // Nothing random is a theory of change.
          expect(result.ok).toBe(false);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        checkResult(input);
      }),
      { numRuns: RUNS },
    );
  });

  it('objects that look roughly like documents', () => {
    const junk = fc.anything({ maxDepth: 1 });
    const roughNode = fc.record(
      {
        kind: fc.oneof(fc.constantFrom(...NODE_KINDS), junk),
        id: fc.oneof(fc.constantFrom('a', 'b', 'c', ''), junk),
        title: fc.oneof(fc.string(), junk),
        level: fc.oneof(fc.constantFrom('L1', 'L2'), junk),
        contributesTo: fc.array(fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.record({ to: fc.constantFrom('a', 'b', 'c'), weight: fc.double(), assumptions: fc.array(fc.constantFrom('a', 'b', 'c')) }), junk)),
        measures: fc.array(fc.oneof(fc.constantFrom('a', 'b', 'c'), junk)),
        accountableFor: fc.array(fc.oneof(fc.constantFrom('a', 'b', 'c'), junk)),
        measure: fc.oneof(fc.record({ kind: fc.constantFrom('number', 'percentage', 'boolean', 'scale', 'markers', 'qualitative') }), junk),
        baseline: fc.record({ date: fc.oneof(fc.constant('2024-01-01'), fc.string()), value: junk }),
        actorType: fc.constantFrom('state', 'nobody'),
        status: fc.constantFrom('holds', 'maybe'),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.record({ title: fc.oneof(fc.string(), junk), levels: fc.oneof(fc.constant(['L1', 'L2']), junk), nodes: fc.array(roughNode, { maxLength: 6 }) }, { requiredKeys: ['nodes'] }),
        (input) => {
          checkResult(input);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('valid documents with fields deleted, retyped, swapped, or kinds changed', () => {
    fc.assert(
      fc.property(validDocument, fc.array(mutation, { minLength: 1, maxLength: 3 }), (document, mutations) => {
        checkResult(mutate(document, mutations));
      }),
      { numRuns: RUNS },
    );
  });

  it('a required field deleted from a valid document is always an error', () => {
    const required = new Set(['kind', 'id', 'title', 'measure', 'actorType', 'status', 'date', 'value', 'to', 'nodes', 'progress', 'summary', 'framework', 'code', 'grade', 'start', 'end']);
    // Fields of those names that are optional where they appear (and anything in free-form meta).
    const optional = (document: unknown, p: DocumentPath): boolean =>
      p.includes('meta') ||
      (p[p.length - 1] === 'actorType' && ['rights-holder', 'boundary-partner'].includes((get(document, p.slice(0, 2)) as { kind?: unknown }).kind as string)) ||
      ((p[p.length - 1] === 'date' || p[p.length - 1] === 'kind') && p.includes('sources')) ||
      (p.length === 1 && p[0] === 'id') ||
      (p[p.length - 1] === 'title' && p.includes('frameworks')) || (p[p.length - 1] === 'date' && (p.includes('assessments') || p.includes('evidence'))) ||
      // An assumption's status may be left out when it has evidence to argue it from.
      (p.length === 3 && p[2] === 'status' && ((get(document, p.slice(0, 2)) as { evidence?: readonly unknown[] }).evidence ?? []).length > 0);
    fc.assert(
      fc.property(validDocument, fc.nat(), (document, pick) => {
        const paths = pathsOf(document).filter((p) => {
          const last = p[p.length - 1];
          return typeof last === 'string' && required.has(last) && !optional(document, p);
        });
        const path = paths[pick % paths.length] as DocumentPath;
        const copy: unknown = structuredClone(document);
        remove(copy, path);
        const result = checkResult(copy);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseText never throws either', () => {
  it('on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const parsed = parseText(text);
        if (parsed.ok) checkResult(parsed.data);
        else {
          checkDiagnostic(parsed.diagnostic);
          expect(parsed.diagnostic.code).toBe('invalid-syntax');
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('on YAML-ish text built from document pieces', () => {
    const token = fc.constantFrom('title: ', 'nodes:', '\n', '  - ', 'kind: goal', 'id: g', '{', '}', '[', ']', ':', '&a ', '*a', '"', "'", '#', '- ', 'value: .nan', '2024-01-01', '!!binary ', '? ', '|', '>');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 30 }), (tokens) => {
        const parsed = parseText(tokens.join(''));
        if (parsed.ok) checkResult(parsed.data);
        else expect(parsed.diagnostic.code).toBe('invalid-syntax');
      }),
      { numRuns: RUNS },
    );
  });
});
