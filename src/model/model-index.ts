import type { NodeDocument, NodeKind } from '../document/types.js';
import { deepFreeze } from '../document/deep-freeze.js';
import { relationKey, relationsOf, type Relation } from './relations.js';

/**
 * Adjacency lists in compressed sparse row form: the neighbours of node `i`
 * are `targets[offsets[i]]` to `targets[offsets[i + 1] - 1]`, sorted by id.
 * `weights` holds each relation's weight (1 where the relation has none) and
 * `refs` where the relation is written: its position in the list (`contributesTo`,
 * `measures`, `accountableFor`, `benefitsFrom`) of the node it is written on.
 * @internal
 */
export interface Adjacency {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
  readonly refs: Int32Array;
}

/** Node kinds as small integers, for typed arrays. @internal */
export const KIND_CODE: { readonly [K in NodeKind]: number } = {
  goal: 0,
  objective: 1,
  'duty-bearer': 2,
  'rights-holder': 3,
  indicator: 4,
  assumption: 5,
};

/** Aggregation methods as small integers, for typed arrays (0: none written). @internal */
export const AGGREGATION_CODE = { 'weighted-mean': 1, 'weakest-link': 2 } as const;

/**
 * The compact index behind a {@link Model}: node positions and adjacency in
 * typed arrays. All traversals go through it, so the representation can change
 * without changing the public API. Neighbour lists are sorted by id, which makes
 * every traversal independent of the order nodes were written in. The relation
 * objects are built only when first asked for.
 * @internal
 */
export interface ModelIndex {
  readonly nodes: readonly NodeDocument[];
  /** Each node's id, by position (read from here: nodes come in many shapes, which makes reading `.id` slow). */
  readonly ids: readonly string[];
  readonly position: ReadonlyMap<string, number>;
  /** Each node's kind, as {@link KIND_CODE}. */
  readonly kinds: Uint8Array;
  /** contributes-to: what each node contributes to. */
  readonly up: Adjacency;
  /** contributes-to: what contributes to each node. */
  readonly down: Adjacency;
  /** measures: indicators measuring each node. */
  readonly indicators: Adjacency;
  /** measures: nodes each indicator measures. */
  readonly measured: Adjacency;
  /** accountable-for: duty bearers per node, and nodes per duty bearer. */
  readonly dutyBearers: Adjacency;
  readonly accountable: Adjacency;
  /** benefits-from: rights holders per node, and nodes per rights holder. */
  readonly rightsHolders: Adjacency;
  readonly benefits: Adjacency;
  /**
   * underpins: the assumptions each contributes-to link rests on, as written.
   * Links are numbered by the node they are written on, then their position in
   * its list: link `j` of node `i` is `up.offsets[i] + j`. Its assumptions are
   * `targets[offsets[link]]` to `targets[offsets[link + 1] - 1]`.
   */
  readonly linkAssumptions: { readonly offsets: Int32Array; readonly targets: Int32Array };
  /** Each goal's or objective's own aggregation, as {@link AGGREGATION_CODE}; 0 where none is written. */
  readonly aggregation: Uint8Array;
  /** 1 for goals and objectives with assessments. */
  readonly assessed: Uint8Array;
  /** Every relation, sorted by key, deep-frozen (built on first use). */
  relations(): readonly Relation[];
  /** The relation with this key (the lookup table is built on first use). */
  relation(key: string): Relation | undefined;
  /** Goals and objectives in causal order (see {@link causalOrder}), computed once. */
  causalOrder(): Int32Array;
  /** Goals and objectives sorted by id, computed once. */
  resultsById(): Int32Array;
}

/** The neighbours of `i` as a plain array. @internal */
export function neighbours(adjacency: Adjacency, i: number): number[] {
  const out: number[] = [];
  const end = adjacency.offsets[i + 1] as number;
  for (let k = adjacency.offsets[i] as number; k < end; k++) out.push(adjacency.targets[k] as number);
  return out;
}

/** How many neighbours `i` has. @internal */
export function degree(adjacency: Adjacency, i: number): number {
  return (adjacency.offsets[i + 1] as number) - (adjacency.offsets[i] as number);
}

/**
 * Relations of one kind, collected while reading the nodes: parallel growable
 * arrays of (from, to, weight, ref), turned into both directions at the end.
 */
class EdgeList {
  from: Int32Array;
  to: Int32Array;
  weight: Float64Array;
  ref: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.from = new Int32Array(capacity);
    this.to = new Int32Array(capacity);
    this.weight = new Float64Array(capacity);
    this.ref = new Int32Array(capacity);
  }

  push(from: number, to: number, weight: number, ref: number): void {
    if (this.length === this.from.length) this.grow();
    const k = this.length++;
    this.from[k] = from;
    this.to[k] = to;
    this.weight[k] = weight;
    this.ref[k] = ref;
  }

  private grow(): void {
    const size = Math.max(16, this.from.length * 2);
    const from = new Int32Array(size);
    const to = new Int32Array(size);
    const weight = new Float64Array(size);
    const ref = new Int32Array(size);
    from.set(this.from);
    to.set(this.to);
    weight.set(this.weight);
    ref.set(this.ref);
    this.from = from;
    this.to = to;
    this.weight = weight;
    this.ref = ref;
  }
}

