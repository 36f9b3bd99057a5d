// @vitest-environment jsdom
/**
 * Old readings in the text tables and the Markdown report, on the model the
 * progress guide works by hand ("Old readings"), as of 2020-12-31 with an
 * 18-month limit:
 * - survey (measures O, weight 1): 40 of 100 villages, read 2016-03-31. Its
 *   limit ran out on 2017-09-30, so it is old; 2016-03-31 to 2020-12-31 is 4
 *   years 9 months. Progress 40%, expected 100% (target due): off track.
 * - wells (measures O, weight 3): 80 of 100, read 2020-06-30 (limit runs out
 *   2021-12-30): not old. 80%, 20 points behind: at risk.
 * - courts (measures G): no reading.
 * - O: (1 × 0.4 + 3 × 0.8) / 4 = 70%, off track; coverage 100%, recent
 *   coverage (1 × 0 + 3 × 1) / 4 = 75%.
 * - G: O alone has data: 70%; coverage (1 + 0) / 2 = 50%, recent
 *   (0.75 + 0) / 2 = 37.5%, which reads 38%.
 */
import { describe, expect, it } from 'vitest';
import { loadModel, rollUp, type TheoryOfChangeDocument } from '../../src/index.js';
import { formatIndicatorTable, formatProgressTable, indicatorRows, progressRows, toMarkdownReport } from '../../src/report/index.js';

const DOCUMENT: TheoryOfChangeDocument = {
  title: 'Old readings',
  period: { start: '2015-01-01', end: '2020-12-31' },
  maxReadingAge: 'P18M',
  nodes: [
    { kind: 'goal', id: 'G', title: 'Goal' },
    { kind: 'objective', id: 'O', title: 'Objective', contributesTo: ['G'] },
    {
      kind: 'indicator',
      id: 'survey',
      title: 'Villages surveyed',
      unit: 'villages',
      measures: ['O'],
      measure: { kind: 'number' },
      baseline: { date: '2015-01-01', value: 0 },
      targets: [{ date: '2020-12-31', value: 100 }],
      observations: [{ date: '2016-03-31', value: 40 }],
    },
    {
      kind: 'indicator',
      id: 'wells',
      title: 'Wells working',
      measures: [{ to: 'O', weight: 3 }],
      measure: { kind: 'number' },
      baseline: { date: '2015-01-01', value: 0 },
      targets: [{ date: '2020-12-31', value: 100 }],
      observations: [{ date: '2020-06-30', value: 80 }],
    },
    {
      kind: 'indicator',
      id: 'courts',
      title: 'Cases heard',
      measures: ['G'],
      measure: { kind: 'number' },
      baseline: { date: '2015-01-01', value: 0 },
      targets: [{ date: '2020-12-31', value: 10 }],
    },
  ],
};
const model = loadModel(DOCUMENT);
const report = rollUp(model, { asOf: '2020-12-31' });

const RECENT_NOTE = '(N% recent): the share backed by readings within the 18-month limit (maxReadingAge P18M) at 2020-12-31; older readings still count';
const OLD_NOTE = '◷ older than the 18-month limit (maxReadingAge P18M) on 2020-12-31; old readings still count';

describe('rows', () => {
  it('carry recent coverage and old flags only where a limit is in force', () => {
    expect(progressRows(model, report).map((r) => [r.id, r.coverage, r.recentCoverage, r.old])).toEqual([
      ['G', 0.5, 0.375, false],
      ['O', 1, 0.75, false],
    ]);
    expect(indicatorRows(model, report).map((r) => [r.id, r.old, r.maxReadingAge])).toEqual([
      ['courts', false, 'P18M'],
      ['survey', true, 'P18M'],
      ['wells', false, 'P18M'],
    ]);
    const none = rollUp(model, { asOf: '2020-12-31', maxReadingAge: null });
    expect(progressRows(model, none).some((r) => 'recentCoverage' in r || 'old' in r)).toBe(false);
    expect(indicatorRows(model, none).some((r) => 'old' in r || 'maxReadingAge' in r)).toBe(false);
  });
});

