import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createProgressTracker,
  explainProgress,
  loadModel,
  progressOf,
  progressSeries,
  readingDate,
  rollUp,
  validate,
  type IndicatorDocument,
  type IndicatorProgress,
  type NodeDocument,
  type ReadingDocument,
  type TheoryOfChangeDocument,
} from '../../src/index.js';

const GOAL: NodeDocument = { kind: 'goal', id: 'g', title: 'Goal' };
const doc = (nodes: readonly NodeDocument[], extra: Partial<TheoryOfChangeDocument> = {}): TheoryOfChangeDocument => ({ title: 'Periods', nodes: [GOAL, ...nodes], ...extra });
const indicatorAt = (document: TheoryOfChangeDocument, asOf: string, id = 'i'): IndicatorProgress =>
  progressOf(rollUp(loadModel(document), { asOf }), id) as IndicatorProgress;

/**
 * "Target is annual: 24 in 2021, 25 in 2022, 23 in 2023": referrals per year,
 * added up from half-year reports, against a 2020 figure of 12.
 */
const referrals: IndicatorDocument = {
  kind: 'indicator',
  id: 'i',
  title: 'Referrals a year',
  measures: ['g'],
  measure: { kind: 'number' },
  combine: 'cumulative',
  targetsAre: 'per-period',
  baseline: { period: { start: '2020-01-01', end: '2020-12-31' }, value: 12 },
  targets: [
    { date: '2021-12-31', value: 24 },
    { date: '2022-12-31', value: 25 },
    { date: '2023-12-31', value: 23 },
  ],
  observations: [
    { period: { start: '2021-01-01', end: '2021-06-30' }, value: 10 },
    { period: { start: '2021-07-01', end: '2021-12-31' }, value: 16 },
    { period: { start: '2022-01-01', end: '2022-06-30' }, value: 8 },
    { period: { start: '2022-07-01', end: '2022-12-31' }, value: 9 },
    { period: { start: '2023-01-01', end: '2023-06-30' }, value: 12 },
  ],
};

describe('reading dates', () => {
  it('a reading is dated by its date, else by its period’s last day', () => {
    expect(readingDate({ date: '2018-12-31' })).toBe('2018-12-31');
    expect(readingDate({ period: { start: '2015-04-01', end: '2016-03-31' } })).toBe('2016-03-31');
    expect(readingDate({})).toBeUndefined();
  });

  it('an observation with a period counts from the period’s end (milestone targets)', () => {
    const d = doc([
      {
        kind: 'indicator', id: 'i', title: 'Laws', measures: ['g'], measure: { kind: 'number' },
        baseline: { date: '2021-01-01', value: 0 }, targets: [{ date: '2024-12-31', value: 10 }],
        observations: [{ period: { start: '2021-01-01', end: '2023-06-30' }, value: 4 }],
      },
    ]);
    expect(indicatorAt(d, '2023-06-29').reason).toBe('no-observation');
    const at = indicatorAt(d, '2023-06-30');
    expect(at.progress).toBe(0.4); // (4 − 0) / (10 − 0)
    expect(at.observations).toEqual([{ date: '2023-06-30', period: { start: '2021-01-01', end: '2023-06-30' }, value: 4 }]);
  });
});

