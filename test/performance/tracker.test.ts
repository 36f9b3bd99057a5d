/**
 * The incremental roll-up (createProgressTracker) against a full recompute:
 * after every added observation, the tracker's report must be exactly the
 * report of the model with the observation added, and a rejected reading must
 * be rejected with the diagnostics validation gives for it. Random models,
 * random options, random (valid and invalid) readings; no timing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../../bench/generate.js';
import {
  createProgressTracker,
  loadModel,
  progressOf,
  rollUp,
  validate,
  type AggregationFunction,
  type Diagnostic,
  type IndicatorDocument,
  type ProgressOptions,
  type ReadingDocument,
  type TheoryOfChangeDocument,
} from '../../src/index.js';
import { arbitraryModel } from '../progress/arbitraries.js';
import { runs } from '../property-runs.js';

const lenient = { severities: { 'target-equals-baseline': 'off', 'target-wrong-side': 'off' } } as const;
const product: AggregationFunction = (inputs) => inputs.reduce((p, i) => p * i.progress, 1);

const options: fc.Arbitrary<ProgressOptions> = fc.record(
  {
    asOf: fc.constantFrom('2015-12-31', '2017-06-30', '2018-12-31', '2020-12-31', '2022-01-01'),
    aggregation: fc.constantFrom<ProgressOptions['aggregation']>('weighted-mean', 'weakest-link', product),
    missingData: fc.constantFrom('exclude' as const, 'zero' as const),
    useAssessments: fc.boolean(),
  },
  { requiredKeys: ['asOf'] },
);

const date = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.constantFrom('2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021'), fc.constantFrom('01-01', '03-31', '06-30', '12-31')).map(([y, md]) => `${y}-${md}`) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>('2019-02-30', '31/12/2019', 20191231, null) },
);
const value = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -10, max: 120 }) },
  { weight: 2, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constantFrom('a', 'b', 'c', 'd', 'finding', 'zzz') },
  { weight: 2, arbitrary: fc.subarray(['m1', 'm2', 'm3']) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(['m9'], Number.NaN, Number.POSITIVE_INFINITY, null, {}, [1]) },
);
/** Readings of every kind, most of them fitting some measure, some broken in every way validation checks. */
const reading: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.record(
      {
        date,
        value,
        rating: fc.oneof({ weight: 5, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) }, { weight: 1, arbitrary: fc.constantFrom(-0.5, 1.5) }),
        source: fc.constantFrom('Survey', 'Annual review'),
        colour: fc.constant('red'),
      },
      { requiredKeys: ['date', 'value'] },
    ),
  },
  // Readings written as periods: right, ending before they start, or with a date that is not their last day.
  {
    weight: 3,
    arbitrary: fc.record({
      period: fc.constantFrom<unknown>({ start: '2016-01-01', end: '2016-12-31' }, { start: '2017-04-01', end: '2018-03-31' }, { start: '2019-01-01', end: '2018-12-31' }, { start: '31/12/2019', end: '2020-12-31' }),
      date: fc.constantFrom<unknown>(undefined, '2016-12-31', '2017-06-30'),
      value: fc.integer({ min: 0, max: 100 }),
    }).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined))),
  },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 'reading', [], {}, { value: 3 }) },
);

/** A model (some of its indicators with per-period targets), options, and a list of (indicator index, reading) to add, some to ids that are not indicators. */
const scenario = arbitraryModel({ periods: true }).chain((doc) => {
  const indicators = doc.nodes.filter((n) => n.kind === 'indicator').map((n) => n.id);
  const ids = indicators.length > 0 ? fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...indicators) }, { weight: 1, arbitrary: fc.constantFrom('r0', 'no-such-id') }) : fc.constantFrom('r0', 'no-such-id');
  return fc.tuple(fc.constant(doc), options, fc.array(fc.tuple(ids, reading), { minLength: 1, maxLength: 8 }));
});

function withObservation(doc: TheoryOfChangeDocument, id: string, read: unknown): TheoryOfChangeDocument {
  return {
    ...doc,
    nodes: doc.nodes.map((n) => (n.id === id && n.kind === 'indicator' ? { ...n, observations: [...(n.observations ?? []), read as ReadingDocument] } : n)),
  };
}

const key = (d: Diagnostic): string => JSON.stringify(d);

