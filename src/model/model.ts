import type {
  AssumptionDocument,
  BoundaryPartnerDocument,
  DutyBearerDocument,
  IndicatorDocument,
  NodeDocument,
  NodeKind,
  RightsHolderDocument,
  TheoryOfChangeDocument,
} from '../document/types.js';
import type { Adjacency } from './adjacency.js';
import { buildIndex, type ModelIndex } from './model-index.js';
import { reach } from './reach.js';
import type { Relation } from './relations.js';

/** The node of a given kind. */
export type NodeOfKind<K extends NodeKind> = Extract<NodeDocument, { kind: K }>;

/**
 * A validated, immutable theory of change. Get one from {@link validate},
 * {@link loadModel} or the {@link theoryOfChange} builder.
 *
 * Causal queries (`children`, `parents`, `ancestors`, `descendants`, `roots`,
 * `leaves`, `topologicalOrder`) follow the contributes-to links between goals
 * and objectives: a node's children contribute to it, its parents are what it
 * contributes to. Indicators, duty bearers, rights holders and assumptions
 * have their own queries. Lists are sorted by id unless said otherwise.
 *
 * @example
 * ```ts
 * const model = loadModel(document);
 * model.subObjectives('ko1'); // ['so1.1', 'so1.2', 'so1.3']
 * model.indicatorsOf('so1.1'); // ['laws-passed']
 * ```
 */
export class Model {
  /** The document, deep-frozen; `toDocument(model)` returns it. */
  readonly document: TheoryOfChangeDocument;
  readonly #index: ModelIndex;
  #order: readonly string[] | undefined;

  /** @internal Use {@link validate}, {@link loadModel} or the builder. */
  constructor(document: TheoryOfChangeDocument) {
    this.document = document;
    this.#index = buildIndex(document.nodes);
    // Private fields (the lazy caches) stay writable; the public surface does not.
    Object.freeze(this);
  }

  /** @internal The compact index, for the library's own fast paths. */
  get index(): ModelIndex {
    return this.#index;
  }

  /** The theory of change's title. */
  get title(): string {
    return this.document.title;
  }

  /** Level names, top first; empty when the document names none. */
  get levels(): readonly string[] {
    return this.document.levels ?? [];
  }

  /** All nodes, in document order. */
  get nodes(): readonly NodeDocument[] {
    return this.document.nodes;
  }

  /** Every relation with defaults applied, sorted by key. */
  get relations(): readonly Relation[] {
    return this.#index.relations();
  }

  /** Whether a node has this id. */
  has(id: string): boolean {
    return this.#index.position.has(id);
  }

  /** The node with this id, or `undefined`. */
  node(id: string): NodeDocument | undefined {
    const i = this.#index.position.get(id);
    return i === undefined ? undefined : this.#index.nodes[i];
  }

  /**
   * The relation with this key, or `undefined`. A key is the relation's kind, then both
   * ids JSON-quoted: `model.relation('contributes-to:"so1.1"->"ko1"')`; each relation
   * carries its own as `key`.
   */
  relation(key: string): Relation | undefined {
    return this.#index.relation(key);
  }

  /**
   * The nodes of one kind, in document order.
   *
   * @example
   * ```ts
   * model.nodesOfKind('duty-bearer').map((d) => d.actorType);
   * ```
   */
  nodesOfKind<K extends NodeKind>(kind: K): readonly NodeOfKind<K>[] {
    return this.document.nodes.filter((n): n is NodeOfKind<K> => n.kind === kind);
  }

  /** Goals, in document order. */
  goals(): readonly NodeOfKind<'goal'>[] {
    return this.nodesOfKind('goal');
  }

  /** Objectives, in document order. */
  objectives(): readonly NodeOfKind<'objective'>[] {
    return this.nodesOfKind('objective');
  }

  /** Indicators, in document order. */
  indicators(): readonly IndicatorDocument[] {
    return this.nodesOfKind('indicator');
  }

  /** Duty bearers, in document order. */
  dutyBearers(): readonly DutyBearerDocument[] {
    return this.nodesOfKind('duty-bearer');
  }

  /** Rights holders, in document order. */
  rightsHolders(): readonly RightsHolderDocument[] {
    return this.nodesOfKind('rights-holder');
  }

  /** Boundary partners (Outcome Mapping: the actors the programme works with directly), in document order. */
  boundaryPartners(): readonly BoundaryPartnerDocument[] {
    return this.nodesOfKind('boundary-partner');
  }

  /** Assumptions, in document order. */
  assumptions(): readonly AssumptionDocument[] {
    return this.nodesOfKind('assumption');
  }

  /** Ids of the goals and objectives that contribute directly to `id`. */
  children(id: string): readonly string[] {
    return this.#list(this.#index.down, this.#at(id));
  }

  /** Ids of the goals and objectives that `id` contributes to directly. */
  parents(id: string): readonly string[] {
    return this.#list(this.#index.up, this.#at(id));
  }

