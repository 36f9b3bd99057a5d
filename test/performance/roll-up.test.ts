/**
 * The fast roll-up (typed arrays, compiled once per model, entries shared
 * between reports) against the straightforward computations: the library's
 * first object-and-map implementation (same report, as JSON, for any
 * options), the graphology + graphology-dag approach and the typed-array
 * reference of the benchmark (same numbers). Random models; no timing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../../bench/generate.js';
import { prepareReference, referenceRollUp, statusName, straightforwardRollUp, type Numbers } from '../../bench/reference.js';
import { dayNumber } from '../../src/document/dates.js';
import {
  loadModel,
  progressSeries,
  rollUp,
  type ProgressReport,
  type TheoryOfChangeDocument,
} from '../../src/index.js';
import { fastDayNumber } from '../../src/progress/indicator-progress.js';
import { validDocument } from '../foundation/arbitraries.js';
import { dates, lenient, options } from './options.js';
import { arbitraryModel } from '../progress/arbitraries.js';
import { straightforwardReport } from './reference/straightforward-roll-up.js';

/**
 * Random models whose baselines fall anywhere in the period (so observations
 * before the baseline occur, cumulative ones included) and whose indicators
 * sometimes repeat an observation's date.
 */
const shiftedModel: fc.Arbitrary<TheoryOfChangeDocument> = arbitraryModel().chain((doc) =>
  fc.tuple(fc.constant(doc), fc.array(fc.tuple(dates, fc.boolean()), { minLength: doc.nodes.length, maxLength: doc.nodes.length })).map(([d, shifts]) => ({
    ...d,
    nodes: d.nodes.map((node, i) => {
      const [date, repeat] = shifts[i] as [string, boolean];
      if (node.kind !== 'indicator') return node;
      const observations = node.observations ?? [];
      const first = observations[0];
      return {
        ...node,
        ...(node.baseline === undefined ? {} : { baseline: { ...node.baseline, date } }),
        observations: repeat && first !== undefined ? [...observations, { ...first }] : observations,
      };
    }),
  })),
);

/** The numbers of a report by id, for comparison with the independent implementations. */
function numbersOf(report: ProgressReport): Map<string, Numbers> {
  const out = new Map<string, Numbers>();
  for (const e of [...report.results, ...report.indicators]) {
    out.set(e.id, { progress: e.progress ?? Number.NaN, expected: e.expected ?? Number.NaN, coverage: e.coverage, status: e.status });
  }
  return out;
}

/**
 * Same numbers within rounding (the sums are taken in different orders), and
 * the same status unless a number sits within rounding of a status boundary.
 */
function expectSameNumbers(actual: Map<string, Numbers>, expected: Map<string, Numbers>): void {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [id, a] of actual) {
    const b = expected.get(id) as Numbers;
    const close = (x: number, y: number): boolean => (Number.isNaN(x) ? Number.isNaN(y) : Math.abs(x - y) < 1e-9);
    expect(close(a.progress, b.progress) && close(a.expected, b.expected) && close(a.coverage, b.coverage), id).toBe(true);
    if (a.status !== b.status) {
      const shortfall = (Number.isNaN(a.expected) ? 1 : a.expected) - a.progress;
      const edge = [Math.abs(a.progress - 1), Math.abs(shortfall - 0.1), Math.abs(shortfall - 0.25)].some((d) => d < 1e-9);
      expect(edge, `${id}: ${a.status} vs ${b.status}`).toBe(true);
    }
  }
}

function withoutNonGoals(map: Map<string, Numbers>, report: ProgressReport): Map<string, Numbers> {
  const ids = new Set([...report.results, ...report.indicators].map((e) => e.id));
  return new Map([...map].filter(([id]) => ids.has(id)));
}

