import { describe, expect, it } from 'vitest';
import { trendChartSvg, xLabels } from '../../src/report/html/trend-chart.js';
import { trendAxis, trendDates } from '../../src/report/html/trend-section.js';
import { validate, type Model, type TheoryOfChangeDocument } from '../../src/index.js';

// The drawing is 320 × 150 with margins left 36, right 10, top 10, bottom 22: the plot is 274 wide and 118 high.
const base = { start: '2020-01-01', end: '2020-12-31', label: 'Goal' } as const;

function model(document: TheoryOfChangeDocument): Model {
  const result = validate(document);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.model;
}

describe('trendChartSvg', () => {
  it('puts a reading at the end of its day on a date axis and a share on a 0–100% axis', () => {
    // 2020 has 366 days; a reading dated 1 July holds from the end of that day, 183 days in: x = 36 + 183/366 × 274 = 173.
    // 50% is half-way down the plot: y = 10 + 0.5 × 118 = 69. 100% is the top (10), 0% the bottom (128).
    const svg = trendChartSvg({ ...base, progress: [{ date: '2020-07-01', value: 0.5 }, { date: '2020-12-31', value: 1 }], expected: [] });
    expect(svg).toContain('<polyline class="progress" points="173,69 310,10"/>');
    expect(svg).toContain('<circle class="progress" cx="310" cy="10" r="2.5"/>');
  });

  it('draws values beyond 0–100% at the edges', () => {
    const svg = trendChartSvg({ ...base, progress: [], expected: [{ date: '2020-07-01', value: 1.5 }, { date: '2020-12-31', value: -0.2 }] });
    expect(svg).toContain('<polyline class="expected" points="173,10 310,128"/>');
  });

  it('breaks the line where there is no value; a lone value is a dot', () => {
    const svg = trendChartSvg({
      ...base,
      progress: [
        { date: '2020-01-01', value: 0.1 },
        { date: '2020-04-01', value: null },
        { date: '2020-07-01', value: 0.5 },
        { date: '2020-12-31', value: 0.5 },
      ],
      expected: [],
    });
    expect(svg.match(/<polyline class="progress"/g)).toHaveLength(1);
    expect(svg).toContain('<polyline class="progress" points="173,69 310,69"/>');
    // 1 January ends 1 day in: x = 36 + 274/366 = 36.7; 10% is y = 10 + 0.9 × 118 = 116.2.
    expect(svg).toContain('<circle class="progress" cx="36.7" cy="116.2" r="1.5"/>');
  });

  it('has grid lines at every quarter, labels at 0, 50 and 100%, the report date, and nothing to fetch or run', () => {
    const svg = trendChartSvg({ ...base, asOf: '2020-07-01', progress: [], expected: [] });
    expect(svg.match(/<line class="grid/g)).toHaveLength(5);
    expect([...svg.matchAll(/<text class="y"[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual(['0%', '50%', '100%']);
    expect(svg).toContain('<line class="as-of" x1="173" x2="173"');
    expect(svg).not.toMatch(/<script|href|url\(|on[a-z]+=/i);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="Goal"/);
  });

  it('leaves out the report date line when it is outside the axis', () => {
    expect(trendChartSvg({ ...base, asOf: '2021-03-01', progress: [], expected: [] })).not.toContain('as-of');
  });

  it('escapes its label', () => {
    expect(trendChartSvg({ ...base, label: '"><script>x</script>', progress: [], expected: [] })).toContain('aria-label="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
  });

  it('refuses an axis that ends before it starts', () => {
    expect(() => trendChartSvg({ ...base, start: '2021-01-01', end: '2020-01-01', progress: [], expected: [] })).toThrow(RangeError);
  });

  it('is the same text for the same input', () => {
    const input = { ...base, asOf: '2020-06-30', progress: [{ date: '2020-03-31', value: 0.25 }], expected: [{ date: '2020-12-31', value: 1 }] };
    expect(trendChartSvg(input)).toBe(trendChartSvg(input));
  });
});

describe('xLabels', () => {
  const texts = (start: string, end: string): string[] => xLabels(start, end).labels.map((l) => l.text);

  it('names calendar years over a period of more than 18 months, a tick between each', () => {
    expect(texts('2015-01-01', '2020-12-31')).toEqual(['2015', '2016', '2017', '2018', '2019', '2020']);
    expect(xLabels('2015-01-01', '2020-12-31').ticks).toHaveLength(5);
  });

  it('leaves unnamed a year the period cuts to under a third', () => {
    expect(texts('2015-11-01', '2018-12-31')).toEqual(['2016', '2017', '2018']);
    expect(texts('2015-07-01', '2020-06-30')).toEqual(['2015', '2016', '2017', '2018', '2019', '2020']);
  });

  it('names every fifth year over 31 years', () => {
    expect(texts('2000-01-01', '2030-12-31')).toEqual(['2000', '2005', '2010', '2015', '2020', '2025', '2030']);
  });

  it('names quarters over a shorter period', () => {
    expect(texts('2020-01-01', '2020-12-31')).toEqual(['Q1 2020', 'Q2 2020', 'Q3 2020', 'Q4 2020']);
    expect(texts('2020-02-15', '2021-03-31')).toEqual(['Q1 2020', 'Q2 2020', 'Q3 2020', 'Q4 2020', 'Q1 2021']);
  });
});

describe('trend dates and axis', () => {
  it('samples the first day, each month end, the last day and the report date', () => {
    expect(trendDates('2020-01-15', '2020-04-10', '2020-03-03')).toEqual(['2020-01-15', '2020-01-31', '2020-02-29', '2020-03-03', '2020-03-31', '2020-04-10']);
  });

  it('spans the period, stretched to a later report date; without a period, the dated figures', () => {
    const withPeriod = model({ title: 'T', period: { start: '2015-01-01', end: '2020-12-31' }, nodes: [{ kind: 'goal', id: 'g', title: 'G' }] });
    expect(trendAxis(withPeriod, '2020-06-30')).toEqual({ start: '2015-01-01', end: '2020-12-31' });
    expect(trendAxis(withPeriod, '2022-03-31')).toEqual({ start: '2015-01-01', end: '2022-03-31' });
    const without = model({
      title: 'T',
      nodes: [
        { kind: 'goal', id: 'g', title: 'G' },
        {
          kind: 'indicator',
          id: 'i',
          title: 'I',
          measures: ['g'],
          measure: { kind: 'number' },
          baseline: { date: '2018-03-31', value: 0 },
          targets: [{ date: '2021-12-31', value: 10 }],
          observations: [{ date: '2019-06-30', value: 4 }],
        },
      ],
    });
    expect(trendAxis(without, '2020-01-01')).toEqual({ start: '2018-03-31', end: '2021-12-31' });
    expect(trendAxis(model({ title: 'T', nodes: [{ kind: 'goal', id: 'g', title: 'G' }] }), '2020-01-01')).toBeUndefined();
  });
});
