import type { Lists } from './lists.js';

/** Marks of each list's last walk: a node is seen when its mark is the walk's number. */
const marks = new WeakMap<Lists, { seen: Uint32Array; walk: number }>();

/**
 * Breadth-first walk from `start` along `edges`, not including `start`, nearest
 * first. Iterative. Each call costs what it reaches, not the model's size: the
 * marks of a list are kept between calls and told apart by a walk number
 * (asking for the ancestors of every node of 100,000 otherwise allocates
 * 100,000 arrays of 100,000 marks).
 * @internal
 */
export function reach(edges: Lists, start: number): number[] {
  let state = marks.get(edges);
  if (state === undefined) {
    state = { seen: new Uint32Array(edges.keys), walk: 0 };
    marks.set(edges, state);
  }
  if (state.walk === 0xffffffff) {
    state.seen.fill(0);
    state.walk = 0;
  }
  const walk = ++state.walk;
  const seen = state.seen;
  seen[start] = walk;
  const order: number[] = [];
  for (let head = -1; head < order.length; head++) {
    const v = head < 0 ? start : (order[head] as number);
    for (let k = edges.first(v), end = edges.end(v); k < end; k++) {
      const next = edges.node(k);
      if (seen[next] !== walk) {
        seen[next] = walk;
        order.push(next);
      }
    }
  }
  return order;
}
