import type { NodeDocument } from '../document/types.js';
import type { AssumptionChain } from './assumption-chains.js';
import type { DiagramBase, DiagramLink, DiagramNode } from './diagram-base.js';
import type { Selection } from './select.js';

/** What a selection draws, as its model's {@link DiagramNode}s and {@link DiagramLink}s. @internal */
export interface Drawn {
  /** The nodes drawn, in the order of {@link DiagramBase.order}: an actor linked into several branches once per branch drawn. */
  readonly nodes: readonly DiagramNode[];
  /**
   * The link of each relation drawn, in reading order (contributor, then
   * target). No `underpins` relation: an assumption shown is drawn on the
   * links it qualifies (see {@link Drawn.chains}).
   */
  readonly links: readonly DiagramLink[];
  /** For each entry of {@link Drawn.links}, the assumptions it is drawn through, if any. */
  readonly chains: readonly (AssumptionChain | undefined)[];
}

const drawnBySelection = new WeakMap<Selection, Drawn>();

/**
 * What a selection of the model of `base` draws: kept with the selection,
 * which is kept itself for a whole model (see `selectNodes`). The selection's
 * relations must be the model's, as `selectNodes` gives them: some of
 * `model.relations`, in the same order.
 * @internal
 */
export function drawnOf(base: DiagramBase, selection: Selection): Drawn {
  let drawn = drawnBySelection.get(selection);
  if (drawn === undefined) {
    // The selection's relations are some of the model's, in the same order.
    const links: DiagramLink[] = [];
    const { relations, keys } = base;
    for (let i = 0, j = 0; i < relations.length && j < selection.relations.length; i++) {
      if (relations[i] === selection.relations[j]) {
        if (relations[i]?.kind !== 'underpins') links.push(base.link(i));
        j++;
      }
    }
    // Links in reading order too: Mermaid's layout visits each node's neighbours in the order of its links.
    const at = (id: string): number => base.place.get(id) ?? Number.POSITIVE_INFINITY;
    const linkOrder = links.map((link, index) => ({ link, from: at(link.relation.from), to: at(link.relation.to), index }));
    linkOrder.sort((a, b) => compareNumbers(a.from, b.from) || compareNumbers(a.to, b.to) || a.index - b.index);
    // Written back one by one: spreading a million links into one call overflows the stack.
    for (let k = 0; k < linkOrder.length; k++) links[k] = (linkOrder[k] as (typeof linkOrder)[number]).link;
    const used = new Set(links.map((link) => link.from));
    // A link is drawn through its assumptions when they are shown (all are, or none: see selectNodes).
    const chains = links.map((link) => {
      const chain = link.contributes ? base.chainOf(link.relation) : undefined;
      return chain !== undefined && chain.assumptions.every((id) => selection.nodes.has(id)) ? chain : undefined;
    });
    // Each assumption's nodes: one per chain drawn, read where the chain's target is.
    const assumptionNodes = new Map<string, Map<string, number>>();
    for (const chain of chains) {
      if (chain === undefined) continue;
      chain.assumptions.forEach((id, k) => {
        let copies = assumptionNodes.get(id);
        if (copies === undefined) assumptionNodes.set(id, (copies = new Map()));
        copies.set(chain.steps[k] as string, base.place.get(chain.target) ?? Number.POSITIVE_INFINITY);
      });
    }
    // Nodes in the base's order, but each copy of an actor where its own results are read.
    const placed: { readonly entry: DiagramNode; readonly kind: number; readonly place: number; readonly index: number }[] = [];
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const nodeKind = (base.order[i] as NodeDocument).kind;
      const kind = nodeKind === 'goal' ? 0 : nodeKind === 'objective' ? 1 : 2;
      if (!selection.nodes.has(key)) continue;
      const own = base.place.get(key) ?? Number.POSITIVE_INFINITY;
      const copies = base.copiesOf(key);
      const onLinks = assumptionNodes.get(key);
      const drawnCopies =
        onLinks !== undefined
          ? [...onLinks].map(([id, place]) => ({ id, place }))
          : copies === undefined
            ? []
            : [...copies.values()].filter((copy) => used.has(copy.id));
      if (drawnCopies.length === 0) placed.push({ entry: base.node(i), kind, place: own, index: placed.length });
      else for (const copy of drawnCopies) placed.push({ entry: base.copy(i, copy.id), kind, place: copy.place, index: placed.length });
    }
    placed.sort((a, b) => a.kind - b.kind || compareNumbers(a.place, b.place) || a.index - b.index);
    const nodes = placed.map((p) => p.entry);
    drawn = { nodes, links, chains };
    drawnBySelection.set(selection, drawn);
  }
  return drawn;
}

function compareNumbers(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}
