import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadModel, progressOf, progressSeries, rollUp, type ProgressReport, type ResultProgress, type TheoryOfChangeDocument } from '../../src/index.js';
import { arbitraryModel } from './arbitraries.js';
import { runs } from '../property-runs.js';

const dates = fc.constantFrom('2014-12-31', '2015-12-31', '2016-06-30', '2017-12-31', '2018-12-31', '2020-12-31', '2022-01-01');
const missing = fc.constantFrom('exclude' as const, 'zero' as const);
const lenient = { severities: { 'target-equals-baseline': 'off', 'target-wrong-side': 'off' } } as const;

function numbersOf(report: ProgressReport): number[] {
  return [
    ...report.results.flatMap((r) => [r.progress, r.computed, r.expected, r.coverage, ...r.contributions.map((c) => c.share)]),
    ...report.indicators.flatMap((i) => [i.progress, i.rawProgress, i.expected, i.coverage]),
  ].filter((x): x is number => x !== null);
}

describe('roll-up invariants (property tests)', () => {
  it('progress is in [0, 1] or absent, coverage in [0, 1], never NaN', () => {
    fc.assert(
      fc.property(arbitraryModel(), dates, missing, (doc, asOf, missingData) => {
        const report = rollUp(loadModel(doc, lenient), { asOf, missingData });
        for (const node of [...report.results, ...report.indicators]) {
          if (node.progress !== null) expect(node.progress >= 0 && node.progress <= 1).toBe(true);
          expect(node.coverage >= 0 && node.coverage <= 1).toBe(true);
          if (node.expected !== null) expect(node.expected >= 0 && node.expected <= 1).toBe(true);
        }
        for (const x of numbersOf(report)) expect(Number.isFinite(x)).toBe(true);
      }),
      { numRuns: runs(100, 300) },
    );
  });

  it("the explanation's contributions add up to each node's computed value", () => {
    fc.assert(
      fc.property(arbitraryModel(), dates, missing, (doc, asOf, missingData) => {
        const report = rollUp(loadModel(doc, lenient), { asOf, missingData });
        for (const r of report.results) {
          const sum = r.contributions.reduce((s, c) => s + c.share, 0);
          expect(Math.abs(sum - (r.computed ?? 0))).toBeLessThan(1e-9);
        }
      }),
      { numRuns: runs(100, 300) },
    );
  });

  it('raising an observation on an increasing indicator never lowers any ancestor (weighted mean)', () => {
    const withRaise = arbitraryModel({ increasingOnly: true }).chain((doc) => {
      const candidates = doc.nodes.flatMap((n, i) => (n.kind === 'indicator' && (n.observations ?? []).length > 0 ? [i] : []));
      return fc.tuple(
        fc.constant(doc),
        candidates.length === 0 ? fc.constant(-1) : fc.constantFrom(...candidates),
        fc.nat(),
        fc.integer({ min: 1, max: 50 }),
      );
    });
    fc.assert(
      fc.property(withRaise, dates, missing, ([doc, at, pick, delta], asOf, missingData) => {
        fc.pre(at >= 0);
        const node = doc.nodes[at];
        if (node?.kind !== 'indicator') return;
        const observations = node.observations ?? [];
        const o = pick % observations.length;
        const raised: TheoryOfChangeDocument = {
          ...doc,
          nodes: doc.nodes.map((n, i) =>
            i === at && n.kind === 'indicator'
              ? { ...n, observations: observations.map((r, k) => (k === o ? { ...r, value: Math.min(100, (r.value as number) + delta) } : r)) }
              : n,
          ),
        };
        const before = rollUp(loadModel(doc, lenient), { asOf, missingData });
        const after = rollUp(loadModel(raised, lenient), { asOf, missingData });
        for (const r of before.results) {
          const next = progressOf(after, r.id) as ResultProgress;
          if (r.progress !== null) expect((next.progress as number) >= r.progress - 1e-12).toBe(true);
        }
      }),
      { numRuns: runs(100, 300) },
    );
  });

  it('the report is the same whatever the insertion order, and a series equals single roll-ups', () => {
    fc.assert(
      fc.property(arbitraryModel(), fc.array(fc.nat()), dates, (doc, keys, asOf) => {
        const shuffled = [...doc.nodes]
          .map((n, i) => ({ n, k: keys[i % Math.max(1, keys.length)] ?? i }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.n);
        const a = loadModel(doc, lenient);
        const b = loadModel({ ...doc, nodes: shuffled }, lenient);
        expect(JSON.stringify(rollUp(b, { asOf }))).toBe(JSON.stringify(rollUp(a, { asOf })));
        expect(progressSeries(a, [asOf]).reports[0]).toEqual(rollUp(a, { asOf }));
      }),
      { numRuns: runs(70, 200) },
    );
  });
});
