import fc from 'fast-check';
import type { IndicatorDocument, NodeDocument, ReadingDocument, TheoryOfChangeDocument } from '../../src/index.js';

const years = ['2015', '2016', '2017', '2018', '2019', '2020'];
const date = fc.tuple(fc.constantFrom(...years), fc.constantFrom('03-31', '06-30', '12-31')).map(([y, md]) => `${y}-${md}`);
const small = fc.integer({ min: -1000, max: 1000 });

/** A reading dated `date` written instead as the period ending that day: the calendar year so far, or the April–March year for 31 March. */
function asPeriod(reading: ReadingDocument): ReadingDocument {
  const { date, ...rest } = reading;
  const end = date as string;
  const year = Number(end.slice(0, 4));
  const start = end.endsWith('-03-31') ? `${year - 1}-04-01` : `${year}-01-01`;
  return { ...rest, period: { start, end } };
}

/**
 * Numeric indicators with targets each for their own year (`targetsAre:
 * per-period`), some written with periods, and observations some of which
 * are written as the period they end.
 */
function perPeriodIndicator(id: string, measures: readonly string[]): fc.Arbitrary<IndicatorDocument> {
  const observation = fc.record({ date, value: fc.integer({ min: 0, max: 100 }) as fc.Arbitrary<ReadingDocument['value']>, period: fc.boolean() });
  return fc
    .record({
      base: fc.integer({ min: 0, max: 50 }),
      cumulative: fc.boolean(),
      targets: fc.uniqueArray(fc.record({ year: fc.constantFrom('2016', '2017', '2018', '2019', '2020'), value: fc.integer({ min: 0, max: 100 }), period: fc.boolean() }), {
        selector: (t) => t.year,
        minLength: 1,
        maxLength: 5,
      }),
      observations: fc.uniqueArray(observation, { selector: (o) => o.date, maxLength: 6 }),
    })
    .map(({ base, cumulative, targets, observations }): IndicatorDocument => ({
      kind: 'indicator',
      id,
      title: id,
      measures: [...measures],
      measure: { kind: 'number' },
      ...(cumulative ? { combine: 'cumulative' as const } : {}),
      targetsAre: 'per-period',
      baseline: { date: '2015-01-01', value: base },
      targets: targets.map((t) => (t.period ? { period: { start: `${t.year}-01-01`, end: `${t.year}-12-31` }, value: t.value } : { date: `${t.year}-12-31`, value: t.value })),
      observations: observations.map(({ period, ...o }) => (period ? asPeriod(o) : o)),
    }));
}

function indicator(id: string, measures: readonly string[], options: { increasingOnly: boolean; periods?: boolean }): fc.Arbitrary<IndicatorDocument> {
  // One reading a date (two that differ on one date are a validation error), except where they add up.
  const readings = <T>(value: fc.Arbitrary<T>, rating = false, oneADate = true): fc.Arbitrary<ReadingDocument[]> => {
    const reading = fc.record({ date, value: value as fc.Arbitrary<ReadingDocument['value']>, ...(rating ? { rating: fc.double({ min: 0, max: 1, noNaN: true }) } : {}) });
    return oneADate ? fc.uniqueArray(reading, { selector: (r) => r.date, maxLength: 5 }) : fc.array(reading, { maxLength: 5 });
  };
  const numeric = fc
    .record({
      kind: fc.constantFrom('number' as const, 'percentage' as const),
      base: fc.integer({ min: 0, max: 100 }),
      span: fc.integer({ min: options.increasingOnly ? 0 : -100, max: 100 }),
      combine: options.increasingOnly ? fc.constant('latest' as const) : fc.constantFrom('latest' as const, 'cumulative' as const),
      latest: readings(fc.integer({ min: 0, max: 100 })),
      added: readings(fc.integer({ min: 0, max: 100 }), false, false),
    })
    .map(({ kind, base, span, combine, latest, added }): IndicatorDocument => {
      const observations = kind === 'number' && combine === 'cumulative' ? added : latest;
      const target = Math.min(100, Math.max(0, base + span));
      return {
        kind: 'indicator',
        id,
        title: id,
        measures: [...measures],
        measure: { kind: kind === 'percentage' ? 'percentage' : 'number' },
        direction: target < base ? 'decrease' : 'increase',
        ...(kind === 'number' && combine === 'cumulative' ? { combine } : {}),
        baseline: { date: '2015-01-01', value: base },
        targets: [{ date: '2020-12-31', value: target }],
        observations,
      };
    });
  if (options.increasingOnly) return numeric;
  const levels = ['a', 'b', 'c', 'd'];
  return fc.oneof(
    options.periods === true ? fc.oneof(numeric, perPeriodIndicator(id, measures)) : numeric,
    readings(fc.boolean()).map((observations): IndicatorDocument => ({ kind: 'indicator', id, title: id, measures: [...measures], measure: { kind: 'boolean' }, observations })),
    fc
      .record({ base: fc.constantFrom(...levels), target: fc.constantFrom(...levels), observations: readings(fc.constantFrom(...levels)) })
      .map(({ base, target, observations }): IndicatorDocument => ({
        kind: 'indicator',
        id,
        title: id,
        measures: [...measures],
        measure: { kind: 'scale', levels },
        baseline: { date: '2015-06-30', value: base },
        targets: [{ date: '2020-12-31', value: target }],
        observations,
      })),
    readings(fc.subarray(['m1', 'm2', 'm3'])).map((observations): IndicatorDocument => ({
      kind: 'indicator',
      id,
      title: id,
      measures: [...measures],
      measure: { kind: 'markers', markers: [{ id: 'm1', grade: 'expect', title: 'm1' }, { id: 'm2', grade: 'like', title: 'm2' }, { id: 'm3', grade: 'love', title: 'm3' }] },
      observations,
    })),
    readings(fc.constant('finding'), true).map((observations): IndicatorDocument => ({ kind: 'indicator', id, title: id, measures: [...measures], measure: { kind: 'qualitative' }, observations })),
    small.map((n): IndicatorDocument => ({
      kind: 'indicator',
      id,
      title: id,
      measures: [...measures],
      measure: { kind: 'number' },
      baseline: { date: '2015-01-01', value: n },
      targets: [{ date: '2020-12-31', value: n }],
      observations: [{ date: '2018-12-31', value: n + 1 }],
    })),
  );
}

