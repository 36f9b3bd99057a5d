/**
 * Old readings: an age limit (`maxReadingAge`, an ISO 8601 duration) in the
 * document, on an indicator or in the options flags readings older than it at
 * the as-of date; they still count, and each goal and objective reports its
 * `recentCoverage`. Values worked out by hand from the rules in
 * docs/guides/progress.md ("Old readings").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createProgressTracker,
  explainProgress,
  loadModel,
  progressOf,
  progressSeries,
  rollUp,
  type IndicatorProgress,
  type ResultProgress,
  type TheoryOfChangeDocument,
} from '../../src/index.js';
import { arbitraryModel } from './arbitraries.js';
import { runs } from '../property-runs.js';

/**
 *   G ← O (weight 1) ← iOld (weight 1): 40 of 0 → 100, read 2016-03-31
 *                    ← iNew (weight 3): 80 of 0 → 100, read 2020-06-30
 *     ← iNone (weight 1): no observation
 */
const small: TheoryOfChangeDocument = {
  title: 'Two readings, one old',
  period: { start: '2015-01-01', end: '2020-12-31' },
  maxReadingAge: 'P18M',
  nodes: [
    { kind: 'goal', id: 'G', title: 'Goal' },
    { kind: 'objective', id: 'O', ref: '1', title: 'Objective', contributesTo: ['G'] },
    {
      kind: 'indicator',
      id: 'iOld',
      title: 'Old survey',
      unit: 'villages',
      measures: ['O'],
      measure: { kind: 'number' },
      baseline: { date: '2015-01-01', value: 0 },
      targets: [{ date: '2020-12-31', value: 100 }],
      observations: [{ date: '2016-03-31', value: 40, source: 'FY2015–16 report' }],
    },
    {
      kind: 'indicator',
      id: 'iNew',
      title: 'New survey',
      measures: [{ to: 'O', weight: 3 }],
      measure: { kind: 'number' },
      baseline: { date: '2015-01-01', value: 0 },
      targets: [{ date: '2020-12-31', value: 100 }],
      observations: [{ date: '2020-06-30', value: 80 }],
    },
    {
      kind: 'indicator',
      id: 'iNone',
      title: 'Not yet measured',
      measures: ['G'],
      measure: { kind: 'number' },
      baseline: { date: '2015-01-01', value: 0 },
      targets: [{ date: '2020-12-31', value: 100 }],
    },
  ],
};

const without = (doc: TheoryOfChangeDocument): TheoryOfChangeDocument => {
  const { maxReadingAge: _limit, ...rest } = doc;
  return rest;
};
const withIndicator = (doc: TheoryOfChangeDocument, id: string, fields: Record<string, unknown>): TheoryOfChangeDocument => ({
  ...doc,
  nodes: doc.nodes.map((n) => (n.id === id ? ({ ...n, ...fields } as typeof n) : n)),
});
const entry = <T extends IndicatorProgress | ResultProgress>(doc: TheoryOfChangeDocument, id: string, asOf: string, options = {}): T =>
  progressOf(rollUp(loadModel(doc), { asOf, ...options }), id) as T;

