// @vitest-environment jsdom
/**
 * Ids and names that mean something to JavaScript objects (`__proto__`,
 * `constructor`, `toString`, `hasOwnProperty`, `valueOf`), empty-looking ones
 * (a space, a zero-width space), right-to-left text, emoji and a 10,000-character
 * id work everywhere: as node ids, level names, marker ids, scale levels,
 * assumption ids and meta keys, through validate, the model's queries, the
 * roll-up and its explanation, Mermaid (parsed back by Mermaid), the Markdown
 * report and the CLI. And no input can pollute a prototype: `{"__proto__":
 * {"polluted": true}}` anywhere, from JSON.parse or from YAML, leaves
 * `Object.prototype` clean.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  accountability,
  explainProgress,
  loadModel,
  progressOf,
  progressSeries,
  rollUp,
  theoryOfChange,
  toDocument,
  toGraph,
  validate,
  type ProgressReport,
  type TheoryOfChangeDocument,
} from '../../src/index.js';
import { toMermaid } from '../../src/mermaid/index.js';
import { mermaidNodeIds } from '../../src/mermaid/node-ids.js';
import { formatProgressTable, progressRows, toMarkdownReport } from '../../src/report/index.js';
import { parseText } from '../../src/node/index.js';
import { validDocument } from '../foundation/arbitraries.js';
import { parseFlowchart, shownText } from '../mermaid/parse.js';
import { pathsOf } from './malformed.js';
import { parseMarkdown } from './markdown.js';
import { prototypesClean, runs } from './support.js';

const LONG = `long-${'x'.repeat(10_000)}`;
const RTL = '\u202eabc\u202c';
const ZWSP = '\u200b';

/** Every odd id, and the kind of node it is. */
const DOCUMENT: TheoryOfChangeDocument = {
  title: 'constructor',
  levels: ['__proto__', 'constructor', 'valueOf'],
  meta: { constructor: 1, toString: 'x', hasOwnProperty: null, valueOf: [1], prototype: { constructor: {} } },
  nodes: [
    { kind: 'goal', id: '__proto__', title: '__proto__', level: '__proto__', meta: { constructor: 'goal' } },
    { kind: 'objective', id: 'constructor', title: 'constructor', level: 'constructor', contributesTo: [{ to: '__proto__', weight: 3, assumptions: ['toString'] }] },
    { kind: 'objective', id: 'hasOwnProperty', title: 'hasOwnProperty', level: 'constructor', contributesTo: ['__proto__'] },
    { kind: 'objective', id: 'valueOf', title: 'valueOf', level: 'valueOf', contributesTo: ['constructor'] },
    { kind: 'assumption', id: 'toString', title: 'toString', status: 'holds' },
    {
      kind: 'indicator',
      id: ' ',
      title: 'a space',
      measures: ['valueOf'],
      measure: { kind: 'number' },
      baseline: { date: '2020-01-01', value: 0 },
      targets: [{ date: '2022-01-01', value: 100 }],
      observations: [{ date: '2021-01-01', value: 50 }],
    },
    {
      kind: 'indicator',
      id: ZWSP,
      title: 'zero-width',
      measures: ['hasOwnProperty'],
      measure: { kind: 'markers', markers: [{ id: '__proto__', grade: 'expect', title: 'proto' }, { id: 'constructor', grade: 'like', title: 'ctor' }] },
      targets: [{ date: '2022-01-01', value: ['__proto__', 'constructor'] }],
      observations: [{ date: '2021-01-01', value: ['constructor'] }],
    },
    {
      kind: 'indicator',
      id: RTL,
      title: 'right to left',
      measures: ['constructor'],
      measure: { kind: 'scale', levels: ['__proto__', 'constructor', 'toString'] },
      baseline: { date: '2020-01-01', value: '__proto__' },
      targets: [{ date: '2022-01-01', value: 'toString' }],
      observations: [{ date: '2021-01-01', value: 'constructor' }],
    },
    { kind: 'duty-bearer', id: '😀', title: 'emoji', actorType: 'state', accountableFor: ['constructor', 'valueOf'] },
    { kind: 'rights-holder', id: LONG, title: 'long', benefitsFrom: ['__proto__'] },
  ],
};
const AS_OF = '2021-06-30';
// valueOf: 0.5 (50 of 100). constructor: mean of valueOf 0.5 and the scale, 1 of 2 steps: 0.5.
// hasOwnProperty: markers, 2 of 3 weight (like 2 of expect 1 + like 2). __proto__: (3 × 0.5 + 1 × 2/3) / 4.
const GOAL_PROGRESS = (3 * 0.5 + 2 / 3) / 4;

