/**
 * Every diagnostic read from a file carries the file and a 1-based line and
 * column, for every validation code, from a YAML file and from a JSON file:
 * each minimal document of test/foundation/code-cases.ts is written both
 * ways and read back with readModelFile. The place is checked against the
 * text: where the path points to a map member, the text there is its key;
 * to a list item, the start of the item; where the path goes past what the
 * document has (a missing field), the deepest part that is there.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatDiagnostics, type DiagnosticCode, type DocumentPath } from '../../src/index.js';
import { readModelFile } from '../../src/node/index.js';
import { positionsOf, validateText, withPositions } from '../../src/parse/index.js';
import { CASES, tempDir } from '../foundation/code-cases.js';

/** The longest prefix of `path` that exists in `document`, and the value there. */
function deepest(document: unknown, path: DocumentPath): { readonly path: DocumentPath; readonly value: unknown } {
  let value = document;
  const found: (string | number)[] = [];
  for (const part of path) {
    if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, part)) break;
    value = (value as Record<string | number, unknown>)[part];
    found.push(part);
  }
  return { path: found, value };
}

/** What the text must start with at the place of `path`: a key, or the start of an item as each notation writes it. */
function expectedStart(document: unknown, path: DocumentPath, format: 'json' | 'yaml'): string {
  const { path: there, value } = deepest(document, path);
  const last = there[there.length - 1];
  if (typeof last === 'string') return format === 'json' ? JSON.stringify(last) : (stringify({ [last]: 0 }).split(':')[0] as string);
  if (format === 'json') return (JSON.stringify(value, null, 2) as string).slice(0, 1);
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0) return stringify({ [Object.keys(value)[0] as string]: 0 }).split(':')[0] as string;
  return stringify(value).trimEnd().slice(0, 1);
}

/** Documents JSON can hold: NaN and Infinity cannot be written in JSON, so those cases are YAML only. */
const jsonSafe = (document: unknown): boolean => JSON.stringify(JSON.parse(JSON.stringify(document))) === JSON.stringify(document) && !JSON.stringify(document).includes('null');

const validationCases = (Object.entries(CASES) as [DiagnosticCode, (typeof CASES)[DiagnosticCode]][]).filter(
  ([, c]) => 'document' in c.run && typeof c.run.document === 'object' && c.run.document !== null,
);

describe('line and column of every diagnostic read from a file', () => {
  it('covers every validation code (all but unreadable-file, invalid-syntax and the iati- codes of IATI files)', () => {
    expect(validationCases.map(([code]) => code).sort()).toEqual(
      Object.keys(CASES)
        // IATI export and restore diagnostics come from no document file; coalition ones from several (test/coalition places them).
        .filter((code) => code !== 'unreadable-file' && code !== 'invalid-syntax' && !code.startsWith('iati-') && !code.startsWith('coalition-'))
        .sort(),
    );
  });

  for (const format of ['yaml', 'json'] as const) {
    const cases = format === 'json' ? validationCases.filter(([, c]) => jsonSafe((c.run as unknown as { document: unknown }).document)) : validationCases;
    it.each(cases)(`%s, from a ${format.toUpperCase()} file`, async (code, c) => {
      const document = (c.run as unknown as { document: unknown }).document;
      const text = format === 'json' ? `${JSON.stringify(document, null, 2)}\n` : stringify(document, { aliasDuplicateObjects: false });
      const path = join(await tempDir(), `case.${format}`);
      await writeFile(path, text);
      const result = await readModelFile(path);
      expect(result.diagnostics.map((d) => d.code)).toContain(code);
      const lines = text.split('\n');
      for (const d of result.diagnostics) {
        expect(d.file).toBe(path);
        const position = d.position as { line: number; column: number };
        expect(position.line).toBeGreaterThanOrEqual(1);
        expect(position.column).toBeGreaterThanOrEqual(1);
        const at = (lines[position.line - 1] as string).slice(position.column - 1);
        expect(at.startsWith(expectedStart(document, d.path, format)), `${d.code} at ${JSON.stringify(d.path)}: "${at}"`).toBe(true);
      }
      // The text output starts each diagnostic with file:line:column.
      const first = result.diagnostics[0];
      expect(formatDiagnostics(result.diagnostics).startsWith(`${path}:${first?.position?.line}:${first?.position?.column}: ${first?.severity} ${first?.code} at `)).toBe(true);
    });
  }

  it('unreadable-file and invalid-syntax: the file, and the line and column of a syntax error', async () => {
    const dir = await tempDir();
    const bad = join(dir, 'bad.yaml');
    await writeFile(bad, 'title: T\nnodes: [\n');
    const syntax = await readModelFile(bad);
    expect(syntax.diagnostics.map((d) => [d.code, d.file, d.position])).toEqual([['invalid-syntax', bad, { line: 3, column: 1 }]]);
    const badJson = join(dir, 'bad.json');
    await writeFile(badJson, '{\n  "title": "T",\n  "nodes": [,]\n}\n');
    expect((await readModelFile(badJson)).diagnostics.map((d) => [d.code, d.position])).toEqual([['invalid-syntax', { line: 3, column: 13 }]]);
    const missing = await readModelFile(join(dir, 'missing.yaml'));
    expect(missing.diagnostics.map((d) => [d.code, d.position])).toEqual([['unreadable-file', undefined]]);
  });
});