/**
 * Random valid theories of change: a DAG of goals and objectives (each
 * objective contributing to 1–2 earlier results, weights 1–5), indicators of
 * every measure on random results, random aggregations and assessments.
 * With `increasingOnly`, only increasing numeric indicators with target ≥ baseline,
 * weighted mean everywhere and no assessments (for the monotonicity property).
 * With `periods`, some numeric indicators have per-period targets and readings
 * written as periods (not for the tests that hold the roll-up to the guide's
 * milestone rule).
 */
export function arbitraryModel(options: { increasingOnly?: boolean; periods?: boolean } = {}): fc.Arbitrary<TheoryOfChangeDocument> {
  const increasingOnly = options.increasingOnly ?? false;
  const periods = options.periods ?? false;
  return fc.integer({ min: 1, max: 12 }).chain((resultCount) =>
    fc
      .tuple(
        fc.array(
          fc.record({
            parents: fc.uniqueArray(fc.nat(), { minLength: 1, maxLength: 2 }),
            weights: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 2 }),
            weakest: increasingOnly ? fc.constant(false) : fc.boolean(),
            assessed: increasingOnly ? fc.constant(false) : fc.boolean(),
          }),
          { minLength: resultCount - 1, maxLength: resultCount - 1 },
        ),
        fc.array(fc.uniqueArray(fc.nat({ max: resultCount - 1 }), { minLength: 1, maxLength: 2 }), { maxLength: 10 }),
      )
      .chain(([results, indicatorTargets]) => {
        const nodes: NodeDocument[] = [{ kind: 'goal', id: 'r0', title: 'r0' }];
        results.forEach((r, k) => {
          const i = k + 1;
          const parents = [...new Set(r.parents.map((p) => p % i))];
          nodes.push({
            kind: 'objective',
            id: `r${i}`,
            title: `r${i}`,
            contributesTo: parents.map((p, j) => ({ to: `r${p}`, weight: r.weights[j] ?? 1 })),
            ...(r.weakest ? { aggregation: 'weakest-link' as const } : {}),
            ...(r.assessed ? { assessments: [{ progress: 0.5, date: '2018-01-01' }] } : {}),
          });
        });
        return fc
          .tuple(...indicatorTargets.map((targets, k) => indicator(`i${k}`, targets.map((t) => `r${t}`), { increasingOnly, periods })))
          .map((indicators): TheoryOfChangeDocument => ({ title: 'random', period: { start: '2015-01-01', end: '2020-12-31' }, nodes: [...nodes, ...indicators] }));
      }),
  );
}
