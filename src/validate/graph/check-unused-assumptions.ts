import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { nodeLabel } from '../../diagnostics/describe.js';
import type { LooseNode } from '../loose-node.js';
import { report } from './report.js';

/** Warns of each assumption no link names (`assumption-unused`), in document order. @internal */
export function checkUnusedAssumptions(nodes: readonly LooseNode[], used: ReadonlySet<string>, out: Diagnostic[]): void {
  for (const node of nodes) {
    if (node.kind === 'assumption' && !used.has(node.id)) {
      report(out, 'assumption-unused', 'warning', ['nodes', node.index], [node.id], `${nodeLabel('assumption', node.id)} underpins no link; name it in a link's "assumptions" or remove it.`);
    }
  }
}
