import type { NodeDocument } from '../document/types.js';
import { dayNumber } from '../document/dates.js';
import { compareIds, type Adjacency, type ModelIndex } from '../model/model-index.js';
import type { Model } from '../model/model.js';
import { packIndicators, type IndicatorTable } from './indicator-progress.js';
import { relativeWeights } from './relative-weights.js';
import type { MarkerWeights } from './types.js';

/**
 * Everything the roll-up needs from a model that no option changes, in typed
 * arrays, computed once per model and kept with it (models are immutable).
 * The children of each goal or objective (its indicators and the results
 * contributing to it, merged and sorted by id) are stored as one list per node:
 * positions `childOffsets[r]` to `childOffsets[r + 1] - 1` of the `child*` arrays.
 * @internal
 */
export interface CompiledModel {
  readonly model: Model;
  readonly index: ModelIndex;
  readonly nodes: readonly NodeDocument[];
  /** Each node's id (read from here: nodes come in many shapes, which makes reading `.id` slow). */
  readonly ids: readonly string[];
  /** 1 for goals and objectives that have assessments. */
  readonly hasAssessments: Uint8Array;
  /** Goals and objectives, each after everything that contributes to it. */
  readonly order: Int32Array;
  /** Position of each node in `order`; -1 for nodes that are not goals or objectives. */
  readonly rank: Int32Array;
  readonly childOffsets: Int32Array;
  readonly childAt: Int32Array;
  readonly childId: readonly string[];
  /** Each link's weight as written (for the report). */
  readonly childWeight: Float64Array;
  /** The same weights scaled per node by a power of two (see {@link relativeWeights}): what the arithmetic uses. */
  readonly childScaledWeight: Float64Array;
  /** 1 for an indicator (`measures`), 0 for a goal or objective (`contributes-to`). */
  readonly childMeasures: Uint8Array;
  /** Failing assumptions under each child's link, sorted (a shared empty list for most). */
  readonly childFailing: readonly (readonly string[])[];
  /** Failing assumptions under any link into each node, sorted. */
  readonly failing: readonly (readonly string[])[];
  /** The document's own aggregation of each node: 0 none, else a {@link METHOD} code. */
  readonly ownAggregation: Uint8Array;
  /** Indicators in document order (their slots), as node positions. */
  readonly indicatorNodes: Int32Array;
  /** Goals and objectives sorted by id, and indicators sorted by id: the report's order. */
  readonly resultsById: Int32Array;
  readonly indicatorsById: Int32Array;
  /** Position of each node in its report list (`results` or `indicators`); -1 for other nodes. */
  readonly reportSlot: Int32Array;
  /** Prepared indicators, per set of marker weights. */
  readonly tables: Map<string, IndicatorTable>;
  /** Aggregation method of every node, per default method, when no option overrides a node. */
  readonly methods: Map<number, Uint8Array>;
}

/** Aggregation methods as small integers. @internal */
export const METHOD = { 'weighted-mean': 1, 'weakest-link': 2, custom: 3 } as const;

const EMPTY: readonly string[] = Object.freeze([]);
const cache = new WeakMap<Model, CompiledModel>();

/** The compiled form of a model, made on first use and kept while the model lives. @internal */
export function compile(model: Model): CompiledModel {
  let compiled = cache.get(model);
  if (compiled === undefined) {
    compiled = build(model);
    cache.set(model, compiled);
  }
  return compiled;
}

