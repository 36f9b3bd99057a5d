import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { nodeLabel } from '../../diagnostics/describe.js';
import type { NodeKind } from '../../document/types.js';
import type { LooseNode } from '../loose-node.js';
import type { Links } from './links.js';
import type { ReferenceChecker } from './reference-checker.js';
import { report } from './report.js';
import { SmallSet } from './small-set.js';

const RESULT_KINDS: readonly NodeKind[] = ['goal', 'objective'];
const GOAL_KINDS: readonly NodeKind[] = ['goal'];
const ASSUMPTION_KINDS: readonly NodeKind[] = ['assumption'];

/** How messages say what a node's links do. */
const VERB: Readonly<Record<NodeKind, string>> = {
  goal: 'contributes to',
  objective: 'contributes to',
  indicator: 'measures',
  'duty-bearer': 'is accountable for',
  'rights-holder': 'benefits from',
  'boundary-partner': 'is engaged in',
  assumption: '',
};

/**
 * Checks the links written on one node, in the order written: a target named
 * twice, or an assumption named twice on one link, is `duplicate-relation`;
 * every other target and assumption goes to `references`. What the valid links
 * say is added to `links`: contributes-to both ways between placed results,
 * the results indicators measure, and every assumption named. `self` is the
 * node's graph position, `undefined` when it is not placed.
 * @internal
 */
export function checkLinks(node: LooseNode, self: number | undefined, references: ReferenceChecker, links: Links, out: Diagnostic[]): void {
  // The label is made only for a diagnostic: a valid document needs none.
  const label = (): string => nodeLabel(node.kind, node.id);
  const allowed = node.kind === 'goal' ? GOAL_KINDS : RESULT_KINDS;
  const verb = VERB[node.kind];
  const seen = new SmallSet(node.refs.length);
  for (const ref of node.refs) {
    if (seen.has(ref.to)) {
      report(out, 'duplicate-relation', 'error', ref.path, [node.id, ref.to], `${label()} ${verb} "${ref.to}" twice.`);
      continue;
    }
    seen.add(ref.to);
    const target = references.check(node, ref.to, allowed, () => ref.path, verb);
    if (target !== undefined && self !== undefined) {
      if (node.kind === 'indicator') links.measured[target] = 1;
      else if (node.kind === 'goal' || node.kind === 'objective') {
        links.up[self]?.push(target);
        links.down[target]?.push(self);
      }
    }
    if (ref.assumptions.length === 0) continue;
    const seenAssumptions = new SmallSet(ref.assumptions.length);
    for (const assumption of ref.assumptions) {
      links.usedAssumptions.add(assumption.id);
      if (seenAssumptions.has(assumption.id)) {
        report(
          out,
          'duplicate-relation',
          'error',
          assumption.path,
          [node.id, ref.to, assumption.id],
          `${label()} rests its link to "${ref.to}" on the assumption "${assumption.id}" twice.`,
        );
        continue;
      }
      seenAssumptions.add(assumption.id);
      references.check(node, assumption.id, ASSUMPTION_KINDS, () => assumption.path, `rests its link to "${ref.to}" on`);
    }
  }
}
