import type { NodeDocument, NodeKind } from '../document/types.js';
import { deepFreeze } from '../document/deep-freeze.js';
import { Adjacency } from './adjacency.js';
import { compareIds } from './compare-ids.js';
import { EdgeList } from './edge-list.js';
import { Lists } from './lists.js';
import { relationKey, relationsOf, type Relation } from './relations.js';

export { compareIds } from './compare-ids.js';

/** Node kinds as small integers, for typed arrays. @internal */
export const KIND_CODE: { readonly [K in NodeKind]: number } = {
  goal: 0,
  objective: 1,
  'duty-bearer': 2,
  'rights-holder': 3,
  indicator: 4,
  assumption: 5,
  'boundary-partner': 6,
};

/** Aggregation methods as small integers, for typed arrays (0: none written). @internal */
export const AGGREGATION_CODE = { 'weighted-mean': 1, 'weakest-link': 2 } as const;

/** The aggregation code of a name a document gives that is not built in: a function registered in code. @internal */
export const NAMED_AGGREGATION = 3;

/** The code of an aggregation written in a document: a built-in one's, else {@link NAMED_AGGREGATION}. @internal */
export function aggregationCode(name: string): number {
  return Object.prototype.hasOwnProperty.call(AGGREGATION_CODE, name) ? AGGREGATION_CODE[name as keyof typeof AGGREGATION_CODE] : NAMED_AGGREGATION;
}

/**
 * The compact index behind a {@link Model}. Nodes are known by their position
 * in the document (`nodes[i]`, `ids[i]`); everything derived from them is read
 * through methods and {@link Adjacency} lists, never through the arrays that
 * hold it, so the representation can change without changing its readers.
 * Lists of neighbours are sorted by id, which makes every traversal
 * independent of the order nodes were written in. The relation objects are
 * built only when first asked for.
 * @internal
 */
export interface ModelIndex {
  readonly nodes: readonly NodeDocument[];
  /** Each node's id, by position (read from here: nodes come in many shapes, which makes reading `.id` slow). */
  readonly ids: readonly string[];
  readonly position: ReadonlyMap<string, number>;
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
  /** engaged-in: boundary partners per node, and nodes per boundary partner. */
  readonly boundaryPartners: Adjacency;
  readonly engaged: Adjacency;
  /**
   * underpins: the assumptions each contributes-to link rests on, as written,
   * keyed by the link's number (`up.relation(k)` or `down.relation(k)`).
   */
  readonly linkAssumptions: Lists;
  /** The kind of node `i`, as {@link KIND_CODE}. */
  kind(i: number): number;
  /** The aggregation written on node `i`, as {@link AGGREGATION_CODE}, or {@link NAMED_AGGREGATION} for a registered function's name; 0 where none is (and for nodes other than goals and objectives). */
  aggregationOf(i: number): number;
  /** Whether node `i` is a goal or objective with assessments. */
  isAssessed(i: number): boolean;
  /** Every relation, sorted by key, deep-frozen (built on first use). */
  relations(): readonly Relation[];
  /** The relation with this key (the lookup table is built on first use). */
  relation(key: string): Relation | undefined;
  /** Goals and objectives in causal order (see {@link causalOrder}), computed once. */
  causalOrder(): Int32Array;
  /** Goals and objectives sorted by id, computed once. */
  resultsById(): Int32Array;
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
  const kinds = new Uint8Array(n);
  // Contributes-to links are numbered as pushed (node, then position in its list): the assumptions of
  // link `k` are linkTargets[linkOffsets[k]] to linkTargets[linkOffsets[k + 1] - 1], as written.
  const linkOffsets: number[] = [0];
  const linkTargets: number[] = [];
  const contributes = new EdgeList(n);
  const measures = new EdgeList(n);
  const accountable = new EdgeList(16);
  const benefits = new EdgeList(16);
  const engaged = new EdgeList(16);