function build(model: Model): CompiledModel {
  const index = model.index;
  const { nodes } = index;
  const n = nodes.length;
  const order = index.causalOrder();
  const rank = new Int32Array(n).fill(-1);
  for (let k = 0; k < order.length; k++) rank[order[k] as number] = k;

  const failingIds = new Set<string>();
  const ownAggregation = new Uint8Array(n);
  const hasAssessments = new Uint8Array(n);
  const ids: string[] = new Array<string>(n);
  const indicatorList: number[] = [];
  for (let i = 0; i < n; i++) {
    const node = nodes[i] as NodeDocument;
    ids[i] = node.id;
    if ((node.kind === 'goal' || node.kind === 'objective') && node.assessments !== undefined && node.assessments.length > 0) hasAssessments[i] = 1;
    if (node.kind === 'assumption' && node.status === 'fails') failingIds.add(node.id);
    else if (node.kind === 'indicator') indicatorList.push(i);
    else if ((node.kind === 'goal' || node.kind === 'objective') && node.aggregation !== undefined) ownAggregation[i] = METHOD[node.aggregation];
  }
  const id = (i: number): string => ids[i] as string;
  // Links resting on a failing assumption: by the node they are written on, then their position in its list.
  const failingLinks = new Map<number, (string[] | undefined)[]>();
  if (failingIds.size > 0) {
    for (let i = 0; i < n; i++) {
      const node = nodes[i] as NodeDocument;
      if (node.kind !== 'goal' && node.kind !== 'objective') continue;
      const refs = node.contributesTo ?? [];
      for (let j = 0; j < refs.length; j++) {
        const ref = refs[j] as (typeof refs)[number];
        if (typeof ref === 'string' || ref.assumptions === undefined) continue;
        const failed = ref.assumptions.filter((x) => failingIds.has(x));
        if (failed.length === 0) continue;
        const list = failingLinks.get(i) ?? [];
        list[j] = failed;
        failingLinks.set(i, list);
      }
    }
  }

  // Children of each result: its indicators and its contributors, merged by id.
  const childOffsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    childOffsets[i + 1] = (childOffsets[i] as number) + count(index.indicators, i) + count(index.down, i);
  }
  const total = childOffsets[n] as number;
  const childAt = new Int32Array(total);
  const childId: string[] = new Array<string>(total);
  const childWeight = new Float64Array(total);
  const childScaledWeight = new Float64Array(total);
  const childMeasures = new Uint8Array(total);
  const childFailing: (readonly string[])[] = new Array<readonly string[]>(total).fill(EMPTY);
  const failing: (readonly string[])[] = new Array<readonly string[]>(n).fill(EMPTY);
  for (let r = 0; r < n; r++) {
    let k = childOffsets[r] as number;
    if (k === childOffsets[r + 1]) continue;
    let a = index.indicators.offsets[r] as number;
    const aEnd = index.indicators.offsets[r + 1] as number;
    let b = index.down.offsets[r] as number;
    const bEnd = index.down.offsets[r + 1] as number;
    let union: Set<string> | undefined;
    while (a < aEnd || b < bEnd) {
      const takeIndicator = b >= bEnd || (a < aEnd && id(index.indicators.targets[a] as number) < id(index.down.targets[b] as number));
      if (takeIndicator) {
        const at = index.indicators.targets[a] as number;
        childAt[k] = at;
        childId[k] = id(at);
        childWeight[k] = index.indicators.weights[a] as number;
        childMeasures[k] = 1;
        a++;
      } else {
        const at = index.down.targets[b] as number;
        childAt[k] = at;
        childId[k] = id(at);
        childWeight[k] = index.down.weights[b] as number;
        const failed = failingLinks.get(at)?.[index.down.refs[b] as number];
        if (failed !== undefined) {
          childFailing[k] = Object.freeze(failed.sort(compareIds));
          union ??= new Set();
          for (const x of failed) union.add(x);
        }
        b++;
      }
      k++;
    }
    if (union !== undefined) failing[r] = Object.freeze([...union].sort(compareIds));
    relativeWeights(childWeight, childOffsets[r] as number, k, childScaledWeight);
  }

  const indicatorNodes = Int32Array.from(indicatorList);
  const resultsById = index.resultsById();
  const indicatorsById = Int32Array.from(indicatorList.sort((x, y) => compareIds(id(x), id(y))));
  const reportSlot = new Int32Array(n).fill(-1);
  for (let j = 0; j < resultsById.length; j++) reportSlot[resultsById[j] as number] = j;
  for (let j = 0; j < indicatorsById.length; j++) reportSlot[indicatorsById[j] as number] = j;

  return {
    model,
    index,
    nodes,
    ids,
    hasAssessments,
    order,
    rank,
    childOffsets,
    childAt,
    childId,
    childWeight,
    childScaledWeight,
    childMeasures,
    childFailing,
    failing,
    ownAggregation,
    indicatorNodes,
    resultsById,
    indicatorsById,
    reportSlot,
    tables: new Map(),
    methods: new Map(),
  };
}

function count(adjacency: Adjacency, i: number): number {
  return (adjacency.offsets[i + 1] as number) - (adjacency.offsets[i] as number);
}

/** The model's period as day numbers. @internal */
export function periodOf(model: Model): { readonly start: number | null; readonly end: number | null } {
  const period = model.document.period;
  return { start: period === undefined ? null : dayNumber(period.start), end: period === undefined ? null : dayNumber(period.end) };
}

/** The indicators of a compiled model, prepared for these marker weights (made once per set of weights). @internal */
export function indicatorTable(compiled: CompiledModel, weights: MarkerWeights): IndicatorTable {
  const key = `${weights.expect},${weights.like},${weights.love}`;
  let table = compiled.tables.get(key);
  if (table === undefined) {
    table = packIndicators(compiled.nodes, compiled.indicatorNodes, weights, periodOf(compiled.model));
    compiled.tables.set(key, table);
  }
  return table;
}
