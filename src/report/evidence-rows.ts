import type { AssumptionStatus, EvidenceDocument, NodeDocument } from '../document/types.js';
import { compareRefs } from '../model/compare-refs.js';
import { assumptionStatus, evidenceBalance, sortedFindings, type EvidenceBalance } from '../model/evidence-balance.js';
import { compareIds } from '../model/model-index.js';
import type { Model } from '../model/model.js';

/** One link or assumption with evidence, as the reports list it. */
export interface EvidenceRow {
  /** A contributes-to link (`from` → `to`) or an assumption. */
  readonly kind: 'link' | 'assumption';
  /** The link's key, or the assumption's id. */
  readonly id: string;
  /** The nodes concerned: the link's two ends, or the assumption. */
  readonly nodes: readonly NodeDocument[];
  readonly balance: EvidenceBalance;
  /** The findings, by date (undated last), whatever the order written: see `sortedFindings`. */
  readonly findings: readonly EvidenceDocument[];
  /** An assumption's status (written or argued); `null` for a link. */
  readonly status: AssumptionStatus | null;
  /** Whether an assumption's status was argued from the evidence (none written). */
  readonly argued: boolean;
  /** A link whose evidence only challenges it: flagged like one on a failing assumption. */
  readonly flagged: boolean;
}

/**
 * Whether the document uses evidence as weighed findings: a link with
 * evidence, an assumption without a written status, or a finding with a
 * stance or strength. Reports add their evidence section only then, so a
 * document written before these existed gives the same report.
 * @internal
 */
export function weighsEvidence(model: Model): boolean {
  const weighed = (e: EvidenceDocument): boolean => e.stance !== undefined || e.strength !== undefined;
  return (
    model.relations.some((r) => r.kind === 'contributes-to' && r.evidence !== undefined && r.evidence.length > 0) ||
    model.assumptions().some((a) => a.status === undefined || (a.evidence ?? []).some(weighed))
  );
}

/**
 * The links and assumptions with evidence, for the reports' evidence
 * section: links first, in the order of their ends' `ref` (then ids), then
 * assumptions by `ref`. Empty when the document does not weigh evidence:
 * when it has no link with evidence, no assumption without a status, and no
 * finding with a stance or strength.
 *
 * @example
 * ```ts
 * for (const row of evidenceRows(model)) console.log(row.kind, row.id, describeBalance(row.balance));
 * ```
 */
export function evidenceRows(model: Model): readonly EvidenceRow[] {
  if (!weighsEvidence(model)) return [];
  const order = (a: NodeDocument | undefined, b: NodeDocument | undefined): number =>
    compareRefs(a?.ref ?? '', b?.ref ?? '') || compareIds(a?.id ?? '', b?.id ?? '');
  const links: EvidenceRow[] = [];
  for (const r of model.relations) {
    if (r.kind !== 'contributes-to' || r.evidence === undefined || r.evidence.length === 0) continue;
    const balance = evidenceBalance(r.evidence);
    const nodes = [model.node(r.from), model.node(r.to)].filter((n): n is NodeDocument => n !== undefined);
    links.push({ kind: 'link', id: r.key, nodes, balance, findings: sortedFindings(r.evidence), status: null, argued: false, flagged: balance.onlyChallenging });
  }
  links.sort((x, y) => order(x.nodes[1], y.nodes[1]) || order(x.nodes[0], y.nodes[0]));
  const assumptions: EvidenceRow[] = [...model.assumptions()]
    .filter((a) => (a.evidence ?? []).length > 0)
    .sort(order)
    .map((a) => {
      const judged = assumptionStatus(a);
      const balance = evidenceBalance(a.evidence ?? []);
      return { kind: 'assumption', id: a.id, nodes: [a], balance, findings: sortedFindings(a.evidence ?? []), status: judged.status, argued: judged.argued, flagged: false };
    });
  return [...links, ...assumptions];
}