describe('per-period targets, hand-worked', () => {
  const d = doc([referrals]);

  it('before the first target’s date: the first target, as a milestone would be', () => {
    const p = indicatorAt(d, '2021-09-30');
    // Period of the 2021 target: from the baseline's date 2020-12-31 to 2021-12-31 (365 days).
    // Observations dated within it by 2021-09-30: the first half-year (dated 2021-06-30), 10.
    expect(p.value).toBe(10);
    expect(p.rawProgress).toBeCloseTo(-2 / 12, 12); // (10 − 12) / (24 − 12)
    expect(p.progress).toBe(0);
    expect(p.expected).toBeCloseTo(273 / 365, 12); // 2020-12-31 → 2021-09-30 is 273 days of 365
    expect(p.target).toBe(24);
    expect(p.judgedTarget).toEqual({ date: '2021-12-31', period: { start: '2020-12-31', end: '2021-12-31' }, value: 24, ended: false });
  });

  it('at the end of 2021: the 2021 target is judged, met', () => {
    const p = indicatorAt(d, '2021-12-31');
    expect(p.value).toBe(26); // 10 + 16, the baseline not added
    expect(p.rawProgress).toBeCloseTo(14 / 12, 12); // (26 − 12) / (24 − 12)
    expect(p.progress).toBe(1);
    expect(p.expected).toBe(1);
    expect(p.status).toBe('achieved');
  });

  it('in mid-2022 the 2021 target is still the one judged', () => {
    const p = indicatorAt(d, '2022-06-30');
    expect(p.value).toBe(26);
    expect(p.judgedTarget?.date).toBe('2021-12-31');
  });

  it('at the end of 2022: the 2022 target of 25, from that year alone', () => {
    const p = indicatorAt(d, '2022-12-31');
    expect(p.value).toBe(17); // 8 + 9
    expect(p.progress).toBeCloseTo(5 / 13, 12); // (17 − 12) / (25 − 12)
    expect(p.expected).toBe(1);
    expect(p.status).toBe('off-track'); // 61.5 points short
    expect(p.observations.map((o) => o.value)).toEqual([8, 9]);
    expect(p.judgedTarget).toEqual({ date: '2022-12-31', period: { start: '2022-01-01', end: '2022-12-31' }, value: 25, ended: true });
  });

  it('the falling 2023 target of 23', () => {
    const p = indicatorAt(d, '2024-06-30');
    expect(p.value).toBe(12); // only the first half of 2023 was reported
    expect(p.progress).toBe(0); // (12 − 12) / (23 − 12)
    expect(p.target).toBe(23);
  });

  it('no observation in the judged period: no data', () => {
    const sparse = doc([{ ...referrals, observations: (referrals.observations ?? []).slice(0, 2) }]);
    const p = indicatorAt(sparse, '2022-12-31');
    expect(p.progress).toBeNull();
    expect(p.reason).toBe('no-observation');
    expect(p.status).toBe('no-data');
    expect(p.expected).toBe(1);
  });

  it('latest values, a falling target, against milestones', () => {
    const share: IndicatorDocument = {
      kind: 'indicator', id: 'i', title: 'Cases resolved', measures: ['g'], measure: { kind: 'percentage' },
      targetsAre: 'per-period',
      baseline: { date: '2020-12-31', value: 50 },
      targets: [{ date: '2021-12-31', value: 60 }, { date: '2022-12-31', value: 70 }, { date: '2023-12-31', value: 65 }],
      observations: [{ date: '2021-06-30', value: 55 }, { date: '2021-12-31', value: 62 }, { date: '2022-12-31', value: 68 }, { date: '2023-03-31', value: 70 }],
    };
    const p22 = indicatorAt(doc([share]), '2022-12-31');
    expect(p22.progress).toBeCloseTo(0.9, 12); // (68 − 50) / (70 − 50)
    expect(p22.status).toBe('on-track'); // exactly 10 points short of the expected 100%
    const p23 = indicatorAt(doc([share]), '2023-12-31');
    expect(p23.rawProgress).toBeCloseTo(4 / 3, 12); // (70 − 50) / (65 − 50)
    expect(p23.status).toBe('achieved');
    // As milestones the 2023 target of 65 is the final one: 68 is (68 − 50) / (65 − 50) = 1.2 of the way.
    const { targetsAre: _, ...milestones } = share;
    expect(indicatorAt(doc([milestones]), '2022-12-31').rawProgress).toBeCloseTo(1.2, 12);
    expect(indicatorAt(doc([milestones]), '2022-12-31').judgedTarget).toBeUndefined();
  });

  it('a decreasing indicator', () => {
    const hazardous: IndicatorDocument = {
      kind: 'indicator', id: 'i', title: 'Children in hazardous work', measures: ['g'], measure: { kind: 'number' }, direction: 'decrease',
      targetsAre: 'per-period', baseline: { date: '2020-12-31', value: 100 },
      targets: [{ date: '2021-12-31', value: 80 }, { date: '2022-12-31', value: 60 }],
      observations: [{ date: '2021-12-31', value: 85 }, { date: '2022-12-31', value: 70 }],
    };
    expect(indicatorAt(doc([hazardous]), '2021-12-31').progress).toBeCloseTo(0.75, 12); // (85 − 100) / (80 − 100)
    expect(indicatorAt(doc([hazardous]), '2022-12-31').progress).toBeCloseTo(0.75, 12); // (70 − 100) / (60 − 100)
  });

  it('financial-year periods written on the targets', () => {
    const fy: IndicatorDocument = {
      kind: 'indicator', id: 'i', title: 'Partners trained', measures: ['g'], measure: { kind: 'number' },
      targetsAre: 'per-period', baseline: { period: { start: '2014-04-01', end: '2015-03-31' }, value: 0 },
      targets: [{ period: { start: '2015-04-01', end: '2016-03-31' }, value: 20 }, { period: { start: '2016-04-01', end: '2017-03-31' }, value: 30 }],
      observations: [{ period: { start: '2015-04-01', end: '2016-03-31' }, value: 18 }, { period: { start: '2016-04-01', end: '2017-03-31' }, value: 33 }],
    };
    const before = indicatorAt(doc([fy]), '2016-03-30');
    expect(before.reason).toBe('no-observation'); // FY 2015/16's figure counts from 2016-03-31
    expect(before.expected).toBeCloseTo(364 / 365, 12); // 2015-04-01 → 2016-03-30 of 2015-04-01 → 2016-03-31
    expect(indicatorAt(doc([fy]), '2016-03-31').progress).toBeCloseTo(0.9, 12); // 18 / 20
    const second = indicatorAt(doc([fy]), '2017-03-31');
    expect(second.rawProgress).toBeCloseTo(1.1, 12); // 33 / 30
    expect(explainProgress(loadModel(doc([fy])), rollUp(loadModel(doc([fy])), { asOf: '2017-03-31' }), 'i')).toContain(
      'judged against the target for 2016-04-01 – 2017-03-31 of 30 (period 2016-04-01 – 2017-03-31)',
    );
  });

  it('explainProgress names the target judged', () => {
    const model = loadModel(doc([referrals]));
    const text = explainProgress(model, rollUp(model, { asOf: '2022-12-31' }), 'i');
    expect(text).toContain('value 17 (total of 2 observations within the period), baseline 12, target 25, judged against the 2022 target of 25 (period 2022-01-01 – 2022-12-31)');
    expect(text).toContain('· 2022-01-01 – 2022-06-30: 8');
    const early = explainProgress(model, rollUp(model, { asOf: '2021-09-30' }), 'i');
    expect(early).toContain('against the target for 2020-12-31 – 2021-12-31 of 24, its period still running (period 2020-12-31 – 2021-12-31)');
  });
});

