import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { nodeLabel } from '../../diagnostics/describe.js';
import type { LooseNode } from '../loose-node.js';
import type { Placement } from './placement.js';
import { report } from './report.js';

/**
 * Warns of each contributes-to link of a result that does not run from a
 * lower level to a higher one (`level-order`), in the order written. Only
 * links that made it into the graph count (`targets`: the result's
 * contributes-to targets by graph position), and only between nodes at levels
 * the document lists (`levelIndex`: each level's place in the list).
 * @internal
 */
export function checkLevelOrder(result: LooseNode, targets: readonly number[], levelIndex: ReadonlyMap<string, number>, placement: Placement, out: Diagnostic[]): void {
  const from = result.level === undefined ? undefined : levelIndex.get(result.level);
  if (from === undefined) return;
  // A set for a long list of targets keeps a result with thousands of links linear.
  const inGraph = targets.length > 8 ? new Set(targets) : undefined;
  for (const ref of result.refs) {
    const t = placement.ofId(ref.to);
    const target = t === undefined ? undefined : placement.nodes[t];
    if (target === undefined || !(inGraph === undefined ? targets.includes(t as number) : inGraph.has(t as number))) continue;
    const toIndex = target.level === undefined ? undefined : levelIndex.get(target.level);
    if (toIndex !== undefined && toIndex >= from) {
      report(
        out,
        'level-order',
        'warning',
        ref.path,
        [result.id, target.id],
        `${nodeLabel(result.kind, result.id)} (level "${result.level}") contributes to ${nodeLabel(target.kind, target.id)} (level "${target.level}"), but links must run from a lower level to a higher one.`,
      );
    }
  }
}