  for (let i = 0; i < n; i++) {
    const node = nodes[i] as NodeDocument;
    kinds[i] = KIND_CODE[node.kind];
    switch (node.kind) {
      case 'goal':
      case 'objective': {
        // Read here, while the node is at hand: the roll-up needs them.
        if (node.aggregation !== undefined) aggregation[i] = aggregationCode(node.aggregation);
        if (node.assessments !== undefined && node.assessments.length > 0) assessed[i] = 1;
        const refs = node.contributesTo;
        if (refs === undefined) break;
        for (let j = 0; j < refs.length; j++) {
          const ref = refs[j] as (typeof refs)[number];
          if (typeof ref === 'string') contributes.push(i, at.get(ref) as number, 1);
          else {
            contributes.push(i, at.get(ref.to) as number, ref.weight ?? 1);
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
          if (typeof ref === 'string') measures.push(i, at.get(ref) as number, 1);
          else measures.push(i, at.get(ref.to) as number, ref.weight ?? 1);
        }
        break;
      }
      case 'duty-bearer': {
        const refs = node.accountableFor ?? [];
        for (let j = 0; j < refs.length; j++) accountable.push(i, at.get(refs[j] as string) as number, 1);
        break;
      }
      case 'rights-holder': {
        const refs = node.benefitsFrom ?? [];
        for (let j = 0; j < refs.length; j++) benefits.push(i, at.get(refs[j] as string) as number, 1);
        break;
      }
      case 'boundary-partner': {
        const refs = node.engagedIn ?? [];
        for (let j = 0; j < refs.length; j++) engaged.push(i, at.get(refs[j] as string) as number, 1);
        break;
      }
      case 'assumption':
        break;
    }
  }

  const up = Adjacency.fromEdges(contributes, n, false, ids);
  const down = Adjacency.fromEdges(contributes, n, true, ids);
  const indicators = Adjacency.fromEdges(measures, n, true, ids);
  const measured = Adjacency.fromEdges(measures, n, false, ids);
  const dutyBearers = Adjacency.fromEdges(accountable, n, true, ids);
  const accountableFor = Adjacency.fromEdges(accountable, n, false, ids);
  const rightsHolders = Adjacency.fromEdges(benefits, n, true, ids);
  const benefitsFrom = Adjacency.fromEdges(benefits, n, false, ids);
  const boundaryPartners = Adjacency.fromEdges(engaged, n, true, ids);
  const engagedIn = Adjacency.fromEdges(engaged, n, false, ids);

  let relations: readonly Relation[] | undefined;
  let byKey: ReadonlyMap<string, Relation> | undefined;
  let order: Int32Array | undefined;
  let resultsById: Int32Array | undefined;
  const index: ModelIndex = {
    nodes,
    ids,
    position: at,
    up,
    down,
    indicators,
    measured,
    dutyBearers,
    accountable: accountableFor,
    rightsHolders,
    benefits: benefitsFrom,
    boundaryPartners,
    engaged: engagedIn,
    linkAssumptions: new Lists(Int32Array.from(linkOffsets), Int32Array.from(linkTargets)),
    kind: (i) => kinds[i] as number,
    aggregationOf: (i) => aggregation[i] as number,
    isAssessed: (i) => assessed[i] === 1,
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

/**
 * Goals and objectives in causal order: every node after all that contribute
 * to it (Kahn's algorithm, ties broken by id). Iterative.
 * @internal
 */
export function causalOrder(index: Pick<ModelIndex, 'up' | 'down' | 'resultsById'>): Int32Array {
  const { up, down } = index;
  const byId = index.resultsById();
  const pending = new Int32Array(up.keys);
  const order = new Int32Array(byId.length);
  let length = 0;
  // Those nothing contributes to come first, by id.
  for (const r of byId) {
    pending[r] = down.count(r);
    if (pending[r] === 0) order[length++] = r;
  }
  for (let head = 0; head < length; head++) {
    const v = order[head] as number;
    for (let k = up.first(v), end = up.end(v); k < end; k++) {
      const parent = up.node(k);
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
