import type { LooseNode } from '../loose-node.js';
import type { DeclaredId } from './declared-id.js';
import type { IdOwners } from './check-duplicate-ids.js';

/**
 * The nodes that own their ids, numbered 0, 1, 2… in document order: their
 * positions in the graph the later checks walk. A node that lost its id to an
 * earlier one is not placed.
 * @internal
 */
export class Placement {
  /** The placed nodes, by graph position. */
  readonly nodes: readonly LooseNode[];
  /** The graph position of each input node, by its place in the input list; -1 where it is not placed. */
  readonly selfOf: Int32Array;
  /** The graph position by the node's index in the document; -1 where it is not placed. */
  readonly #byIndex: Int32Array;
  readonly #owner: IdOwners['owner'];

  constructor(nodes: readonly LooseNode[], declared: readonly DeclaredId[], owners: IdOwners) {
    let size = 0;
    for (const d of declared) size = Math.max(size, d.index + 1);
    const byIndex = new Int32Array(size).fill(-1);
    const placed: LooseNode[] = [];
    const selfOf = new Int32Array(nodes.length).fill(-1);
    // Nodes and declared ids both come in document order, and every node declares its id: walk them together.
    let k = 0;
    for (let j = 0; j < nodes.length; j++) {
      const p = nodes[j] as LooseNode;
      while (k < declared.length && ((declared[k] as DeclaredId).index < p.index || (declared[k] as DeclaredId).id !== p.id)) k++;
      const owned = k < declared.length && (declared[k] as DeclaredId).index === p.index ? owners.owns[k] === 1 : owners.owner.get(p.id)?.index === p.index;
      if (owned) {
        byIndex[p.index] = placed.length;
        selfOf[j] = placed.length;
        placed.push(p);
      }
    }
    this.nodes = placed;
    this.selfOf = selfOf;
    this.#byIndex = byIndex;
    this.#owner = owners.owner;
  }

  /** The graph position of the node behind a declaration, if that node is placed. */
  of(declared: DeclaredId | undefined): number | undefined {
    const at = declared === undefined ? -1 : (this.#byIndex[declared.index] ?? -1);
    return at === -1 ? undefined : at;
  }

  /** The graph position of the node that owns `id`, if it is placed. */
  ofId(id: string): number | undefined {
    return this.of(this.#owner.get(id));
  }
}
