/**
 * The engine against the guide's reference roll-up
 * (test/performance/reference/guide-roll-up.ts: written from
 * docs/guides/progress.md with exact rationals and its own calendar) on
 * random models built around the guide's boundary cases, and a check that
 * those cases do occur in the random models. No timing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadModel, rollUp, type IndicatorDocument, type TheoryOfChangeDocument } from '../../src/index.js';
import { guideDifferences } from './guide-differences.js';
import { guideScenario } from './guide-models.js';
import { guideRollUp, type GuideReport } from './reference/guide-roll-up.js';
import { cmp, eq, fromNumber, ONE, rational, sub, type Rational } from './reference/rational.js';
import { runs } from '../property-runs.js';

/** Warnings the random models raise on purpose (maintain targets, milestones beyond the target, duplicates…) are not the point here. */
const quiet = {
  severities: {
    'target-equals-baseline': 'off',
    'target-wrong-side': 'off',
    'milestone-beyond-target': 'off',
    'duplicate-reading': 'off',
    'missing-baseline': 'off',
    'missing-target': 'off',
  },
} as const;

/** A number indicator measuring `to`: baseline and final target on the given dates, one observation. */
function numberIndicator(id: string, to: string | { to: string; weight: number }, from: [string, number], until: [string, number], observed?: [string, number]): IndicatorDocument {
  return {
    kind: 'indicator',
    id,
    title: id,
    measures: [to],
    measure: { kind: 'number' },
    ...(until[1] < from[1] ? { direction: 'decrease' as const } : {}),
    baseline: { date: from[0], value: from[1] },
    targets: [{ date: until[0], value: until[1] }],
    observations: observed === undefined ? [] : [{ date: observed[0], value: observed[1] }],
  };
}

const goal = (aggregation?: 'weakest-link'): TheoryOfChangeDocument['nodes'][number] => ({ kind: 'goal', id: 'G', title: 'G', ...(aggregation === undefined ? {} : { aggregation }) });

/**
 * The boundary cases of the guide as minimal models (the random models below
 * contain them too). In each, the engine's floating point alone would land
 * on the wrong side; the comments give the exact values.
 */
const boundaryModels: readonly [string, TheoryOfChangeDocument, string][] = [
  [
    // Each of the ten is at 100%: (10 × 1 × 1) / 10 = 1 → achieved (0.1 added ten times is 0.9999999999999999).
    'ten equally weighted indicators at target',
    { title: 'ten', nodes: [goal(), ...Array.from({ length: 10 }, (_, k) => numberIndicator(`i${k}`, 'G', ['2020-01-01', 0], ['2021-01-01', 10], ['2020-12-31', 10]))] },
    '2021-06-30',
  ],
  [
    // (7.97 − 0.2) / (11.3 − 0.2) = 7.77 / 11.1 = 0.7 (0.6999999999999998 in floating point); expected 8 of 10 days gone = 0.8:
    // exactly 10 points behind → on-track.
    '0.7 against an expected 0.8',
    { title: 'on track', nodes: [goal(), numberIndicator('i', 'G', ['2020-01-01', 0.2], ['2020-01-11', 11.3], ['2020-01-09', 7.97])] },
    '2020-01-09',
  ],
  [
    // (1.025 − 0.2) / (1.3 − 0.2) = 0.825 / 1.1 = 0.75 (0.7499999999999999 in floating point) against 1: 25 points → at-risk.
    '0.75 against an expected 1',
    { title: 'at risk', nodes: [goal(), numberIndicator('i', 'G', ['2020-01-01', 0.2], ['2020-12-31', 1.3], ['2020-06-30', 1.025])] },
    '2021-01-01',
  ],
  [
    // A: (10.85 − 10) / (11 − 10) = 0.85 (0.8499999999999996 in floating point), expected 9 of 10 days = 0.9.
    // B: 85 / 100 = 0.85, expected 1. A tie on 0.85: the weakest link takes B, further behind: expected 1,
    // shortfall 0.15 → at-risk (A's expected 0.9 would give on-track).
    'a weakest-link tie that floating point breaks',
    {
      title: 'tie',
      nodes: [goal('weakest-link'), numberIndicator('A', 'G', ['2020-01-01', 10], ['2020-01-11', 11], ['2020-01-05', 10.85]), numberIndicator('B', 'G', ['2019-01-01', 0], ['2019-12-31', 100], ['2019-12-31', 85])],
    },
    '2020-01-10',
  ],
  [
    // A (weight 1e15) at 30% of its target, B (weight 1e-9) at target: (1e15 × 0.3 + 1e-9 × 1) / (1e15 + 1e-9) ≈ 0.3.
    'weights 1e-9 and 1e15 side by side',
    { title: 'weights', nodes: [goal(), numberIndicator('A', { to: 'G', weight: 1e15 }, ['2020-01-01', 0], ['2020-12-31', 10], ['2020-06-30', 3]), numberIndicator('B', { to: 'G', weight: 1e-9 }, ['2020-01-01', 0], ['2020-12-31', 10], ['2020-06-30', 10])] },
    '2020-07-01',
  ],
  [
    // No observation yet, 6 months into a 12-month plan: no data, but 182/366 expected, for the indicator and the goal.
    'a goal without data whose indicator has an expected value',
    { title: 'no data', nodes: [goal(), numberIndicator('A', 'G', ['2020-01-01', 0], ['2021-01-01', 10])] },
    '2020-07-01',
  ],
  [
    // Baseline 0 in 0050, milestone 20 in 0052 (share 2 of the final 10: capped at 1), final target 10 in 0054:
    // expected 1 from 0052 on; observed 8 → 0.8, shortfall 0.2 → at-risk.
    'a milestone beyond the final target, in the year 50',
    {
      title: 'milestone',
      nodes: [
        goal(),
        { kind: 'indicator', id: 'A', title: 'A', measures: ['G'], measure: { kind: 'number' }, baseline: { date: '0050-01-01', value: 0 }, targets: [{ date: '0052-01-01', value: 20 }, { date: '0054-01-01', value: 10 }], observations: [{ date: '0053-01-01', value: 8 }] },
      ],
    },
    '0053-06-30',
  ],
  [
    // Two partners report 10 and 30 on the same date: both count, 40 of 100 → 0.4.
    'cumulative readings on one date',
    {
      title: 'cumulative',
      nodes: [
        goal(),
        { kind: 'indicator', id: 'A', title: 'A', measures: ['G'], measure: { kind: 'number' }, combine: 'cumulative', baseline: { date: '2020-01-01', value: 0 }, targets: [{ date: '2021-01-01', value: 100 }], observations: [{ date: '2020-06-30', value: 30, source: 'B' }, { date: '2020-06-30', value: 10, source: 'A' }] },
      ],
    },
    '2020-12-31',
  ],
  [
    // No baseline: no data ('no-baseline'); the timeline still runs over the period (section 1: "An indicator
    // without a baseline date or a target date uses the model's period instead"): 181 of 365 days (2021) gone.
    'a number without a baseline in a model with a period',
    {
      title: 'no baseline',
      period: { start: '2021-01-01', end: '2022-01-01' },
      nodes: [goal(), { kind: 'indicator', id: 'A', title: 'A', measures: ['G'], measure: { kind: 'number' }, targets: [{ date: '2022-01-01', value: 10 }], observations: [{ date: '2021-03-31', value: 4 }] }],
    },
    '2021-07-01',
  ],
];

