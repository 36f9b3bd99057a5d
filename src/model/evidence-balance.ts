import type { AssumptionDocument, AssumptionStatus, EvidenceDocument, EvidenceStrength } from '../document/types.js';
import { optionalKey } from '../document/canonical-value.js';

/** What each strength counts in the balance of evidence; a finding without a strength counts as weak. */
export const EVIDENCE_WEIGHTS: { readonly [S in EvidenceStrength]: number } = Object.freeze({ weak: 1, moderate: 2, strong: 3 });

/** How many findings of each strength (`unstated`: no strength written, counted as weak). */
export interface StrengthCounts {
  readonly strong: number;
  readonly moderate: number;
  readonly weak: number;
  readonly unstated: number;
}

/**
 * The balance of the evidence on a link or an assumption: the findings that
 * support it and those that challenge it, counted and weighed by strength
 * (weak 1, moderate 2, strong 3; no strength: weak). Findings without a
 * stance are listed but weigh nothing.
 */
export interface EvidenceBalance {
  /** Supporting findings, by strength. */
  readonly supporting: StrengthCounts;
  /** Challenging findings, by strength. */
  readonly challenging: StrengthCounts;
  /** Findings that say neither (no `stance`). */
  readonly withoutStance: number;
  /** The supporting findings' weight: the sum of their strengths. */
  readonly weightFor: number;
  /** The challenging findings' weight. */
  readonly weightAgainst: number;
  /**
   * What the balance argues: `holds` when the supporting weight is at least 2
   * and at least twice the challenging weight; `fails` when the challenging
   * weight is at least 2 and at least twice the supporting weight;
   * `uncertain` otherwise (including no finding with a stance).
   */
  readonly argued: AssumptionStatus;
  /** Whether there is challenging evidence and no supporting evidence. */
  readonly onlyChallenging: boolean;
}

const ZERO: StrengthCounts = Object.freeze({ strong: 0, moderate: 0, weak: 0, unstated: 0 });

/**
 * Weighs a list of findings (see {@link EvidenceBalance} for the rule).
 *
 * @example
 * ```ts
 * evidenceBalance([
 *   { summary: 'Worked in Niger', stance: 'supports', strength: 'strong' },
 *   { summary: 'Slow in Mauritania', stance: 'challenges' },
 * ]).argued; // 'holds': 3 for, 1 against
 * ```
 */
export function evidenceBalance(findings: readonly EvidenceDocument[]): EvidenceBalance {
  const counts = { supports: { ...ZERO }, challenges: { ...ZERO } };
  let withoutStance = 0;
  let weightFor = 0;
  let weightAgainst = 0;
  for (const finding of findings) {
    if (finding.stance === undefined) {
      withoutStance++;
      continue;
    }
    const side = counts[finding.stance];
    side[finding.strength ?? 'unstated']++;
    const weight = EVIDENCE_WEIGHTS[finding.strength ?? 'weak'];
    if (finding.stance === 'supports') weightFor += weight;
    else weightAgainst += weight;
  }
  const supporting = Object.freeze(counts.supports);
  const challenging = Object.freeze(counts.challenges);
  const argued: AssumptionStatus =
    weightFor >= 2 && weightFor >= 2 * weightAgainst ? 'holds' : weightAgainst >= 2 && weightAgainst >= 2 * weightFor ? 'fails' : 'uncertain';
  return Object.freeze({ supporting, challenging, withoutStance, weightFor, weightAgainst, argued, onlyChallenging: weightAgainst > 0 && weightFor === 0 });
}

/** How many findings a {@link StrengthCounts} holds. */
function total(counts: StrengthCounts): number {
  return counts.strong + counts.moderate + counts.weak + counts.unstated;
}

/**
 * The balance in words, e.g. `2 supporting (1 strong), 1 challenging`, with
 * `, 1 without a stance` when some say neither; `no evidence` for an empty list.
 *
 * @example
 * ```ts
 * describeBalance(evidenceBalance(findings)); // '2 supporting (1 strong), 1 challenging (1 weak)'
 * ```
 */
export function describeBalance(balance: EvidenceBalance): string {
  const parts: string[] = [];
  const side = (counts: StrengthCounts, name: string): void => {
    const n = total(counts);
    if (n === 0) return;
    const strengths = (['strong', 'moderate', 'weak'] as const).filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
    parts.push(`${n} ${name}${strengths.length === 0 ? '' : ` (${strengths.join(', ')})`}`);
  };
  side(balance.supporting, 'supporting');
  side(balance.challenging, 'challenging');
  if (balance.withoutStance > 0) parts.push(`${balance.withoutStance} without a stance`);
  return parts.length === 0 ? 'no evidence' : parts.join(', ');
}

/** An assumption's status: the one written, or else the one its evidence argues (`argued: true`). */
export interface AssumptionJudgement {
  readonly status: AssumptionStatus;
  /** True when no status is written and it was argued from the evidence. */
  readonly argued: boolean;
}

/**
 * The status an assumption is taken to have: its written `status`, or, when
 * it has none, what its evidence argues ({@link EvidenceBalance.argued}).
 * A valid document always has one or the other.
 *
 * @example
 * ```ts
 * assumptionStatus({ kind: 'assumption', id: 'a', title: 'Will', evidence: [{ summary: 'x', stance: 'challenges', strength: 'strong' }] });
 * // { status: 'fails', argued: true }
 * ```
 */
export function assumptionStatus(assumption: AssumptionDocument): AssumptionJudgement {
  if (assumption.status !== undefined) return { status: assumption.status, argued: false };
  return { status: evidenceBalance(assumption.evidence ?? []).argued, argued: true };
}

/** A finding in a line: `2019-06-30 · supports (strong): Worked well (source: Final evaluation)`. @internal */
export function describeFinding(f: EvidenceDocument): string {
  const stance = f.stance === undefined ? 'no stance' : `${f.stance}${f.strength === undefined ? '' : ` (${f.strength})`}`;
  return `${f.date === undefined ? '' : `${f.date} · `}${stance}: ${f.summary}${f.source === undefined ? '' : ` (source: ${f.source})`}`;
}

/**
 * Findings in the order every report lists them, whatever the order written
 * (their order carries no meaning: the balance weighs them all alike, the
 * diff and the IATI export ignore it): dated ones first, oldest first, then
 * undated ones; findings of one date by summary, then source, stance and
 * strength, a missing one first. The input is not changed.
 * @internal
 */
export function sortedFindings(findings: readonly EvidenceDocument[]): EvidenceDocument[] {
  const key = (f: EvidenceDocument): string => JSON.stringify([f.date === undefined ? [1] : [0, f.date], f.summary, optionalKey(f.source), optionalKey(f.stance), optionalKey(f.strength)]);
  return findings
    .map((f) => ({ f, k: key(f) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .map((e) => e.f);
}