describe('series and tracker give the full roll-up’s numbers', () => {
  const dates = ['2021-06-30', '2021-09-30', '2021-12-31', '2022-06-30', '2022-12-31', '2023-12-31'];
  it('progressSeries', () => {
    const model = loadModel(doc([referrals]));
    const series = progressSeries(model, dates);
    expect(series.reports.map((r) => JSON.stringify(r))).toEqual(dates.map((asOf) => JSON.stringify(rollUp(model, { asOf }))));
  });

  it('createProgressTracker', () => {
    const start = doc([{ ...referrals, observations: [] }]);
    for (const asOf of dates) {
      const tracker = createProgressTracker(loadModel(start), { asOf });
      for (const reading of referrals.observations ?? []) {
        const update = tracker.addObservation('i', reading);
        expect(update.ok).toBe(true);
      }
      expect(JSON.stringify(tracker.report())).toBe(JSON.stringify(rollUp(loadModel(doc([referrals])), { asOf })));
    }
  });

  it('the tracker refuses a reading whose date is not its period’s end', () => {
    const tracker = createProgressTracker(loadModel(doc([referrals])), { asOf: '2023-12-31' });
    const update = tracker.addObservation('i', { date: '2023-12-30', period: { start: '2023-07-01', end: '2023-12-31' }, value: 3 });
    expect(update.diagnostics.map((x) => x.code)).toEqual(['date-not-period-end']);
  });
});

