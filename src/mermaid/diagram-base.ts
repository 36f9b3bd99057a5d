import type { NodeDocument } from '../document/types.js';
import { assumptionStatus, evidenceBalance } from '../model/evidence-balance.js';
import type { Model } from '../model/model.js';
import type { Relation } from '../model/relations.js';
import { labelParts, type LabelParts } from './label.js';
import { nodeIdsOf } from './node-ids.js';
import { actorCopies, type ActorCopy } from './actor-copies.js';
import { assumptionChains, type AssumptionChain } from './assumption-chains.js';
import { readingOrderOf, type ReadingOrder } from './reading-order.js';
import type { ClassName } from './styles.js';

/** The edge of each relation kind: contributes-to solid, the others dotted, arrows towards the result. */
const ARROW: { readonly [K in Relation['kind']]: string } = {
  'contributes-to': '-->',
  measures: '-.->',
  'accountable-for': '-.-',
  'benefits-from': '-.-',
  'engaged-in': '-.-',
  underpins: '-.-',
};

/** The indentation of one level. @internal */
export const INDENT = '  ';

/** A node as every diagram of its model draws it, whatever the options and report. @internal */
export interface DiagramNode extends LabelParts {
  /** Its model id: `node.id`. */
  readonly key: string;
  /** Its Mermaid node id (see {@link nodeIdsOf}). */
  readonly id: string;
  /** Its declaration up to the label: the Mermaid id, the opening of its shape and a quote, e.g. `n0k3f9a2(["`. */
  readonly open: string;
  /** Its declaration after the label: a quote and the closing of its shape, e.g. `"])`. */
  readonly close: string;
  /** Its class without a report. */
  readonly kindClass: ClassName;
}

/**
 * What every diagram of a model needs, whatever the options: the node ids, the
 * declaration order and where each actor is drawn are worked out on a model's
 * first diagram; each node's and relation's {@link DiagramNode} or
 * {@link DiagramLink} on the first diagram that draws it. All is kept for the
 * next diagram (a model never changes).
 *
 * A duty bearer or rights holder linked to results under several key
 * objectives is drawn once under each (and once beside the goals, if linked to
 * one), so that it stands with what it is accountable for, and its lines do not
 * cross every other branch. The first of these copies has the actor's own
 * Mermaid id; each other one that id, `_` and the Mermaid id of its key
 * objective without the `n` (`_top` beside the goals). An assumption is drawn
 * on the links it qualifies, once per {@link AssumptionChain}.
 * @internal
 */
export class DiagramBase {
  /** The Mermaid node id of each node, by model id. */
  readonly ids: ReadonlyMap<string, string>;
  /** Every node in the order nodes are declared (see {@link readingOrderOf}). */
  readonly order: readonly NodeDocument[];
  /** The id of each entry of {@link order}: quicker to read than from node documents of many shapes. */
  readonly keys: readonly string[];
  /** The key objective each goal or objective falls under (see {@link readingOrderOf}). */
  readonly branch: ReadonlyMap<string, string>;
  /** The model's relations: `model.relations`. */
  readonly relations: readonly Relation[];
  /** Where each node of {@link order} is read (see {@link ReadingOrder.place}). */
  readonly place: ReadonlyMap<string, number>;
  /** The copies of each actor drawn in several places, by actor id and branch (`''` beside the goals). */
  private readonly copies: ReadonlyMap<string, ReadonlyMap<string, ActorCopy>>;
  /** The assumptions each contributes-to link resting on some is drawn through, by relation key. */
  private readonly chains: ReadonlyMap<string, AssumptionChain>;
  private readonly model: Model;
  /** The {@link DiagramNode} of each entry of {@link order}, once drawn. */
  private readonly nodes: (DiagramNode | undefined)[];
  /** The {@link DiagramNode} of each actor's copy, by Mermaid id, once drawn. */
  private readonly copyNodes = new Map<string, DiagramNode>();
  /** The {@link DiagramLink} of each entry of {@link relations}, once drawn. */
  private readonly links: (DiagramLink | undefined)[];

  constructor(model: Model) {
    this.model = model;
    this.ids = nodeIdsOf(model);
    const { order, place, branch } = readingOrderOf(model);
    this.order = order;
    this.keys = order.map((node) => node.id);
    this.place = place;
    this.branch = branch;
    this.relations = model.relations;
    this.copies = actorCopies(model, place, branch, this.ids);
    this.chains = assumptionChains(model, place, this.ids);
    this.nodes = new Array<DiagramNode | undefined>(this.order.length).fill(undefined);
    this.links = new Array<DiagramLink | undefined>(this.relations.length).fill(undefined);
  }

  /** The {@link DiagramNode} of `order[index]`, worked out on first use. */
  node(index: number): DiagramNode {
    return this.nodes[index] ?? (this.nodes[index] = diagramNode(this.model, this.ids, this.order[index] as NodeDocument));
  }

  /** The branch an actor's link to `to` is drawn in: the key objective of `to`, or `''` beside the goals. */
  branchOf(to: string): string {
    return this.branch.get(to) ?? '';
  }

  /** The Mermaid id of the node a relation is drawn from: an actor's copy in the branch of `to`, else the node's own id. */
  drawnFrom(relation: Relation): string {
    const copies = this.copies.get(relation.from);
    return copies?.get(this.branchOf(relation.to))?.id ?? (this.ids.get(relation.from) as string);
  }

  /** The branches an actor is drawn in, with each copy; `undefined` for a node drawn once. */
  copiesOf(id: string): ReadonlyMap<string, ActorCopy> | undefined {
    return this.copies.get(id);
  }

  /** The assumptions a contributes-to link is drawn through when they are shown; `undefined` for a link resting on none. */
  chainOf(relation: Relation): AssumptionChain | undefined {
    return this.chains.get(relation.key);
  }

