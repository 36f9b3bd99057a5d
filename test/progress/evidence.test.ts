import { describe, expect, it } from 'vitest';
import {
  assumptionStatus,
  describeBalance,
  evidenceBalance,
  explainProgress,
  loadModel,
  rollUp,
  validate,
  type EvidenceDocument,
  type NodeDocument,
  type ResultProgress,
} from '../../src/index.js';

const f = (stance: EvidenceDocument['stance'], strength?: EvidenceDocument['strength']): EvidenceDocument => ({
  summary: `${stance ?? 'none'} ${strength ?? ''}`.trim(),
  ...(stance === undefined ? {} : { stance }),
  ...(strength === undefined ? {} : { strength }),
});

describe('the balance of evidence (weak 1, moderate 2, strong 3; no strength: weak; no stance: not weighed)', () => {
  it('weighs each side and argues holds, uncertain or fails by the two-to-one rule', () => {
    const b = evidenceBalance([f('supports', 'strong'), f('supports'), f('challenges', 'weak'), f(undefined)]);
    expect(b.weightFor).toBe(4); // 3 + 1 (no strength counts as weak)
    expect(b.weightAgainst).toBe(1);
    expect(b.supporting).toEqual({ strong: 1, moderate: 0, weak: 0, unstated: 1 });
    expect(b.challenging).toEqual({ strong: 0, moderate: 0, weak: 1, unstated: 0 });
    expect(b.withoutStance).toBe(1);
    expect(b.argued).toBe('holds'); // 4 ≥ 2 and 4 ≥ 2 × 1
    expect(b.onlyChallenging).toBe(false);
    expect(describeBalance(b)).toBe('2 supporting (1 strong), 1 challenging (1 weak), 1 without a stance');
  });

  it.each([
    [[f('supports', 'weak')], 'uncertain'], // 1 < 2: one weak finding argues nothing
    [[f('supports', 'moderate')], 'holds'], // 2 for, 0 against
    [[f('supports', 'moderate'), f('challenges', 'weak')], 'holds'], // 2 ≥ 2 × 1
    [[f('supports', 'moderate'), f('challenges', 'moderate')], 'uncertain'], // 2 against 2
    [[f('supports', 'strong'), f('challenges', 'moderate')], 'uncertain'], // 3 < 2 × 2
    [[f('challenges'), f('challenges')], 'fails'], // 2 against, none for
    [[f('challenges', 'strong'), f('supports', 'weak')], 'fails'], // 3 ≥ 2 × 1
    [[f(undefined), f(undefined)], 'uncertain'], // nothing weighed
  ] as const)('%j argues %s', (findings, argued) => {
    expect(evidenceBalance(findings).argued).toBe(argued);
  });

  it('says "no evidence" for an empty list, and flags only-challenging evidence', () => {
    expect(describeBalance(evidenceBalance([]))).toBe('no evidence');
    const b = evidenceBalance([f('challenges', 'weak'), f(undefined)]);
    expect(b.onlyChallenging).toBe(true);
    expect(describeBalance(b)).toBe('1 challenging (1 weak), 1 without a stance');
  });

  it('an assumption without a status takes the one its evidence argues', () => {
    expect(assumptionStatus({ kind: 'assumption', id: 'a', title: 'A', status: 'holds', evidence: [f('challenges', 'strong')] })).toEqual({ status: 'holds', argued: false });
    expect(assumptionStatus({ kind: 'assumption', id: 'a', title: 'A', evidence: [f('challenges', 'strong')] })).toEqual({ status: 'fails', argued: true });
  });
});

// A goal g fed by objective o, measured by i: baseline 0 on 2020-01-01, target 10 on 2021-01-01 (366 days, 2020 is a leap year).
// On 2020-12-31 the value 9 gives progress 0.9; 365 of 366 days have passed, so 0.99727 is expected: 0.097 behind, on track.
const indicator: NodeDocument = {
  kind: 'indicator',
  id: 'i',
  title: 'Laws passed',
  measures: ['o'],
  measure: { kind: 'number' },
  baseline: { date: '2020-01-01', value: 0 },
  targets: [{ date: '2021-01-01', value: 10 }],
  observations: [{ date: '2020-12-31', value: 9 }],
};
const finding: EvidenceDocument = { summary: 'Partner ministries did not take the work up', source: 'Mid-term review', date: '2019-06-30', stance: 'challenges', strength: 'moderate' };
function documentWith(link: unknown, more: readonly unknown[] = []): unknown {
  return { title: 'T', nodes: [{ kind: 'goal', id: 'g', title: 'G' }, { kind: 'objective', id: 'o', title: 'O', contributesTo: [link] }, indicator, ...more] };
}
const result = (report: { results: readonly ResultProgress[] }, id: string): ResultProgress => report.results.find((r) => r.id === id) as ResultProgress;