describe('formatProgressTable', () => {
  it('gives the recent share of a coverage resting partly on old readings, with a footnote naming the limit', () => {
    expect(formatProgressTable(model, report).split('\n')).toEqual([
      'Old readings — progress as of 2020-12-31',
      '',
      'Goal / objective  Progress  Expected           Coverage  Status',
      '────────────────  ────────  ────────  ─────────────────  ─────────',
      'Goal                   70%      100%   50% (38% recent)  off track',
      '  Objective            70%      100%  100% (75% recent)  off track',
      '',
      RECENT_NOTE,
    ]);
  });

  it('marks nothing and adds no footnote without a limit, or when no reading is old', () => {
    const lines = formatProgressTable(model, rollUp(model, { asOf: '2020-12-31', maxReadingAge: null })).split('\n');
    expect(lines.slice(2)).toEqual([
      'Goal / objective  Progress  Expected  Coverage  Status',
      '────────────────  ────────  ────────  ────────  ─────────',
      'Goal                   70%      100%       50%  off track',
      '  Objective            70%      100%      100%  off track',
    ]);
    // With 5 years nothing is old (2016-03-31 + 5 years = 2021-03-31): the fields are there, nothing is marked.
    const fiveYears = rollUp(model, { asOf: '2020-12-31', maxReadingAge: 'P5Y' });
    expect(fiveYears.results.map((r) => r.recentCoverage)).toEqual([0.5, 1]);
    expect(formatProgressTable(model, fiveYears)).toBe(formatProgressTable(model, rollUp(model, { asOf: '2020-12-31', maxReadingAge: null })));
  });

  it('wraps the footnote to the width, like the title', () => {
    const text = formatProgressTable(model, report, { width: 70 });
    expect(text.split('\n').slice(-2)).toEqual([
      '(N% recent): the share backed by readings within the 18-month limit',
      '(maxReadingAge P18M) at 2020-12-31; older readings still count',
    ]);
    expect(Math.max(...text.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(70);
  });

  it('puts the illustrative footnote first when both apply', () => {
    const tagged = loadModel({ ...DOCUMENT, nodes: DOCUMENT.nodes.map((n) => (n.id === 'wells' ? { ...n, tags: ['illustrative'] } : n)) });
    const lines = formatProgressTable(tagged, rollUp(tagged, { asOf: '2020-12-31' })).split('\n');
    expect(lines.slice(4)).toEqual([
      'Goal *                 70%      100%   50% (38% recent)  off track',
      '  Objective *          70%      100%  100% (75% recent)  off track',
      '',
      '* includes illustrative figures (not from a published source)',
      RECENT_NOTE,
    ]);
  });
});

describe('formatIndicatorTable', () => {
  it('marks an old latest reading ◷ after its date, gives its age under the title, and names the limit', () => {
    expect(formatIndicatorTable(model, report).split('\n')).toEqual([
      'Indicators as of 2020-12-31',
      '',
      'Indicator               Baseline    Latest        Target        Progress  Status',
      '──────────────────────  ──────────  ────────────  ────────────  ────────  ─────────',
      // Cases heard has a baseline and a target but no reading.
      'Cases heard             0           —             10            no data¹  no data',
      'measures Goal           2015-01-01                2020-12-31',
      '',
      'Villages surveyed       0 villages  40 villages   100 villages       40%  off track',
      'measures Objective      2015-01-01  2016-03-31 ◷  2020-12-31',
      '◷ 4 years 9 months old',
      '',
      'Wells working           0           80            100                80%  at risk',
      'measures Objective      2015-01-01  2020-06-30    2020-12-31',
      '',
      OLD_NOTE,
      '¹ no data: no reading by 2020-12-31',
    ]);
  });

  it('names each old reading its own limit when the limits differ', () => {
    // wells held to 1 month: 2020-06-30 + 1 month = 2020-07-30, before 2020-12-31, so old too; 6 months 1 day old.
    const own = loadModel({ ...DOCUMENT, nodes: DOCUMENT.nodes.map((n) => (n.id === 'wells' ? { ...n, maxReadingAge: 'P1M' } : n)) });
    const both = rollUp(own, { asOf: '2020-12-31' });
    const lines = formatIndicatorTable(own, both).split('\n');
    expect(lines[9]).toBe('◷ 4 years 9 months old (limit P18M)');
    expect(lines[13]).toBe('◷ 6 months 1 day old (limit P1M)');
    expect(lines.slice(-2)).toEqual(['◷ older than its age limit (maxReadingAge) on 2020-12-31; old readings still count', '¹ no data: no reading by 2020-12-31']);
    // Nothing recent left under O, and so under G.
    expect(formatProgressTable(own, both).split('\n').slice(4, 6)).toEqual([
      'Goal                   70%      100%   50% (0% recent)  off track',
      '  Objective            70%      100%  100% (0% recent)  off track',
    ]);
    expect(formatProgressTable(own, both).split('\n').at(-1)).toBe(
      '(N% recent): the share backed by readings within their age limit (maxReadingAge) at 2020-12-31; older readings still count',
    );
  });

  it('marks nothing without a limit', () => {
    const text = formatIndicatorTable(model, rollUp(model, { asOf: '2020-12-31', maxReadingAge: null }));
    expect(text).not.toContain('◷');
    // No age line: the Indicator column is as wide as 'measures Objective' (18), Latest as '40 villages' (11).
    expect(text.split('\n')[8]).toBe('measures Objective  2015-01-01  2016-03-31   2020-12-31');
  });
});

/** The rows of the Markdown table under a heading, as arrays of cells. */
function table(markdown: string, heading: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(2, -2).split(/(?<!\\) \| /));
  }
  return rows;
}