describe('old readings, worked by hand (limit P18M, as of 2020-12-31)', () => {
  const asOf = '2020-12-31';
  const report = rollUp(loadModel(small), { asOf });

  it('an indicator read 2016-03-31 is old (limit reached 2017-09-30), one read 2020-06-30 is not (2021-12-30)', () => {
    const iOld = progressOf(report, 'iOld') as IndicatorProgress;
    expect([iOld.progress, iOld.coverage, iOld.maxReadingAge, iOld.old]).toEqual([0.4, 1, 'P18M', true]); // still counts: (40 − 0) / 100
    const iNew = progressOf(report, 'iNew') as IndicatorProgress;
    expect([iNew.progress, iNew.coverage, iNew.maxReadingAge, iNew.old]).toEqual([0.8, 1, 'P18M', false]);
    const iNone = progressOf(report, 'iNone') as IndicatorProgress;
    expect([iNone.progress, iNone.coverage, iNone.old]).toEqual([null, 0, false]); // nothing read, nothing old
  });

  it('coverage and recentCoverage of the objective and the goal', () => {
    const o = progressOf(report, 'O') as ResultProgress;
    expect(o.progress).toBeCloseTo(0.7, 12); // (1 × 0.4 + 3 × 0.8) / 4: the old reading still counts
    expect(o.coverage).toBe(1); // (1 × 1 + 3 × 1) / 4
    expect(o.recentCoverage).toBe(0.75); // (1 × 0 + 3 × 1) / 4: iOld's weight rests on an old reading
    expect(o.old).toBe(false); // no assessment
    const g = progressOf(report, 'G') as ResultProgress;
    expect(g.progress).toBe(o.progress); // only O has data
    expect(g.coverage).toBe(0.5); // (1 × 1 + 1 × 0) / 2
    expect(g.recentCoverage).toBe(0.375); // (1 × 0.75 + 1 × 0) / 2
  });

  it('the report settings list the model-wide limit, last', () => {
    expect(Object.keys(report.settings).at(-1)).toBe('maxReadingAge');
    expect(report.settings.maxReadingAge).toBe('P18M');
  });

  it('the JSON report carries the age fields, each after the field it qualifies', () => {
    const plain = JSON.parse(JSON.stringify(report)) as { results: Record<string, unknown>[]; indicators: Record<string, unknown>[] };
    const o = plain.results.find((r) => r.id === 'O') as Record<string, unknown>;
    expect(Object.keys(o)).toEqual([
      'kind', 'id', 'progress', 'computed', 'expected', 'coverage', 'recentCoverage', 'status', 'method', 'assessment', 'old', 'contributions', 'failingAssumptions',
    ]);
    const i = plain.indicators.find((x) => x.id === 'iOld') as Record<string, unknown>;
    expect(Object.keys(i).slice(-2)).toEqual(['maxReadingAge', 'old']);
  });

  it('an indicator’s own limit overrides the document’s: P5Y from 2016-03-31 runs to 2021-03-31', () => {
    const doc = withIndicator(small, 'iOld', { maxReadingAge: 'P5Y' });
    const iOld = entry<IndicatorProgress>(doc, 'iOld', asOf);
    expect([iOld.maxReadingAge, iOld.old]).toEqual(['P5Y', false]);
    expect(entry<ResultProgress>(doc, 'O', asOf).recentCoverage).toBe(1);
    expect(entry<ResultProgress>(doc, 'G', asOf).recentCoverage).toBe(0.5);
    expect(entry<IndicatorProgress>(doc, 'iOld', '2021-04-01').old).toBe(true);
  });

  it('the option replaces the document’s limit; null removes it', () => {
    // P6M: 2020-06-30 + 6 months = 2020-12-30, so on 2020-12-31 the new reading is old too.
    const o = entry<ResultProgress>(small, 'O', asOf, { maxReadingAge: 'P6M' });
    expect([o.coverage, o.recentCoverage]).toEqual([1, 0]);
    expect(entry<ResultProgress>(small, 'O', '2020-12-30', { maxReadingAge: 'P6M' }).recentCoverage).toBe(0.75); // exactly six months old: not older
    const off = rollUp(loadModel(small), { asOf, maxReadingAge: null });
    expect(JSON.stringify(off)).toBe(JSON.stringify(rollUp(loadModel(without(small)), { asOf })));
    // The option does not override an indicator's own limit.
    const own = withIndicator(small, 'iOld', { maxReadingAge: 'P5Y' });
    const iOld = entry<IndicatorProgress>(own, 'iOld', asOf, { maxReadingAge: null });
    expect([iOld.maxReadingAge, iOld.old]).toEqual(['P5Y', false]);
    const iNew = entry<IndicatorProgress>(own, 'iNew', asOf, { maxReadingAge: null });
    expect([iNew.maxReadingAge, iNew.old]).toEqual([null, false]);
  });

  it('a limit in the options alone flags old readings in a document without one', () => {
    const o = entry<ResultProgress>(without(small), 'O', asOf, { maxReadingAge: 'P18M' });
    expect([o.coverage, o.recentCoverage]).toEqual([1, 0.75]);
  });

  it('without any limit, the fields are absent and the report is what it was', () => {
    const plain = rollUp(loadModel(without(small)), { asOf });
    expect(Object.keys(plain.settings)).not.toContain('maxReadingAge');
    for (const r of plain.results) expect(Object.keys(r)).not.toEqual(expect.arrayContaining(['recentCoverage']));
    for (const r of plain.results) expect('old' in r).toBe(false);
    for (const i of plain.indicators) expect(['maxReadingAge' in i, 'old' in i]).toEqual([false, false]);
  });

  it('a limit on one indicator alone puts the fields on every entry; indicators without a limit are never old', () => {
    const doc = withIndicator(without(small), 'iOld', { maxReadingAge: 'P1Y' });
    const r = rollUp(loadModel(doc), { asOf });
    expect(r.settings.maxReadingAge).toBeUndefined();
    expect((progressOf(r, 'iOld') as IndicatorProgress).old).toBe(true);
    expect(progressOf(r, 'iNew')).toMatchObject({ maxReadingAge: null, old: false });
    expect(progressOf(r, 'O')).toMatchObject({ coverage: 1, recentCoverage: 0.75 });
  });
});

