import { compareIds } from './compare-ids.js';
import type { EdgeList } from './edge-list.js';
import { Lists } from './lists.js';

/**
 * One kind of relation seen from one end: for each node, the nodes at the
 * other end, sorted by id (see {@link Lists} for how to read a list). Each
 * entry also has the relation's weight (1 where none is written) and its
 * number: relations of one kind are numbered in the order they are written
 * (node by node, then by position in the node's list), the same number from
 * either end, so a contributes-to link's number finds its assumptions in
 * the index's `linkAssumptions`.
 * @internal
 */
export class Adjacency extends Lists {
  readonly #weights: Float64Array;
  readonly #relations: Int32Array;

  private constructor(offsets: Int32Array, nodes: Int32Array, weights: Float64Array, relations: Int32Array) {
    super(offsets, nodes);
    this.#weights = weights;
    this.#relations = relations;
  }

  /** The weight of the relation at position `k`. */
  weight(k: number): number {
    return this.#weights[k] as number;
  }

  /** The number of the relation at position `k`. */
  relation(k: number): number {
    return this.#relations[k] as number;
  }

  /**
   * The relations of `edges` seen from their `from` end (or from their `to`
   * end when `reverse`), for `n` nodes, each list sorted by the id (`ids`) of
   * its nodes. Counting sort, then a small sort per list.
   */
  static fromEdges(edges: EdgeList, n: number, reverse: boolean, ids: readonly string[]): Adjacency {
    const m = edges.length;
    const key = reverse ? edges.to : edges.from;
    const other = reverse ? edges.from : edges.to;
    const offsets = new Int32Array(n + 1);
    for (let k = 0; k < m; k++) offsets[(key[k] as number) + 1] = (offsets[(key[k] as number) + 1] as number) + 1;
    for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
    const fill = offsets.slice(0, n);
    const nodes = new Int32Array(m);
    const weights = new Float64Array(m);
    const relations = new Int32Array(m);
    for (let k = 0; k < m; k++) {
      const slot = fill[key[k] as number] as number;
      fill[key[k] as number] = slot + 1;
      nodes[slot] = other[k] as number;
      weights[slot] = edges.weight[k] as number;
      relations[slot] = k;
    }
    for (let i = 0; i < n; i++) {
      const start = offsets[i] as number;
      const end = offsets[i + 1] as number;
      if (end - start > 1) sortSegment(nodes, weights, relations, start, end, ids);
    }
    return new Adjacency(offsets, nodes, weights, relations);
  }
}

/** Sorts one list by node id: insertion sort when short, else through an index array. */
function sortSegment(nodes: Int32Array, weights: Float64Array, relations: Int32Array, start: number, end: number, ids: readonly string[]): void {
  if (end - start <= 16) {
    for (let k = start + 1; k < end; k++) {
      const t = nodes[k] as number;
      const w = weights[k] as number;
      const r = relations[k] as number;
      const tid = ids[t] as string;
      let j = k - 1;
      while (j >= start && (ids[nodes[j] as number] as string) > tid) {
        nodes[j + 1] = nodes[j] as number;
        weights[j + 1] = weights[j] as number;
        relations[j + 1] = relations[j] as number;
        j--;
      }
      nodes[j + 1] = t;
      weights[j + 1] = w;
      relations[j + 1] = r;
    }
    return;
  }
  const order = Array.from({ length: end - start }, (_, k) => start + k);
  order.sort((a, b) => compareIds(ids[nodes[a] as number] as string, ids[nodes[b] as number] as string));
  const t = order.map((k) => nodes[k] as number);
  const w = order.map((k) => weights[k] as number);
  const r = order.map((k) => relations[k] as number);
  nodes.set(t, start);
  weights.set(w, start);
  relations.set(r, start);
}
