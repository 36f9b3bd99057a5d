import { describe, expect, it } from 'vitest';
import { loadModel, progressOf, rollUp, type IndicatorProgress, type ResultProgress } from '../../src/index.js';
import { handWorked } from './fixture.js';

const model = loadModel(handWorked);
const result = (asOf: string, id: string, options = {}): ResultProgress =>
  progressOf(rollUp(model, { asOf, ...options }), id) as ResultProgress;
const indicator = (asOf: string, id: string): IndicatorProgress => progressOf(rollUp(model, { asOf }), id) as IndicatorProgress;

// Day offsets from the baseline 2015-01-01: 2017-12-31 = 1095, 2018-12-31 = 1460, 2020-12-31 = 2191.
const linear2018 = 1460 / 2191; // expected progress on a straight baseline→target line at 2018-12-31
const iAExpected2018 = 0.25 + (0.75 * (1460 - 1095)) / (2191 - 1095); // milestone 20 at 2017-12-31 is (20−10)/(50−10) = 0.25

describe('hand-worked roll-up as of 2018-12-31', () => {
  const asOf = '2018-12-31';

  it('indicators', () => {
    const iA = indicator(asOf, 'iA');
    expect(iA.progress).toBe(0.5); // (30 − 10) / (50 − 10)
    expect(iA.value).toBe(30);
    expect(iA.observations).toEqual([{ date: '2018-12-31', value: 30, source: 'Survey 2018' }]);
    expect(iA.expected).toBeCloseTo(iAExpected2018, 12); // 0.49977…
    expect(iA.status).toBe('on-track');

    const iB = indicator(asOf, 'iB');
    expect(iB.progress).toBe(0.5); // decreasing: (70 − 100) / (40 − 100)
    expect(iB.expected).toBeCloseTo(linear2018, 12); // 0.66636…
    expect(iB.status).toBe('at-risk'); // shortfall 0.166 is between 0.1 and 0.25

    const iC = indicator(asOf, 'iC');
    expect(iC.value).toBe(700); // 150 + 250 + 200 + 100
    expect(iC.progress).toBe(0.7);
    expect(iC.observations).toHaveLength(4);

    const iD = indicator(asOf, 'iD');
    expect(iD.progress).toBeCloseTo(4 / 7, 12); // e1 + e2 + l1 = 1 + 1 + 2 of 1 + 1 + 2 + 3
    expect(iD.expected).toBeCloseTo(linear2018, 12); // no baseline date: the model's period is the timeline

    const iE = indicator(asOf, 'iE');
    expect(iE.progress).toBeNull();
    expect(iE.reason).toBe('no-observation');
    expect(iE.status).toBe('no-data');
    expect(iE.coverage).toBe(0);

    expect(indicator(asOf, 'iF').progress).toBe(0.5); // (50 − 20) / (80 − 20)
  });

  it('sub-objectives', () => {
    const s1 = result(asOf, 'S1');
    expect(s1.progress).toBe(0.5); // (0.5 + 0.5) / 2
    expect(s1.expected).toBeCloseTo((iAExpected2018 + linear2018) / 2, 12);
    expect(s1.status).toBe('on-track');
    expect(result(asOf, 'S2').progress).toBe(0.7);
    const s3 = result(asOf, 'S3');
    expect(s3.progress).toBeCloseTo(4 / 7, 12);
    expect(s3.method).toBe('weighted-mean'); // the assessment dated 2019-06-30 is not in force yet
    expect(s3.assessment).toBeNull();
    const s4 = result(asOf, 'S4');
    expect(s4.progress).toBe(0.5); // only iF has data: missing data is not zero
    expect(s4.coverage).toBe(0.5); // iE's half of the weight has no data
    expect(s4.status).toBe('at-risk');
  });

  it('objectives with both aggregations', () => {
    const o1 = result(asOf, 'O1');
    expect(o1.progress).toBeCloseTo(0.65, 12); // (1 × 0.5 + 3 × 0.7) / 4
    expect(o1.contributions.map((c) => [c.id, c.weight])).toEqual([
      ['S1', 1],
      ['S2', 3],
    ]);
    expect(o1.contributions[0]?.share).toBeCloseTo(0.125, 12); // 1 × 0.5 / 4
    expect(o1.contributions[1]?.share).toBeCloseTo(0.525, 12); // 3 × 0.7 / 4
    expect(o1.coverage).toBe(1);
    expect(o1.status).toBe('on-track');

    const o2 = result(asOf, 'O2');
    expect(o2.method).toBe('weakest-link');
    expect(o2.progress).toBe(0.5); // min(4/7, 0.5)
    expect(o2.contributions.map((c) => [c.id, c.share])).toEqual([
      ['S3', 0],
      ['S4', 0.5],
    ]);
    expect(o2.coverage).toBe(0.75); // (1 × 1 + 1 × 0.5) / 2
    expect(o2.status).toBe('at-risk'); // expected min(0.666, 0.666)
  });

  it('goal', () => {
    const g = result(asOf, 'G');
    expect(g.progress).toBeCloseTo(0.6, 12); // (2 × 0.65 + 1 × 0.5) / 3
    expect(g.coverage).toBeCloseTo(2.75 / 3, 12); // (2 × 1 + 1 × 0.75) / 3
    expect(g.status).toBe('on-track');
  });

  it('counts missing data as zero when asked', () => {
    const options = { missingData: 'zero' as const };
    const s4 = result(asOf, 'S4', options);
    expect(s4.progress).toBe(0.25); // (0 + 0.5) / 2
    expect(s4.coverage).toBe(0.5); // coverage still tells the truth
    expect(s4.contributions.find((c) => c.id === 'iE')?.countedAsZero).toBe(true);
    expect(result(asOf, 'O2', options).progress).toBe(0.25);
    expect(result(asOf, 'G', options).progress).toBeCloseTo((2 * 0.65 + 0.25) / 3, 12);
  });

  it('uses weakest link model-wide when asked', () => {
    const g = result(asOf, 'G', { aggregation: 'weakest-link' });
    // S1 = min(0.5, 0.5), S2 = 0.7, O1 = min(0.5, 0.7), O2 = min(4/7, 0.5), G = min(0.5, 0.5)
    expect(g.progress).toBe(0.5);
    expect(result(asOf, 'O1', { aggregation: 'weakest-link' }).progress).toBe(0.5);
  });
});

