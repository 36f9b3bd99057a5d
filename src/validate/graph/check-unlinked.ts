import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { nodeLabel } from '../../diagnostics/describe.js';
import type { LooseNode } from '../loose-node.js';
import { report } from './report.js';

/** Warns of an indicator that measures nothing (`indicator-unlinked`) and a duty bearer accountable for nothing (`duty-bearer-unlinked`). @internal */
export function checkUnlinked(node: LooseNode, out: Diagnostic[]): void {
  if (node.refs.length !== 0) return;
  if (node.kind === 'indicator') {
    report(out, 'indicator-unlinked', 'warning', ['nodes', node.index], [node.id], `${nodeLabel(node.kind, node.id)} measures nothing; link it to a goal or objective with "measures".`);
  }
  if (node.kind === 'duty-bearer') {
    report(
      out,
      'duty-bearer-unlinked',
      'warning',
      ['nodes', node.index],
      [node.id],
      `${nodeLabel(node.kind, node.id)} is accountable for nothing; list the objectives that depend on it in "accountableFor".`,
    );
  }
}
