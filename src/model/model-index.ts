import type { NodeDocument } from '../document/types.js';
import { deepFreeze } from '../validate/deep-freeze.js';
import { relationKey, relationsOf, type Relation } from './relations.js';

/**
 * The compact index behind a {@link Model}: node positions and adjacency lists.
 * All traversals go through it, so a faster representation can replace it
 * without changing the public API. Neighbour lists are sorted by id, which
 * makes every traversal independent of the order nodes were written in.
 * @internal
 */
export interface ModelIndex {
  readonly nodes: readonly NodeDocument[];
  readonly position: ReadonlyMap<string, number>;
  /** contributes-to: what each node contributes to, with weights. */
  readonly up: readonly (readonly number[])[];
  readonly upWeight: readonly (readonly number[])[];
  /** contributes-to: what contributes to each node, with weights. */
  readonly down: readonly (readonly number[])[];
  readonly downWeight: readonly (readonly number[])[];
  /** measures: indicators measuring each node, with weights. */
  readonly indicators: readonly (readonly number[])[];
  readonly indicatorWeight: readonly (readonly number[])[];
  /** measures: nodes each indicator measures. */
  readonly measured: readonly (readonly number[])[];
  /** accountable-for: duty bearers per node, and nodes per duty bearer. */
  readonly dutyBearers: readonly (readonly number[])[];
  readonly accountable: readonly (readonly number[])[];
  /** benefits-from: rights holders per node, and nodes per rights holder. */
  readonly rightsHolders: readonly (readonly number[])[];
  readonly benefits: readonly (readonly number[])[];
  /** Every relation, sorted by key. */
  readonly relations: readonly Relation[];
  readonly relationByKey: ReadonlyMap<string, Relation>;
}

/** Builds the index of a valid list of nodes. @internal */
export function buildIndex(nodes: readonly NodeDocument[]): ModelIndex {
  const n = nodes.length;
  const position = new Map<string, number>();
  nodes.forEach((node, i) => position.set(node.id, i));
  const lists = (): number[][] => Array.from({ length: n }, () => []);
  const pairs = (): [number, number][][] => Array.from({ length: n }, () => []);
  const up = pairs();
  const down = pairs();
  const indicators = pairs();
  const measured = lists();
  const dutyBearers = lists();
  const accountable = lists();
  const rightsHolders = lists();
  const benefits = lists();
  const relations: Relation[] = [];
  const underpins = new Map<string, { from: string; to: string; links: string[] }>();

  nodes.forEach((node, i) => {
    for (const relation of relationsOf(node)) {
      relations.push(relation);
      const to = position.get(relation.to) as number;
      switch (relation.kind) {
        case 'contributes-to':
          up[i]?.push([to, relation.weight]);
          down[to]?.push([i, relation.weight]);
          for (const assumption of relation.assumptions) {
            const key = relationKey('underpins', assumption, relation.to);
            const entry = underpins.get(key) ?? { from: assumption, to: relation.to, links: [] };
            entry.links.push(relation.key);
            underpins.set(key, entry);
          }
          break;
        case 'measures':
          indicators[to]?.push([i, relation.weight]);
          measured[i]?.push(to);
          break;
        case 'accountable-for':
          dutyBearers[to]?.push(i);
          accountable[i]?.push(to);
          break;
        case 'benefits-from':
          rightsHolders[to]?.push(i);
          benefits[i]?.push(to);
          break;
        case 'underpins':
          break;
      }
    }
  });

  const byId = (a: number, b: number): number => compareIds((nodes[a] as NodeDocument).id, (nodes[b] as NodeDocument).id);
  const sortPairs = (list: [number, number][][]): [number[][], number[][]] => {
    const targets: number[][] = [];
    const weights: number[][] = [];
    for (const entries of list) {
      entries.sort((a, b) => byId(a[0], b[0]));
      targets.push(entries.map((e) => e[0]));
      weights.push(entries.map((e) => e[1]));
    }
    return [targets, weights];
  };
  const sortLists = (list: number[][]): number[][] => list.map((l) => l.sort(byId));
  const [upTargets, upWeight] = sortPairs(up);
  const [downSources, downWeight] = sortPairs(down);
  const [indicatorList, indicatorWeight] = sortPairs(indicators);
  for (const [key, { from, to, links }] of underpins) {
    relations.push({ kind: 'underpins', key, from, to, links: links.sort(compareIds) });
  }
  relations.sort((a, b) => compareIds(a.key, b.key));

  return {
    nodes,
    position,
    up: upTargets,
    upWeight,
    down: downSources,
    downWeight,
    indicators: indicatorList,
    indicatorWeight,
    measured: sortLists(measured),
    dutyBearers: sortLists(dutyBearers),
    accountable: sortLists(accountable),
    rightsHolders: sortLists(rightsHolders),
    benefits: sortLists(benefits),
    // Relations are handed out by the model: frozen, so no caller can change it through them.
    relations: deepFreeze(relations),
    relationByKey: new Map(relations.map((r) => [r.key, r])),
  };
}

/** Code-unit order of two strings: locale-independent, so output is the same on every machine. @internal */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Breadth-first walk from `start` along `edges`, not including `start`. Iterative. @internal */
export function reach(edges: readonly (readonly number[])[], start: number): number[] {
  const seen = new Uint8Array(edges.length);
  seen[start] = 1;
  const order: number[] = [];
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    for (const next of edges[queue[head] as number] as readonly number[]) {
      if (seen[next] === 0) {
        seen[next] = 1;
        order.push(next);
        queue.push(next);
      }
    }
  }
  return order;
}

/**
 * Goals and objectives in causal order: every node after all that contribute
 * to it (Kahn's algorithm, ties broken by id). Iterative.
 * @internal
 */
export function causalOrder(index: ModelIndex): number[] {
  const n = index.nodes.length;
  const pending = new Int32Array(n);
  const ready: number[] = [];
  index.nodes.forEach((node, i) => {
    if (node.kind !== 'goal' && node.kind !== 'objective') return;
    pending[i] = (index.down[i] as readonly number[]).length;
    if (pending[i] === 0) ready.push(i);
  });
  ready.sort((a, b) => compareIds((index.nodes[a] as NodeDocument).id, (index.nodes[b] as NodeDocument).id));
  for (let head = 0; head < ready.length; head++) {
    for (const parent of index.up[ready[head] as number] as readonly number[]) {
      pending[parent] = (pending[parent] as number) - 1;
      if (pending[parent] === 0) ready.push(parent);
    }
  }
  return ready;
}
