import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TheoryOfChangeError, validate } from '../../src/index.js';
import { loadModelFile, parseText, readModelFile } from '../../src/node/index.js';

/** The README's example file. */
const WATER_YAML = `# yaml-language-server: $schema=./node_modules/theory-of-change/schema.json
title: Clean water for every village
levels: [Impact, Outcome]
nodes:
  - { kind: goal, id: impact, title: Every village has clean water, level: Impact }
  - kind: objective
    id: wells
    ref: "1"
    title: Wells are maintained
    level: Outcome
    contributesTo: [{ to: impact, assumptions: [spares] }]
  - kind: assumption
    id: spares
    title: Spare parts can be bought locally
    status: uncertain
  - kind: duty-bearer
    id: district
    title: District water office
    actorType: state
    accountableFor: [wells]
  - kind: indicator
    id: working-wells
    title: Share of wells working
    measure: { kind: percentage }
    measures: [wells]
    baseline: { date: 2024-01-01, value: 40 }
    targets: [{ date: 2026-12-31, value: 90 }]
    observations: [{ date: 2025-06-30, value: 55, source: District survey }]
`;

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'toc-node-'));
});

describe('parseText', () => {
  it('reads the README example; dates stay text', () => {
    const parsed = parseText(WATER_YAML);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const result = validate(parsed.data);
    expect(result.diagnostics).toEqual([]);
    expect(result.ok && result.model.indicatorsOf('wells')).toEqual(['working-wells']);
    expect(result.ok && result.model.node('working-wells')).toMatchObject({ baseline: { date: '2024-01-01', value: 40 } });
  });

  it('reads JSON, which is YAML', () => {
    expect(parseText('{"title": "T", "nodes": []}')).toEqual({ ok: true, data: { title: 'T', nodes: [] }, format: 'json' });
    expect(parseText('{title: T, nodes: []}')).toEqual({ ok: true, data: { title: 'T', nodes: [] }, format: 'yaml' });
  });

  it('names the input and the line and column of a syntax error', () => {
    expect(parseText('title: T\n\tnodes: []\n', 'plan.yaml')).toEqual({
      ok: false,
      diagnostic: {
        code: 'invalid-syntax',
        severity: 'error',
        path: [],
        ids: [],
        message: 'plan.yaml is not valid YAML or JSON at line 2, column 1: tab characters must not be used in indentation',
        position: { line: 2, column: 1 },
      },
    });
    const unnamed = parseText('a: 1\n---\nb: 2\n');
    expect(unnamed.ok === false && unnamed.diagnostic.message).toBe(
      'input is not valid YAML or JSON at line 2, column 1: it holds more than one YAML document (a line "---" starts another); a theory of change is one document.',
    );
  });

  it('refuses binary content: YAML allows no control characters but tab and line breaks', () => {
    const binary = new TextDecoder().decode(new Uint8Array([0x74, 0x3a, 0x20, 0x0a, 0x61, 0x00, 0x9f, 0x92]));
    expect(parseText(binary, 'photo.yaml')).toEqual({
      ok: false,
      diagnostic: {
        code: 'invalid-syntax',
        severity: 'error',
        path: [],
        ids: [],
        message: 'photo.yaml is not valid YAML or JSON at line 2, column 2: it contains a control character (U+0000); is it a binary file?',
        position: { line: 2, column: 2 },
      },
    });
    expect(parseText('title: T\r\n\tnodes: []\x7f').ok).toBe(false);
    // Tabs inside values, CRLF line ends and a byte-order mark are fine.
    expect(parseText('\ufefftitle: "a\tb"\r\nnodes: []\r\n')).toEqual({ ok: true, data: { title: 'a\tb', nodes: [] }, format: 'yaml' });
  });

  it('refuses an alias bomb', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) {
      const name = String.fromCharCode(97 + i);
      const previous = `*${String.fromCharCode(96 + i)}`;
      lines.push(`${name}: &${name} [${Array.from({ length: 9 }, () => previous).join(', ')}]`);
    }
    const parsed = parseText(lines.join('\n'), 'bomb.yaml');
    expect(parsed.ok).toBe(false);
    expect(parsed.ok === false && parsed.diagnostic.code).toBe('invalid-syntax');
    expect(parsed.ok === false && parsed.diagnostic.message).toBe(
      'bomb.yaml is not valid YAML or JSON at line 2, column 8: its aliases (*name) repeat content to 490,329,055 values, from 91 written, which no theory of change needs (is it a "billion laughs" file?). Write the repeated parts out, or use fewer aliases.',
    );
  });

  it('YAML that parses but is not a document gives validation diagnostics', () => {
    const nan = parseText('title: T\nnodes:\n  - { kind: goal, id: g, title: G, assessments: [{ progress: .nan }] }\n');
    expect(nan.ok && validate(nan.data).diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.path])).toEqual([
      ['non-finite-number', ['nodes', 0, 'assessments', 0, 'progress']],
    ]);
    const loop = parseText('title: T\nmeta: &m\n  self: *m\nnodes: []\n');
    expect(loop.ok && validate(loop.data).diagnostics.map((d) => [d.code, d.path])).toEqual([['invalid-value', ['meta', 'self']]]);
    const empty = parseText('');
    expect(empty).toEqual({ ok: true, data: null, format: 'yaml' });
    expect(validate(null).diagnostics.map((d) => d.code)).toEqual(['invalid-type']);
  });
});

