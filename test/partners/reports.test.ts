/**
 * What the reports and the diagram show of boundary partners, result types,
 * source documents and reading flags, and that documents without them are
 * reported as before (the pinned outputs elsewhere check the bytes).
 */
import { describe, expect, it } from 'vitest';
import { loadModel, rollUp } from '../../src/index.js';
import { toMermaid } from '../../src/mermaid/index.js';
import { formatIndicatorTable, formatResultTypeTable, indicatorRows, toHtmlReport, toMarkdownReport, type IndicatorRow } from '../../src/report/index.js';
import { sourceList, sourceListHtml } from '../../src/report/html/source-list.js';
import { PARTNERS } from './fixture.js';

const asOf = '2023-01-01';
const model = loadModel(PARTNERS);
const report = rollUp(model, { asOf });

describe('the Markdown report', () => {
  const text = toMarkdownReport(model, report, { indicators: true });

  it('has a results chain, impact first', () => {
    expect(text).toContain(
      [
        '### Results chain',
        '',
        '| Result type | Ref | Goal or objective | Progress | Status |',
        '| --- | --- | --- | --- | --- |',
        '| Impact |  | Workers are free from forced labour | 55% | at risk |',
        '| Outcome | 1 | The inspectorate enforces labour law | 55% | at risk |',
        '| Output | 1.1 | Inspectors are trained | 60% | at risk |',
      ].join('\n'),
    );
  });

  it('marks estimated and provisional values and explains the marks', () => {
    expect(text).toContain('| 1a | Inspectorate practice | 1 | 0 markers | 2 markers ◌ | 3 markers | 50% | off track |');
    expect(text).toContain('| 1.1a | Inspectors trained | 1.1 | 0 inspectors | 120 inspectors ≈ | 200 inspectors | 60% | at risk |');
    expect(text).toContain('Figures marked ≈ estimated (the writer’s own estimate), ◌ provisional (may still change).');
  });

  it('lists the boundary partner and the source documents, linked', () => {
    expect(text).toContain('| Labour inspectorate | state | 1 (55%, at risk) | 1a\\: 2 of 3 seen (off track) |');
    expect(text).toContain('- 1a Inspectorate practice: \\[1\\] [Inspectorate annual report 2021](<https://example.org/ar21>) (administrative, 2022-05-01)');
  });

  it('has none of these sections for a model without the new fields', () => {
    const plain = loadModel({
      title: 'Plain',
      nodes: [
        { kind: 'goal', id: 'g', title: 'G' },
        { kind: 'indicator', id: 'i', title: 'I', measure: { kind: 'number' }, measures: ['g'], baseline: { date: '2020-01-01', value: 0 }, targets: [{ date: '2024-01-01', value: 4 }], observations: [{ date: '2022-01-01', value: 2, source: 'Survey' }] },
      ],
    });
    const md = toMarkdownReport(plain, rollUp(plain, { asOf }));
    for (const heading of ['Results chain', 'Boundary partners', 'Sources', 'Figures marked']) expect(md).not.toContain(heading);
  });
});

describe('the HTML report', () => {
  const html = toHtmlReport(model, report);

  it('numbers the source document with its link and kind', () => {
    expect(html).toContain('<ol class="source-list"><li id="source-1"><a href="https://example.org/ar21" rel="noreferrer">Inspectorate annual report 2021</a> <span class="note">(administrative, 2022-05-01)</span></li></ol>');
    expect(html).toContain('<span class="sources">[<a href="#source-1">1</a>]</span>');
  });

  it('marks the estimated and provisional figures, and explains them in the caption', () => {
    expect(html).toContain('120 inspectors<span class="mark estimated" title="the writer’s own estimate, not a measured figure">≈ estimated</span>');
    expect(html).toContain('2 markers<span class="mark provisional" title="may still change">◌ provisional</span>');
    expect(html).toContain('A figure marked ≈ estimated is the writer’s own estimate. A figure marked ◌ provisional may still change.</caption>');
  });

  it('has a results chain and a boundary-partner section, in the contents too', () => {
    expect(html).toContain('<li><a href="#results-chain">Results chain</a></li>');
    expect(html).toContain('<li><a href="#boundary-partners">Boundary partners</a></li>');
    expect(html).toContain('1a Inspectorate practice: 2 of 3 markers seen, <strong>50%</strong>');
  });

  it('links no address that is not http(s), even if one got past validation', () => {
    // Validation refuses such a link (invalid-source-url); the list checks again, so no path gives the page a javascript: link.
    const row = indicatorRows(model, report)[0] as IndicatorRow;
    const sources = [
      { title: 'Click <me>', url: 'javascript:alert(1)', kind: 'media' as const },
      { title: 'Fine', url: 'https://example.org/fine' },
    ];
    const html = sourceListHtml(sourceList([{ ...row, sources: [], sourceDocuments: sources }]));
    expect(html).toBe(
      '<ol class="source-list"><li id="source-1">Click &lt;me&gt; <span class="note">(media)</span></li><li id="source-2"><a href="https://example.org/fine" rel="noreferrer">Fine</a></li></ol>',
    );
  });
});

describe('the text tables and the diagram', () => {
  it('groups by result type in a text table', () => {
    expect(formatResultTypeTable(model, report, { width: 90 }).split('\n')).toEqual([
      'Labour inspection — results chain as of 2023-01-01',
      '',
      'Ref  Result type / goal or objective         Progress  Coverage  Status',
      '───  ──────────────────────────────────────  ────────  ────────  ───────',
      '     Impact',
      '       Workers are free from forced labour        55%      100%  at risk',
      '',
      '     Outcomes',
      '1      The inspectorate enforces labour law       55%      100%  at risk',
      '',
      '     Outputs',
      '1.1    Inspectors are trained                     60%      100%  at risk',
    ]);
  });

  it('marks flagged values in the indicator table, with notes', () => {
    const table = formatIndicatorTable(model, report, { width: 90 });
    expect(table).toContain('2 markers ◌');
    expect(table).toContain('inspectors ≈');
    expect(table.endsWith('≈ estimated: the writer’s own estimate\n◌ provisional: may still change')).toBe(true);
  });

  it('draws the boundary partner as a trapezoid linked to what it is engaged in, with its legend entry', () => {
    const text = toMermaid(model, report, { indicators: true });
    expect(text).toMatch(/\n {2}(\w+)\[\/"Labour inspectorate"\\\]\n/);
    const id = /\n {2}(\w+)\[\/"Labour inspectorate"/.exec(text)?.[1] as string;
    const objective = /\n {2}(\w+)\["1 The inspectorate/.exec(text)?.[1] as string;
    expect(text).toContain(`  ${id} -.- ${objective}\n`);
    expect(text).toContain('legend_boundaryPartner[/"Boundary partner"\\]');
    expect(text).toContain('┈┈┈ is engaged in');
    expect(text).toContain('≈ estimated#58; rests on a<br>reading the writer<br>estimated');
    expect(text).toContain('60#37; · at risk<br>≈ estimated"/]');
    expect(text).toContain('50#37; · off track<br>◌ provisional"/]');
    expect(text).toContain('classDef boundaryPartner fill:#e4ecd0,stroke:#5a7a1e,color:#263510');
    expect(toMermaid(model, report, { boundaryPartners: false })).not.toContain('Labour inspectorate');
  });
});
