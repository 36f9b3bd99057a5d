/**
 * A set of strings for the few references of one node: a list while short
 * (no hashing), a `Set` beyond eight.
 * @internal
 */
export class SmallSet {
  readonly #list: string[] = [];
  readonly #set: Set<string> | undefined;

  /** `size`: how many values at most will be added. */
  constructor(size: number) {
    this.#set = size > 8 ? new Set() : undefined;
  }

  /** Whether `value` was added. */
  has(value: string): boolean {
    return this.#set === undefined ? this.#list.includes(value) : this.#set.has(value);
  }

  /** Adds `value`. */
  add(value: string): void {
    if (this.#set === undefined) this.#list.push(value);
    else this.#set.add(value);
  }
}
