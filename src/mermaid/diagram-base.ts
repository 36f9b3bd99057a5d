import type { NodeDocument } from '../document/types.js';
import type { Model } from '../model/model.js';
import type { Relation } from '../model/relations.js';
import { labelParts, type LabelParts } from './label.js';
import { compareIds } from '../model/model-index.js';
import { nodeIdsOf } from './node-ids.js';
import type { Selection } from './select.js';
import type { ClassName } from './styles.js';

/** The order kinds are declared in, within the diagram and each subgraph. */
const KIND_ORDER: { readonly [K in NodeDocument['kind']]: number } = {
  goal: 0,
  objective: 1,
  indicator: 2,
  'duty-bearer': 3,
  'rights-holder': 4,
  assumption: 5,
};

/** The edge of each relation kind: contributes-to solid, the others dotted, arrows towards the result. */
const ARROW: { readonly [K in Relation['kind']]: string } = {
  'contributes-to': '-->',
  measures: '-.->',
  'accountable-for': '-.-',
  'benefits-from': '-.-',
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
 * What every diagram of a model needs, whatever the options: the node ids and
 * the declaration order are worked out on a model's first diagram; each
 * node's and relation's {@link DiagramNode} or {@link DiagramLink} on the first
 * diagram that draws it. All is kept for the next diagram (a model never changes).
 * @internal
 */
export class DiagramBase {
  /** The Mermaid node id of each node, by model id. */
  readonly ids: ReadonlyMap<string, string>;
  /** Every node in the order nodes are declared: by kind (goals first), then by id in code-unit order. */
  readonly order: readonly NodeDocument[];
  /** The id of each entry of {@link order}: quicker to read than from node documents of many shapes. */
  readonly keys: readonly string[];
  /** The model's relations: `model.relations`. */
  readonly relations: readonly Relation[];
  private readonly model: Model;
  /** The {@link DiagramNode} of each entry of {@link order}, once drawn. */
  private readonly nodes: (DiagramNode | undefined)[];
  /** The {@link DiagramLink} of each entry of {@link relations}, once drawn. */
  private readonly links: (DiagramLink | undefined)[];

  constructor(model: Model) {
    this.model = model;
    this.ids = nodeIdsOf(model);
    // Sort keys read once per node: node documents come in many shapes, slow to read in a comparison.
    const keyed = model.nodes.map((node) => ({ rank: KIND_ORDER[node.kind], key: node.id, node }));
    keyed.sort((a, b) => a.rank - b.rank || compareIds(a.key, b.key));
    this.order = keyed.map(({ node }) => node);
    this.keys = keyed.map(({ key }) => key);
    this.relations = model.relations;
    this.nodes = new Array<DiagramNode | undefined>(this.order.length).fill(undefined);
    this.links = new Array<DiagramLink | undefined>(this.relations.length).fill(undefined);
  }

  /** The {@link DiagramNode} of `order[index]`, worked out on first use. */
  node(index: number): DiagramNode {
    return this.nodes[index] ?? (this.nodes[index] = diagramNode(this.model, this.ids, this.order[index] as NodeDocument));
  }

  /** The {@link DiagramLink} of `relations[index]`, worked out on first use. */
  link(index: number): DiagramLink {
    return this.links[index] ?? (this.links[index] = diagramLink(this.model, this.ids, this.relations[index] as Relation));
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

function diagramLink(model: Model, ids: ReadonlyMap<string, string>, relation: Relation): DiagramLink {
  const contributes = relation.kind === 'contributes-to';
  return {
    relation,
    line: linkLine(ids, relation, ''),
    contributes,
    weight: contributes ? relation.weight : 1,
    assumptionFails: contributes && relation.assumptions.some((id) => isFailing(model.node(id))),
  };
}

/** A relation as every diagram of its model draws it, whatever the options and report. @internal */
export interface DiagramLink {
  readonly relation: Relation;
  /** The line without a label: `  n… --> n…`. */
  readonly line: string;
  /** Whether it is a contributes-to link, the only kind labelled. */
  readonly contributes: boolean;
  /** Its weight (1 unless a contributes-to link says otherwise). */
  readonly weight: number;
  /** Whether it rests on an assumption whose status is `fails`. */
  readonly assumptionFails: boolean;
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
export function linkLine(ids: ReadonlyMap<string, string>, relation: Relation, label: string): string {
  return [INDENT, ids.get(relation.from) as string, ' ', ARROW[relation.kind], label, ' ', ids.get(relation.to) as string].join('');
}

function isFailing(node: NodeDocument | undefined): boolean {
  return node?.kind === 'assumption' && node.status === 'fails';
}

/** What a selection draws, as its model's {@link DiagramNode}s and {@link DiagramLink}s. @internal */
export interface Drawn {
  /** The nodes drawn, in the order of {@link DiagramBase.order}. */
  readonly nodes: readonly DiagramNode[];
  /** The link of each relation drawn, in the order of the selection's relations. */
  readonly links: readonly DiagramLink[];
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
        links.push(base.link(i));
        j++;
      }
    }
    const nodes: DiagramNode[] = [];
    for (let i = 0; i < keys.length; i++) {
      if (selection.nodes.has(keys[i] as string)) nodes.push(base.node(i));
    }
    drawn = { nodes, links };
    drawnBySelection.set(selection, drawn);
  }
  return drawn;
}

/** The opening and closing of each shape, with the quotes of the label: the closings are shared by every node. */
const SHAPES = {
  goal: ['(["', '"])'],
  objective: ['["', '"]'],
  subObjective: ['("', '")'],
  indicator: ['[/"', '"/]'],
  dutyBearer: ['[["', '"]]'],
  rightsHolder: ['>"', '"]'],
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
    case 'assumption':
      return node.status === 'fails' ? 'assumptionFails' : 'assumption';
  }
}