describe('a link with only challenging evidence', () => {
  it('is flagged like one on a failing assumption: the node it leads into, on track by the numbers, is at risk', () => {
    const model = loadModel(documentWith({ to: 'g', evidence: [finding] }));
    const report = rollUp(model, { asOf: '2020-12-31' });
    const g = result(report, 'g');
    expect(g.progress).toBeCloseTo(0.9, 12);
    expect(g.expected).toBeCloseTo(365 / 366, 12);
    expect(g.status).toBe('at-risk');
    expect(g.challengedLinks).toEqual(['o']);
    expect(g.failingAssumptions).toEqual([]);
    expect(g.contributions[0]?.evidence).toMatchObject({ weightFor: 0, weightAgainst: 2, argued: 'fails', onlyChallenging: true });
    // The objective itself rests on no challenged link.
    expect(result(report, 'o').status).toBe('on-track');
    expect(result(report, 'o').challengedLinks).toEqual([]);
  });

  it('is not flagged once one finding supports it; the balance is still reported', () => {
    const model = loadModel(documentWith({ to: 'g', evidence: [finding, { summary: 'Works in one region', stance: 'supports', strength: 'weak' }] }));
    const g = result(rollUp(model, { asOf: '2020-12-31' }), 'g');
    expect(g.status).toBe('on-track');
    expect(g.challengedLinks).toEqual([]);
    // 2 against ≥ 2 × 1 for: the balance argues "fails", but the link is flagged only when nothing supports it.
    expect(g.contributions[0]?.evidence).toMatchObject({ weightFor: 1, weightAgainst: 2, argued: 'fails', onlyChallenging: false });
  });

  it('without evidence anywhere, entries have neither field (reports as before)', () => {
    const report = rollUp(loadModel(documentWith('g')), { asOf: '2020-12-31' });
    const g = result(report, 'g');
    expect(g.status).toBe('on-track');
    expect('challengedLinks' in g).toBe(false);
    expect('evidence' in (g.contributions[0] as object)).toBe(false);
    expect(JSON.stringify(report)).not.toContain('evidence');
  });

  it('explanations give the balance, the warning and each finding with its source and date', () => {
    const model = loadModel(documentWith({ to: 'g', evidence: [finding] }));
    const text = explainProgress(model, rollUp(model, { asOf: '2020-12-31' }), 'g');
    const lines = text.split('\n');
    expect(lines[0]).toContain('90% as of 2020-12-31, at risk (expected 99%)');
    expect(lines[1]).toContain('· evidence on this link: 1 challenging (1 moderate) ⚠ only challenging evidence on this link');
    expect(lines[2]).toBe('    ✎ 2019-06-30 · challenges (moderate): Partner ministries did not take the work up (source: Mid-term review)');
    expect(lines[3]).toMatch(/^ {4}- Indicator "Laws passed" \[i\]/);
  });
});

