import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { findCycles } from '../find-cycles.js';
import type { LooseNode } from '../loose-node.js';
import { report } from './report.js';

/**
 * Reports each loop of contributes-to links (`cycle`): one per group of
 * results that reach each other, at the contributes-to list of its first node.
 * `up` holds the contributes-to targets of each of the `placed` nodes.
 * @internal
 */
export function checkCycles(up: readonly (readonly number[])[], placed: readonly LooseNode[], out: Diagnostic[]): void {
  for (const cycle of findCycles(up)) {
    const ids = cycle.map((i) => (placed[i] as LooseNode).id);
    const first = placed[cycle[0] as number] as LooseNode;
    const loop = ids.map((id) => `"${id}"`).join(' → ');
    report(out, 'cycle', 'error', ['nodes', first.index, 'contributesTo'], ids.slice(0, -1), `Contributes-to links form a loop: ${loop}. A result cannot, through others, contribute to itself.`);
  }
}