describe('createProgressTracker', () => {
  it('gives, after every observation, exactly the report of a full roll-up of the model with it added (random models)', () => {
    fc.assert(
      fc.property(scenario, ([doc, opts, additions]) => {
        const model = loadModel(doc, lenient);
        const frozen = JSON.stringify(model.document);
        const tracker = createProgressTracker(model, opts);
        expect(JSON.stringify(tracker.report())).toBe(JSON.stringify(rollUp(model, opts)));
        let current = doc;
        for (const [id, read] of additions) {
          const before = tracker.report();
          const update = tracker.addObservation(id, read as ReadingDocument);
          const candidate = withObservation(current, id, read);
          const node = current.nodes.find((n) => n.id === id);
          if (node?.kind !== 'indicator') {
            expect(update.ok).toBe(false);
            expect(update.diagnostics.map((d) => d.code)).toEqual([node === undefined ? 'unknown-reference' : 'wrong-relation-kind']);
            expect(tracker.report()).toBe(before);
            continue;
          }
          const result = validate(candidate, lenient);
          const k = (node.observations ?? []).length;
          // Every error is the reading's: at its place, or (a contradiction) at the reading of the same date it contradicts.
          const atReading = result.diagnostics.filter(
            (d) => d.severity === 'error' && d.path[0] === 'nodes' && d.path[2] === 'observations' && (d.path[3] === k || d.code === 'conflicting-readings'),
          );
          if (!result.ok) {
            // Rejected with the diagnostics validation gives for the reading, and nothing changes.
            expect(update.ok).toBe(false);
            expect(update.diagnostics.map(key).sort()).toEqual(atReading.map(key).sort());
            expect(atReading.length).toBe(result.diagnostics.filter((d) => d.severity === 'error').length);
            expect(tracker.report()).toBe(before);
            continue;
          }
          expect(update.ok).toBe(true);
          current = candidate;
          const full = rollUp(loadModel(current, lenient), opts);
          expect(JSON.stringify(update.report)).toBe(JSON.stringify(full));
          expect(tracker.report()).toBe(update.report);
          expect(tracker.document()).toEqual(validate(current, lenient).model?.document);
        }
        expect(JSON.stringify(model.document)).toBe(frozen);
      }),
      { numRuns: runs(100, 300) },
    );
  });

  it('recomputes only the indicator and its ancestors: every other entry is the same object', () => {
    const { document, indicators } = generatePortfolio(3_000, 11);
    const model = loadModel(document);
    const tracker = createProgressTracker(model, { asOf: '2020-12-31' });
    const id = indicators[17] as string;
    const before = tracker.report();
    const update = tracker.addObservation(id, { date: '2020-06-30', value: true });
    const touched = new Set([id, ...model.measuredBy(id).flatMap((r) => [r, ...model.ancestors(r)])]);
    if (!update.ok) {
      // Not a yes/no indicator: use a number instead.
      const numeric = tracker.addObservation(id, { date: '2020-06-30', value: 55 });
      expect(numeric.ok || tracker.addObservation(id, { date: '2020-06-30', value: 'established' }).ok || tracker.addObservation(id, { date: '2020-06-30', value: ['m1'] }).ok || tracker.addObservation(id, { date: '2020-06-30', value: 'x', rating: 0.5 }).ok).toBe(true);
    }
    const after = tracker.report();
    expect(JSON.stringify(after)).toBe(JSON.stringify(rollUp(loadModel(tracker.document()), { asOf: '2020-12-31' })));
    before.results.forEach((entry, j) => {
      if (!touched.has(entry.id)) expect(after.results[j]).toBe(entry);
    });
    before.indicators.forEach((entry, j) => {
      if (entry.id !== id) expect(after.indicators[j]).toBe(entry);
    });
  });

  it('keeps the report when the observation is dated after the report date', () => {
    const { document, indicators } = generatePortfolio(1_000, 12);
    const tracker = createProgressTracker(loadModel(document), { asOf: '2016-12-31' });
    const before = tracker.report();
    const node = document.nodes.find((n) => n.id === indicators[3]) as IndicatorDocument;
    const sample = node.observations?.[0] as ReadingDocument;
    const update = tracker.addObservation(node.id, { ...sample, date: '2030-01-01' });
    expect(update.ok).toBe(true);
    expect(update.report).toBe(before);
  });

  it('explains a rejected reading in the words of validation, at the path it would have in the document', () => {
    const model = loadModel({
      title: 'T',
      nodes: [
        { kind: 'goal', id: 'g', title: 'G' },
        { kind: 'indicator', id: 'share', title: 'Share', measure: { kind: 'percentage' }, measures: ['g'], baseline: { date: '2015-01-01', value: 0 }, targets: [{ date: '2020-12-31', value: 100 }] },
      ],
    });
    const tracker = createProgressTracker(model, { asOf: '2020-12-31' });
    const update = tracker.addObservation('share', { date: '2019-12-31', value: 140 });
    expect(update.ok).toBe(false);
    expect(update.diagnostics).toEqual([
      {
        code: 'value-mismatch',
        severity: 'error',
        path: ['nodes', 1, 'observations', 0, 'value'],
        ids: ['share'],
        message: 'Indicator "share": the observation of 2019-12-31 is the number 140, but a percentage must lie between 0 and 100.',
      },
    ]);
    const fixed = tracker.addObservation('share', { date: '2019-12-31', value: 40 });
    expect(fixed.ok && progressOf(fixed.report, 'g')?.progress).toBe(0.4);
  });
});