describe('an assumption whose status is argued from its evidence', () => {
  const assumption = (fields: Record<string, unknown>): unknown => ({ kind: 'assumption', id: 'a', title: 'Political will', ...fields });

  it('fails when its evidence is against it, which flags the link like a written "fails"', () => {
    const model = loadModel(documentWith({ to: 'g', assumptions: ['a'] }, [assumption({ evidence: [{ summary: 'Law shelved', stance: 'challenges', strength: 'strong' }] })]));
    const report = rollUp(model, { asOf: '2020-12-31' });
    expect(result(report, 'g').failingAssumptions).toEqual(['a']);
    expect(result(report, 'g').status).toBe('at-risk');
    expect(explainProgress(model, report, 'g')).toContain(
      '⚠ this link rests on a failing assumption: Assumption "Political will" [a] (argued from its evidence: 1 challenging (1 strong))',
    );
  });

  it('holds when its evidence supports it: nothing is flagged', () => {
    const model = loadModel(documentWith({ to: 'g', assumptions: ['a'] }, [assumption({ evidence: [{ summary: 'Law passed', stance: 'supports', strength: 'moderate' }] })]));
    const g = result(rollUp(model, { asOf: '2020-12-31' }), 'g');
    expect(g.failingAssumptions).toEqual([]);
    expect(g.status).toBe('on-track');
  });

  it('without status and without evidence is an error as before; with evidence without a stance it is uncertain', () => {
    const missing = validate(documentWith({ to: 'g', assumptions: ['a'] }, [assumption({})]));
    expect(missing.ok).toBe(false);
    expect(missing.diagnostics).toEqual([
      { code: 'missing-field', severity: 'error', path: ['nodes', 3, 'status'], ids: ['a'], message: 'Assumption "a" is missing "status".' },
    ]);
    const noStance = validate(documentWith({ to: 'g', assumptions: ['a'] }, [assumption({ evidence: [{ summary: 'Mixed signals' }] })]));
    expect(noStance.ok).toBe(true);
    expect(assumptionStatus(noStance.model?.node('a') as never).status).toBe('uncertain');
  });
});

describe('assumption-status-contradicted', () => {
  const check = (status: string, evidence: readonly EvidenceDocument[]) =>
    validate(documentWith({ to: 'g', assumptions: ['a'] }, [{ kind: 'assumption', id: 'a', title: 'A', status, evidence }])).diagnostics.filter(
      (d) => d.code === 'assumption-status-contradicted',
    );

  it('warns of "holds" with only challenging evidence, and of "fails" with only supporting', () => {
    expect(check('holds', [f('challenges', 'weak')])).toEqual([
      {
        code: 'assumption-status-contradicted',
        severity: 'warning',
        path: ['nodes', 3, 'status'],
        ids: ['a'],
        message:
          'Assumption "a" is judged "holds", but its evidence mostly challenges it (1 challenging (1 weak)); check the status, or leave it out to have it argued from the evidence.',
      },
    ]);
    expect(check('fails', [f('supports', 'moderate')]).map((d) => d.message)).toEqual([
      'Assumption "a" is judged "fails", but its evidence mostly supports it (1 supporting (1 moderate)); check the status, or leave it out to have it argued from the evidence.',
    ]);
  });

  it('is silent when the evidence is mixed (challenging less than twice the supporting), for "uncertain", and without stances', () => {
    expect(check('holds', [f('supports', 'strong'), f('challenges', 'moderate')])).toEqual([]); // 2 < 2 × 3
    expect(check('holds', [f('supports', 'weak'), f('challenges', 'moderate')])).toHaveLength(1); // 2 ≥ 2 × 1
    expect(check('uncertain', [f('challenges', 'strong')])).toEqual([]);
    expect(check('holds', [f(undefined)])).toEqual([]);
  });
});

describe('explanations of an assumption with weighed evidence', () => {
  it('list it under the link with its status, balance and findings; an assumption without weighed evidence is not listed', () => {
    const model = loadModel(
      documentWith({ to: 'g', assumptions: ['a', 'b'] }, [
        { kind: 'assumption', id: 'a', title: 'Political will', status: 'uncertain', evidence: [{ summary: 'Bill tabled', date: '2020-05-01', stance: 'supports', strength: 'strong' }, { summary: 'Budget cut', stance: 'challenges' }] },
        { kind: 'assumption', id: 'b', title: 'Peace holds', status: 'holds', evidence: [{ summary: 'No fighting' }] },
      ]),
    );
    const lines = explainProgress(model, rollUp(model, { asOf: '2020-12-31' }), 'g').split('\n');
    expect(lines.slice(1, 5)).toEqual([
      expect.stringMatching(/^ {2}- Objective "O" \[o\] \(weight 1\): 90%/) as unknown as string,
      '    ⬡ Assumption "Political will" [a]: uncertain (as written); 1 supporting (1 strong), 1 challenging',
      '      ✎ 2020-05-01 · supports (strong): Bill tabled',
      '      ✎ challenges: Budget cut',
    ]);
    expect(lines[5]).toMatch(/^ {4}- Indicator "Laws passed" \[i\]/);
  });
});