describe('hand-worked roll-up at the strategy end, 2020-12-31', () => {
  const asOf = '2020-12-31';

  it('caps over-achievement in the roll-up and keeps the raw value', () => {
    const iA = indicator(asOf, 'iA');
    expect(iA.rawProgress).toBe(1.25); // (60 − 10) / 40
    expect(iA.progress).toBe(1);
    expect(iA.status).toBe('achieved');
    expect(indicator(asOf, 'iB').status).toBe('off-track'); // 0.5 against an expected 1
  });

  it('applies the manual assessment and says so', () => {
    const s3 = result(asOf, 'S3');
    expect(s3.method).toBe('assessment');
    expect(s3.progress).toBe(0.9);
    expect(s3.computed).toBeCloseTo(4 / 7, 12);
    expect(s3.assessment).toEqual({ progress: 0.9, date: '2019-06-30', by: 'M&E lead', note: 'Field visit' });
    expect(s3.coverage).toBe(1);
  });

  it('rolls up to the goal', () => {
    expect(result(asOf, 'S1').progress).toBe(0.75); // (1 + 0.5) / 2
    expect(result(asOf, 'O1').progress).toBeCloseTo(0.7125, 12); // (0.75 + 3 × 0.7) / 4
    expect(result(asOf, 'O2').progress).toBe(0.5); // min(0.9, 0.5)
    expect(result(asOf, 'G').progress).toBeCloseTo(1.925 / 3, 12); // (2 × 0.7125 + 0.5) / 3
  });

  it('can ignore manual assessments', () => {
    expect(result(asOf, 'S3', { useAssessments: false }).progress).toBeCloseTo(4 / 7, 12);
  });
});

describe('hand-worked roll-up early on, 2015-12-31', () => {
  const asOf = '2015-12-31';

  it('reports progress over the data that exist, with coverage', () => {
    expect(result(asOf, 'S1').progress).toBeNull();
    expect(result(asOf, 'S1').status).toBe('no-data');
    expect(result(asOf, 'S2').progress).toBe(0.15);
    const o1 = result(asOf, 'O1');
    expect(o1.progress).toBe(0.15);
    expect(o1.coverage).toBe(0.75); // (1 × 0 + 3 × 1) / 4
    const o2 = result(asOf, 'O2');
    expect(o2.progress).toBeNull();
    expect(o2.coverage).toBe(0);
    expect(o2.method).toBe('none');
    const g = result(asOf, 'G');
    expect(g.progress).toBe(0.15);
    expect(g.coverage).toBe(0.5); // (2 × 0.75 + 1 × 0) / 3
  });
});