describe('the fast roll-up', () => {
  it('gives exactly the report of the straightforward implementation, for any options (random models)', () => {
    fc.assert(
      fc.property(arbitraryModel(), options, (doc, opts) => {
        const model = loadModel(doc, lenient);
        expect(JSON.stringify(rollUp(model, opts))).toBe(JSON.stringify(straightforwardReport(model, opts)));
      }),
      { numRuns: 400 },
    );
  });

  it('stays exact with baselines anywhere in the period and repeated observation dates', () => {
    fc.assert(
      fc.property(shiftedModel, options, (doc, opts) => {
        const model = loadModel(doc, { severities: { 'target-equals-baseline': 'off', 'target-wrong-side': 'off' } });
        expect(JSON.stringify(rollUp(model, opts))).toBe(JSON.stringify(straightforwardReport(model, opts)));
      }),
      { numRuns: 400 },
    );
  });

  it('gives exactly the report of the straightforward implementation on random documents of every kind of node', () => {
    fc.assert(
      fc.property(validDocument, dates, (doc, asOf) => {
        const model = loadModel(doc, { severities: {} });
        expect(JSON.stringify(rollUp(model, { asOf }))).toBe(JSON.stringify(straightforwardReport(model, { asOf })));
      }),
      { numRuns: 150 },
    );
  });

  it('stays exact when the same model is rolled up again with other options (the compiled model is reused)', () => {
    fc.assert(
      fc.property(arbitraryModel(), fc.array(options, { minLength: 2, maxLength: 4 }), (doc, list) => {
        const model = loadModel(doc, lenient);
        for (const opts of list) expect(JSON.stringify(rollUp(model, opts))).toBe(JSON.stringify(straightforwardReport(model, opts)));
      }),
      { numRuns: 100 },
    );
  });

  it('gives the numbers of the graphology approach and of the typed-array reference (random models)', () => {
    fc.assert(
      fc.property(arbitraryModel(), dates, (doc, asOf) => {
        const model = loadModel(doc, lenient);
        const report = rollUp(model, { asOf });
        const mine = numbersOf(report);
        expectSameNumbers(mine, withoutNonGoals(straightforwardRollUp(doc, asOf), report));
        const ref = prepareReference(doc);
        const r = referenceRollUp(ref, asOf);
        const theirs = new Map<string, Numbers>();
        ref.ids.forEach((id, i) => {
          if (!mine.has(id)) return;
          theirs.set(id, { progress: r.progress[i] as number, expected: r.expected[i] as number, coverage: r.coverage[i] as number, status: statusName(r.status[i] as number) });
        });
        expectSameNumbers(mine, theirs);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the numbers of the graphology approach and the reference on generated portfolios', () => {
    for (const [size, seed] of [
      [300, 1],
      [2_000, 2],
      [5_000, 3],
    ] as const) {
      const { document } = generatePortfolio(size, seed);
      const model = loadModel(document);
      for (const asOf of ['2016-12-31', '2020-12-31', '2024-06-30']) {
        const report = rollUp(model, { asOf });
        expect(JSON.stringify(report)).toBe(JSON.stringify(straightforwardReport(model, { asOf })));
        expectSameNumbers(numbersOf(report), withoutNonGoals(straightforwardRollUp(document, asOf), report));
      }
    }
  });

  it('gives a series equal, report by report, to single-date roll-ups (entries shared across dates)', () => {
    fc.assert(
      fc.property(arbitraryModel(), fc.array(dates, { minLength: 1, maxLength: 6 }), options, (doc, list, opts) => {
        const model = loadModel(doc, lenient);
        const series = progressSeries(model, list, opts);
        series.reports.forEach((report, k) => {
          expect(JSON.stringify(report)).toBe(JSON.stringify(straightforwardReport(model, { ...opts, asOf: list[k] as string })));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('shares unchanged entries between the reports of a series', () => {
    const { document } = generatePortfolio(2_000, 5);
    const model = loadModel(document);
    const [a, b] = progressSeries(model, ['2030-12-31', '2031-12-31']).reports as [ProgressReport, ProgressReport];
    // Long after every project ended, nothing changes from one year to the next.
    a.results.forEach((entry, j) => expect(b.results[j]).toBe(entry));
    a.indicators.forEach((entry, j) => expect(b.indicators[j]).toBe(entry));
  });

  it('does not change the model, and gives reports that survive serialisation', () => {
    const doc: TheoryOfChangeDocument = generatePortfolio(500, 7).document;
    const model = loadModel(doc);
    const before = JSON.stringify(model.document);
    const report = rollUp(model, { asOf: '2019-12-31' });
    expect(JSON.stringify(model.document)).toBe(before);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('day numbers from the digits', () => {
  it('equal the Date.UTC computation for every valid date, including years 0000–0099', () => {
    const date = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(date, (text) => {
        expect(fastDayNumber(text)).toBe(dayNumber(text));
      }),
      { numRuns: 5_000 },
    );
  });
});