describe('validation of periods', () => {
  const codes = (nodes: readonly NodeDocument[]): string[] => validate(doc(nodes)).diagnostics.map((x) => `${x.code} ${x.path.join('.')}`);
  const base = { kind: 'indicator', id: 'i', title: 'I', measures: ['g'], measure: { kind: 'number' } } as const;

  it('a reading with neither date nor period', () => {
    const result = validate(doc([{ ...base, baseline: { date: '2020-01-01', value: 0 }, targets: [{ date: '2022-12-31', value: 5 }], observations: [{ value: 3 } as ReadingDocument] }]));
    expect(result.diagnostics.map((x) => [x.code, x.path.join('.')])).toEqual([['missing-field', 'nodes.1.observations.0.date']]);
    expect(result.diagnostics[0]?.message).toBe('Indicator "i": its observation of 3 has neither a date nor a period. Give the date the value held, or the period it covers as { start, end }.');
  });

  it('a reading’s period that ends before it starts', () => {
    expect(codes([{ ...base, baseline: { period: { start: '2020-12-31', end: '2020-01-01' }, value: 0 }, targets: [{ date: '2022-12-31', value: 5 }] }])).toEqual([
      'invalid-period nodes.1.baseline.period',
    ]);
  });

  it('a date written 31/12/2025 in a period still gets the hint', () => {
    const result = validate(doc([{ ...base, baseline: { period: { start: '2020-01-01', end: '31/12/2020' }, value: 0 } as unknown as ReadingDocument }]));
    expect(result.diagnostics.find((x) => x.code === 'invalid-date')?.message).toContain('Write it as 2020-12-31.');
  });

  it('periods next to each other, and targets beside actuals, are fine', () => {
    expect(codes([referrals])).toEqual([]);
    // IATI: a target-only period beside an actual-only one that overlaps it.
    expect(
      codes([
        {
          ...base, combine: 'cumulative', baseline: { date: '2020-12-31', value: 0 },
          targets: [{ period: { start: '2021-01-01', end: '2022-12-31' }, value: 50 }],
          observations: [{ period: { start: '2021-01-01', end: '2021-12-31' }, value: 20 }, { period: { start: '2022-01-01', end: '2022-12-31' }, value: 25 }],
        },
      ]),
    ).toEqual([]);
  });

  it('milestone-beyond-target does not fire for per-period targets; target-wrong-side does', () => {
    // 25 in 2021 lies beyond the final 23 of 2023 (as a milestone); -1 in 2022 is below the baseline of 0.
    const targets = [{ date: '2021-12-31', value: 25 }, { date: '2022-12-31', value: -1 }, { date: '2023-12-31', value: 23 }];
    expect(codes([{ ...base, targetsAre: 'per-period', baseline: { date: '2020-12-31', value: 0 }, targets }])).toEqual(['target-wrong-side nodes.1.targets.1.value']);
    expect(codes([{ ...base, baseline: { date: '2020-12-31', value: 0 }, targets }])).toContain('milestone-beyond-target nodes.1.targets.0.value');
  });

  it('an observation between explicit target periods', () => {
    const result = validate(
      doc([
        {
          ...base, targetsAre: 'per-period', baseline: { date: '2020-12-31', value: 0 },
          targets: [{ period: { start: '2021-01-01', end: '2021-12-31' }, value: 5 }, { period: { start: '2023-01-01', end: '2023-12-31' }, value: 5 }],
          observations: [{ date: '2022-06-30', value: 4 }],
        },
      ]),
    );
    expect(result.diagnostics.map((x) => x.code)).toEqual(['outside-target-periods']);
    expect(result.diagnostics[0]?.message).toContain('observation of 2022-06-30 falls between the periods of its targets');
  });
});