const ID_LIST = DOCUMENT.nodes.map((n) => n.id);

function model(): NonNullable<ReturnType<typeof validate>['model']> {
  const result = validate(DOCUMENT);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.model;
}

describe('prototype-like, empty-looking, right-to-left, emoji and very long ids work everywhere', () => {
  it('validate accepts them, with only the warnings any model would have', () => {
    const result = validate(DOCUMENT);
    expect(result.ok).toBe(true);
    expect(result.diagnostics).toEqual([]);
    // An empty id is still an error, with a path.
    const empty = validate({ title: 'T', nodes: [{ kind: 'goal', id: '', title: 'G' }] });
    expect(empty.diagnostics.map((d) => [d.code, d.path])).toEqual([['empty-text', ['nodes', 0, 'id']]]);
  });

  it('the model answers every query for them, and nothing for ids it does not have', () => {
    const m = model();
    for (const id of ID_LIST) {
      expect(m.has(id)).toBe(true);
      expect(m.node(id)?.id).toBe(id);
    }
    for (const absent of ['isPrototypeOf', 'propertyIsEnumerable', '__defineGetter__', 'toLocaleString', 'prototype']) {
      expect(m.has(absent)).toBe(false);
      expect(m.node(absent)).toBeUndefined();
      expect(m.relation(absent)).toBeUndefined();
      expect(() => m.children(absent)).toThrow(`no node has the id ${JSON.stringify(absent)}`);
    }
    expect(m.children('__proto__')).toEqual(['constructor', 'hasOwnProperty']);
    expect(m.parents('valueOf')).toEqual(['constructor']);
    expect(m.ancestors('valueOf')).toEqual(['constructor', '__proto__']);
    expect(m.descendants('__proto__')).toEqual(['constructor', 'hasOwnProperty', 'valueOf']);
    expect(m.roots()).toEqual(['__proto__']);
    expect(m.leaves()).toEqual(['hasOwnProperty', 'valueOf']);
    expect(m.topologicalOrder()).toEqual(['hasOwnProperty', 'valueOf', 'constructor', '__proto__']);
    expect(m.subObjectives('constructor')).toEqual(['valueOf']);
    expect(m.indicatorsOf('valueOf')).toEqual([' ']);
    expect(m.indicatorsOf('hasOwnProperty')).toEqual([ZWSP]);
    expect(m.indicatorsOf('constructor')).toEqual([RTL]);
    expect(m.measuredBy(RTL)).toEqual(['constructor']);
    expect(m.dutyBearersOf('valueOf')).toEqual(['😀']);
    expect(m.accountableFor('😀')).toEqual(['constructor', 'valueOf']);
    expect(m.rightsHoldersOf('__proto__')).toEqual([LONG]);
    expect(m.assumptionsOf('constructor', '__proto__').map((a) => a.id)).toEqual(['toString']);
    expect(m.level('constructor')).toBe('constructor');
    expect(m.levels).toEqual(['__proto__', 'constructor', 'valueOf']);
  });

  it('toGraph() takes the empty-looking, right-to-left, emoji and long ids', () => {
    const odd = validate({
      title: 'T',
      nodes: [
        { kind: 'goal', id: ' ', title: 'G' },
        { kind: 'objective', id: ZWSP, title: 'O', contributesTo: [' '] },
        { kind: 'objective', id: RTL, title: 'O', contributesTo: [ZWSP] },
        { kind: 'duty-bearer', id: '😀', title: 'D', actorType: 'state', accountableFor: [RTL] },
        { kind: 'rights-holder', id: LONG, title: 'R', benefitsFrom: [' '] },
      ],
    });
    if (!odd.ok) throw new Error('does not validate');
    const graph = toGraph(odd.model);
    expect(graph.order).toBe(5);
    expect(graph.size).toBe(4);
    expect(graph.outNeighbors(RTL)).toEqual([ZWSP]);
    expect(graph.inNeighbors(' ').sort()).toEqual([LONG, ZWSP].sort());
  });

  // A limitation of graphology 0.26 (documented in the README): its adjacency indexes are plain
  // objects, so an edge into a node whose id names an Object.prototype member ("constructor",
  // "toString", "__proto__"…) is refused as a duplicate, and one from "__proto__" is lost.
  // Everything but toGraph() works with such ids; toGraph() says so in plain words.
  it('toGraph() refuses links at "constructor", "__proto__" and the like with a clear error (known graphology limitation)', () => {
    expect(() => toGraph(model())).toThrow(/^theory-of-change: toGraph\(\) cannot link "[^"]+" to "[^"]+": graphology keeps each node's neighbours in a plain object, where "(constructor|__proto__|hasOwnProperty|valueOf|toString)" is a built-in name/);
  });

  it('toGraph() builds such nodes when no link touches them', () => {
    const graph = toGraph(
      loadModel({
        title: 'T',
        nodes: [
          { kind: 'goal', id: 'g', title: 'G' },
          { kind: 'objective', id: 'constructor', title: 'C' },
          { kind: 'objective', id: '__proto__', title: 'P' },
          { kind: 'objective', id: 'a', title: 'A', contributesTo: ['g'] },
        ],
      }),
    );
    expect(graph.nodes().sort()).toEqual(['__proto__', 'a', 'constructor', 'g']);
    expect(graph.edges()).toEqual(['contributes-to:"a"->"g"']);
    expect(graph.getNodeAttribute('__proto__', 'title')).toBe('P');
  });

  it('meta keys such as constructor and toString survive the round trip; __proto__ is refused, with a path', () => {
    const m = model();
    // toEqual, not toStrictEqual: vitest's strict check compares own "constructor" properties as if they were classes.
    expect(toDocument(m)).toEqual(DOCUMENT);
    expect(JSON.stringify(toDocument(m).meta)).toBe(JSON.stringify(DOCUMENT.meta));
    expect(Object.keys(m.document.meta ?? {})).toEqual(['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype']);
    const withProto = validate(JSON.parse('{"title":"T","meta":{"a":{"__proto__":{"polluted":true}}},"nodes":[{"kind":"goal","id":"__proto__","title":"G","meta":{"__proto__":1}}]}') as unknown);
    expect(withProto.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.path, d.ids])).toEqual([
      ['invalid-value', ['meta', 'a', '__proto__'], []],
      ['invalid-value', ['nodes', 0, 'meta', '__proto__'], ['__proto__']],
    ]);
    expect(withProto.diagnostics[0]?.message).toBe(
      'The document: "meta.a.__proto__" uses the key "__proto__", which JavaScript treats specially, so it would be lost; rename it.',
    );
    expect(prototypesClean()).toBe(true);
  });

  it('the roll-up, its explanation, rows, table, series and accountability', () => {
    const m = model();
    const report = rollUp(m, { asOf: AS_OF });
    expect(progressOf(report, 'valueOf')?.progress).toBe(0.5);
    expect(progressOf(report, 'constructor')?.progress).toBe(0.5);
    expect(progressOf(report, 'hasOwnProperty')?.progress).toBeCloseTo(2 / 3, 12);
    expect(progressOf(report, '__proto__')?.progress).toBeCloseTo(GOAL_PROGRESS, 12);
    expect(progressOf(report, ZWSP)?.progress).toBeCloseTo(2 / 3, 12);
    expect(progressOf(report, RTL)?.progress).toBe(0.5);
    expect(progressOf(report, 'isPrototypeOf')).toBeUndefined();
    expect(progressOf(report, 'toString')).toBeUndefined(); // an assumption has no progress
    expect(report.results.map((r) => r.id).sort()).toEqual(['__proto__', 'constructor', 'hasOwnProperty', 'valueOf']);

    const explanation = explainProgress(m, report, '__proto__');
    expect(explanation.split('\n')[0]).toMatch(/^Goal "__proto__" \[__proto__\]: 54% as of 2021-06-30, at risk \(expected [\d.]+%\), coverage 100%, weighted mean of 2 of 2 inputs$/);
    for (const id of ['constructor', 'hasOwnProperty', 'valueOf', ZWSP, RTL]) expect(explanation).toContain(`[${id}]`);

    expect(progressRows(m, report).map((r) => [r.id, r.depth])).toEqual([
      ['__proto__', 0],
      ['constructor', 1],
      ['valueOf', 2],
      ['hasOwnProperty', 1],
    ]);
    expect(formatProgressTable(m, report).split('\n')[0]).toBe(`constructor — progress as of ${AS_OF}`);
    const series = progressSeries(m, ['2020-06-30', AS_OF]);
    expect(series.reports.map((r) => progressOf(r, '__proto__')?.progress ?? null)).toEqual([null, progressOf(report, '__proto__')?.progress]);
    const view = accountability(m, report);
    expect(view.map((a) => [a.id, a.results.map((r) => r.id)])).toEqual([['😀', ['constructor', 'valueOf']]]);
    expect(prototypesClean()).toBe(true);
  });

  it('Mermaid draws every node, parsed back by Mermaid, with subgraphs named by the levels', async () => {
    const m = model();
    const report = rollUp(m, { asOf: AS_OF });
    const parsed = await parseFlowchart(toMermaid(m, report, { indicators: true, assumptions: true, group: 'level', wrap: false }));
    const ids = mermaidNodeIds(m);
    // Every node once, plus the legend's entries (legend_…), which explain what the diagram uses.
    expect([...parsed.vertices.keys()].filter((id) => !id.startsWith('legend_'))).toHaveLength(ID_LIST.length);
    for (const node of m.nodes) expect(shownText(parsed.vertices.get(ids.get(node.id) as string)?.text ?? '').split('\n')[0]).toBe(node.title);
    expect(parsed.subgraphs.map((s) => shownText(s.title)).slice(0, 3)).toEqual(['__proto__', 'constructor', 'valueOf']);
    expect(parsed.subgraphs.at(-1)?.id).toBe('legend');
    // The one link resting on an assumption is drawn through it (constructor --- toString --> __proto__),
    // which takes the place of the separate underpins line: as many lines as relations, besides the legend's.
    const drawn = (parsed.edges as readonly { start: string; end: string }[]).filter((e) => !e.end.startsWith('legend_'));
    expect(drawn).toHaveLength(m.relations.length);
  });

  it('the Markdown report lists them, escaped', () => {
    const m = model();
    const parsed = parseMarkdown(toMarkdownReport(m, rollUp(m, { asOf: AS_OF })));
    expect(parsed.foreign).toEqual([]);
    expect(parsed.headings).toEqual(['constructor', 'Goals and objectives', 'Indicators']);
    expect(parsed.tables[0]?.rows.slice(1).map((row) => [row[1], row[2]])).toEqual([
      ['__proto__', '__proto__'],
      ['constructor', 'constructor'],
      ['valueOf', 'valueOf'],
      ['hasOwnProperty', 'constructor'],
    ]);
    expect(parsed.tables[1]?.rows.slice(1).map((row) => [row[1], row[2], row[4]])).toEqual([
      ['right to left', 'constructor', 'constructor'],
      ['a space', 'valueOf', '50'],
      ['zero-width', 'hasOwnProperty', '1 marker'],
    ]);
  });

  it('the builder takes them as ids too', () => {
    const built = theoryOfChange({ title: 'T', levels: ['__proto__'] })
      .goal('__proto__', { title: 'G', level: '__proto__' })
      .objective('constructor', { title: 'O', contributesTo: ['__proto__'] })
      .indicator('toString', { title: 'I', measure: { kind: 'boolean' }, measures: ['constructor'] })
      .build();
    expect(built.children('__proto__')).toEqual(['constructor']);
    expect(built.indicatorsOf('constructor')).toEqual(['toString']);
  });
});

