/**
 * Finds the loops of a directed graph given as adjacency lists: one cycle per
 * strongly connected component that has one, as the list of node indexes along
 * the cycle (the first index repeated at the end). Iterative (Tarjan's algorithm,
 * then a breadth-first search inside each component), so no recursion on depth;
 * deterministic: each cycle starts at its component's lowest index and is the
 * shortest loop through it.
 * @internal
 */
export function findCycles(adjacency: readonly (readonly number[])[]): number[][] {
  const n = adjacency.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const component = new Int32Array(n).fill(-1);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  const callStack: number[] = [];
  const edgePos = new Int32Array(n);

  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    callStack.push(root);
    while (callStack.length > 0) {
      const v = callStack[callStack.length - 1] as number;
      if (index[v] === -1) {
        index[v] = low[v] = counter++;
        stack.push(v);
        onStack[v] = 1;
      }
      const next = adjacency[v] as readonly number[];
      const pos = edgePos[v] as number;
      if (pos < next.length) {
        edgePos[v] = pos + 1;
        const w = next[pos] as number;
        if (index[w] === -1) callStack.push(w);
        else if (onStack[w] === 1) low[v] = Math.min(low[v] as number, index[w] as number);
        continue;
      }
      callStack.pop();
      const parent = callStack[callStack.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent] as number, low[v] as number);
      if (low[v] === index[v]) {
        const members: number[] = [];
        let w: number;
        do {
          w = stack.pop() as number;
          onStack[w] = 0;
          component[w] = components.length;
          members.push(w);
        } while (w !== v);
        components.push(members);
      }
    }
  }

  const cycles: number[][] = [];
  for (let c = 0; c < components.length; c++) {
    const members = components[c] as number[];
    // Not Math.min(...members): a component of 100,000+ nodes would overflow the call stack.
    const start = members.reduce((low, m) => (m < low ? m : low), members[0] as number);
    const selfLoop = (adjacency[start] as readonly number[]).includes(start);
    if (members.length === 1 && !selfLoop) continue;
    if (selfLoop) {
      cycles.push([start, start]);
      continue;
    }
    // Shortest path from start back to start inside the component.
    const previous = new Map<number, number>();
    const queue = [start];
    let found = -1;
    for (let head = 0; head < queue.length && found === -1; head++) {
      const v = queue[head] as number;
      for (const w of adjacency[v] as readonly number[]) {
        if (component[w] !== c) continue;
        if (w === start) {
          found = v;
          break;
        }
        if (!previous.has(w)) {
          previous.set(w, v);
          queue.push(w);
        }
      }
    }
    const path = [start];
    for (let v = found; v !== start; v = previous.get(v) as number) path.push(v);
    path.push(start);
    // path is start, last, ..., first, start: reverse the middle to follow edge direction.
    cycles.push([start, ...path.slice(1, -1).reverse(), start]);
  }
  return cycles.sort((a, b) => (a[0] as number) - (b[0] as number));
}
