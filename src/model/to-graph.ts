import { DirectedGraph } from 'graphology';
import type { NodeDocument } from '../document/types.js';
import type { ModelIndex } from './model-index.js';
import type { Relation } from './relations.js';

/** Names an object inherits from `Object.prototype`: `id in BUILT_IN` is true for exactly those. */
const BUILT_IN: object = Object.freeze({});

/**
 * Builds a fresh graphology graph from the index: nodes by id, edges by relation key.
 * Attributes are copies, so changing the graph never touches the (frozen) model.
 * Throws a clear error for a link to or from a node whose id is the name of an
 * `Object.prototype` member (`constructor`, `__proto__`, `toString`…): graphology
 * 0.26 keeps neighbours in plain objects, where such a link is refused as a
 * duplicate or silently lost.
 * @internal
 */
export function toGraph(index: ModelIndex): DirectedGraph<NodeDocument, Relation> {
  const graph = new DirectedGraph<NodeDocument, Relation>({ allowSelfLoops: false });
  const ids = index.nodes.map((n) => n.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const id of ids) graph.addNode(id, structuredClone(index.nodes[index.position.get(id) as number] as NodeDocument));
  for (const relation of index.relations()) {
    const clash = [relation.from, relation.to].find((id) => id in BUILT_IN);
    if (clash !== undefined) {
      throw new Error(
        `theory-of-change: toGraph() cannot link "${relation.from}" to "${relation.to}": graphology keeps each node's neighbours in a plain object, where "${clash}" is a built-in name. ` +
          'The model, its queries, the roll-up and the exports all handle this id; only the graphology graph cannot. Rename the node to use toGraph().',
      );
    }
    graph.addDirectedEdgeWithKey(relation.key, relation.from, relation.to, structuredClone(relation));
  }
  return graph;
}