describe('no input pollutes a prototype', () => {
  const POLLUTERS = ['{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}', '{"prototype":{"polluted":true}}'];

  /** Runs everything on a raw document, and checks the prototypes after each step. */
  function everything(raw: unknown): void {
    const result = validate(raw);
    expect(prototypesClean()).toBe(true);
    if (!result.ok) return;
    const report: ProgressReport = rollUp(result.model, { asOf: AS_OF });
    toMermaid(result.model, report, { indicators: true, assumptions: true, group: 'key-objective' });
    toMarkdownReport(result.model, report);
    for (const id of result.model.roots()) explainProgress(result.model, report, id);
    formatProgressTable(result.model, report);
    accountability(result.model, report);
    toGraph(result.model);
    validate(toDocument(result.model));
    expect(prototypesClean()).toBe(true);
  }

  /** A valid document as JSON text with a polluter spliced in: as the value at some path, or as a key of the document. */
  const polluted = fc.tuple(validDocument, fc.nat(), fc.constantFrom(...POLLUTERS), fc.boolean()).map(([document, pick, polluter, replace]) => {
    const paths = pathsOf(document);
    const path = paths[pick % paths.length];
    if (!replace || path === undefined) return JSON.stringify(document).replace(/^\{/, `{"__proto__":${polluter},`);
    const value = structuredClone(document) as unknown;
    let target: unknown = value;
    for (const part of path.slice(0, -1)) target = (target as Record<string | number, unknown>)[part];
    (target as Record<string | number, unknown>)[path[path.length - 1] as string | number] = '\u0001POLLUTER\u0001';
    return JSON.stringify(value).replace('"\u0001POLLUTER\u0001"', polluter);
  });

  it(`a polluter as the value of any field, or as a key, through JSON.parse and every function after validate (${runs(1000, 2000)} cases)`, () => {
    fc.assert(
      fc.property(polluted, (text) => {
        everything(JSON.parse(text) as unknown);
      }),
      { numRuns: runs(1000, 2000) },
    );
  });

  it(`the same through parseText, as JSON and as YAML (${runs(200, 400)} cases)`, () => {
    fc.assert(
      fc.property(polluted, (text) => {
        const json = parseText(text, 'polluter.json');
        expect(json.ok).toBe(true);
        if (json.ok) everything(json.data);
        const yaml = parseText(stringify(JSON.parse(text) as unknown), 'polluter.yaml');
        expect(yaml.ok).toBe(true);
        if (yaml.ok) everything(yaml.data);
      }),
      { numRuns: runs(200, 400) },
    );
  });

  it('YAML with __proto__ keys, merge keys and anchors keeps them as plain own keys', () => {
    const parsed = parseText(
      'title: T\n__proto__: { polluted: true }\nmeta: { y: &p { __proto__: { polluted: true } } }\nnodes:\n  - { <<: *p, kind: goal, id: __proto__, title: G, meta: *p }\n',
      'proto.yaml',
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const data = parsed.data as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data)).toEqual(['title', '__proto__', 'meta', 'nodes']);
    expect(Object.keys((data.meta as Record<string, object>).y as object)).toEqual(['__proto__']);
    // The merge key stays a plain key: YAML 1.2's core schema has no merge.
    expect(Object.keys((data.nodes as object[])[0] as object)).toEqual(['<<', 'kind', 'id', 'title', 'meta']);
    const result = validate(parsed.data);
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.path])).toEqual([
      ['unknown-field', ['__proto__']],
      ['invalid-value', ['meta', 'y', '__proto__']],
      ['unknown-field', ['nodes', 0, '<<']],
    ]);
    expect(prototypesClean()).toBe(true);
  });
});