describe('positions for callers who parse text themselves', () => {
  const yaml = 'title: T\nnodes:\n  - kind: goal\n    id: g\n    title: G\n  - { kind: objective, id: o, title: O, contributesTo: [nowhere] }\n';

  it('positionsOf: a key, a list item, a missing field (its deepest part), the document', () => {
    const paths: DocumentPath[] = [['nodes', 0, 'id'], ['nodes', 1, 'contributesTo', 0], ['nodes', 0, 'level'], ['nodes', 7], []];
    expect(positionsOf(yaml, paths)).toEqual([
      { line: 4, column: 5 },
      { line: 6, column: 57 },
      { line: 3, column: 5 },
      { line: 2, column: 1 },
      { line: 1, column: 1 },
    ]);
    const json = '{\n  "title": "T",\n  "nodes": [\n    {"kind": "goal", "id": "g"},\n    {"kind": "objective", "contributesTo": ["nowhere"]}\n  ]\n}';
    expect(positionsOf(json, paths)).toEqual([
      { line: 4, column: 22 },
      { line: 5, column: 45 },
      { line: 4, column: 5 },
      { line: 3, column: 3 },
      { line: 1, column: 1 },
    ]);
  });

  it('positions count a byte-order mark and CRLF line ends as an editor does', () => {
    expect(positionsOf('\ufefftitle: T\r\nnodes:\r\n  - id: g\r\n', [['nodes', 0, 'id']])).toEqual([{ line: 3, column: 5 }]);
    expect(positionsOf('\ufeff{"a":\r\n [1, {"b": 2}]}', [['a', 1, 'b'], ['a']])).toEqual([{ line: 2, column: 7 }, { line: 1, column: 2 }]);
  });

  it('withPositions and validateText: the same diagnostics with file and place added', () => {
    const result = validateText(yaml, 'strategy.yaml');
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.code, d.file, d.position])).toEqual([['unknown-reference', 'strategy.yaml', { line: 6, column: 57 }]]);
    expect(formatDiagnostics(errors)).toBe(
      'strategy.yaml:6:57: error unknown-reference at nodes[1].contributesTo[0]: Objective "o" contributes to "nowhere", but no node has the id "nowhere".',
    );
    const plain = errors.map(({ file: _f, position: _p, ...rest }) => rest);
    expect(withPositions(yaml, plain)).toEqual(errors.map(({ file: _f, ...rest }) => rest));
    expect(formatDiagnostics(withPositions(yaml, plain))).toMatch(/^6:57: error unknown-reference/);
  });
});

describe('places in a big YAML file', () => {
  it('past 2 MiB, a path is placed at the start of the deepest list or map it goes through', () => {
    const filler = `meta:\n  notes:\n${'    - a long note that pads the file out past the size where places are exact\n'.repeat(30_000)}`;
    const text = `title: T\n${filler}nodes:\n  - kind: goal\n    id: g\n  - kind: objective\n    contributesTo:\n      - nowhere\n`;
    expect(text.length).toBeGreaterThan(2 * 1024 * 1024);
    const base = 3 + 30_000 + 1;
    expect(positionsOf(text, [['nodes', 1, 'contributesTo', 0], ['nodes', 0, 'id'], ['title'], []])).toEqual([
      { line: base + 5, column: 7 },
      { line: base + 1, column: 5 },
      { line: 1, column: 1 },
      { line: 1, column: 1 },
    ]);
  });
});
