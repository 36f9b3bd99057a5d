import type { Diagnostic, DocumentPath } from '../../diagnostics/diagnostic.js';
import { nodeLabel } from '../../diagnostics/describe.js';
import { suggestion } from '../../diagnostics/did-you-mean.js';
import type { NodeKind } from '../../document/types.js';
import type { LooseNode } from '../loose-node.js';
import type { IdOwners } from './check-duplicate-ids.js';
import type { Placement } from './placement.js';
import { report } from './report.js';

/** Unknown references that get a "did you mean": finding one looks at every id, so only the first few do. */
const MAX_SUGGESTIONS = 100;

/**
 * Checks references one at a time, in document order: a reference to an id no
 * node has is `unknown-reference` (the first hundred with a suggestion of an
 * id of a kind the relation can reach), one to a node of a
 * kind the relation cannot reach is `wrong-relation-kind`.
 * @internal
 */
export class ReferenceChecker {
  readonly #owner: IdOwners['owner'];
  readonly #placement: Placement;
  readonly #out: Diagnostic[];
  #suggested = 0;

  constructor(owners: IdOwners, placement: Placement, out: Diagnostic[]) {
    this.#owner = owners.owner;
    this.#placement = placement;
    this.#out = out;
  }

  /**
   * Checks the reference from `from` to the id `to`, written at `path` (made
   * only for a diagnostic), for a relation `allowed` to reach those kinds;
   * `relation` is its verb in messages. Returns the target's graph position
   * when it is a placed node of an allowed kind.
   */
  check(from: LooseNode, to: string, allowed: readonly NodeKind[], path: () => DocumentPath, relation: string): number | undefined {
    const target = this.#owner.get(to);
    if (target === undefined) {
      const owner = this.#owner;
      // Suggest an id of a kind the relation can reach, for the first few only: each looks at every id.
      const fitting = function* (): Generator<string> {
        for (const [id, declared] of owner) if (declared.kind !== undefined && (allowed as readonly string[]).includes(declared.kind)) yield id;
      };
      const hint = this.#suggested++ < MAX_SUGGESTIONS ? suggestion(to, fitting()) : '';
      report(this.#out, 'unknown-reference', 'error', path(), [from.id, to], `${nodeLabel(from.kind, from.id)} ${relation} "${to}", but no node has the id "${to}".${hint}`);
      return undefined;
    }
    if (target.kind === undefined || !(allowed as readonly string[]).includes(target.kind)) {
      if (target.kind !== undefined && isKnownKind(target.kind)) {
        report(
          this.#out,
          'wrong-relation-kind',
          'error',
          path(),
          [from.id, to],
          `${nodeLabel(from.kind, from.id)} ${relation} ${nodeLabel(target.kind, to)}, but ${withArticle(kindName(from.kind))} can only link this way to ${allowed.map((k) => `${kindName(k)}s`).join(' or ')}.`,
        );
      }
      return undefined;
    }
    return this.#placement.of(target);
  }
}

function isKnownKind(kind: string): kind is NodeKind {
  return ['goal', 'objective', 'duty-bearer', 'rights-holder', 'boundary-partner', 'indicator', 'assumption'].includes(kind);
}

function kindName(kind: NodeKind): string {
  return kind.replaceAll('-', ' ');
}

function withArticle(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}