  /** The {@link DiagramNode} of the copy of `order[index]` with Mermaid id `copyId`. */
  copy(index: number, copyId: string): DiagramNode {
    const own = this.node(index);
    if (copyId === own.id) return own;
    let entry = this.copyNodes.get(copyId);
    if (entry === undefined) {
      entry = { ...own, id: copyId, open: copyId + own.open.slice(own.id.length) };
      this.copyNodes.set(copyId, entry);
    }
    return entry;
  }

  /** The {@link DiagramLink} of `relations[index]`, worked out on first use. */
  link(index: number): DiagramLink {
    const relation = this.relations[index] as Relation;
    return this.links[index] ?? (this.links[index] = diagramLink(this.model, this.ids, relation, this.drawnFrom(relation)));
  }

  /** How many nodes and links are worked out so far: for tests. */
  filled(): { readonly nodes: number; readonly links: number } {
    const count = (list: readonly unknown[]): number => list.reduce<number>((n, entry) => (entry === undefined ? n : n + 1), 0);
    return { nodes: count(this.nodes), links: count(this.links) };
  }
}

function diagramNode(model: Model, ids: ReadonlyMap<string, string>, node: NodeDocument): DiagramNode {
  const id = ids.get(node.id) as string;
  const isSubObjective = node.kind === 'objective' && model.parents(node.id).some((parent) => model.node(parent)?.kind === 'objective');
  const [open, close] = shapeOf(node, isSubObjective);
  const { head, note } = labelParts(node);
  // One object literal with every field, so that all entries share a shape and reading them stays fast.
  return { node, head, note, key: node.id, id, open: id + open, close, kindClass: classOf(node, isSubObjective) };
}

function diagramLink(model: Model, ids: ReadonlyMap<string, string>, relation: Relation, from: string): DiagramLink {
  const contributes = relation.kind === 'contributes-to';
  return {
    relation,
    from,
    line: linkLine(ids, relation, '', from),
    contributes,
    weight: contributes ? relation.weight : 1,
    assumptionFails: contributes && relation.assumptions.some((id) => isFailing(model.node(id))),
    challenged: contributes && relation.evidence !== undefined && relation.evidence.length > 0 && evidenceBalance(relation.evidence).onlyChallenging,
  };
}

/** A relation as every diagram of its model draws it, whatever the options and report. @internal */
export interface DiagramLink {
  readonly relation: Relation;
  /** The Mermaid id it is drawn from: an actor's copy in the branch of `relation.to`, else the node's own. */
  readonly from: string;
  /** The line without a label: `  n… --> n…`. */
  readonly line: string;
  /** Whether it is a contributes-to link, the only kind labelled. */
  readonly contributes: boolean;
  /** Its weight (1 unless a contributes-to link says otherwise). */
  readonly weight: number;
  /** Whether it rests on an assumption whose status is `fails` (written, or argued from its evidence). */
  readonly assumptionFails: boolean;
  /** Whether its evidence only challenges it: drawn like a link on a failing assumption. */
  readonly challenged: boolean;
}

const bases = new WeakMap<Model, DiagramBase>();

/** The {@link DiagramBase} of a model, made once. @internal */
export function diagramBase(model: Model): DiagramBase {
  let base = bases.get(model);
  if (base === undefined) {
    base = new DiagramBase(model);
    bases.set(model, base);
  }
  return base;
}

/**
 * A relation's line, with a label (`|"…"|`, encoded) or without (`''`). Joined
 * from its parts, so kept as one flat string.
 * @internal
 */
export function linkLine(ids: ReadonlyMap<string, string>, relation: Relation, label: string, from = ids.get(relation.from) as string): string {
  return [INDENT, from, ' ', ARROW[relation.kind], label, ' ', ids.get(relation.to) as string].join('');
}

function isFailing(node: NodeDocument | undefined): boolean {
  return node?.kind === 'assumption' && assumptionStatus(node).status === 'fails';
}

/** The opening and closing of each shape, with the quotes of the label: the closings are shared by every node. @internal */
export const SHAPES = {
  goal: ['(["', '"])'],
  objective: ['["', '"]'],
  subObjective: ['("', '")'],
  indicator: ['[/"', '"/]'],
  dutyBearer: ['[["', '"]]'],
  rightsHolder: ['>"', '"]'],
  boundaryPartner: ['[/"', '"\\]'],
  assumption: ['{{"', '"}}'],
} as const;

/** The opening and closing of a node's shape, with the quotes of the label. */
function shapeOf(node: NodeDocument, isSubObjective: boolean): readonly [string, string] {
  switch (node.kind) {
    case 'goal':
      return SHAPES.goal;
    case 'objective':
      return isSubObjective ? SHAPES.subObjective : SHAPES.objective;
    case 'indicator':
      return SHAPES.indicator;
    case 'duty-bearer':
      return SHAPES.dutyBearer;
    case 'rights-holder':
      return SHAPES.rightsHolder;
    case 'boundary-partner':
      return SHAPES.boundaryPartner;
    case 'assumption':
      return SHAPES.assumption;
  }
}

/** A node's class without a report: its kind, or whether an assumption fails. */
function classOf(node: NodeDocument, isSubObjective: boolean): ClassName {
  switch (node.kind) {
    case 'goal':
      return 'goal';
    case 'objective':
      return isSubObjective ? 'subObjective' : 'objective';
    case 'indicator':
      return 'indicator';
    case 'duty-bearer':
      return 'dutyBearer';
    case 'rights-holder':
      return 'rightsHolder';
    case 'boundary-partner':
      return 'boundaryPartner';
    case 'assumption':
      return assumptionStatus(node).status === 'fails' ? 'assumptionFails' : 'assumption';
  }
}