describe('old readings: the calendar', () => {
  const doc = (date: string, limit: string): TheoryOfChangeDocument =>
    withIndicator({ ...small, maxReadingAge: limit }, 'iNew', { observations: [{ date, value: 80 }] });
  const isOld = (date: string, limit: string, asOf: string): boolean | undefined => entry<IndicatorProgress>(doc(date, limit), 'iNew', asOf).old;

  it('months run to the same day, clamped to the end of a shorter month: 2019-08-31 + P6M = 2020-02-29', () => {
    expect(isOld('2019-08-31', 'P6M', '2020-02-29')).toBe(false);
    expect(isOld('2019-08-31', 'P6M', '2020-03-01')).toBe(true);
  });

  it('years, weeks and days', () => {
    expect(isOld('2019-02-28', 'P1Y', '2020-02-28')).toBe(false);
    expect(isOld('2019-02-28', 'P1Y', '2020-02-29')).toBe(true);
    expect(isOld('2020-06-30', 'P2W', '2020-07-14')).toBe(false);
    expect(isOld('2020-06-30', 'P2W', '2020-07-15')).toBe(true);
    expect(isOld('2020-06-30', 'P90D', '2020-09-28')).toBe(false); // 1 + 31 + 31 + 27 days
    expect(isOld('2020-06-30', 'P90D', '2020-09-29')).toBe(true);
    expect(isOld('2019-06-30', 'P1Y6M', '2020-12-30')).toBe(false);
    expect(isOld('2019-06-30', 'P1Y6M', '2020-12-31')).toBe(true);
  });

  it('a cumulative indicator is old when its most recent observation is', () => {
    const cumulative = (observations: { date: string; value: number }[]) =>
      withIndicator(small, 'iNew', { combine: 'cumulative', observations });
    const twoOld = entry<IndicatorProgress>(cumulative([{ date: '2015-06-30', value: 10 }, { date: '2016-03-31', value: 20 }]), 'iNew', '2020-12-31');
    expect([twoOld.value, twoOld.old]).toEqual([30, true]);
    const oneRecent = entry<IndicatorProgress>(cumulative([{ date: '2015-06-30', value: 10 }, { date: '2020-01-01', value: 20 }]), 'iNew', '2020-12-31');
    expect([oneRecent.value, oneRecent.old]).toEqual([30, false]);
  });

  it('an observation after the as-of date is not used, so the one before it decides', () => {
    const d = withIndicator(small, 'iNew', { observations: [{ date: '2016-03-31', value: 20 }, { date: '2021-06-30', value: 90 }] });
    expect(entry<IndicatorProgress>(d, 'iNew', '2020-12-31')).toMatchObject({ value: 20, old: true });
    expect(entry<IndicatorProgress>(d, 'iNew', '2021-12-31')).toMatchObject({ value: 90, old: false });
  });
});