/** Builds the index of a valid list of nodes. @internal */
export function buildIndex(nodes: readonly NodeDocument[]): ModelIndex {
  const n = nodes.length;
  const ids = new Array<string>(n);
  const at = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const id = (nodes[i] as NodeDocument).id;
    ids[i] = id;
    at.set(id, i);
  }
  const aggregation = new Uint8Array(n);
  const assessed = new Uint8Array(n);
  // Assumptions of each contributes-to link, in the order the links are pushed (node, then position).
  const linkOffsets: number[] = [0];
  const linkTargets: number[] = [];
  const kinds = new Uint8Array(n);
  const contributes = new EdgeList(n);
  const measures = new EdgeList(n);
  const accountable = new EdgeList(16);
  const benefits = new EdgeList(16);

  for (let i = 0; i < n; i++) {
    const node = nodes[i] as NodeDocument;
    kinds[i] = KIND_CODE[node.kind];
    switch (node.kind) {
      case 'goal':
      case 'objective': {
        // Read here, while the node is at hand: the roll-up needs them.
        if (node.aggregation !== undefined) aggregation[i] = AGGREGATION_CODE[node.aggregation];
        if (node.assessments !== undefined && node.assessments.length > 0) assessed[i] = 1;
        const refs = node.contributesTo;
        if (refs === undefined) break;
        for (let j = 0; j < refs.length; j++) {
          const ref = refs[j] as (typeof refs)[number];
          if (typeof ref === 'string') contributes.push(i, at.get(ref) as number, 1, j);
          else {
            contributes.push(i, at.get(ref.to) as number, ref.weight ?? 1, j);
            for (const assumption of ref.assumptions ?? []) linkTargets.push(at.get(assumption) as number);
          }
          linkOffsets.push(linkTargets.length);
        }
        break;
      }
      case 'indicator': {
        const refs = node.measures;
        if (refs === undefined) break;
        for (let j = 0; j < refs.length; j++) {
          const ref = refs[j] as (typeof refs)[number];
          if (typeof ref === 'string') measures.push(i, at.get(ref) as number, 1, j);
          else measures.push(i, at.get(ref.to) as number, ref.weight ?? 1, j);
        }
        break;
      }
      case 'duty-bearer': {
        const refs = node.accountableFor ?? [];
        for (let j = 0; j < refs.length; j++) accountable.push(i, at.get(refs[j] as string) as number, 1, j);
        break;
      }
      case 'rights-holder': {
        const refs = node.benefitsFrom ?? [];
        for (let j = 0; j < refs.length; j++) benefits.push(i, at.get(refs[j] as string) as number, 1, j);
        break;
      }
      case 'assumption':
        break;
    }
  }

  const up = compress(contributes, n, false, ids);
  const down = compress(contributes, n, true, ids);
  const indicators = compress(measures, n, true, ids);
  const measured = compress(measures, n, false, ids);
  const dutyBearers = compress(accountable, n, true, ids);
  const accountableFor = compress(accountable, n, false, ids);
  const rightsHolders = compress(benefits, n, true, ids);
  const benefitsFrom = compress(benefits, n, false, ids);

  let relations: readonly Relation[] | undefined;
  let byKey: ReadonlyMap<string, Relation> | undefined;
  let order: Int32Array | undefined;
  let resultsById: Int32Array | undefined;
  const index: ModelIndex = {
    nodes,
    ids,
    position: at,
    kinds,
    up,
    down,
    indicators,
    measured,
    dutyBearers,
    accountable: accountableFor,
    rightsHolders,
    benefits: benefitsFrom,
    linkAssumptions: { offsets: Int32Array.from(linkOffsets), targets: Int32Array.from(linkTargets) },
    aggregation,
    assessed,
    relations: () => (relations ??= buildRelations(nodes)),
    relation: (key) => {
      byKey ??= new Map(index.relations().map((r) => [r.key, r]));
      return byKey.get(key);
    },
    causalOrder: () => (order ??= causalOrder(index)),
    resultsById: () => {
      if (resultsById === undefined) {
        const list: number[] = [];
        for (let i = 0; i < n; i++) if (isResult(kinds[i] as number)) list.push(i);
        resultsById = Int32Array.from(sortById(list, ids));
      }
      return resultsById;
    },
  };
  return index;
}

/**
 * Turns an edge list into adjacency lists, keyed by `from` (or by `to` when
 * `reverse`), each list sorted by the id of its targets. Counting sort, then
 * a small sort per list.
 */
