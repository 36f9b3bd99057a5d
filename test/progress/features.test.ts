import { describe, expect, it } from 'vitest';
import {
  accountability,
  explainProgress,
  loadModel,
  progressOf,
  progressSeries,
  rollUp,
  type AggregationFunction,
  type ResultProgress,
  type TheoryOfChangeDocument,
} from '../../src/index.js';
import { deepFreeze } from '../../src/document/deep-freeze.js';
import { handWorked } from './fixture.js';

const model = loadModel(handWorked);

describe('series', () => {
  it('gives the same numbers as single-date roll-ups', () => {
    const dates = ['2015-12-31', '2016-12-31', '2017-12-31', '2018-12-31', '2019-12-31', '2020-12-31'];
    const series = progressSeries(model, dates);
    expect(series.dates).toEqual(dates);
    series.reports.forEach((report, i) => expect(report).toEqual(rollUp(model, { asOf: dates[i] as string })));
    // Worked by hand (see hand-worked.test.ts for 2015, 2018 and 2020):
    // 2016: S1 = (0.2 + 0.25) / 2, S2 = 0.4, O1 = (0.225 + 3 × 0.4) / 4 = 0.35625, O2 = S3 = 1/7, G = (2 × 0.35625 + 1/7) / 3
    // 2017: S2 = 0.6, O1 = (0.225 + 1.8) / 4 = 0.50625, G = (2 × 0.50625 + 1/7) / 3
    // 2019: O1 = 0.65, S3 = 0.9 (assessment), O2 = min(0.9, 0.5), G = (1.3 + 0.5) / 3
    const g = series.reports.map((r) => (progressOf(r, 'G') as ResultProgress).progress as number);
    const expected = [0.15, (2 * 0.35625 + 1 / 7) / 3, (2 * 0.50625 + 1 / 7) / 3, 0.6, 0.6, 1.925 / 3];
    g.forEach((value, i) => expect(value).toBeCloseTo(expected[i] as number, 12));
  });
});

describe('custom aggregation and per-node options', () => {
  it('uses a user function, with shares apportioned by weight × progress', () => {
    const product: AggregationFunction = (inputs) => inputs.reduce((p, i) => p * i.progress, 1);
    const o1 = progressOf(rollUp(model, { asOf: '2018-12-31', aggregations: { O1: product } }), 'O1') as ResultProgress;
    expect(o1.method).toBe('custom');
    expect(o1.progress).toBeCloseTo(0.35, 12); // 0.5 × 0.7
    expect(o1.contributions.reduce((s, c) => s + c.share, 0)).toBeCloseTo(0.35, 12);
  });

  it('treats a non-finite custom result as no data', () => {
    const broken: AggregationFunction = () => Number.NaN;
    const o1 = progressOf(rollUp(model, { asOf: '2018-12-31', aggregations: { O1: broken } }), 'O1') as ResultProgress;
    expect(o1.progress).toBeNull();
    expect(o1.status).toBe('no-data');
  });

  it('changes status thresholds', () => {
    const strict = rollUp(model, { asOf: '2018-12-31', thresholds: { atRisk: 0.01, offTrack: 0.05 } });
    expect((progressOf(strict, 'G') as ResultProgress).status).toBe('off-track'); // shortfall 0.052
    expect(strict.settings.thresholds).toEqual({ atRisk: 0.01, offTrack: 0.05 });
  });
});

describe('failing assumptions', () => {
  const doc: TheoryOfChangeDocument = {
    ...handWorked,
    nodes: [
      ...handWorked.nodes.map((n) =>
        n.id === 'S2' && n.kind === 'objective' ? { ...n, contributesTo: [{ to: 'O1', weight: 3, assumptions: ['willing'] }] } : n,
      ),
      { kind: 'assumption', id: 'willing', title: 'Ministries are willing to act', status: 'fails', evidence: [{ summary: 'Minister resigned' }] },
    ],
  };
  const flagged = loadModel(doc);

  it('are flagged in the contributions and the status', () => {
    const o1 = progressOf(rollUp(flagged, { asOf: '2018-12-31' }), 'O1') as ResultProgress;
    expect(o1.progress).toBeCloseTo(0.65, 12); // the number is unchanged
    expect(o1.failingAssumptions).toEqual(['willing']);
    expect(o1.contributions.find((c) => c.id === 'S2')?.failingAssumptions).toEqual(['willing']);
    expect(o1.status).toBe('at-risk'); // would be on track without the failing assumption
  });

  it('are flagged in the explanation', () => {
    expect(explainProgress(flagged, rollUp(flagged, { asOf: '2018-12-31' }), 'O1')).toContain(
      '⚠ this link rests on a failing assumption: Assumption "Ministries are willing to act" [willing]',
    );
  });
});

