/**
 * The guide's reference roll-up (test/performance/reference/guide-roll-up.ts)
 * checked by hand, so that it is not trusted blindly: five tiny models whose
 * every number is worked out in the comments from docs/guides/progress.md,
 * and its calendar and rationals against known values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TheoryOfChangeDocument } from '../../src/index.js';
import { dateOf, dayNumber } from './reference/day-number.js';
import { guideRollUp, type GuideIndicator, type GuideReport, type GuideResult } from './reference/guide-roll-up.js';
import { fromNumber, rational, toNumber, type Rational } from './reference/rational.js';

const r = (n: number, d = 1): Rational => rational(BigInt(n), BigInt(d));
const indicator = (report: GuideReport, id: string): GuideIndicator => report.indicators.find((i) => i.id === id) as GuideIndicator;
const result = (report: GuideReport, id: string): GuideResult => report.results.find((i) => i.id === id) as GuideResult;

describe('the reference calendar and numbers', () => {
  it('counts days on the proleptic Gregorian calendar from 0000-01-01', () => {
    expect(dayNumber('0000-01-01')).toBe(0);
    expect(dayNumber('0000-03-01')).toBe(60); // 0000 is a leap year: 31 + 29
    expect(dayNumber('0001-01-01')).toBe(366);
    expect(dayNumber('0100-03-01') - dayNumber('0100-02-28')).toBe(1); // 0100 is not a leap year
    expect(dayNumber('0400-03-01') - dayNumber('0400-02-28')).toBe(2); // 0400 is
    expect(dayNumber('1970-01-01')).toBe(719_528); // 1970 × 365 + 478 leap days
    expect(dayNumber('2020-07-02') - dayNumber('2020-01-01')).toBe(183);
    expect(dateOf(dayNumber('2020-08-11'))).toBe('2020-08-11');
    expect(dateOf(dayNumber('9999-12-31'))).toBe('9999-12-31');
  });

  it('goes back and forth between dates and day numbers for every day of years 0000–9999 (random days)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: dayNumber('9999-12-30') }), (day) => {
        const date = dateOf(day);
        expect(dayNumber(date)).toBe(day);
        expect(dateOf(day + 1) > date).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads numbers as the decimals written', () => {
    expect(fromNumber(0.7)).toEqual(r(7, 10));
    expect(fromNumber(-2.5)).toEqual(r(-5, 2));
    expect(fromNumber(1e15)).toEqual(rational(10n ** 15n));
    expect(fromNumber(1e-9)).toEqual(rational(1n, 10n ** 9n));
    expect(fromNumber(1.5e21)).toEqual(rational(15n * 10n ** 20n));
    expect(toNumber(r(7, 10))).toBe(0.7);
    expect(toNumber(r(1, 3))).toBe(1 / 3);
    expect(toNumber(rational(10n ** 30n + 1n, 10n ** 30n))).toBe(1);
  });
});

describe('the reference roll-up, worked by hand', () => {
  it('model 1: thresholds met exactly, a milestone beyond the final target, a weighted mean', () => {
    // asOf 2020-07-02 is day 183 of 2020 (31+29+31+30+31+30 = 182 days to 1 July).
    // A: baseline 0.1 on 2020-01-24 (day 23), target 1.1 on 2020-08-11 (day 223): 160 of 200 days gone,
    //    expected 0.8; observed 0.8, progress (0.8 − 0.1) / (1.1 − 0.1) = 0.7; shortfall exactly 0.1 → on-track.
    // B: baseline 0 on 2020-01-01, milestone 2 on 2021-01-01 (share 2, capped at 1), final target 1 on 2022-01-01:
    //    the line reaches 1 on 2021-01-01 (day 366), so expected = 183/366 = 0.5; observed 0.25 on 2020-06-30,
    //    progress 0.25; shortfall exactly 0.25 → at-risk.
    // G (weights A 3, B 1): progress (3 × 0.7 + 0.25) / 4 = 2.35/4 = 0.5875; expected (3 × 0.8 + 0.5) / 4 = 0.725;
    //    shortfall 0.1375 → at-risk; shares 2.1/4 = 0.525 and 0.25/4 = 0.0625; coverage 1.
    const doc: TheoryOfChangeDocument = {
      title: 'Model 1',
      nodes: [
        { kind: 'goal', id: 'G', title: 'G' },
        { kind: 'indicator', id: 'A', title: 'A', measures: [{ to: 'G', weight: 3 }], measure: { kind: 'number' }, baseline: { date: '2020-01-24', value: 0.1 }, targets: [{ date: '2020-08-11', value: 1.1 }], observations: [{ date: '2020-07-01', value: 0.8 }] },
        { kind: 'indicator', id: 'B', title: 'B', measures: ['G'], measure: { kind: 'number' }, baseline: { date: '2020-01-01', value: 0 }, targets: [{ date: '2022-01-01', value: 1 }, { date: '2021-01-01', value: 2 }], observations: [{ date: '2020-06-30', value: 0.25 }] },
      ],
    };
    const report = guideRollUp(doc, { asOf: '2020-07-02' });
    const a = indicator(report, 'A');
    expect([a.progress, a.expected, a.status]).toEqual([r(7, 10), r(4, 5), 'on-track']);
    const b = indicator(report, 'B');
    expect([b.progress, b.expected, b.status, b.target]).toEqual([r(1, 4), r(1, 2), 'at-risk', 1]);
    const g = result(report, 'G');
    expect([g.progress, g.expected, g.coverage, g.status, g.method]).toEqual([r(47, 80), r(29, 40), r(1), 'at-risk', 'weighted-mean']);
    expect(g.contributions.map((c) => c.share)).toEqual([r(21, 40), r(1, 16)]);
    // Thresholds moved by options: a shortfall of 0.1 is at-risk when on-track allows only 0.05.
    expect(indicator(guideRollUp(doc, { asOf: '2020-07-02', thresholds: { atRisk: 0.05 } }), 'A').status).toBe('at-risk');
  });

  it('model 2: weakest link with a tie, a node without data, coverage, a failing assumption', () => {
    // asOf 2024-01-01. X, Y, Z: baseline 0 on 2023-01-01, final target 10 on 2025-01-01, a milestone on 2024-01-01
    // (4, 6 and 9), so expected at asOf is exactly the milestone's share: 0.4, 0.6, 0.9.
    // X observed 5 → 0.5; Y observed 5 → 0.5; Z no observation → no data (expected still 0.9).
    // O (weakest link over X, Y, Z): lowest progress 0.5, tied between X and Y; Y is further behind (0.6 > 0.4),
    //    so O = 0.5, expected 0.6, shortfall 0.1 → on-track; Y's share 0.5, X's 0; coverage 2/3.
    // N (measured by Z2, a copy of Z): no data, method none, expected that of Z2: 0.9.
    // W: a number without a baseline → no-baseline; no period, so no timeline: expected null.
    const milestoned = (id: string, to: string, milestone: number, observed?: number) =>
      ({
        kind: 'indicator',
        id,
        title: id,
        measures: [to],
        measure: { kind: 'number' },
        baseline: { date: '2023-01-01', value: 0 },
        targets: [{ date: '2024-01-01', value: milestone }, { date: '2025-01-01', value: 10 }],
        observations: observed === undefined ? [] : [{ date: '2023-12-31', value: observed }],
      }) as const;
    const doc: TheoryOfChangeDocument = {
      title: 'Model 2',
      nodes: [
        { kind: 'goal', id: 'G', title: 'G' },
        { kind: 'objective', id: 'O', title: 'O', aggregation: 'weakest-link', contributesTo: [{ to: 'G', weight: 2, assumptions: ['F'] }] },
        { kind: 'objective', id: 'N', title: 'N', contributesTo: ['G'] },
        { kind: 'assumption', id: 'F', title: 'F', status: 'fails' },
        milestoned('X', 'O', 4, 5),
        milestoned('Y', 'O', 6, 5),
        milestoned('Z', 'O', 9),
        { ...milestoned('Z2', 'N', 9) },
        { kind: 'indicator', id: 'W', title: 'W', measures: ['G'], measure: { kind: 'number' }, targets: [{ date: '2025-01-01', value: 3 }], observations: [{ date: '2023-06-30', value: 1 }] },
      ],
    };
    const report = guideRollUp(doc, { asOf: '2024-01-01' });
    expect(['X', 'Y', 'Z'].map((id) => indicator(report, id).expected)).toEqual([r(2, 5), r(3, 5), r(9, 10)]);
    expect(indicator(report, 'Z').reason).toBe('no-observation');
    const o = result(report, 'O');
    expect([o.progress, o.expected, o.coverage, o.status, o.method]).toEqual([r(1, 2), r(3, 5), r(2, 3), 'on-track', 'weakest-link']);
    expect(o.contributions.map((c) => [c.id, c.share])).toEqual([['X', r(0)], ['Y', r(1, 2)], ['Z', r(0)]]);
    const n = result(report, 'N');
    expect([n.progress, n.expected, n.coverage, n.status, n.method]).toEqual([null, r(9, 10), r(0), 'no-data', 'none']);
    expect([indicator(report, 'W').reason, indicator(report, 'W').expected]).toEqual(['no-baseline', null]);
    const g = result(report, 'G');
    // G's inputs are N (no data), O and W (no data): progress 0.5 from O alone; expected over the same inputs: 0.6.
    // Coverage: weights N 1, O 2, W 1 → (0 + 2 × 2/3 + 0) / 4 = 1/3.
    expect([g.progress, g.expected, g.coverage, g.status, g.failingAssumptions]).toEqual([r(1, 2), r(3, 5), r(1, 3), 'at-risk', ['F']]);
    expect(g.contributions.map((c) => c.failingAssumptions)).toEqual([[], ['F'], []]);
  });

  it('model 3: ten indicators at target, missing data counted as zero, assessments', () => {
    // T0…T9: yes/no, default baseline false and target true, observed true → progress 1 each.
    // G (ten links of weight 0.1): 10 × 0.1 × 1 / (10 × 0.1) = 1 exactly → achieved.
    // P: number 0→10 (2020-01-01 → 2021-01-01), observed 8 → 0.8; expected 366 days of 366 at asOf 2021-01-01 = 1.
    // Q: the same without observations → no data, expected 1.
    // H (P weight 1, Q weight 3), missingData zero: progress (0.8 + 3 × 0) / 4 = 0.2; expected (1 + 3) / 4 = 1;
    //    coverage 1/4; Q counted as zero.
    // K (measured by P) has assessments 0.5 undated and 0.75 from 2020-06-30: 0.75 in force, computed 0.8 kept,
    //    coverage 1, shortfall against P's expected 1 is 0.25 → at-risk.
    const ten = Array.from({ length: 10 }, (_, k) => ({ kind: 'indicator', id: `T${k}`, title: 'T', measures: [{ to: 'G', weight: 0.1 }], measure: { kind: 'boolean' }, observations: [{ date: '2020-03-31', value: true }] }) as const);
    const numeric = (id: string, to: readonly ({ to: string; weight: number } | string)[], observed: boolean) =>
      ({ kind: 'indicator', id, title: id, measures: to, measure: { kind: 'number' }, baseline: { date: '2020-01-01', value: 0 }, targets: [{ date: '2021-01-01', value: 10 }], observations: observed ? [{ date: '2020-12-01', value: 8 }] : [] }) as const;
    const doc: TheoryOfChangeDocument = {
      title: 'Model 3',
      period: { start: '2020-01-01', end: '2020-12-31' },
      nodes: [
        { kind: 'goal', id: 'G', title: 'G' },
        { kind: 'goal', id: 'H', title: 'H' },
        { kind: 'objective', id: 'K', title: 'K', assessments: [{ progress: 0.5 }, { progress: 0.75, date: '2020-06-30', by: 'Board' }] },
        ...ten,
        numeric('P', ['H', 'K'], true),
        numeric('Q', [{ to: 'H', weight: 3 }], false),
      ],
    };
    const report = guideRollUp(doc, { asOf: '2021-01-01', missingData: 'zero' });
    const g = result(report, 'G');
    expect([g.progress, g.status, g.coverage]).toEqual([r(1), 'achieved', r(1)]);
    const h = result(report, 'H');
    expect([h.progress, h.expected, h.coverage, h.status]).toEqual([r(1, 5), r(1), r(1, 4), 'off-track']);
    expect(h.contributions.map((c) => [c.id, c.countedAsZero, c.share])).toEqual([['P', false, r(1, 5)], ['Q', true, r(0)]]);
    const k = result(report, 'K');
    expect([k.progress, k.computed, k.expected, k.coverage, k.status, k.method, k.assessment]).toEqual([r(3, 4), r(4, 5), r(1), r(1), 'at-risk', 'assessment', { progress: 0.75, date: '2020-06-30', by: 'Board' }]);
    // Before 2020-06-30 the undated assessment is in force.
    expect(result(guideRollUp(doc, { asOf: '2020-06-29' }), 'K').progress).toEqual(r(1, 2));
    expect(result(guideRollUp(doc, { asOf: '2020-06-29', useAssessments: false }), 'K').method).toBe('none');
  });

  it('model 4: the years 50–59, cumulative readings on one date, the order of no-data reasons, maintain targets, markers', () => {
    // Period 0050-01-01 to 0059-12-31, asOf 0055-01-01. Leap years 52 and 56.
    // C (cumulative): baseline 0 on 0050-01-01, target 100 on 0060-01-01. Readings 10 (source B) and 10 (source A)
    //    on 0052-06-30 both count; 50 on 0049-12-31 is before the baseline; 30 on 0056-01-01 after asOf.
    //    Value 20, progress 0.2. Expected: 1826 days (5 × 365 + 1) of 3652 (10 × 365 + 2) = 0.5 → shortfall 0.3 → off-track.
    // R: no baseline and no target → no-baseline (first in the list). S: no target, only a reading before the
    //    baseline → no-target, not before-baseline. T: both, only a reading before the baseline → before-baseline.
    // M: maintain (5 → 5, decrease), observed 4 → at or below → 1 → achieved.
    // K: markers m1 expect (1), m2 like (2), m3 love (3), no baseline (none, 0) nor target (all, 6); seen m3, m1 → 4/6 = 2/3,
    //    listed sorted. Expected on the period: 1826 of 3651 days.
    const doc: TheoryOfChangeDocument = {
      title: 'Model 4',
      period: { start: '0050-01-01', end: '0059-12-31' },
      nodes: [
        { kind: 'goal', id: 'G', title: 'G' },
        {
          kind: 'indicator', id: 'C', title: 'C', measures: ['G'], measure: { kind: 'number' }, combine: 'cumulative',
          baseline: { date: '0050-01-01', value: 0 }, targets: [{ date: '0060-01-01', value: 100 }],
          observations: [{ date: '0052-06-30', value: 10, source: 'B' }, { date: '0049-12-31', value: 50 }, { date: '0056-01-01', value: 30 }, { date: '0052-06-30', value: 10, source: 'A' }],
        },
        { kind: 'indicator', id: 'R', title: 'R', measures: ['G'], measure: { kind: 'number' }, observations: [{ date: '0051-01-01', value: 3 }] },
        { kind: 'indicator', id: 'S', title: 'S', measures: ['G'], measure: { kind: 'number' }, baseline: { date: '0053-01-01', value: 0 }, observations: [{ date: '0051-01-01', value: 3 }] },
        { kind: 'indicator', id: 'T', title: 'T', measures: ['G'], measure: { kind: 'number' }, baseline: { date: '0053-01-01', value: 0 }, targets: [{ date: '0058-01-01', value: 9 }], observations: [{ date: '0051-01-01', value: 3 }] },
        { kind: 'indicator', id: 'M', title: 'M', measures: ['G'], measure: { kind: 'number' }, direction: 'decrease', baseline: { date: '0050-01-01', value: 5 }, targets: [{ date: '0058-01-01', value: 5 }], observations: [{ date: '0054-01-01', value: 4 }] },
        {
          kind: 'indicator', id: 'K', title: 'K', measures: ['G'],
          measure: { kind: 'markers', markers: [{ id: 'm1', grade: 'expect', title: '1' }, { id: 'm2', grade: 'like', title: '2' }, { id: 'm3', grade: 'love', title: '3' }] },
          observations: [{ date: '0054-06-30', value: ['m3', 'm1'] }],
        },
      ],
    };
    const report = guideRollUp(doc, { asOf: '0055-01-01' });
    const c = indicator(report, 'C');
    expect([c.value, c.progress, c.expected, c.status]).toEqual([r(20), r(1, 5), r(1, 2), 'off-track']);
    expect(c.observations.map((o) => o.source).sort()).toEqual(['A', 'B']);
    expect(['R', 'S', 'T'].map((id) => indicator(report, id).reason)).toEqual(['no-baseline', 'no-target', 'before-baseline']);
    const m = indicator(report, 'M');
    expect([m.rawProgress, m.progress, m.status]).toEqual([r(1), r(1), 'achieved']);
    const k = indicator(report, 'K');
    expect([k.value, k.progress, k.expected, k.baseline, k.target]).toEqual([['m1', 'm3'], r(2, 3), r(1826, 3651), [], ['m1', 'm2', 'm3']]);
    // G: C 0.2, M 1, K 2/3 have data (R, S, T not): (0.2 + 1 + 2/3) / 3 = 28/45; coverage 3/6 = 1/2.
    const g = result(report, 'G');
    expect([g.progress, g.coverage]).toEqual([r(28, 45), r(1, 2)]);
    // With "love" worth 5 instead of 3: K = (1 + 5) / 8 = 3/4.
    expect(indicator(guideRollUp(doc, { asOf: '0055-01-01', markerWeights: { love: 5 } }), 'K').progress).toEqual(r(3, 4));
  });

  it('model 5: a weakest-link tie at nine decimal places', () => {
    // asOf 2020-01-02. A: qualitative, baseline rating 0 on 2020-01-01, target rating 1 on 2020-01-03: expected 1/2;
    //    finding rated 0.000000000001 → progress 10⁻¹². B: the same with the target on 2020-01-05: expected 1/4;
    //    rated 0 → progress 0. At nine decimals both are 0: a tie, and A is further behind (1/2 > 1/4),
    //    so G = A's 10⁻¹², expected 1/2, shortfall just under 0.5 → off-track; A carries the share.
    const qualitative = (id: string, end: string, rating: number) =>
      ({ kind: 'indicator', id, title: id, measures: ['G'], measure: { kind: 'qualitative' }, baseline: { date: '2020-01-01', value: 'start', rating: 0 }, targets: [{ date: end, value: 'aim', rating: 1 }], observations: [{ date: '2020-01-02', value: 'seen', rating }] }) as const;
    const doc: TheoryOfChangeDocument = { title: 'Model 5', nodes: [{ kind: 'goal', id: 'G', title: 'G', aggregation: 'weakest-link' }, qualitative('A', '2020-01-03', 1e-12), qualitative('B', '2020-01-05', 0)] };
    const g = result(guideRollUp(doc, { asOf: '2020-01-02' }), 'G');
    expect([g.progress, g.expected, g.status]).toEqual([rational(1n, 10n ** 12n), r(1, 2), 'off-track']);
    expect(g.contributions.map((c) => c.share)).toEqual([rational(1n, 10n ** 12n), r(0)]);
  });
});