function compress(edges: EdgeList, n: number, reverse: boolean, ids: readonly string[]): Adjacency {
  const m = edges.length;
  const key = reverse ? edges.to : edges.from;
  const other = reverse ? edges.from : edges.to;
  const offsets = new Int32Array(n + 1);
  for (let k = 0; k < m; k++) offsets[(key[k] as number) + 1] = (offsets[(key[k] as number) + 1] as number) + 1;
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(m);
  const weights = new Float64Array(m);
  const refs = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    const slot = fill[key[k] as number] as number;
    fill[key[k] as number] = slot + 1;
    targets[slot] = other[k] as number;
    weights[slot] = edges.weight[k] as number;
    refs[slot] = edges.ref[k] as number;
  }
  for (let i = 0; i < n; i++) {
    const start = offsets[i] as number;
    const end = offsets[i + 1] as number;
    if (end - start > 1) sortSegment(targets, weights, refs, start, end, ids);
  }
  return { offsets, targets, weights, refs };
}

/** Sorts one adjacency list by target id: insertion sort when short, else through an index array. */
function sortSegment(targets: Int32Array, weights: Float64Array, refs: Int32Array, start: number, end: number, ids: readonly string[]): void {
  if (end - start <= 16) {
    for (let k = start + 1; k < end; k++) {
      const t = targets[k] as number;
      const w = weights[k] as number;
      const r = refs[k] as number;
      const tid = ids[t] as string;
      let j = k - 1;
      while (j >= start && (ids[targets[j] as number] as string) > tid) {
        targets[j + 1] = targets[j] as number;
        weights[j + 1] = weights[j] as number;
        refs[j + 1] = refs[j] as number;
        j--;
      }
      targets[j + 1] = t;
      weights[j + 1] = w;
      refs[j + 1] = r;
    }
    return;
  }
  const order = Array.from({ length: end - start }, (_, k) => start + k);
  order.sort((a, b) => compareIds(ids[targets[a] as number] as string, ids[targets[b] as number] as string));
  const t = order.map((k) => targets[k] as number);
  const w = order.map((k) => weights[k] as number);
  const r = order.map((k) => refs[k] as number);
  targets.set(t, start);
  weights.set(w, start);
  refs.set(r, start);
}

/** Every relation with defaults applied, `underpins` derived, sorted by key, deep-frozen. */
function buildRelations(nodes: readonly NodeDocument[]): readonly Relation[] {
  const relations: Relation[] = [];
  const underpins = new Map<string, { from: string; to: string; links: string[] }>();
  for (const node of nodes) {
    for (const relation of relationsOf(node)) {
      relations.push(relation);
      if (relation.kind !== 'contributes-to') continue;
      for (const assumption of relation.assumptions) {
        const key = relationKey('underpins', assumption, relation.to);
        const entry = underpins.get(key) ?? { from: assumption, to: relation.to, links: [] };
        entry.links.push(relation.key);
        underpins.set(key, entry);
      }
    }
  }
  for (const [key, { from, to, links }] of underpins) {
    relations.push({ kind: 'underpins', key, from, to, links: links.sort(compareIds) });
  }
  relations.sort((a, b) => compareIds(a.key, b.key));
  // Relations are handed out by the model: frozen, so no caller can change it through them.
  return deepFreeze(relations);
}

/** Code-unit order of two strings: locale-independent, so output is the same on every machine. @internal */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Sorts node positions by id (`ids[i]`), in place, and returns them. Stable;
 * lists already in id order (as when ids are written in order) are only checked.
 * @internal
 */
export function sortById(list: number[], ids: readonly string[]): number[] {
  let sorted = true;
  for (let k = 1; k < list.length && sorted; k++) sorted = (ids[list[k - 1] as number] as string) <= (ids[list[k] as number] as string);
  if (!sorted) list.sort((a, b) => compareIds(ids[a] as string, ids[b] as string));
  return list;
}

/** Breadth-first walk from `start` along `edges`, not including `start`. Iterative. @internal */
export function reach(edges: Adjacency, start: number): number[] {
  const seen = new Uint8Array(edges.offsets.length - 1);
  seen[start] = 1;
  const order: number[] = [];
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head] as number;
    const end = edges.offsets[v + 1] as number;
    for (let k = edges.offsets[v] as number; k < end; k++) {
      const next = edges.targets[k] as number;
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
export function causalOrder(index: Pick<ModelIndex, 'up' | 'down' | 'resultsById'>): Int32Array {
  const { up, down } = index;
  const byId = index.resultsById();
  const pending = new Int32Array(up.offsets.length - 1);
  const order = new Int32Array(byId.length);
  let length = 0;
  // Those nothing contributes to come first, by id.
  for (const r of byId) {
    pending[r] = degree(down, r);
    if (pending[r] === 0) order[length++] = r;
  }
  for (let head = 0; head < length; head++) {
    const v = order[head] as number;
    const end = up.offsets[v + 1] as number;
    for (let k = up.offsets[v] as number; k < end; k++) {
      const parent = up.targets[k] as number;
      pending[parent] = (pending[parent] as number) - 1;
      if (pending[parent] === 0) order[length++] = parent;
    }
  }
  return length === order.length ? order : order.slice(0, length);
}

/** Whether a {@link KIND_CODE} is a goal's or an objective's. */
function isResult(kind: number): boolean {
  return kind === KIND_CODE.goal || kind === KIND_CODE.objective;
}