describe('explanation', () => {
  it('explains a node down to the observations', () => {
    const text = explainProgress(model, rollUp(model, { asOf: '2018-12-31' }), 'O1');
    expect(text.split('\n')).toEqual([
      'Objective 1 "Objective one" [O1]: 65% as of 2018-12-31, on track (expected 65%), coverage 100%, weighted mean of 2 of 2 inputs',
      '  - Objective 1.1 "Sub one" [S1] (weight 1): 50%, on track (expected 58%), coverage 100%, weighted mean of 2 of 2 inputs → contributes 13 points',
      '    - Indicator "Increasing with a milestone" [iA] (weight 1): 50%, on track (expected 50%): value 30 (latest observation), baseline 10, target 50 → contributes 25 points',
      '      · 2018-12-31: 30 (source: Survey 2018)',
      '    - Indicator "Decreasing" [iB] (weight 1): 50%, at risk (expected 67%): value 70 (latest observation), baseline 100, target 40 → contributes 25 points',
      '      · 2018-12-31: 70',
      '  - Objective 1.2 "Sub two" [S2] (weight 3): 70%, on track (expected 67%), coverage 100%, weighted mean of 1 of 1 inputs → contributes 53 points',
      '    - Indicator "Cumulative" [iC] (weight 1): 70%, on track (expected 67%): value 700 (total of 4 observations), baseline 0, target 1,000 → contributes 70 points',
      '      · 2015-12-31: 150',
      '      · 2016-12-31: 250',
      '      · 2017-12-31: 200',
      '      · 2018-12-31: 100',
    ]);
  });

  it('says when there are no data and when an assessment overrides', () => {
    const text = explainProgress(model, rollUp(model, { asOf: '2020-12-31' }), 'O2');
    expect(text).toContain('Indicator "No data yet" [iE] (weight 1): no data (no observation yet as of 2020-12-31) → contributes 0 points');
    expect(text).toContain('set by manual assessment by M&E lead on 2019-06-30 ("Field visit"); the indicators alone give 57%');
  });

  it('limits depth on request', () => {
    expect(explainProgress(model, rollUp(model, { asOf: '2018-12-31' }), 'G', { depth: 1 }).split('\n')).toHaveLength(3);
  });
});

describe('accountability view', () => {
  it('lists each duty bearer with what it is accountable for', () => {
    const doc: TheoryOfChangeDocument = {
      ...handWorked,
      nodes: [
        ...handWorked.nodes,
        { kind: 'duty-bearer', id: 'ministry', title: 'Ministry of Labour', actorType: 'state', accountableFor: ['S1', 'S4'] },
        { kind: 'duty-bearer', id: 'courts', title: 'Courts', actorType: 'judiciary', accountableFor: ['S2'] },
      ],
    };
    const withDuty = loadModel(doc);
    const view = accountability(withDuty, rollUp(withDuty, { asOf: '2018-12-31' }));
    expect(view.map((d) => [d.id, d.results.map((r) => [r.id, r.progress, r.status]), d.worstStatus])).toEqual([
      ['courts', [['S2', 0.7, 'on-track']], 'on-track'],
      ['ministry', [['S1', 0.5, 'on-track'], ['S4', 0.5, 'at-risk']], 'at-risk'],
    ]);
  });
});

describe('purity and determinism', () => {
  it('never mutates the model and gives plain JSON', () => {
    const frozen = loadModel(deepFreeze(structuredClone(handWorked)));
    const report = rollUp(frozen, { asOf: '2018-12-31' });
    // The plain data survives serialisation exactly: every entry, as data.
    expect(JSON.parse(JSON.stringify(report))).toEqual({ asOf: report.asOf, settings: report.settings, results: report.results, indicators: report.indicators });
  });

  it('gives the same report JSON whatever the order of the nodes', () => {
    const reversed = loadModel({ ...handWorked, nodes: [...handWorked.nodes].reverse() });
    expect(JSON.stringify(rollUp(reversed, { asOf: '2018-12-31' }))).toBe(JSON.stringify(rollUp(model, { asOf: '2018-12-31' })));
  });
});