describe('the engine against the guide', () => {
  it.each(boundaryModels)('agrees with the guide on %s', (_, doc, asOf) => {
    expect(guideDifferences(rollUp(loadModel(doc, quiet), { asOf }), guideRollUp(doc, { asOf }))).toEqual([]);
  });

  it('computes every number, status, method, reason and value as the guide does (random models around its boundary cases)', () => {
    fc.assert(
      fc.property(guideScenario, ({ doc, options }) => {
        const model = loadModel(doc, quiet);
        expect(guideDifferences(rollUp(model, options), guideRollUp(doc, options))).toEqual([]);
      }),
      { numRuns: runs(130, 400) },
    );
  });

  it('meets the boundary cases in its random models', () => {
    const seen = new Set<string>();
    const tenth = rational(1n, 10n);
    const quarter = rational(1n, 4n);
    const onThreshold = (report: GuideReport, edge: Rational): boolean =>
      [...report.results, ...report.indicators].some((e) => e.progress !== null && e.expected !== null && eq(sub(e.expected, e.progress), edge));
    fc.assert(
      fc.property(guideScenario, ({ doc, options }) => {
        const report = guideRollUp(doc, options);
        if (onThreshold(report, tenth)) seen.add('10 points behind');
        if (onThreshold(report, quarter)) seen.add('25 points behind');
        if (report.results.some((r) => r.method === 'weighted-mean' && r.contributions.length === 10 && r.progress !== null && eq(r.progress, ONE))) seen.add('ten at target');
        if (report.results.some((r) => r.method === 'weakest-link' && r.contributions.filter((c) => c.progress !== null && r.computed !== null && eq(c.progress, r.computed)).length > 1)) seen.add('weakest-link tie');
        if (report.results.some((r) => r.progress === null && r.expected !== null)) seen.add('no data, expected');
        if (report.asOf < '0100') seen.add('year before 100');
        const weights = doc.nodes.flatMap((n) => (n.kind === 'indicator' ? (n.measures ?? []) : n.kind === 'objective' ? (n.contributesTo ?? []) : [])).map((r) => (typeof r === 'string' ? 1 : (r.weight ?? 1)));
        if (weights.includes(1e-9) && weights.includes(1e15)) seen.add('weights 1e-9 and 1e15');
        for (const n of doc.nodes) {
          if (n.kind !== 'indicator') continue;
          const days = (n.observations ?? []).map((o) => o.date);
          if (n.combine === 'cumulative' && new Set(days).size < days.length) seen.add('cumulative on one date');
          if (n.combine !== 'cumulative' && new Set(days).size < days.length) seen.add('identical readings on one date');
          const targets = [...(n.targets ?? [])].sort((a, b) => ((a.date as string) < (b.date as string) ? -1 : 1));
          const final = targets[targets.length - 1];
          if (final !== undefined && n.baseline !== undefined && typeof final.value === 'number' && typeof n.baseline.value === 'number') {
            const span = sub(fromNumber(final.value), fromNumber(n.baseline.value));
            if (targets.slice(0, -1).some((t) => cmp(sub(fromNumber(t.value as number), fromNumber(n.baseline?.value as number)), span) * Math.sign(Number(span.n)) > 0)) seen.add('milestone beyond target');
          }
        }
      }),
      { numRuns: 400, seed: 11 },
    );
    expect([...seen].sort()).toEqual(
      [
        '10 points behind',
        '25 points behind',
        'ten at target',
        'weakest-link tie',
        'no data, expected',
        'year before 100',
        'weights 1e-9 and 1e15',
        'cumulative on one date',
        'identical readings on one date',
        'milestone beyond target',
      ].sort(),
    );
  });
});