describe('properties', () => {
  const day = fc.integer({ min: 1, max: 364 });
  const isoOf = (n: number): string => new Date(Date.UTC(2021, 0, n)).toISOString().slice(0, 10);

  it('equal targets and observations within the first period: per-period is milestones up to the first target’s date, then no data', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }),
        fc.uniqueArray(fc.record({ day, value: fc.integer({ min: 0, max: 200 }) }), { selector: (o) => o.day, minLength: 1, maxLength: 5 }),
        fc.integer({ min: 2, max: 4 }),
        day,
        (target, readings, years, asOfDay) => {
          const perPeriod: IndicatorDocument = {
            kind: 'indicator', id: 'i', title: 'I', measures: ['g'], measure: { kind: 'number' }, targetsAre: 'per-period',
            baseline: { date: '2020-12-31', value: 0 },
            targets: Array.from({ length: years }, (_, k) => ({ date: `${2021 + k}-12-31`, value: target })),
            observations: readings.map((o) => ({ date: isoOf(o.day), value: o.value })),
          };
          const { targetsAre: _, ...milestones } = perPeriod;
          const asOf = isoOf(asOfDay);
          const a = indicatorAt(doc([perPeriod]), asOf);
          const b = indicatorAt(doc([milestones]), asOf);
          expect([a.progress, a.rawProgress, a.status, a.value]).toEqual([b.progress, b.rawProgress, b.status, b.value]);
          expect(a.expected).toBeCloseTo(b.expected as number, 12);
          // From the second target's date on, the judged period has no observation.
          expect(indicatorAt(doc([perPeriod]), `${2020 + years}-12-31`).reason).toBe('no-observation');
        },
      ),
      { numRuns: 40 },
    );
  });

  it('the report does not depend on the order targets and observations are written in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...(referrals.targets ?? [])], { minLength: 3 }), fc.shuffledSubarray([...(referrals.observations ?? [])], { minLength: 5 }), fc.constantFrom('2021-09-30', '2022-12-31', '2024-01-01'), (targets, observations, asOf) => {
          const shuffled = doc([{ ...referrals, targets, observations }]);
          expect(JSON.stringify(rollUp(loadModel(shuffled), { asOf }))).toBe(JSON.stringify(rollUp(loadModel(doc([referrals])), { asOf })));
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('the builder', () => {
  it('takes periods and targetsAre, and the model rolls up as the document would', async () => {
    const { theoryOfChange } = await import('../../src/index.js');
    const built = theoryOfChange({ title: 'Built' })
      .goal('g', { title: 'Goal' })
      .indicator('i', {
        title: 'Partners trained', measures: ['g'], measure: { kind: 'number' }, targetsAre: 'per-period',
        baseline: { period: { start: '2014-04-01', end: '2015-03-31' }, value: 0 },
        targets: [{ period: { start: '2015-04-01', end: '2016-03-31' }, value: 20 }],
        observations: [{ period: { start: '2015-04-01', end: '2016-03-31' }, value: 15 }],
      });
    const result = built.validate();
    expect(result.diagnostics).toEqual([]);
    const p = progressOf(rollUp(result.model as NonNullable<typeof result.model>, { asOf: '2016-03-31' }), 'i') as IndicatorProgress;
    expect(p.progress).toBe(0.75); // 15 / 20
  });
});

describe('reports show periods and the target judged', () => {
  it('indicator rows, the Markdown and HTML reports', async () => {
    const { indicatorRows, toHtmlReport, toMarkdownReport } = await import('../../src/report/index.js');
    const model = loadModel(doc([referrals]));
    const report = rollUp(model, { asOf: '2022-12-31' });
    const [row] = indicatorRows(model, report);
    expect(row?.baseline).toEqual({ value: 12, text: '12', date: '2020-12-31', period: { start: '2020-01-01', end: '2020-12-31' } });
    // A running total is dated by its most recent reading.
    expect(row?.latest).toEqual({ value: 17, text: '17', date: '2022-12-31' });
    expect(row?.target).toEqual({ value: 25, text: '25', date: '2022-12-31', period: { start: '2022-01-01', end: '2022-12-31' } });
    expect(toMarkdownReport(model, report)).toContain('| 12 | 17 | 25 (the 2022 target) | 38% | off track |');
    const html = toHtmlReport(model, report);
    expect(html).toContain('25<br><span class="date">2022-01-01 – 2022-12-31</span>');
    expect(html).toContain('12<br><span class="date">2020-01-01 – 2020-12-31</span>');
  });

  it('a latest value from a period reading is shown with its period', async () => {
    const { indicatorRows } = await import('../../src/report/index.js');
    const model = loadModel(
      doc([
        {
          kind: 'indicator', id: 'i', title: 'Share', measures: ['g'], measure: { kind: 'percentage' },
          baseline: { date: '2015-01-01', value: 10 }, targets: [{ date: '2020-12-31', value: 50 }],
          observations: [{ period: { start: '2015-04-01', end: '2016-03-31' }, value: 20 }],
        },
      ]),
    );
    const [row] = indicatorRows(model, rollUp(model, { asOf: '2016-12-31' }));
    expect(row?.latest).toEqual({ value: 20, text: '20%', date: '2016-03-31', period: { start: '2015-04-01', end: '2016-03-31' } });
    expect(row?.target).toEqual({ value: 50, text: '50%', date: '2020-12-31' });
  });
});
