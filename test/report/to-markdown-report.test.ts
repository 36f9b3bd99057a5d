// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/index.js';
import { toMermaid } from '../../src/mermaid/index.js';
import { toMarkdownReport } from '../../src/report/index.js';
import { handMadeReport, SMALL, shuffled, smallModel } from '../mermaid/fixtures.js';
import { parseFlowchart } from '../mermaid/parse.js';

/** The text between ```mermaid and ```. */
function fencedDiagram(markdown: string): string {
  const match = /^```mermaid\n([\s\S]*?)\n```$/m.exec(markdown);
  if (match === null) throw new Error('no mermaid fence');
  return `${match[1]}\n`;
}

/** The rows of the table under a heading, as arrays of cells. */
function table(markdown: string, heading: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`no heading ${heading}`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(2, -2).split(/(?<!\\) \| /));
  }
  return rows;
}

describe('toMarkdownReport', () => {
  const model = smallModel();
  const report = handMadeReport(model);

  it('without a report: the title and the diagram in a mermaid fence', async () => {
    const markdown = toMarkdownReport(model);
    expect(markdown).toBe(`## Clean water for every village\n\n\`\`\`mermaid\n${toMermaid(model)}\`\`\`\n`);
    await parseFlowchart(fencedDiagram(markdown));
  });

  it('with a report: the date, the diagram with progress, and the tables', async () => {
    const markdown = toMarkdownReport(model, report);
    expect(markdown.startsWith('## Clean water for every village\n\nProgress as of 2025-06-30.\n\n```mermaid\nflowchart BT\n')).toBe(true);
    expect(fencedDiagram(markdown)).toBe(toMermaid(model, report));
    const parsed = await parseFlowchart(fencedDiagram(markdown));
    expect(parsed.subgraphs.map((s) => s.id)).toEqual(['legend']);

    expect(table(markdown, '### Goals and objectives')).toEqual([
      ['Ref', 'Goal or objective', 'Level', 'Progress', 'Expected', 'Status', 'Coverage', 'Notes'],
      ['---', '---', '---', '---', '---', '---', '---', '---'],
      ['', 'Every village has clean water', 'Impact', '41%', '50%', 'at risk', '100%', ''],
      ['1', 'Wells are maintained', 'Outcome', '—', '—', 'no data', '0%', '⚠ assumption fails\\: Spare parts can be bought locally'],
      ['1.1', 'Village mechanics are trained', 'Output', '10%', '50%', 'off track', '50%', ''],
      ['1.2', 'Water committees collect fees', 'Output', '100%', '50%', 'achieved', '50%', ''],
      ['2', 'Families practise safe hygiene', 'Outcome', '62%', '50%', 'on track', '100%', ''],
    ]);
    expect(table(markdown, '### Indicators')).toEqual([
      ['Ref', 'Indicator', 'Measures', 'Baseline', 'Latest', 'Target', 'Progress', 'Status'],
      ['---', '---', '---', '---', '---', '---', '---', '---'],
      ['I1', 'Share of wells working', '1', '40%', '55%', '90%', '10%', 'off track'],
      ['I2', 'Mechanics trained _(illustrative)_', '1.1', '40 people', '55 people', '90 people', '41%', 'at risk'],
    ]);
    expect(markdown).toContain('\n\n_Illustrative_: figures not from a published source.\n');
  });

  it('orders rows top-down, siblings in natural ref order (1.2 before 1.10)', () => {
    const many = loadModel({
      title: 'Order',
      nodes: [
        { kind: 'goal', id: 'g', title: 'Goal' },
        { kind: 'objective', id: 'k', ref: '1', title: 'Key', contributesTo: ['g'] },
        ...[10, 2, 1, 9].map((n) => ({ kind: 'objective' as const, id: `s${n}`, ref: `1.${n}`, title: `Sub ${n}`, contributesTo: ['k'] })),
      ],
    });
    const refs = table(toMarkdownReport(many, handMadeReport(many)), '### Goals and objectives').slice(2).map((r) => r[0]);
    expect(refs).toEqual(['', '1', '1.1', '1.2', '1.9', '1.10']);
  });

  it('escapes every piece of user text', () => {
    const hostile = loadModel({
      title: 'A | B <script>alert(1)</script> #',
      nodes: [
        { kind: 'goal', id: 'g', ref: '*1*', title: 'Goal | with `code` and [link](x)\nsecond line' },
        { kind: 'indicator', id: 'i', title: '<img src=x onerror=alert(1)>', measure: { kind: 'number' }, unit: '$ & @you', measures: ['g'] },
      ],
    });
    const markdown = toMarkdownReport(hostile, handMadeReport(hostile));
    expect(markdown).toContain('## A \\| B \\<script\\>alert(1)\\</script\\> \\#\n');
    expect(markdown).toContain('| \\*1\\* | Goal \\| with \\`code\\` and \\[link\\](x)<br>second line |');
    expect(markdown).toContain('| \\<img src=x onerror=alert(1)\\> | \\*1\\* |');
    expect(markdown).toContain('55 \\$ \\& \\@you');
    expect(markdown).not.toMatch(/(?<!\\)<(?!br>)/); // no HTML but line breaks
  });

  it('uses the heading level asked for, or none', () => {
    expect(toMarkdownReport(model, report, { headingLevel: 1 })).toMatch(/^# Clean water[\s\S]*\n## Goals and objectives\n/);
    const bare = toMarkdownReport(model, report, { headingLevel: false });
    expect(bare).not.toMatch(/^#/m);
    expect(bare.startsWith('Progress as of 2025-06-30.')).toBe(true);
  });

  it('passes diagram options on, and lists only what the diagram shows', () => {
    const focused = toMarkdownReport(model, report, { focus: 'wells', indicators: true, direction: 'LR' });
    expect(fencedDiagram(focused)).toBe(toMermaid(model, report, { focus: 'wells', indicators: true, direction: 'LR' }));
    expect(table(focused, '### Goals and objectives').slice(2).map((r) => r[1])).toEqual([
      'Wells are maintained',
      'Village mechanics are trained',
      'Water committees collect fees',
    ]);
    expect(toMarkdownReport(model, report, { indicatorTable: false })).not.toContain('Indicators');
  });

  it('is byte-identical whatever the order of the nodes', () => {
    const expected = toMarkdownReport(model, report);
    for (const seed of [2, 9]) {
      const other = loadModel(shuffled(SMALL, seed));
      expect(toMarkdownReport(other, handMadeReport(other))).toBe(expected);
    }
  });
});
