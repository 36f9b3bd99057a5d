/**
 * The engine against the guide's reference roll-up
 * (test/performance/reference/guide-roll-up.ts: written from
 * docs/guides/progress.md with exact rationals and its own calendar) on
 * random models built around the guide's boundary cases, and a check that
 * those cases do occur in the random models. No timing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadModel, rollUp } from '../../src/index.js';
import { guideDifferences } from './guide-differences.js';
import { guideScenario } from './guide-models.js';
import { guideRollUp, type GuideReport } from './reference/guide-roll-up.js';
import { cmp, eq, fromNumber, ONE, rational, sub, type Rational } from './reference/rational.js';

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

describe('the engine against the guide', () => {
  it('computes every number, status, method, reason and value as the guide does (random models around its boundary cases)', () => {
    fc.assert(
      fc.property(guideScenario, ({ doc, options }) => {
        const model = loadModel(doc, quiet);
        expect(guideDifferences(rollUp(model, options), guideRollUp(doc, options))).toEqual([]);
      }),
      { numRuns: 400 },
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
          const targets = [...(n.targets ?? [])].sort((a, b) => (a.date < b.date ? -1 : 1));
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
