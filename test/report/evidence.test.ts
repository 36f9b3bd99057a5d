// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { loadModel, rollUp } from '../../src/index.js';
import { evidenceRows, toHtmlReport, toMarkdownReport } from '../../src/report/index.js';
import { toMermaid } from '../../src/mermaid/index.js';

const indicator = {
  kind: 'indicator',
  id: 'i',
  title: 'Inspections',
  measures: ['O1'],
  measure: { kind: 'number' },
  baseline: { date: '2020-01-01', value: 0 },
  targets: [{ date: '2021-01-01', value: 10 }],
  observations: [{ date: '2020-12-31', value: 9 }],
};
const withEvidence = loadModel({
  title: 'Decent work',
  nodes: [
    { kind: 'goal', id: 'G', ref: '1', title: 'Forced labour ends' },
    {
      kind: 'objective',
      id: 'O1',
      ref: '1.1',
      title: 'Labour law enforced',
      contributesTo: [
        {
          to: 'G',
          assumptions: ['will'],
          evidence: [{ summary: 'Ministries did not take it up', source: 'Mid-term review', date: '2019-06-30', stance: 'challenges', strength: 'moderate' }],
        },
      ],
    },
    { kind: 'assumption', id: 'will', title: 'Ministries want to act', evidence: [{ summary: 'A bill was tabled', stance: 'supports', strength: 'strong' }] },
    indicator,
  ],
});
const without = loadModel({
  title: 'Decent work',
  nodes: [
    { kind: 'goal', id: 'G', ref: '1', title: 'Forced labour ends' },
    { kind: 'objective', id: 'O1', ref: '1.1', title: 'Labour law enforced', contributesTo: [{ to: 'G', assumptions: ['will'] }] },
    { kind: 'assumption', id: 'will', title: 'Ministries want to act', status: 'holds', evidence: [{ summary: 'A bill was tabled' }] },
    indicator,
  ],
});

describe('evidence in the reports', () => {
  it('lists the link, then the assumption, with balance, status and findings', () => {
    const rows = evidenceRows(withEvidence);
    expect(rows.map((r) => [r.kind, r.id, r.status, r.argued, r.flagged])).toEqual([
      ['link', 'contributes-to:"O1"->"G"', null, false, true],
      ['assumption', 'will', 'holds', true, false], // 3 for, 0 against: argued holds
    ]);
    expect(evidenceRows(without)).toEqual([]);
  });

  it('Markdown: a note on the goal, and a section giving each balance and finding', () => {
    const text = toMarkdownReport(withEvidence, rollUp(withEvidence, { asOf: '2020-12-31' }));
    expect(text).toContain('| 1 | Forced labour ends | 90% | 99% | at risk | 100% | ⚠ only challenging evidence on the link from 1.1 |');
    const section = text.slice(text.indexOf('### Evidence on links and assumptions'));
    expect(section.split('\n').slice(0, 9)).toEqual([
      '### Evidence on links and assumptions',
      '',
      'Findings count by strength (weak 1, moderate 2, strong 3; none given: weak) for or against each link and assumption.',
      '',
      '- **Link 1.1 → 1**: 1 challenging (1 moderate). ⚠ Only challenging evidence: flagged like a link resting on a failing assumption.',
      '  - 2019-06-30 · challenges (moderate)\\: Ministries did not take it up (source\\: Mid-term review)',
      '- **Assumption Ministries want to act**: holds, argued from its evidence; 1 supporting (1 strong).',
      '  - supports (strong)\\: A bill was tabled',
      '',
    ]);
  });

  it('HTML: a section of its own, only when the document weighs evidence', () => {
    const html = toHtmlReport(withEvidence, rollUp(withEvidence, { asOf: '2020-12-31' }));
    expect(html).toContain('<li><a href="#evidence">Evidence on links and assumptions</a></li>');
    expect(html).toContain(
      '<p>1 challenging (1 moderate). <strong class="flag">⚠ only challenging evidence: flagged like a link resting on a failing assumption</strong></p>',
    );
    expect(html).toContain('<p><strong>holds</strong> (argued from its evidence): 1 supporting (1 strong).</p>');
    expect(html).toContain('<li>Ministries did not take it up <span class="stance challenges">challenges (moderate)</span> <span class="date">2019-06-30</span> <span class="sources">(Mid-term review)</span></li>');
    const plain = toHtmlReport(without, rollUp(without, { asOf: '2020-12-31' }));
    expect(plain).not.toContain('id="evidence"');
    expect(plain).not.toContain('stance');
    expect(toMarkdownReport(without, rollUp(without, { asOf: '2020-12-31' }))).not.toContain('Evidence');
  });

  it('the diagram draws the challenged link red and dashed, labelled, and explains it in the legend', () => {
    const text = toMermaid(withEvidence, rollUp(withEvidence, { asOf: '2020-12-31' }));
    expect(text).toContain('|"⚠ only challenging evidence"|');
    expect(text).toContain('red dashed#58; rests on<br>a failing assumption,<br>or only challenging<br>evidence');
    expect(text).toContain('linkStyle 0 stroke:#b3261e,stroke-width:2px,stroke-dasharray:6 4');
    expect(text).toMatch(/linkStyle \d+ /);
    expect(toMermaid(without, rollUp(without, { asOf: '2020-12-31' }))).not.toContain('linkStyle');
  });
});
