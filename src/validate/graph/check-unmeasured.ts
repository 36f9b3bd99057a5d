import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { nodeLabel } from '../../diagnostics/describe.js';
import type { LooseNode } from '../loose-node.js';
import { report } from './report.js';

/**
 * Marks every result that an indicator measures at or below it: `measured`
 * starts with 1 at the results indicators measure directly and ends with 1 at
 * those and everything they contribute to, through `up` (contributes-to
 * targets by graph position). Linear: each result is marked once.
 * @internal
 */
export function markMeasured(up: readonly (readonly number[])[], measured: Uint8Array): void {
  const queue: number[] = [];
  measured.forEach((m, i) => {
    if (m === 1) queue.push(i);
  });
  for (let head = 0; head < queue.length; head++) {
    for (const parent of up[queue[head] as number] as readonly number[]) {
      if (measured[parent] === 0) {
        measured[parent] = 1;
        queue.push(parent);
      }
    }
  }
}

/** Warns of a goal or objective with no indicator at or below it (`unmeasured-objective`): its progress cannot be known. @internal */
export function checkUnmeasured(result: LooseNode, measured: boolean, out: Diagnostic[]): void {
  if (measured) return;
  report(
    out,
    'unmeasured-objective',
    'warning',
    ['nodes', result.index],
    [result.id],
    `${nodeLabel(result.kind, result.id)} has no indicator measuring it or anything that contributes to it, so its progress cannot be known.`,
  );
}