describe('old manual assessments', () => {
  const assessed = (assessment: Record<string, unknown>): TheoryOfChangeDocument =>
    ({ ...small, nodes: small.nodes.map((n) => (n.id === 'O' ? { ...n, assessments: [assessment] } : n)) }) as TheoryOfChangeDocument;

  it('an assessment dated 2018-06-30 is old at 2020-12-31 under P18M (2019-12-30): recentCoverage 0', () => {
    const doc = assessed({ progress: 0.5, date: '2018-06-30', by: 'M&E lead' });
    const o = entry<ResultProgress>(doc, 'O', '2020-12-31');
    expect([o.progress, o.method, o.coverage, o.recentCoverage, o.old]).toEqual([0.5, 'assessment', 1, 0, true]);
    expect(entry<ResultProgress>(doc, 'G', '2020-12-31').recentCoverage).toBe(0); // (1 × 0 + 1 × 0) / 2
    expect(entry<ResultProgress>(doc, 'O', '2019-12-30')).toMatchObject({ recentCoverage: 1, old: false });
  });

  it('an undated assessment is never old; an assessment covers the indicators below, old or not', () => {
    const o = entry<ResultProgress>(assessed({ progress: 0.5 }), 'O', '2020-12-31');
    expect([o.recentCoverage, o.old]).toEqual([1, false]);
    expect(entry<ResultProgress>(assessed({ progress: 0.5 }), 'G', '2020-12-31').recentCoverage).toBe(0.5);
  });

  it('assessments are held to the model-wide limit only: with a limit on an indicator alone they are never old', () => {
    const doc = withIndicator(without(assessed({ progress: 0.5, date: '2016-01-01' })), 'iOld', { maxReadingAge: 'P1Y' });
    expect(entry<ResultProgress>(doc, 'O', '2020-12-31')).toMatchObject({ method: 'assessment', recentCoverage: 1, old: false });
  });
});

describe('explainProgress says when a figure rests on an old reading', () => {
  const model = loadModel(small);
  const text = explainProgress(model, rollUp(model, { asOf: '2020-12-31' }), 'G');

  it('the indicator line gives the date, the age and the limit', () => {
    expect(text.split('\n')).toContain(
      '    - Indicator "Old survey" [iOld] (weight 1): 40%, off track (expected 100%): value 40 villages (latest observation), baseline 0 villages, target 100 villages ⚠ latest reading 2016-03-31, 4 years 9 months before 2020-12-31, older than the 18-month limit → contributes 10 points',
    );
    expect(text).not.toContain('[iNew] (weight 3): 80%, on track (expected 100%): value 80 (latest observation), baseline 0, target 100 ⚠');
  });

  it('goals and objectives say how much of their coverage rests on readings within their limit', () => {
    expect(text).toContain('coverage 50% (38% from readings within their age limit)'); // 0.375, halves rounded up
    expect(text).toContain('coverage 100% (75% from readings within their age limit)');
  });

  it('a cumulative indicator names its most recent reading; compound limits are spelt out', () => {
    const doc = withIndicator({ ...small, maxReadingAge: 'P1Y6M' }, 'iNew', { combine: 'cumulative', observations: [{ date: '2016-03-31', value: 20 }, { date: '2019-06-29', value: 20 }] });
    const m = loadModel(doc);
    expect(explainProgress(m, rollUp(m, { asOf: '2020-12-31' }), 'iNew')).toContain(
      '⚠ most recent reading 2019-06-29, 1 year 6 months 2 days before 2020-12-31, older than the limit of 1 year 6 months',
    );
  });

  it('an old assessment is dated, aged and measured against the limit', () => {
    const doc = { ...small, nodes: small.nodes.map((n) => (n.id === 'O' ? { ...n, assessments: [{ progress: 0.5, date: '2018-06-30', by: 'M&E lead' }] } : n)) } as TheoryOfChangeDocument;
    const m = loadModel(doc);
    expect(explainProgress(m, rollUp(m, { asOf: '2020-12-31' }), 'O', { depth: 0 })).toContain(
      'set by manual assessment by M&E lead on 2018-06-30 (2 years 6 months 1 day before 2020-12-31, older than the 18-month limit); the indicators alone give 70%',
    );
  });

  it('without old readings the explanation is as it was', () => {
    const m = loadModel(without(small));
    const plain = explainProgress(m, rollUp(m, { asOf: '2020-12-31' }), 'G');
    const limited = explainProgress(loadModel({ ...small, maxReadingAge: 'P10Y' }), rollUp(loadModel({ ...small, maxReadingAge: 'P10Y' }), { asOf: '2020-12-31' }), 'G');
    expect(limited).toBe(plain);
    expect(plain).not.toContain('⚠');
  });
});

