/**
 * Relations of one kind, collected while reading the nodes: parallel growable
 * arrays of (from, to, weight), numbered in the order they are pushed. Turned
 * into adjacency lists, in either direction, by `Adjacency.fromEdges`.
 * @internal
 */
export class EdgeList {
  from: Int32Array;
  to: Int32Array;
  weight: Float64Array;
  length = 0;

  constructor(capacity: number) {
    this.from = new Int32Array(capacity);
    this.to = new Int32Array(capacity);
    this.weight = new Float64Array(capacity);
  }

  /** Adds a relation; its number is the count of relations pushed before it. */
  push(from: number, to: number, weight: number): void {
    if (this.length === this.from.length) this.grow();
    const k = this.length++;
    this.from[k] = from;
    this.to[k] = to;
    this.weight[k] = weight;
  }

  private grow(): void {
    const size = Math.max(16, this.from.length * 2);
    const from = new Int32Array(size);
    const to = new Int32Array(size);
    const weight = new Float64Array(size);
    from.set(this.from);
    to.set(this.to);
    weight.set(this.weight);
    this.from = from;
    this.to = to;
    this.weight = weight;
  }
}
