/**
 * A goal with 100,000 direct sub-objectives validates, rolls up, explains and
 * exports in time linear in its size (quadratic work here would take hours).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  accountability,
  explainProgress,
  progressOf,
  rollUp,
  toGraph,
  validate,
  type Model,
  type NodeDocument,
  type ProgressReport,
} from '../../src/index.js';
import { formatProgressTable, progressRows, toMarkdownReport } from '../../src/report/index.js';
import { toMermaid } from '../../src/mermaid/index.js';
import { diagramLines } from './hostile.js';

const N = 100_000;
const AS_OF = '2021-06-30';

describe(`a goal with ${N.toLocaleString('en')} direct sub-objectives`, () => {
  let model: Model;
  let report: ProgressReport;

  beforeAll(() => {
    // Objective i is measured by indicator i % 4, whose progress is (i % 4) / 3: 0, 1/3, 2/3, 1.
    // Equal weights, equal numbers of each: the goal stands at the mean, 0.5.
    const nodes: NodeDocument[] = [
      { kind: 'goal', id: 'g', title: 'Goal' },
      { kind: 'duty-bearer', id: 'd', title: 'Ministry', actorType: 'state', accountableFor: ['g'] },
    ];
    const measured: string[][] = [[], [], [], []];
    for (let i = 0; i < N; i++) {
      nodes.push({ kind: 'objective', id: `o${i}`, ref: `${i + 1}`, title: `Objective ${i}`, contributesTo: ['g'] });
      measured[i % 4]?.push(`o${i}`);
    }
    measured.forEach((targets, k) => {
      nodes.push({
        kind: 'indicator',
        id: `i${k}`,
        title: `Indicator ${k}`,
        measures: targets,
        measure: { kind: 'number' },
        baseline: { date: '2020-01-01', value: 0 },
        targets: [{ date: '2022-01-01', value: 3 }],
        observations: [{ date: '2021-01-01', value: k }],
      });
    });
    const result = validate({ title: 'A very wide strategy', nodes });
    expect(result.diagnostics).toEqual([]);
    if (!result.ok) throw new Error('the model does not validate');
    model = result.model;
    report = rollUp(model, { asOf: AS_OF });
  });

  it('rolls up to the mean of its sub-objectives', () => {
    expect(progressOf(report, 'g')?.progress).toBeCloseTo(0.5, 9);
    expect(progressOf(report, 'g')?.coverage).toBe(1);
    expect(progressOf(report, 'o7')?.progress).toBe(1);
    expect(progressOf(report, 'o5')?.progress).toBeCloseTo(1 / 3, 12);
    const contributions = report.results.find((r) => r.id === 'g')?.contributions ?? [];
    expect(contributions).toHaveLength(N);
    expect(contributions.reduce((sum, c) => sum + c.share, 0)).toBeCloseTo(0.5, 9);
  });

  it('answers queries', () => {
    expect(model.children('g')).toHaveLength(N);
    expect(model.descendants('g')).toHaveLength(N);
    expect(model.leaves()).toHaveLength(N);
    expect(model.topologicalOrder().at(-1)).toBe('g');
    expect(model.indicatorsOf('o8')).toEqual(['i0']);
    expect(model.measuredBy('i1')).toHaveLength(N / 4);
    expect(toGraph(model).size).toBe(N + N + 1);
  });

  it('explains the goal to depth 2, and in full', () => {
    const short = explainProgress(model, report, 'g', { depth: 2 }).split('\n');
    expect(short[0]).toMatch(/^Goal "Goal" \[g\]: 50% as of 2021-06-30/);
    // The goal, each objective, and under each its indicator (depth 2).
    expect(short).toHaveLength(1 + N + N);
    const full = explainProgress(model, report, 'g').split('\n');
    // Each indicator is explained (with its one observation) once, then "explained above".
    expect(full).toHaveLength(1 + N + N + 4);
  });

  it('lists rows, formats the table and the accountability view', () => {
    expect(progressRows(model, report)).toHaveLength(N + 1);
    const table = formatProgressTable(model, report).split('\n');
    // Title, blank line, header, rule, then one row per goal and objective.
    expect(table).toHaveLength(4 + N + 1);
    expect(accountability(model, report)[0]?.results.map((r) => r.id)).toEqual(['g']);
  });

  it('exports Mermaid, grouped or not, and the Markdown report', () => {
    for (const group of ['none', 'key-objective'] as const) {
      const lines = diagramLines(toMermaid(model, report, { group, indicators: true }));
      expect(lines.foreign).toEqual([]);
      // Goal, objectives, indicators, duty bearer, and the legend's entries (each placed by one invisible link);
      // one subgraph per key objective.
      expect(lines.nodes).toBe(1 + N + 4 + 1 + lines.legendLinks);
      expect(lines.legendLinks).toBeGreaterThan(4); // shapes, lines and statuses at least
      expect(lines.legendLinks).toBeLessThan(20);
      expect(lines.edges).toBe(N + N + 1);
      expect(lines.subgraphs).toBe((group === 'none' ? 0 : N) + 1);
    }
    const rows = toMarkdownReport(model, report)
      .split('\n')
      .filter((line) => line.startsWith('| '));
    expect(rows).toHaveLength(2 + N + 1 + 2 + 4);
  });
});