describe('errors in the option', () => {
  it('a malformed option is a RangeError that says how to write it', () => {
    const model = loadModel(small);
    expect(() => rollUp(model, { asOf: '2020-12-31', maxReadingAge: '18 months' })).toThrow(
      new RangeError('theory-of-change: the progress option "maxReadingAge" must be an ISO 8601 duration such as P18M, but it is "18 months". 18 months is written P18M.'),
    );
    expect(() => rollUp(model, { maxReadingAge: 'PT24H' })).toThrow(/nothing after a T/);
  });
});

/** Adds a limit to a random model: model-wide, on some indicators, both, or neither. */
const limits = fc.constantFrom('P6M', 'P18M', 'P1Y', 'P2W', 'P90D', 'P3Y', 'P1Y6M');
const withLimits = arbitraryModel().chain((doc) =>
  fc
    .record({ model: fc.option(limits, { nil: undefined }), own: fc.array(fc.option(limits, { nil: undefined }), { minLength: doc.nodes.length, maxLength: doc.nodes.length }) })
    .map(({ model, own }): TheoryOfChangeDocument => ({
      ...doc,
      ...(model === undefined ? {} : { maxReadingAge: model }),
      nodes: doc.nodes.map((n, k) => (n.kind === 'indicator' && own[k] !== undefined ? { ...n, maxReadingAge: own[k] } : n)),
    })),
);
const dates = fc.constantFrom('2015-12-31', '2016-06-30', '2017-12-31', '2018-12-31', '2020-12-31', '2022-01-01');
const lenient = { severities: { 'target-equals-baseline': 'off', 'target-wrong-side': 'off' } } as const;

/** A reference for "older than": the date plus whole months by JavaScript's Date (end of month clamped), then days. */
function referenceOld(date: string, limit: string, asOf: string): boolean {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(limit) as RegExpExecArray;
  const months = Number(m[1] ?? 0) * 12 + Number(m[2] ?? 0);
  const days = Number(m[3] ?? 0) * 7 + Number(m[4] ?? 0);
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, mo - 1 + months + 1, 0)).getUTCDate();
  const limitDay = Date.UTC(y, mo - 1 + months, Math.min(d, lastDay)) + days * 86_400_000;
  return Date.parse(`${asOf}T00:00:00Z`) > limitDay;
}

