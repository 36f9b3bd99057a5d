import { DirectedGraph } from 'graphology';
import type { NodeDocument } from '../document/types.js';
import type { ModelIndex } from './model-index.js';
import type { Relation } from './relations.js';

/**
 * Builds a fresh graphology graph from the index: nodes by id, edges by relation key.
 * Attributes are copies, so changing the graph never touches the (frozen) model.
 * @internal
 */
export function toGraph(index: ModelIndex): DirectedGraph<NodeDocument, Relation> {
  const graph = new DirectedGraph<NodeDocument, Relation>({ allowSelfLoops: false });
  const ids = index.nodes.map((n) => n.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const id of ids) graph.addNode(id, structuredClone(index.nodes[index.position.get(id) as number] as NodeDocument));
  for (const relation of index.relations()) graph.addDirectedEdgeWithKey(relation.key, relation.from, relation.to, structuredClone(relation));
  return graph;
}
