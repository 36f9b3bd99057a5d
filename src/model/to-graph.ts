import { DirectedGraph } from 'graphology';
import type { NodeDocument } from '../document/types.js';
import type { Model } from './model.js';
import type { Relation } from './relations.js';

/** Names an object inherits from `Object.prototype`: `id in BUILT_IN` is true for exactly those. */
const BUILT_IN: object = Object.freeze({});

/**
 * A new graphology `DirectedGraph` of the whole model, for graphology's
 * ecosystem (layouts, metrics, rendering). Node attributes are copies of the
 * nodes, edge attributes of the relations, keyed by their `key`: change the
 * graph freely, the model stays as it was. A function rather than a method, so
 * that applications which never call it do not bundle graphology.
 *
 * @throws Error when a link starts or ends at a node whose id is the name of
 *   an `Object.prototype` member (`constructor`, `__proto__`, `toString`…):
 *   graphology 0.26 keeps neighbours in plain objects and cannot hold such a
 *   link. Everything else in the library handles these ids.
 *
 * @example
 * ```ts
 * const graph = toGraph(model);
 * graph.order; // the number of nodes
 * graph.outNeighbors('so1.1'); // what sub-objective 1.1 links to
 * ```
 */
export function toGraph(model: Model): DirectedGraph<NodeDocument, Relation> {
  const index = model.index;
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
