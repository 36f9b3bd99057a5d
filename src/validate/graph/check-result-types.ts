import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { nodeLabel } from '../../diagnostics/describe.js';
import type { ResultType } from '../../document/types.js';
import type { LooseNode } from '../loose-node.js';
import type { Placement } from './placement.js';
import { report } from './report.js';

/** Each result type's place in the results chain, from the bottom. */
const RANK: Readonly<Record<ResultType, number>> = { output: 0, outcome: 1, impact: 2 };

/** The result type of a node that passed the schema, if it has one. */
function resultTypeOf(node: LooseNode): ResultType | undefined {
  const valid = node.valid;
  return valid?.kind === 'goal' || valid?.kind === 'objective' ? valid.resultType : undefined;
}

/**
 * Warns of each contributes-to link of a result whose result type does not
 * fit the results chain (output → outcome → impact), in the order written:
 * an output contributing straight to an impact skips the outcome the logframe
 * expects between them (`output-to-impact`); a link running down the chain,
 * an impact to an outcome or output or an outcome to an output, has the chain
 * upside down (`result-type-order`). Only links that made it into the graph
 * count (`targets`: the result's contributes-to targets by graph position),
 * and only between results that both have a type.
 * @internal
 */
export function checkResultTypes(result: LooseNode, targets: readonly number[], placement: Placement, out: Diagnostic[]): void {
  const from = resultTypeOf(result);
  if (from === undefined || targets.length === 0) return;
  const inGraph = new Set(targets);
  for (const ref of result.refs) {
    const t = placement.ofId(ref.to);
    const target = t === undefined ? undefined : placement.nodes[t];
    if (target === undefined || !inGraph.has(t as number)) continue;
    const to = resultTypeOf(target);
    if (to === undefined) continue;
    const label = `${nodeLabel(result.kind, result.id)} (an ${from})`;
    const other = `${nodeLabel(target.kind, target.id)} (an ${to})`;
    if (from === 'output' && to === 'impact') {
      report(
        out,
        'output-to-impact',
        'warning',
        ref.path,
        [result.id, target.id],
        `${label} contributes directly to ${other}. In a results chain an output leads to an outcome, and outcomes to the impact: name the outcome in between, or check the result types.`,
      );
    } else if (RANK[to] < RANK[from]) {
      report(
        out,
        'result-type-order',
        'warning',
        ref.path,
        [result.id, target.id],
        `${label} contributes to ${other}, but a results chain runs from outputs to outcomes to impact: this link runs the other way. Check the link's direction or the result types.`,
      );
    }
  }
}