describe('old readings (property tests)', () => {
  it('recentCoverage ≤ coverage everywhere, equal when no reading is old; old as the calendar says', () => {
    fc.assert(
      fc.property(withLimits, dates, fc.constantFrom('exclude' as const, 'zero' as const), (doc, asOf, missingData) => {
        const report = rollUp(loadModel(doc, lenient), { asOf, missingData });
        const anyLimit = doc.maxReadingAge !== undefined || doc.nodes.some((n) => n.kind === 'indicator' && n.maxReadingAge !== undefined);
        for (const i of report.indicators) {
          if (!anyLimit) {
            expect('old' in i || 'maxReadingAge' in i).toBe(false);
            continue;
          }
          const node = doc.nodes.find((n) => n.id === i.id);
          const limit = (node?.kind === 'indicator' ? node.maxReadingAge : undefined) ?? doc.maxReadingAge ?? null;
          expect(i.maxReadingAge).toBe(limit);
          const latest = i.observations.at(-1);
          expect(i.old).toBe(latest !== undefined && limit !== null && referenceOld(latest.date, limit, asOf));
        }
        const anyOld = report.indicators.some((i) => i.old === true) || report.results.some((r) => r.old === true);
        for (const r of report.results) {
          if (!anyLimit) {
            expect('recentCoverage' in r || 'old' in r).toBe(false);
            continue;
          }
          const recent = r.recentCoverage as number;
          expect(recent >= 0 && recent <= r.coverage).toBe(true);
          if (!anyOld) expect(recent).toBe(r.coverage);
          if (r.old === true) expect(r.method).toBe('assessment');
        }
      }),
      { numRuns: runs(70, 200) },
    );
  });

  it('with a limit no reading reaches, every report is the one without a limit plus the fields, recentCoverage equal to coverage', () => {
    fc.assert(
      fc.property(arbitraryModel(), dates, (doc, asOf) => {
        const plain = rollUp(loadModel(doc, lenient), { asOf });
        const limited = rollUp(loadModel({ ...doc, maxReadingAge: 'P100Y' }, lenient), { asOf });
        const strip = (report: typeof plain): unknown => {
          const data = JSON.parse(JSON.stringify(report)) as { settings: Record<string, unknown>; results: Record<string, unknown>[]; indicators: Record<string, unknown>[] };
          delete data.settings.maxReadingAge;
          for (const r of data.results) {
            expect(r.recentCoverage).toBe(r.coverage);
            expect(r.old).toBe(false);
            delete r.recentCoverage;
            delete r.old;
          }
          for (const i of data.indicators) {
            expect(i.old).toBe(false);
            delete i.old;
            delete i.maxReadingAge;
          }
          return data;
        };
        expect(strip(limited)).toEqual(JSON.parse(JSON.stringify(plain)));
      }),
      { numRuns: runs(30, 100) },
    );
  });

  it('deterministic: the same JSON whatever the node order, and a series and the tracker equal single roll-ups', () => {
    fc.assert(
      fc.property(withLimits, fc.integer(), (doc, seed) => {
        const shuffled = { ...doc, nodes: [...doc.nodes].sort((a, b) => ((a.id.length * 31 + seed) % 7) - ((b.id.length * 31 + seed) % 7) || (a.id < b.id ? 1 : -1)) };
        const model = loadModel(doc, lenient);
        const at = ['2016-06-30', '2018-12-31', '2020-12-31'];
        const single = at.map((asOf) => JSON.stringify(rollUp(model, { asOf })));
        expect(at.map((asOf) => JSON.stringify(rollUp(loadModel(shuffled, lenient), { asOf })))).toEqual(single);
        expect(progressSeries(model, at).reports.map((r) => JSON.stringify(r))).toEqual(single);
        // The tracker, adding a recent reading to the first indicator with a number measure.
        const target = doc.nodes.find((n) => n.kind === 'indicator' && n.measure.kind === 'number' && n.combine !== 'cumulative' && !(n.observations ?? []).some((o) => o.date === '2020-12-31'));
        if (target === undefined) return;
        const tracker = createProgressTracker(model, { asOf: '2020-12-31' });
        const update = tracker.addObservation(target.id, { date: '2020-12-31', value: 50 });
        expect(update.ok).toBe(true);
        expect(JSON.stringify(update.report)).toBe(JSON.stringify(rollUp(loadModel(tracker.document(), lenient), { asOf: '2020-12-31' })));
      }),
      { numRuns: runs(50, 150) },
    );
  });
});