describe('toMarkdownReport', () => {
  it('gives the recent share in the coverage column and marks old latest readings with date and age, each with a note', () => {
    const markdown = toMarkdownReport(model, report);
    expect(table(markdown, '### Goals and objectives').slice(2)).toEqual([
      ['', 'Goal', '70%', '100%', 'off track', '50% (38% recent)', ''],
      ['', 'Objective', '70%', '100%', 'off track', '100% (75% recent)', ''],
    ]);
    expect(markdown).toContain(
      '| Objective | 70% | 100% | off track | 100% (75% recent) |  |\n\n(N% recent)\\: the share backed by readings within the 18-month limit (maxReadingAge P18M) at 2020-12-31; older readings still count\n',
    );
    expect(table(markdown, '### Indicators').slice(2)).toEqual([
      ['', 'Cases heard', 'Goal', '0', '—', '10', '—', 'no data (no reading by 2020-12-31)'],
      ['', 'Villages surveyed', 'Objective', '0 villages', '40 villages ◷ (2016-03-31, 4 years 9 months old)', '100 villages', '40%', 'off track'],
      ['', 'Wells working', 'Objective', '0', '80', '100', '80%', 'at risk'],
    ]);
    expect(markdown.endsWith(`\n\n${OLD_NOTE}.\n`)).toBe(true);
  });

  it('says when a manual assessment in force is old, with its date and age', () => {
    // An assessment of O dated 2018-06-30: its 18 months ran out on 2019-12-30. 2018-06-30 to 2020-12-31 is 2 years 6 months 1 day.
    const assessed = loadModel({
      ...DOCUMENT,
      nodes: DOCUMENT.nodes.map((n) => (n.id === 'O' ? { ...n, assessments: [{ date: '2018-06-30', progress: 0.5 }] } : n)),
    });
    const markdown = toMarkdownReport(assessed, rollUp(assessed, { asOf: '2020-12-31' }));
    const rows = table(markdown, '### Goals and objectives').slice(2);
    expect(rows[1]).toEqual(['', 'Objective', '50%', '100%', 'off track', '100% (0% recent)', 'manual assessment of 2018-06-30, 2 years 6 months 1 day old']);
  });

  it('has no age marks or notes without a limit', () => {
    const markdown = toMarkdownReport(model, rollUp(model, { asOf: '2020-12-31', maxReadingAge: null }));
    expect(markdown).not.toMatch(/recent|◷|maxReadingAge/);
  });
});