  /** Ids of the objectives that contribute directly to `id`: its sub-objectives. */
  subObjectives(id: string): readonly string[] {
    return this.children(id).filter((child) => this.node(child)?.kind === 'objective');
  }

  /** Ids of everything `id` contributes to, directly or not, nearest first. */
  ancestors(id: string): readonly string[] {
    return this.#ids(reach(this.#index.up, this.#at(id)));
  }

  /** Ids of everything that contributes to `id`, directly or not, nearest first. */
  descendants(id: string): readonly string[] {
    return this.#ids(reach(this.#index.down, this.#at(id)));
  }

  /** Ids of the goals and objectives that contribute to nothing: the top of the chain. */
  roots(): readonly string[] {
    return this.#results().filter((i) => this.#index.up.count(i) === 0).map((i) => this.#id(i));
  }

  /** Ids of the goals and objectives nothing contributes to: the bottom of the chain. */
  leaves(): readonly string[] {
    return this.#results().filter((i) => this.#index.down.count(i) === 0).map((i) => this.#id(i));
  }

  /** Ids of goals and objectives, each after everything that contributes to it (ties by id). */
  topologicalOrder(): readonly string[] {
    this.#order ??= Object.freeze(Array.from(this.#index.causalOrder(), (i) => this.#id(i)));
    return this.#order;
  }

  /** Ids of the indicators that measure `id` directly. */
  indicatorsOf(id: string): readonly string[] {
    return this.#list(this.#index.indicators, this.#at(id));
  }

  /** Ids of the duty bearers accountable for `id`. */
  dutyBearersOf(id: string): readonly string[] {
    return this.#list(this.#index.dutyBearers, this.#at(id));
  }

  /** Ids of the rights holders who benefit from `id`. */
  rightsHoldersOf(id: string): readonly string[] {
    return this.#list(this.#index.rightsHolders, this.#at(id));
  }

  /** Ids of the boundary partners engaged in `id`. */
  boundaryPartnersOf(id: string): readonly string[] {
    return this.#list(this.#index.boundaryPartners, this.#at(id));
  }

  /** Ids of the goals and objectives a boundary partner is engaged in. */
  engagedIn(boundaryPartnerId: string): readonly string[] {
    return this.#list(this.#index.engaged, this.#at(boundaryPartnerId));
  }

  /**
   * Id of the actor whose behaviour a markers indicator's progress markers
   * describe (its measure's `of`), or `undefined` (also for other measures).
   * A marker's own `of` is read from the marker itself.
   */
  markersOf(indicatorId: string): string | undefined {
    const node = this.#index.nodes[this.#at(indicatorId)];
    return node?.kind === 'indicator' && node.measure.kind === 'markers' ? node.measure.of : undefined;
  }

  /** Ids of the markers indicators whose progress markers (any of them) describe the behaviour of the actor `actorId`, in document order. */
  markerIndicatorsOf(actorId: string): readonly string[] {
    this.#at(actorId);
    return this.indicators()
      .filter((i) => i.measure.kind === 'markers' && (i.measure.of === actorId || i.measure.markers.some((m) => m.of === actorId)))
      .map((i) => i.id);
  }

  /** Ids of the goals and objectives an indicator measures. */
  measuredBy(indicatorId: string): readonly string[] {
    return this.#list(this.#index.measured, this.#at(indicatorId));
  }

  /** Ids of the goals and objectives a duty bearer is accountable for. */
  accountableFor(dutyBearerId: string): readonly string[] {
    return this.#list(this.#index.accountable, this.#at(dutyBearerId));
  }

  /** The assumptions the link from `from` to `to` rests on. */
  assumptionsOf(from: string, to: string): readonly AssumptionDocument[] {
    const i = this.#index.position.get(from);
    const j = this.#index.position.get(to);
    if (i === undefined || j === undefined) return [];
    const { up, linkAssumptions, nodes } = this.#index;
    for (let k = up.first(i), end = up.end(i); k < end; k++) {
      if (up.node(k) === j) return linkAssumptions.list(up.relation(k)).map((a) => nodes[a] as AssumptionDocument);
    }
    return [];
  }

  /** The level name of a goal or objective, or `undefined`. */
  level(id: string): string | undefined {
    const node = this.#index.nodes[this.#at(id)];
    return node?.kind === 'goal' || node?.kind === 'objective' ? node.level : undefined;
  }


  #at(id: string): number {
    const i = this.#index.position.get(id);
    if (i === undefined) throw new Error(`theory-of-change: no node has the id ${JSON.stringify(id)}.`);
    return i;
  }

  #id(i: number): string {
    return (this.#index.nodes[i] as NodeDocument).id;
  }

  #ids(list: readonly number[]): readonly string[] {
    return list.map((i) => this.#id(i));
  }

  #list(adjacency: Adjacency, i: number): readonly string[] {
    return this.#ids(adjacency.list(i));
  }

  #results(): number[] {
    return Array.from(this.#index.resultsById());
  }
}
