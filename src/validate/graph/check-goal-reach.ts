import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { nodeLabel } from '../../diagnostics/describe.js';
import type { LooseNode } from '../loose-node.js';
import { report } from './report.js';

/**
 * Which placed nodes reach a goal: 1 at the goals and at everything that
 * contributes to one, directly or through others, following `down`
 * (contributes-to sources by graph position). Linear: each node is marked once.
 * @internal
 */
export function reachingGoals(placed: readonly LooseNode[], down: readonly (readonly number[])[]): Uint8Array {
  const reaches = new Uint8Array(placed.length);
  const queue: number[] = [];
  placed.forEach((p, i) => {
    if (p.kind === 'goal') {
      reaches[i] = 1;
      queue.push(i);
    }
  });
  for (let head = 0; head < queue.length; head++) {
    for (const child of down[queue[head] as number] as readonly number[]) {
      if (reaches[child] === 0) {
        reaches[child] = 1;
        queue.push(child);
      }
    }
  }
  return reaches;
}

/** Warns of an objective that contributes to no goal, directly or through others (`goal-unreachable`). @internal */
export function checkGoalReach(result: LooseNode, reaches: boolean, out: Diagnostic[]): void {
  if (result.kind !== 'objective' || reaches) return;
  report(out, 'goal-unreachable', 'warning', ['nodes', result.index], [result.id], `${nodeLabel(result.kind, result.id)} contributes to no goal, directly or through other objectives.`);
}
