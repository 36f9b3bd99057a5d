import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { nodeLabel } from '../../diagnostics/describe.js';
import { describeBalance, evidenceBalance } from '../../model/evidence-balance.js';
import type { LooseNode } from '../loose-node.js';
import { report } from './report.js';

/**
 * Checks an assumption's status against its evidence: without a status it
 * needs evidence to argue one from (`missing-field`, as when the status was
 * required); a written status the evidence contradicts is
 * `assumption-status-contradicted`: `holds` while the challenging findings
 * weigh something and at least twice the supporting ones, or `fails` the
 * other way round (strengths weak 1, moderate 2, strong 3; see the progress guide).
 * @internal
 */
export function checkAssumptionEvidence(node: LooseNode, out: Diagnostic[]): void {
  const valid = node.valid;
  if (valid?.kind !== 'assumption') return;
  const evidence = valid.evidence ?? [];
  const label = nodeLabel('assumption', node.id);
  if (valid.status === undefined) {
    if (evidence.length === 0) report(out, 'missing-field', 'error', ['nodes', node.index, 'status'], [node.id], `${label} is missing "status".`);
    return;
  }
  if (evidence.length === 0 || valid.status === 'uncertain') return;
  const balance = evidenceBalance(evidence);
  const against = valid.status === 'holds' ? balance.weightAgainst : balance.weightFor;
  const towards = valid.status === 'holds' ? balance.weightFor : balance.weightAgainst;
  if (against === 0 || against < 2 * towards) return;
  const leaning = valid.status === 'holds' ? 'challenges' : 'supports';
  report(
    out,
    'assumption-status-contradicted',
    'warning',
    ['nodes', node.index, 'status'],
    [node.id],
    `${label} is judged "${valid.status}", but its evidence mostly ${leaning} it (${describeBalance(balance)}); check the status, or leave it out to have it argued from the evidence.`,
  );
}
