/**
 * A chain of 100,000 contributes-to links validates, rolls up and exports
 * without a stack overflow: nothing recurses on the depth of the graph.
 * Also: 300,000 diagnostics at once, and a loop through 150,000 objectives,
 * which used to overflow the stack through `push(...list)` and `Math.min(...list)`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  explainProgress,
  progressOf,
  rollUp,
  toDocument,
  toGraph,
  validate,
  type Model,
  type NodeDocument,
  type ProgressReport,
  type TheoryOfChangeDocument,
} from '../../src/index.js';
import { formatProgressTable, progressRows, toMarkdownReport } from '../../src/report/index.js';
import { toMermaid } from '../../src/mermaid/index.js';
import { diagramLines } from './hostile.js';

const N = 100_000;
const AS_OF = '2021-06-30';

/** g ← o0 ← o1 ← … ← o(n−1), and one indicator on the deepest objective at 40% of the way. */
function chain(n: number): TheoryOfChangeDocument {
  const nodes: NodeDocument[] = [{ kind: 'goal', id: 'g', title: 'Goal' }];
  for (let i = 0; i < n; i++) nodes.push({ kind: 'objective', id: `o${i}`, title: `Objective ${i}`, contributesTo: [i === 0 ? 'g' : `o${i - 1}`] });
  nodes.push({
    kind: 'indicator',
    id: 'i',
    title: 'Indicator',
    measures: [`o${n - 1}`],
    measure: { kind: 'number' },
    baseline: { date: '2020-01-01', value: 0 },
    targets: [{ date: '2022-01-01', value: 100 }],
    observations: [{ date: '2021-01-01', value: 40 }],
  });
  return { title: 'A very deep chain', nodes };
}

describe(`a chain of ${N.toLocaleString('en')} contributes-to links`, () => {
  let model: Model;
  let report: ProgressReport;

  beforeAll(() => {
    const result = validate(chain(N));
    expect(result.diagnostics).toEqual([]);
    if (!result.ok) throw new Error('the chain does not validate');
    model = result.model;
    report = rollUp(model, { asOf: AS_OF });
  });

  it('rolls 40% up every link to the goal, fully covered', () => {
    // Each node has one input of weight 1: the weighted mean passes 0.4 up unchanged.
    expect(progressOf(report, 'g')?.progress).toBe(0.4);
    expect(progressOf(report, 'g')?.coverage).toBe(1);
    expect(progressOf(report, `o${N - 1}`)?.progress).toBe(0.4);
    // Expected: 546 of the 731 days from baseline to target; 0.4 is more than 25 points behind.
    expect(progressOf(report, 'g')?.expected).toBeCloseTo(546 / 731, 12);
    expect(progressOf(report, 'g')?.status).toBe('off-track');
    expect(report.results).toHaveLength(N + 1);
    expect(report.results.every((r) => r.progress === 0.4 && r.coverage === 1)).toBe(true);
  });

  it('answers queries along the whole chain', () => {
    expect(model.ancestors(`o${N - 1}`)).toHaveLength(N);
    expect(model.ancestors(`o${N - 1}`).at(-1)).toBe('g');
    expect(model.descendants('g')).toHaveLength(N);
    const order = model.topologicalOrder();
    expect(order).toHaveLength(N + 1);
    expect([order[0], order[N]]).toEqual([`o${N - 1}`, 'g']);
    expect(model.roots()).toEqual(['g']);
    expect(model.leaves()).toEqual([`o${N - 1}`]);
    const graph = toGraph(model);
    expect([graph.order, graph.size]).toEqual([N + 2, N + 1]);
  });

  it('explains the goal to depth 2, and lists every row with its depth', () => {
    const lines = explainProgress(model, report, 'g', { depth: 2 }).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(`Goal "Goal" [g]: 40% as of ${AS_OF}, off track (expected 75%), coverage 100%, weighted mean of 1 of 1 inputs`);
    expect(lines[2]?.startsWith('    - Objective "Objective 1" [o1] (weight 1): 40%')).toBe(true);
    const rows = progressRows(model, report);
    expect(rows).toHaveLength(N + 1);
    expect(rows.at(-1)).toMatchObject({ id: `o${N - 1}`, depth: N, progress: 0.4 });
  });

  it('writes the full explanation and the text table, with the indentation capped', () => {
    const text = explainProgress(model, report, 'g');
    const lines = text.split('\n');
    expect(lines).toHaveLength(1 + N + 1 + 1); // the goal, every objective, the indicator and its observation
    expect(lines[N]?.startsWith(`${'  '.repeat(16)}[depth ${N}] - Objective "Objective ${N - 1}"`)).toBe(true);
    expect(text.length).toBeLessThan(200 * (N + 3)); // linear in the depth, not quadratic
    const table = formatProgressTable(model, report).split('\n');
    expect(table).toHaveLength(4 + N + 1);
    expect(table.at(-1)).toMatch(new RegExp(`^\\s+\\[depth ${N}\\] Objective ${N - 1}\\s+40%`));
  });

  it('exports Mermaid: one node line per node and one edge line per link, nothing else', () => {
    const lines = diagramLines(toMermaid(model));
    expect(lines.foreign).toEqual([]);
    expect([lines.nodes, lines.edges, lines.subgraphs]).toEqual([N + 1, N, 0]);
    const withReport = diagramLines(toMermaid(model, report, { group: 'key-objective' }));
    expect(withReport.foreign).toEqual([]);
    // One key objective (o0) holds every other objective; the goal stays outside; plus the legend.
    expect([withReport.nodes, withReport.subgraphs]).toEqual([N + 1 + 5, 2]);
  });

  it('exports the Markdown report: one row per goal and objective', () => {
    const markdown = toMarkdownReport(model, report);
    const rows = markdown.split('\n').filter((line) => line.startsWith('| '));
    // Goals and objectives: header, rule, N + 1 rows; indicators: header, rule, 1 row.
    expect(rows).toHaveLength(2 + N + 1 + 2 + 1);
  });

  it('round-trips to a document that validates to the same model', () => {
    const again = validate(toDocument(model));
    expect(again.ok).toBe(true);
    expect(again.ok && again.model.nodes.length).toBe(N + 2);
  });
});

