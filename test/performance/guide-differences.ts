/**
 * Every way a report of the engine differs from the guide's reference
 * roll-up, one line each, starting with the kind of difference (e.g.
 * `status`, `expected`), so a failing property names what disagrees.
 * Numbers agree within 1e-9 (progress, expected, coverage, shares) or
 * 1e-9 relative (raw progress, cumulative totals); statuses, methods,
 * reasons, values and lists exactly.
 */
import type { IndicatorValue, ObservationUsed, ProgressReportData } from '../../src/index.js';
import type { GuideReport } from './reference/guide-roll-up.js';
import { toNumber, type Rational } from './reference/rational.js';

const TOLERANCE = 1e-9;

const num = (x: Rational | null): number | null => (x === null ? null : toNumber(x));
const isRational = (x: unknown): x is Rational => typeof x === 'object' && x !== null && 'n' in x && 'd' in x;

function close(a: number | null, b: number | null, relative = false): boolean {
  if (a === null || b === null) return a === b;
  const scale = relative ? Math.max(1, Math.abs(b)) : 1;
  return Math.abs(a - b) <= TOLERANCE * scale;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const canonical = (list: readonly ObservationUsed[]): string[] => list.map((o) => JSON.stringify([o.date, o.value, o.rating, o.source, o.note])).sort();

/** The differences between an engine report and the guide's, as `kind id: engine … guide …` lines. */
export function guideDifferences(report: ProgressReportData, guide: GuideReport): string[] {
  const out: string[] = [];
  const differ = (kind: string, id: string, engine: unknown, expected: unknown): void => {
    out.push(`${kind} ${id}: engine ${JSON.stringify(engine)}, guide ${JSON.stringify(expected)}`);
  };
  if (report.asOf !== guide.asOf) differ('asOf', '-', report.asOf, guide.asOf);
  if (!same(report.settings, guide.settings)) differ('settings', '-', report.settings, guide.settings);
  const ids = (list: readonly { id: string }[]): string[] => list.map((e) => e.id);
  if (!same(ids(report.indicators), ids(guide.indicators))) differ('indicator-ids', '-', ids(report.indicators), ids(guide.indicators));
  if (!same(ids(report.results), ids(guide.results))) differ('result-ids', '-', ids(report.results), ids(guide.results));

  const guideIndicators = new Map(guide.indicators.map((g) => [g.id, g]));
  for (const e of report.indicators) {
    const g = guideIndicators.get(e.id);
    if (g === undefined) continue;
    if (!close(e.progress, num(g.progress))) differ('progress', e.id, e.progress, num(g.progress));
    // Not compared where doubles cannot hold the written decimals closely enough: a subnormal number
    // (String(5e-324) is "5e-324", 1% from the double) or a target a billionth from its baseline.
    if (!close(e.rawProgress, num(g.rawProgress), true) && !g.subnormal && !g.illConditioned) differ('raw-progress', e.id, e.rawProgress, num(g.rawProgress));
    if (!close(e.expected, num(g.expected))) differ('expected', e.id, e.expected, num(g.expected));
    if (!close(e.coverage, toNumber(g.coverage))) differ('coverage', e.id, e.coverage, toNumber(g.coverage));
    if (e.status !== g.status && !g.nearThreshold) differ('status', e.id, [e.status, e.progress, e.expected], [g.status, num(g.progress), num(g.expected)]);
    if (e.reason !== g.reason) differ('reason', e.id, e.reason, g.reason);
    if (isRational(g.value)) {
      if (typeof e.value !== 'number' || !close(e.value, toNumber(g.value), true)) differ('value', e.id, e.value, toNumber(g.value));
    } else if (!same(e.value, g.value as IndicatorValue | null)) differ('value', e.id, e.value, g.value);
    if (!same(e.baseline, g.baseline)) differ('baseline', e.id, e.baseline, g.baseline);
    if (!same(e.target, g.target)) differ('target', e.id, e.target, g.target);
    if (isRational(g.value) ? !same(canonical(e.observations), canonical(g.observations)) : !same(e.observations, g.observations)) differ('observations', e.id, e.observations, g.observations);
    if (e.illustrative !== g.illustrative) differ('illustrative', e.id, e.illustrative, g.illustrative);
  }

  const guideResults = new Map(guide.results.map((g) => [g.id, g]));
  for (const e of report.results) {
    const g = guideResults.get(e.id);
    if (g === undefined) continue;
    if (!close(e.progress, num(g.progress))) differ('progress', e.id, e.progress, num(g.progress));
    if (!close(e.computed, num(g.computed))) differ('computed', e.id, e.computed, num(g.computed));
    if (!close(e.expected, num(g.expected))) differ('expected', e.id, e.expected, num(g.expected));
    if (!close(e.coverage, toNumber(g.coverage))) differ('coverage', e.id, e.coverage, toNumber(g.coverage));
    if (e.status !== g.status && !g.nearThreshold) differ('status', e.id, [e.status, e.progress, e.expected], [g.status, num(g.progress), num(g.expected)]);
    if (e.method !== g.method) differ('method', e.id, e.method, g.method);
    if (!same(e.assessment, g.assessment)) differ('assessment', e.id, e.assessment, g.assessment);
    if (!same(e.failingAssumptions, g.failingAssumptions)) differ('failing-assumptions', e.id, e.failingAssumptions, g.failingAssumptions);
    if (!same(ids(e.contributions), ids(g.contributions))) {
      differ('contribution-ids', e.id, ids(e.contributions), ids(g.contributions));
      continue;
    }
    let shareSum = 0;
    e.contributions.forEach((c, k) => {
      const h = g.contributions[k] as (typeof g.contributions)[number];
      shareSum += c.share;
      const at = `${e.id}←${c.id}`;
      if (c.relation !== h.relation || c.weight !== h.weight || c.countedAsZero !== h.countedAsZero || !same(c.failingAssumptions, h.failingAssumptions)) {
        differ('contribution', at, [c.relation, c.weight, c.countedAsZero, c.failingAssumptions], [h.relation, h.weight, h.countedAsZero, h.failingAssumptions]);
      }
      if (!close(c.progress, num(h.progress))) differ('contribution-progress', at, c.progress, num(h.progress));
      // Which of several inputs equal in progress and expected progress carries a weakest link's share is open.
      if (h.share !== null && !g.fullTie && !close(c.share, toNumber(h.share))) differ('share', at, c.share, toNumber(h.share));
    });
    // However a custom value is split, the shares add up to it.
    if (g.method === 'custom' && g.computed !== null && !close(shareSum, toNumber(g.computed))) differ('share-sum', e.id, shareSum, toNumber(g.computed));
  }
  return out;
}
