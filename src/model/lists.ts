/**
 * Lists of node positions, one per key (a node, or a link), packed one after
 * another. Read a key's list by position: from `first(key)` up to, not
 * including, `end(key)`, each with `node(k)`:
 *
 * ```ts
 * for (let k = lists.first(key), end = lists.end(key); k < end; k++) visit(lists.node(k));
 * ```
 *
 * Positions are only for reading one list: how the lists are stored is the
 * index's own business and can change.
 * @internal
 */
export class Lists {
  readonly #offsets: Int32Array;
  readonly #nodes: Int32Array;

  /** The list of key `i` is `nodes[offsets[i]]` to `nodes[offsets[i + 1] - 1]`. */
  constructor(offsets: Int32Array, nodes: Int32Array) {
    this.#offsets = offsets;
    this.#nodes = nodes;
  }

  /** How many keys there are. */
  get keys(): number {
    return this.#offsets.length - 1;
  }

  /** The position of the first entry of key `i`'s list. */
  first(i: number): number {
    return this.#offsets[i] as number;
  }

  /** The position just after the last entry of key `i`'s list. */
  end(i: number): number {
    return this.#offsets[i + 1] as number;
  }

  /** How long key `i`'s list is. */
  count(i: number): number {
    return (this.#offsets[i + 1] as number) - (this.#offsets[i] as number);
  }

  /** The node at position `k`. */
  node(k: number): number {
    return this.#nodes[k] as number;
  }

  /** Key `i`'s list, as a new array. */
  list(i: number): number[] {
    const out: number[] = [];
    const end = this.#offsets[i + 1] as number;
    for (let k = this.#offsets[i] as number; k < end; k++) out.push(this.#nodes[k] as number);
    return out;
  }
}
