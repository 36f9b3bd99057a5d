import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { nodeLabel } from '../../diagnostics/describe.js';
import { assessmentContent, checkSameDate, showAssessment } from '../check-same-date.js';
import type { LooseNode } from '../loose-node.js';

/**
 * Checks that no two manual assessments of a valid goal or objective
 * contradict each other on one date (see `checkSameDate`).
 * @internal
 */
export function checkAssessments(node: LooseNode, out: Diagnostic[]): void {
  const valid = node.valid;
  if ((valid?.kind !== 'goal' && valid?.kind !== 'objective') || valid.assessments === undefined) return;
  const list = { label: nodeLabel(node.kind, node.id), ids: [node.id], at: ['nodes', node.index, 'assessments'], noun: 'assessments', additive: false } as const;
  checkSameDate(valid.assessments, list, (a) => a.date, assessmentContent, showAssessment, out);
}