describe('readModelFile and loadModelFile', () => {
  it('read and validate a YAML file', async () => {
    const path = join(dir, 'water.yaml');
    await writeFile(path, WATER_YAML);
    const result = await readModelFile(path);
    expect(result.ok).toBe(true);
    expect(result.ok && result.model.dutyBearersOf('wells')).toEqual(['district']);
    const model = await loadModelFile(path);
    expect(model.roots()).toEqual(['impact']);
  });

  it('pass severities on', async () => {
    const path = join(dir, 'warned.yaml');
    await writeFile(path, 'title: T\nnodes:\n  - { kind: goal, id: g, title: G }\n');
    expect((await readModelFile(path)).ok).toBe(true);
    expect((await readModelFile(path, { severities: { 'unmeasured-objective': 'error' } })).ok).toBe(false);
    await expect(loadModelFile(path, { severities: { 'unmeasured-objective': 'error' } })).rejects.toBeInstanceOf(TheoryOfChangeError);
  });

  it('report a document with errors like validate does, without marking it unusable', async () => {
    const path = join(dir, 'broken.json');
    const document = { title: 'T', nodes: [{ kind: 'goal', id: 'g', title: 'G', contributesTo: ['nowhere'] }] };
    await writeFile(path, JSON.stringify(document));
    const result = await readModelFile(path);
    // The same diagnostics as validate gives, each with the file and its line and column added.
    const expected = validate(document);
    expect(result.ok).toBe(expected.ok);
    expect(result.diagnostics.map(({ file, position, ...rest }) => [rest, file, position])).toEqual([
      [expected.diagnostics[0], path, { line: 1, column: 76 }],
      [expected.diagnostics[1], path, { line: 1, column: 23 }],
    ]);
    expect('unusable' in result).toBe(false);
  });

  it('loadModelFile throws a TheoryOfChangeError for a missing file, with the diagnostic', async () => {
    const path = join(dir, 'nope.yaml');
    const error: unknown = await loadModelFile(path).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TheoryOfChangeError);
    expect((error as TheoryOfChangeError).diagnostics.map((d) => d.code)).toEqual(['unreadable-file']);
    expect((error as TheoryOfChangeError).message).toBe(
      `theory-of-change: the document has 1 error:\nerror unreadable-file at (document): ${path} could not be read (no such file: ENOENT).`,
    );
  });
});
