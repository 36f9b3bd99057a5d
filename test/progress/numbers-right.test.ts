/**
 * Every number right: the cases of the "Every number right" issue, each with
 * its numbers worked by hand from the progress guide. Each of these failed on
 * the code before the change (same-date readings depended on file order, ten
 * indicators at target were "on track", thresholds flipped at their boundary,
 * nodes without data had no expected progress, weakest link mixed two
 * children, years before 100 were read as 1900–1999).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createProgressTracker,
  explainProgress,
  loadModel,
  progressOf,
  rollUp,
  statusOf,
  validate,
  type IndicatorDocument,
  type IndicatorProgress,
  type NodeDocument,
  type ResultProgress,
} from '../../src/index.js';

const GOAL: NodeDocument = { kind: 'goal', id: 'g', title: 'Goal' };

function numberIndicator(id: string, fields: Partial<IndicatorDocument> = {}): IndicatorDocument {
  return {
    kind: 'indicator',
    id,
    title: id,
    measures: ['g'],
    measure: { kind: 'number' },
    baseline: { date: '2020-01-01', value: 0 },
    targets: [{ date: '2024-12-31', value: 100 }],
    ...fields,
  };
}

const model = (nodes: readonly NodeDocument[], period?: { start: string; end: string }) =>
  loadModel({ title: 'Numbers', ...(period === undefined ? {} : { period }), nodes });
const result = (report: ReturnType<typeof rollUp>, id: string) => progressOf(report, id) as ResultProgress;
const indicator = (report: ReturnType<typeof rollUp>, id: string) => progressOf(report, id) as IndicatorProgress;
const codesOf = (nodes: readonly unknown[]) => validate({ title: 'T', nodes }).diagnostics.map((d) => [d.code, d.severity, d.path]);

describe('1. readings on one date never depend on file order', () => {
  it("two different observations of a latest-value indicator on one date are an error naming both values, in either order (the issue's 10 and 90)", () => {
    // The diagnostic points at the same entry (90, the last in content order) in either order.
    for (const [values, at] of [
      [[10, 90], 1],
      [[90, 10], 0],
    ] as const) {
      const nodes = [GOAL, numberIndicator('i', { observations: values.map((value) => ({ date: '2022-01-01', value })) })];
      const found = validate({ title: 'T', nodes }).diagnostics;
      expect(found.map((d) => [d.code, d.severity, d.path, d.ids])).toEqual([['conflicting-readings', 'error', ['nodes', 1, 'observations', at], ['i']]]);
      expect(found[0]?.message).toContain('two observations dated 2022-01-01 that differ (10 and 90)');
    }
  });

  it('two different targets, qualitative findings, scale levels, yes/no values or marker sets on one date are errors too', () => {
    const markers = { kind: 'markers' as const, markers: [{ id: 'a', grade: 'expect' as const, title: 'A' }, { id: 'b', grade: 'like' as const, title: 'B' }] };
    // Each diagnostic points at the last entry of the date in content order (value, then rating).
    const cases: [Partial<IndicatorDocument>, string, string, number][] = [
      [{ targets: [{ date: '2024-12-31', value: 100 }, { date: '2024-12-31', value: 80 }] }, 'targets', 'two targets dated 2024-12-31 that differ (100 and 80)', 1],
      [
        { measure: { kind: 'qualitative' }, baseline: undefined, targets: undefined, observations: [{ date: '2022-01-01', value: 'Good', rating: 0.5 }, { date: '2022-01-01', value: 'Good', rating: 0.7 }] },
        'observations',
        '("Good", rating 0.5 and "Good", rating 0.7)',
        1,
      ],
      [{ measure: { kind: 'boolean' }, baseline: undefined, targets: undefined, observations: [{ date: '2022-01-01', value: true }, { date: '2022-01-01', value: false }] }, 'observations', '(no and yes)', 0],
      [{ measure: markers, baseline: undefined, targets: undefined, observations: [{ date: '2022-01-01', value: ['a'] }, { date: '2022-01-01', value: ['a', 'b'] }] }, 'observations', '([a, b] and [a])', 0],
    ];
    for (const [fields, list, words, at] of cases) {
      const found = validate({ title: 'T', nodes: [GOAL, numberIndicator('i', fields)] }).diagnostics.filter((d) => d.code === 'conflicting-readings');
      expect(found.map((d) => d.path)).toEqual([['nodes', 1, list, at]]);
      expect(found[0]?.message).toContain(words);
    }
  });

  it('two assessments of one node on one date (or two undated) that differ are an error; identical ones a warning', () => {
    const assessed = (assessments: readonly { progress: number; date?: string; by?: string }[]) => [
      { ...GOAL, assessments },
      numberIndicator('i'),
    ];
    expect(codesOf(assessed([{ progress: 0.4, date: '2022-01-01' }, { progress: 0.6, date: '2022-01-01' }]))).toEqual([['conflicting-readings', 'error', ['nodes', 0, 'assessments', 1]]]);
    expect(codesOf(assessed([{ progress: 0.4 }, { progress: 0.4, by: 'Board' }]))).toEqual([['conflicting-readings', 'error', ['nodes', 0, 'assessments', 0]]]);
    expect(codesOf(assessed([{ progress: 0.4, date: '2022-01-01' }, { progress: 0.4, date: '2022-01-01' }]))).toEqual([['duplicate-reading', 'warning', ['nodes', 0, 'assessments', 1]]]);
    expect(codesOf(assessed([{ progress: 0.4, date: '2022-01-01' }, { progress: 0.6, date: '2022-06-30' }]))).toEqual([]);
  });

  it('a cumulative indicator adds up every observation of one date (two partners reporting), whatever the order; identical ones are a warning but still count', () => {
    const cumulative = (observations: IndicatorDocument['observations']) => [GOAL, numberIndicator('i', { combine: 'cumulative', observations })];
    const a = { date: '2022-01-01', value: 10, source: 'Partner A' };
    const b = { date: '2022-01-01', value: 30, source: 'Partner B' };
    expect(codesOf(cumulative([a, b]))).toEqual([]);
    const one = rollUp(model(cumulative([a, b])), { asOf: '2023-01-01' });
    const other = rollUp(model(cumulative([b, a])), { asOf: '2023-01-01' });
    // Baseline 0 + 10 + 30 = 40 of a target of 100.
    expect(indicator(one, 'i').progress).toBe(0.4);
    expect(indicator(one, 'i').observations.map((o) => o.source)).toEqual(['Partner A', 'Partner B']);
    expect(JSON.stringify(other)).toBe(JSON.stringify(one));
    // 0.1 + 0.2 + 0.3 is 0.6000000000000001 in that order and 0.6 in another: one fixed order gives one answer.
    const thirds = [0.1, 0.2, 0.3].map((value) => ({ date: '2022-01-01', value }));
    const reports = [[0, 1, 2], [2, 1, 0], [1, 2, 0]].map((order) =>
      JSON.stringify(rollUp(model(cumulative(order.map((k) => thirds[k] as (typeof thirds)[number]))), { asOf: '2023-01-01' })),
    );
    expect(new Set(reports).size).toBe(1);
    expect(codesOf(cumulative([a, { ...a }]))).toEqual([['duplicate-reading', 'warning', ['nodes', 1, 'observations', 1]]]);
    expect(indicator(rollUp(model(cumulative([a, { ...a }])), { asOf: '2023-01-01' }), 'i').value).toBe(20);
  });

  it('readings identical but for source or note: a latest-value indicator uses one, the one whose source sorts first, in any order', () => {
    const x = { date: '2022-01-01', value: 60, source: 'Survey', note: 'Second wave' };
    const y = { date: '2022-01-01', value: 60, source: 'Annual report' };
    const reports = [
      [x, y],
      [y, x],
    ].map((observations) => rollUp(model([GOAL, numberIndicator('i', { observations })]), { asOf: '2023-01-01' }));
    expect(indicator(reports[0]!, 'i').observations).toEqual([y]);
    expect(JSON.stringify(reports[1])).toBe(JSON.stringify(reports[0]));
  });

  it('marker ids in a reading or in the measure, in any order, give the same report, with the markers listed sorted', () => {
    const measure = (order: readonly number[]) => {
      const all = [
        { id: 'meets', grade: 'expect' as const, title: 'Meets us' },
        { id: 'funds', grade: 'like' as const, title: 'Funds it' },
        { id: 'leads', grade: 'love' as const, title: 'Leads it' },
      ];
      return { kind: 'markers' as const, markers: order.map((k) => all[k] as (typeof all)[number]) };
    };
    // Non-integer grade weights: summed in the markers' order, 0.1 + 0.2 + 0.3 would depend on it.
    const options = { asOf: '2023-01-01', markerWeights: { expect: 0.1, like: 0.2, love: 0.3 } };
    const reports = [
      [[0, 1, 2], ['meets', 'funds']],
      [[2, 1, 0], ['funds', 'meets']],
      [[1, 0, 2], ['funds', 'meets']],
    ].map(([order, seen]) =>
      JSON.stringify(
        rollUp(
          model([GOAL, { kind: 'indicator', id: 'i', title: 'i', measures: ['g'], measure: measure(order as number[]), observations: [{ date: '2022-01-01', value: seen as string[] }] }]),
          options,
        ),
      ),
    );
    expect(new Set(reports).size).toBe(1);
    const report = JSON.parse(reports[0] as string) as ReturnType<typeof rollUp>;
    expect(indicator(report, 'i').value).toEqual(['funds', 'meets']);
    expect(indicator(report, 'i').target).toEqual(['funds', 'leads', 'meets']);
    // (0.1 + 0.2) / (0.1 + 0.2 + 0.3) = 0.5, within rounding.
    expect(indicator(report, 'i').progress).toBeCloseTo(0.5, 15);
  });

  it('the tracker refuses a reading that contradicts one already there, as validate would', () => {
    const tracker = createProgressTracker(model([GOAL, numberIndicator('i', { observations: [{ date: '2022-01-01', value: 10 }] })]), { asOf: '2023-01-01' });
    const update = tracker.addObservation('i', { date: '2022-01-01', value: 90 });
    expect(update.ok).toBe(false);
    expect(update.diagnostics.map((d) => [d.code, d.path])).toEqual([['conflicting-readings', ['nodes', 1, 'observations', 1]]]);
    expect(tracker.addObservation('i', { date: '2022-01-01', value: 10, source: 'Copy' }).ok).toBe(true);
    // Also when the conflict is reported at the reading already there (90 sorts after 5).
    const other = createProgressTracker(model([GOAL, numberIndicator('i', { observations: [{ date: '2022-01-01', value: 90 }] })]), { asOf: '2023-01-01' });
    const refused = other.addObservation('i', { date: '2022-01-01', value: 5 });
    expect([refused.ok, refused.diagnostics.map((d) => [d.code, d.path])]).toEqual([false, [['conflicting-readings', ['nodes', 1, 'observations', 0]]]]);
  });
});

describe('2. "achieved" is never missed through rounding', () => {
  it('a goal measured by ten equally weighted indicators, each exactly at target, is at exactly 100% and achieved', () => {
    const nodes = [GOAL, ...Array.from({ length: 10 }, (_, k) => numberIndicator(`i${k}`, { observations: [{ date: '2024-12-31', value: 100 }] }))];
    const goal = result(rollUp(model(nodes), { asOf: '2024-12-31' }), 'g');
    expect(goal.progress).toBe(1);
    expect(goal.status).toBe('achieved');
  });

  it('any number of inputs at 100%, with any weights in the allowed range, give exactly 100% (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1e-9, max: 1e15, noNaN: true }), { minLength: 1, maxLength: 40 }), (weights) => {
        const nodes = [
          GOAL,
          ...weights.map((weight, k) => numberIndicator(`i${k}`, { measures: [{ to: 'g', weight }], observations: [{ date: '2024-12-31', value: 100 }] })),
        ];
        const goal = result(rollUp(model(nodes), { asOf: '2024-12-31' }), 'g');
        expect(goal.progress).toBe(1);
        expect(goal.status).toBe('achieved');
      }),
    );
  });
});

describe('3. a value exactly on a status threshold lands on the documented side', () => {
  it('statusOf: 10 points behind is on track, 25 points behind at risk, 99.99999999999999% achieved', () => {
    const t = { atRisk: 0.1, offTrack: 0.25 };
    expect(0.8 - 0.7).toBe(0.10000000000000009); // why a plain comparison fails
    expect(statusOf(0.7, 0.8, t)).toBe('on-track');
    expect(statusOf(0.7499999999999999, 1, t)).toBe('at-risk');
    expect(statusOf(0.75, 1, t)).toBe('at-risk');
    expect(statusOf(0.7499, 1, t)).toBe('off-track');
    expect(statusOf(0.6999, 0.8, t)).toBe('at-risk');
    expect(statusOf(0.9999999999999999, 1, t)).toBe('achieved');
    expect(statusOf(0.7, 0.8, { atRisk: 0.1, offTrack: 0.1 })).toBe('on-track');
    expect(statusOf(0.3, 0.4, { atRisk: 0.1, offTrack: 0.25 }, true)).toBe('at-risk');
  });

  it('in a roll-up: 70 observed where a milestone expects 80 is on track; 75 of 100 at the deadline is at risk', () => {
    // Baseline 0 on 2020-01-01, milestone 80 on 2021-01-01, final target 100 on 2022-01-01: on 2021-01-01, 80% is expected.
    const nodes = [GOAL, numberIndicator('i', { targets: [{ date: '2021-01-01', value: 80 }, { date: '2022-01-01', value: 100 }], observations: [{ date: '2020-12-31', value: 70 }] })];
    const onTrack = rollUp(model(nodes), { asOf: '2021-01-01' });
    expect([indicator(onTrack, 'i').progress, indicator(onTrack, 'i').expected, indicator(onTrack, 'i').status]).toEqual([0.7, 0.8, 'on-track']);
    expect(result(onTrack, 'g').status).toBe('on-track');
    const late = [GOAL, numberIndicator('i', { targets: [{ date: '2022-01-01', value: 100 }], observations: [{ date: '2022-01-01', value: 75 }] })];
    const atRisk = rollUp(model(late), { asOf: '2022-06-30' });
    expect([indicator(atRisk, 'i').progress, indicator(atRisk, 'i').expected, indicator(atRisk, 'i').status]).toEqual([0.75, 1, 'at-risk']);
  });
});

describe('5. the rules the guide now states', () => {
  it('a goal or objective without data has the expected progress of its inputs, and stays "no data"', () => {
    // Indicator: baseline 2020-01-01, target 2024-12-31 (1826 days); on 2022-07-02 (913 days) half is expected.
    const nodes = [GOAL, { kind: 'objective', id: 'o', title: 'O', contributesTo: ['g'] } as NodeDocument, numberIndicator('i', { measures: ['o'] })];
    const report = rollUp(model(nodes), { asOf: '2022-07-02' });
    expect(indicator(report, 'i').expected).toBe(0.5);
    expect([result(report, 'o').progress, result(report, 'o').expected, result(report, 'o').status]).toEqual([null, 0.5, 'no-data']);
    expect([result(report, 'g').progress, result(report, 'g').expected, result(report, 'g').status]).toEqual([null, 0.5, 'no-data']);
    expect(explainProgress(model(nodes), report, 'g').split('\n')[0]).toBe('Goal "Goal" [g]: no data as of 2022-07-02 (50% expected by then), coverage 0%, nothing below it has data yet');
  });

  it('weighted mean over inputs with data for a node with data: a no-data input does not change its expected progress', () => {
    // i at 50 with expected 0.5; j without data, its timeline ending 2022-12-31 (expected 0.9 or so). The goal compares i with i's expected.
    const nodes = [GOAL, numberIndicator('i', { observations: [{ date: '2022-07-01', value: 50 }] }), numberIndicator('j', { targets: [{ date: '2022-12-31', value: 10 }] })];
    const report = rollUp(model(nodes), { asOf: '2022-07-02' });
    expect([result(report, 'g').progress, result(report, 'g').expected]).toEqual([0.5, 0.5]);
  });

  it('weakest link takes the expected progress of the weakest input itself; of two equally weak, the one further behind', () => {
    const timeline = (to: string): Partial<IndicatorDocument> => ({ baseline: { date: '2020-01-01', value: 0 }, targets: [{ date: to, value: 100 }] });
    const weakest = (a: Partial<IndicatorDocument>, b: Partial<IndicatorDocument>) =>
      rollUp(model([{ ...GOAL, aggregation: 'weakest-link' }, numberIndicator('a', a), numberIndicator('b', b)]), { asOf: '2021-01-01' });
    // On 2021-01-01: a's timeline to 2021-01-01 expects 1; b's to 2025-01-01 expects 366/1827.
    const mixed = weakest({ ...timeline('2021-01-01'), observations: [{ date: '2020-12-31', value: 20 }] }, { ...timeline('2025-01-01'), observations: [{ date: '2020-12-31', value: 50 }] });
    expect([result(mixed, 'g').progress, result(mixed, 'g').expected, result(mixed, 'g').status]).toEqual([0.2, 1, 'off-track']);
    // Before: expected was the lowest of any input (366/1827 ≈ 0.2), and the goal read on track.
    const tied = weakest({ ...timeline('2025-01-01'), observations: [{ date: '2020-12-31', value: 20 }] }, { ...timeline('2021-01-01'), observations: [{ date: '2020-12-31', value: 20 }] });
    expect([result(tied, 'g').progress, result(tied, 'g').expected, result(tied, 'g').status]).toEqual([0.2, 1, 'off-track']);
    expect(result(tied, 'g').contributions.map((c) => [c.id, c.share])).toEqual([
      ['a', 0],
      ['b', 0.2],
    ]);
  });

  it('a milestone beyond the final target: the final target is expected from the milestone on (capped at 100%), with a warning', () => {
    // Baseline 0 on 2020-01-01, milestone 2 on 2021-01-01, final target 1 on 2022-01-01.
    const nodes = [GOAL, numberIndicator('i', { targets: [{ date: '2021-01-01', value: 2 }, { date: '2022-01-01', value: 1 }] })];
    expect(codesOf(nodes)).toEqual([['milestone-beyond-target', 'warning', ['nodes', 1, 'targets', 0, 'value']]]);
    const m = model(nodes);
    // 2020-07-01 is 182 of the 366 days to the milestone, at which 100% is expected.
    expect(indicator(rollUp(m, { asOf: '2020-07-01' }), 'i').expected).toBe(182 / 366);
    expect(indicator(rollUp(m, { asOf: '2021-06-30' }), 'i').expected).toBe(1);
  });

  it('a target on or before its baseline is an error, so no report rests on it', () => {
    expect(codesOf([GOAL, numberIndicator('i', { targets: [{ date: '2020-01-01', value: 100 }] })])).toEqual([['target-before-baseline', 'error', ['nodes', 1, 'targets', 0, 'date']]]);
    expect(() => model([GOAL, numberIndicator('i', { targets: [{ date: '2019-12-31', value: 100 }] })])).toThrow(/target of 2019-12-31 is dated before its baseline \(2020-01-01\)/);
  });

  it('a failing assumption downgrades "on track" to "at risk" on the node its link leads into, and nothing else', () => {
    const nodes: NodeDocument[] = [
      GOAL,
      { kind: 'assumption', id: 'x', title: 'Willing government', status: 'fails' },
      { kind: 'objective', id: 'o', title: 'O', contributesTo: [{ to: 'g', assumptions: ['x'] }] },
      numberIndicator('i', { measures: ['o'], observations: [{ date: '2022-01-01', value: 100 }] }),
    ];
    const achieved = rollUp(model(nodes), { asOf: '2022-06-30' });
    expect([result(achieved, 'g').status, result(achieved, 'g').failingAssumptions]).toEqual(['achieved', ['x']]);
    expect([result(achieved, 'o').status, result(achieved, 'o').failingAssumptions]).toEqual(['achieved', []]);
    const onTime = rollUp(model(nodes.map((n) => (n.id === 'i' ? numberIndicator('i', { measures: ['o'], observations: [{ date: '2022-01-01', value: 50 }] }) : n))), { asOf: '2022-07-02' });
    // 50% where 50% is expected: on track, but the goal rests on a failing assumption.
    expect([result(onTime, 'o').status, result(onTime, 'g').status]).toEqual(['on-track', 'at-risk']);
  });

  it('no-data reasons: what must be set up comes before what must be collected', () => {
    const report = rollUp(
      model([
        GOAL,
        numberIndicator('a', { baseline: undefined, targets: undefined }),
        numberIndicator('b', { targets: undefined }),
        numberIndicator('c'),
        numberIndicator('d', { observations: [{ date: '2019-06-30', value: 5 }] }),
      ]),
      { asOf: '2022-01-01' },
    );
    expect(['a', 'b', 'c', 'd'].map((id) => indicator(report, id).reason)).toEqual(['no-baseline', 'no-target', 'no-observation', 'before-baseline']);
  });

  it('a yes/no, markers or qualitative indicator without a target gets the missing-target warning saying what stands in', () => {
    const yesNo: IndicatorDocument = { kind: 'indicator', id: 'i', title: 'Law passed', measures: ['g'], measure: { kind: 'boolean' } };
    const withPeriod = validate({ title: 'T', period: { start: '2020-01-01', end: '2024-12-31' }, nodes: [GOAL, yesNo] }).diagnostics;
    expect(withPeriod.map((d) => [d.code, d.severity, d.path])).toEqual([['missing-target', 'warning', ['nodes', 1]]]);
    expect(withPeriod[0]?.message).toBe('Indicator "i" has no target, so "yes" stands in for it, and it is dated the end of the period (2024-12-31). Write a target with its date.');
    const qualitative = validate({ title: 'T', nodes: [GOAL, { ...yesNo, measure: { kind: 'qualitative' } }] }).diagnostics;
    expect(qualitative[0]?.message).toContain('a rating of 1 stands in for it, and it has no date');
  });

  it('years before 100 are read as written: 0099-01-01 to 0101-01-01 is 730 days (year 100 is no leap year), not 1999–2001', () => {
    const nodes = [GOAL, numberIndicator('i', { baseline: { date: '0099-01-01', value: 0 }, targets: [{ date: '0101-01-01', value: 100 }], observations: [{ date: '0100-01-01', value: 50 }] })];
    const report = rollUp(model(nodes), { asOf: '0100-03-01' });
    // 365 days of 0099, then 59 of 0100 (31 + 28): 424 of 730.
    expect(indicator(report, 'i').expected).toBe(424 / 730);
    expect(indicator(report, 'i').progress).toBe(0.5);
    // An assessment dated 0100-01-01 is in force on 0100-03-01, and one of 1999 is not.
    const assessed = rollUp(model([{ ...GOAL, assessments: [{ progress: 0.3, date: '0100-01-01' }, { progress: 0.9, date: '1999-01-01' }] }, ...nodes.slice(1)]), { asOf: '0100-03-01' });
    expect(result(assessed, 'g').progress).toBe(0.3);
  });
});

describe('the model is untouched, the same answers for the same model', () => {
  it('observations as written stay in the model as written (order and marker order), only the report is canonical', () => {
    const observations = [
      { date: '2022-01-01', value: 60, source: 'Survey' },
      { date: '2022-01-01', value: 60, source: 'Annual report' },
    ];
    const m = model([GOAL, numberIndicator('i', { observations })]);
    rollUp(m, { asOf: '2023-01-01' });
    expect((m.document.nodes[1] as IndicatorDocument).observations).toEqual(observations);
  });
});