describe('the CLI with such ids', () => {
  const cli = resolve(import.meta.dirname, '../../dist/cli.js');
  const work = mkdtempSync(join(tmpdir(), 'toc-hardening-proto-'));

  async function toc(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
      const { stdout, stderr } = await promisify(execFile)('node', [cli, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }

  it('toc progress --json and toc mermaid work on a YAML file full of them', async () => {
    if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first (npm test does).');
    const file = join(work, 'proto.yaml');
    writeFileSync(file, stringify(DOCUMENT));
    const progress = await toc('progress', '--json', '--as-of', AS_OF, file);
    expect(progress.stderr).toBe('');
    expect(progress.code).toBe(0);
    const report = JSON.parse(progress.stdout) as ProgressReport;
    expect(report.results.map((r) => r.id).sort()).toEqual(['__proto__', 'constructor', 'hasOwnProperty', 'valueOf']);
    expect(progressOf(report, '__proto__')?.progress).toBeCloseTo(GOAL_PROGRESS, 12);
    expect(report.indicators.map((r) => r.id).sort()).toEqual([' ', ZWSP, RTL].sort());

    const mermaid = await toc('mermaid', '--as-of', AS_OF, '--indicators', '--assumptions', '--wrap', '0', file);
    expect(mermaid.code).toBe(0);
    const parsed = await parseFlowchart(mermaid.stdout);
    const drawnNodes = [...parsed.vertices.entries()].filter(([id]) => !id.startsWith('legend_'));
    expect(drawnNodes.map(([, v]) => shownText(v.text ?? '').split('\n')[0]).sort()).toEqual(DOCUMENT.nodes.map((n) => n.title).sort());
  });
});