describe('no recursion on depth: the full explanation of a chain deeper than the call stack', () => {
  const DEEP = 20_000;

  it(`a recursive walk of ${DEEP.toLocaleString('en')} links overflows the stack here (the control)`, () => {
    const result = validate(chain(DEEP));
    if (!result.ok) throw new Error('the chain does not validate');
    const m = result.model;
    const depth = (id: string): number => {
      const below = m.children(id);
      return below.length === 0 ? 0 : 1 + depth(below[0] as string);
    };
    expect(() => depth('g')).toThrow(RangeError);
  });

  it(`explainProgress explains all ${DEEP.toLocaleString('en')} links, one line each`, () => {
    const result = validate(chain(DEEP));
    if (!result.ok) throw new Error('the chain does not validate');
    const text = explainProgress(result.model, rollUp(result.model, { asOf: AS_OF }), 'g');
    // Indentation is capped at 16 levels, so the text grows linearly with the depth.
    let lines = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines += 1;
    // The goal, every objective, the indicator and its one observation.
    expect(lines).toBe(1 + DEEP + 1 + 1);
  });
});

describe('huge numbers of diagnostics and huge loops are reported, not a crash', () => {
  it('300,000 warnings at once', () => {
    // 150,000 objectives and no goal: each is unmeasured and reaches no goal.
    const nodes: NodeDocument[] = [];
    for (let i = 0; i < 150_000; i++) nodes.push({ kind: 'objective', id: `o${i}`, title: 'O' });
    const result = validate({ title: 'Flat', nodes });
    expect(result.ok).toBe(true);
    expect(result.diagnostics).toHaveLength(300_000);
    expect(new Set(result.diagnostics.map((d) => d.code))).toEqual(new Set(['unmeasured-objective', 'goal-unreachable']));
  });

  it('a loop through 150,000 objectives is one cycle diagnostic', () => {
    const n = 150_000;
    const nodes: NodeDocument[] = [];
    for (let i = 0; i < n; i++) nodes.push({ kind: 'objective', id: `o${i}`, title: 'O', contributesTo: [`o${(i + 1) % n}`] });
    const result = validate({ title: 'Loop', nodes });
    const cycles = result.diagnostics.filter((d) => d.code === 'cycle');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]?.path).toEqual(['nodes', 0, 'contributesTo']);
    expect(cycles[0]?.ids).toHaveLength(n);
    expect(cycles[0]?.message.startsWith('Contributes-to links form a loop: "o0" → "o1" → "o2"')).toBe(true);
  });
});
