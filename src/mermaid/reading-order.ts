import type { NodeDocument } from '../document/types.js';
import { compareRefs } from '../model/compare-refs.js';
import type { Model } from '../model/model.js';
import { compareIds } from '../model/model-index.js';

/** The order kinds are declared in, within the diagram and each subgraph. */
const KIND_ORDER: { readonly [K in NodeDocument['kind']]: number } = {
  goal: 0,
  objective: 1,
  indicator: 2,
  'duty-bearer': 3,
  'rights-holder': 4,
  'boundary-partner': 5,
  assumption: 6,
};

/** The order a person reads a model in, as the diagrams declare it. @internal */
export interface ReadingOrder {
  /** Every node: goals, then objectives, in natural `ref` order; then the others by {@link ReadingOrder.place}, then kind. */
  readonly order: readonly NodeDocument[];
  /**
   * Where each node is read: a goal's or objective's index in {@link ReadingOrder.order};
   * for an indicator, actor or assumption, the index of the last goal or objective (in that
   * order) it links to, the most specific one (`1.1` rather than `1`); absent for one that
   * links to none.
   */
  readonly place: ReadonlyMap<string, number>;
  /**
   * The key objective (an objective contributing directly to a goal) each
   * goal or objective falls under: itself for a key objective, the first key
   * objective in reading order it contributes to, directly or not, for the
   * objectives below; goals and objectives under no key objective have none.
   */
  readonly branch: ReadonlyMap<string, string>;
}

/**
 * The {@link ReadingOrder} of a model: goals and objectives sorted by `ref` as
 * people number them (`1`, `2`, `10`; `1.1`, `1.2`), those without a ref after
 * them by id; then indicators, actors and assumptions together, sorted by the
 * last goal or objective (in that order) they link to, then by kind, `ref` and id. Mermaid's
 * layout starts from the declaration order, each node's first neighbours
 * before its later ones, and keeps it from left to right (top to bottom in
 * `LR` and `RL`) where no crossing forces otherwise: an actor accountable for
 * `1` and `1.2` must come after one accountable for `1` and `1.1`, or it would
 * pull `1.2` to the left of `1.1`.
 * @internal
 */
export function readingOrderOf(model: Model): ReadingOrder {
  const results = model.nodes.filter((node) => node.kind === 'goal' || node.kind === 'objective');
  results.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || compareByRef(a, b));
  const position = new Map<string, number>();
  results.forEach((node, i) => position.set(node.id, i));

  // Where each other node is read: the highest position of the results it measures, serves or qualifies.
  const place = new Map(position);
  const note = (id: string, at: number | undefined): void => {
    if (at === undefined) return;
    const known = place.get(id);
    if (known === undefined || at > known) place.set(id, at);
  };
  for (const relation of model.relations) {
    if (relation.kind === 'contributes-to') for (const assumption of relation.assumptions) note(assumption, position.get(relation.to));
    else if (relation.kind !== 'underpins') note(relation.from, position.get(relation.to));
  }
  const others = model.nodes.filter((node) => node.kind !== 'goal' && node.kind !== 'objective');
  const at = (node: NodeDocument): number => place.get(node.id) ?? Number.POSITIVE_INFINITY;
  // Indicators, actors and assumptions all by place first: each pulls the results it links to into the order it is declared in.
  others.sort((a, b) => compareNumbers(at(a), at(b)) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || compareByRef(a, b));

  const branch = new Map<string, string>();
  const keys = results.filter((node) => node.kind === 'objective' && model.parents(node.id).some((p) => model.node(p)?.kind === 'goal'));
  // Walking down from the keys in reading order, a node already reached needs no second visit.
  for (const key of keys) {
    if (branch.has(key.id)) continue;
    branch.set(key.id, key.id);
    const queue = [key.id];
    for (let head = 0; head < queue.length; head++) {
      for (const child of model.children(queue[head] as string)) {
        if (branch.has(child)) continue;
        branch.set(child, key.id);
        queue.push(child);
      }
    }
  }
  return { order: [...results, ...others], place, branch };
}

/** By `ref` as people number them, nodes with a ref first; then by id. */
function compareByRef(a: NodeDocument, b: NodeDocument): number {
  const p = a.ref === undefined || a.ref === '' ? undefined : a.ref;
  const q = b.ref === undefined || b.ref === '' ? undefined : b.ref;
  if (p !== undefined && q !== undefined) return compareRefs(p, q) || compareIds(a.id, b.id);
  if (p !== undefined) return -1;
  if (q !== undefined) return 1;
  return compareIds(a.id, b.id);
}

function compareNumbers(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}
