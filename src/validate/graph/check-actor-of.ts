import type { DocumentPath } from '../../diagnostics/diagnostic.js';
import type { NodeKind } from '../../document/types.js';
import type { LooseNode } from '../loose-node.js';
import type { ReferenceChecker } from './reference-checker.js';

/** The actors whose behaviour progress markers may describe. */
const ACTOR_KINDS: readonly NodeKind[] = ['boundary-partner', 'duty-bearer', 'rights-holder'];

/**
 * Checks the actors a markers indicator names as the one whose behaviour its
 * progress markers describe (the measure's `of`, and each marker's own):
 * an id no node has is `unknown-reference` (with a suggestion), a node that
 * is not a boundary partner, duty bearer or rights holder `wrong-relation-kind`.
 * @internal
 */
export function checkActorOf(node: LooseNode, references: ReferenceChecker): void {
  const valid = node.valid;
  if (valid?.kind !== 'indicator' || valid.measure.kind !== 'markers') return;
  const measure = valid.measure;
  const at: DocumentPath = ['nodes', node.index, 'measure'];
  if (measure.of !== undefined) references.check(node, measure.of, ACTOR_KINDS, () => [...at, 'of'], 'describes through its progress markers the behaviour of');
  measure.markers.forEach((marker, k) => {
    if (marker.of === undefined) return;
    references.check(node, marker.of, ACTOR_KINDS, () => [...at, 'markers', k, 'of'], `describes through its progress marker "${marker.id}" the behaviour of`);
  });
}
