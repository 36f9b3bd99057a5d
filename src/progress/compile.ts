import type { AssumptionDocument, CategoryFilter, NodeDocument, ResultDocument } from '../document/types.js';
import { assumptionStatus, evidenceBalance, type EvidenceBalance } from '../model/evidence-balance.js';
import { dayNumber } from '../document/dates.js';
import { AGGREGATION_CODE, compareIds, KIND_CODE, NAMED_AGGREGATION, sortById, type ModelIndex } from '../model/model-index.js';
import type { Model } from '../model/model.js';
import { packIndicators, type IndicatorTable } from './indicator-table.js';
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
  /** Each link's weight as written (validation keeps it within 10⁻⁹ to 10¹⁵). */
  readonly childWeight: Float64Array;
  /** 1 for an indicator (`measures`), 0 for a goal or objective (`contributes-to`). */
  readonly childMeasures: Uint8Array;
  /** Failing assumptions under each child's link, sorted (a shared empty list for most). */
  readonly childFailing: readonly (readonly string[])[];
  /** Failing assumptions under any link into each node, sorted. */
  readonly failing: readonly (readonly string[])[];
  /** Whether some contributes-to link of the document has evidence: then reports show each link's balance. */
  readonly linkEvidence: boolean;
  /** The balance of each child link's evidence, where it has some. */
  readonly childEvidence: readonly (EvidenceBalance | undefined)[];
  /** Ids of the children whose link into each node has only challenging evidence, sorted (a shared empty list for most). */
  readonly challenged: readonly (readonly string[])[];
  /** The document's own aggregation of each node: 0 none, else a {@link METHOD} code (`custom` for a registered function's name). */
  readonly ownAggregation: Uint8Array;
  /** The goals and objectives whose `aggregation` names a function registered in code, as node positions. */
  readonly named: readonly number[];
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

/** Aggregation methods as small integers: the index's {@link AGGREGATION_CODE}, and custom functions. @internal */
export const METHOD = { ...AGGREGATION_CODE, custom: NAMED_AGGREGATION } as const;

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

  const { ids, indicators, down: contributors, linkAssumptions } = index;
  const indicatorList: number[] = [];
  const hasAssessments = new Uint8Array(n);
  const ownAggregation = new Uint8Array(n);
  // Per node: its own aggregation and whether it has assessments, as the index read them, and whether it is a failing
  // assumption. Kinds come from the index (reading `.kind` of nodes of many shapes is slow).
  const fails = new Uint8Array(n);
  let anyFails = false;
  const named: number[] = [];
  for (let i = 0; i < n; i++) {
    const kind = index.kind(i);
    ownAggregation[i] = index.aggregationOf(i);
    if (ownAggregation[i] === NAMED_AGGREGATION) named.push(i);
    if (index.isAssessed(i)) hasAssessments[i] = 1;
    if (kind === KIND_CODE.indicator) indicatorList.push(i);
    // A status left out is argued from the evidence: a failing one counts like a written one.
    else if (kind === KIND_CODE.assumption && assumptionStatus(nodes[i] as AssumptionDocument).status === 'fails') {
      fails[i] = 1;
      anyFails = true;
    }
  }
  const id = (i: number): string => ids[i] as string;
  /** The failing assumptions under contributes-to link number `link`, or undefined when none fail. */
  const failingUnder = (link: number): string[] | undefined => {
    let failed: string[] | undefined;
    for (let k = linkAssumptions.first(link), end = linkAssumptions.end(link); k < end; k++) {
      const a = linkAssumptions.node(k);
      if (fails[a] === 1) (failed ??= []).push(id(a));
    }
    return failed;
  };

  // The balance of each contributes-to link's evidence, by link number (numbered as the index numbers them), where there is some.
  const linkBalance = evidenceByLink(index);

  // Children of each result: its indicators and its contributors, merged by id.
  const childOffsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) childOffsets[i + 1] = (childOffsets[i] as number) + indicators.count(i) + contributors.count(i);
  const total = childOffsets[n] as number;
  const childAt = new Int32Array(total);
  const childId: string[] = new Array<string>(total);
  const childWeight = new Float64Array(total);
  const childMeasures = new Uint8Array(total);
  const childFailing: (readonly string[])[] = new Array<readonly string[]>(total).fill(EMPTY);
  const failing: (readonly string[])[] = new Array<readonly string[]>(n).fill(EMPTY);
  const childEvidence: (EvidenceBalance | undefined)[] = linkBalance === undefined ? [] : new Array<EvidenceBalance | undefined>(total);
  const challenged: (readonly string[])[] = new Array<readonly string[]>(n).fill(EMPTY);
  for (let r = 0; r < n; r++) {
    let k = childOffsets[r] as number;
    if (k === childOffsets[r + 1]) continue;
    let a = indicators.first(r);
    const aEnd = indicators.end(r);
    let b = contributors.first(r);
    const bEnd = contributors.end(r);
    let union: Set<string> | undefined;
    let against: string[] | undefined;
    while (a < aEnd || b < bEnd) {
      const takeIndicator = b >= bEnd || (a < aEnd && id(indicators.node(a)) < id(contributors.node(b)));
      if (takeIndicator) {
        const at = indicators.node(a);
        childAt[k] = at;
        childId[k] = id(at);
        childWeight[k] = indicators.weight(a);
        childMeasures[k] = 1;
        a++;
      } else {
        const at = contributors.node(b);
        childAt[k] = at;
        childId[k] = id(at);
        childWeight[k] = contributors.weight(b);
        const failed = anyFails ? failingUnder(contributors.relation(b)) : undefined;
        if (failed !== undefined) {
          childFailing[k] = Object.freeze(failed.sort(compareIds));
          union ??= new Set();
          for (const x of failed) union.add(x);
        }
        const balance = linkBalance?.get(contributors.relation(b));
        if (balance !== undefined) {
          childEvidence[k] = balance;
          if (balance.onlyChallenging) (against ??= []).push(id(at));
        }
        b++;
      }
      k++;
    }
    if (union !== undefined) failing[r] = Object.freeze([...union].sort(compareIds));
    if (against !== undefined) challenged[r] = Object.freeze(against.sort(compareIds));
  }

  const indicatorNodes = Int32Array.from(indicatorList);
  const resultsById = index.resultsById();
  const indicatorsById = Int32Array.from(sortById(indicatorList, ids));
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
    childMeasures,
    childFailing,
    failing,
    linkEvidence: linkBalance !== undefined,
    childEvidence,
    challenged,
    ownAggregation,
    named,
    indicatorNodes,
    resultsById,
    indicatorsById,
    reportSlot,
    tables: new Map(),
    methods: new Map(),
  };
}

/**
 * The balance of the evidence on each contributes-to link that has some, by
 * link number (node by node, then in the order written, as the index numbers
 * them); `undefined` when no link has evidence.
 */
function evidenceByLink(index: ModelIndex): Map<number, EvidenceBalance> | undefined {
  let out: Map<number, EvidenceBalance> | undefined;
  let link = 0;
  for (let i = 0; i < index.nodes.length; i++) {
    const kind = index.kind(i);
    if (kind !== KIND_CODE.goal && kind !== KIND_CODE.objective) continue;
    const refs = (index.nodes[i] as ResultDocument).contributesTo;
    if (refs === undefined) continue;
    for (const ref of refs) {
      if (typeof ref !== 'string' && ref.evidence !== undefined && ref.evidence.length > 0) (out ??= new Map()).set(link, evidenceBalance(ref.evidence));
      link++;
    }
  }
  return out;
}

/** The model's period as day numbers. */
function periodOf(model: Model): { readonly start: number | null; readonly end: number | null } {
  const period = model.document.period;
  return { start: period === undefined ? null : dayNumber(period.start), end: period === undefined ? null : dayNumber(period.end) };
}

/** The indicators of a compiled model, prepared for these marker weights (made once per set of weights). @internal */
export function indicatorTable(compiled: CompiledModel, weights: MarkerWeights, filter?: CategoryFilter): IndicatorTable {
  // A per-category table is kept apart from the whole's, by its categories in dimension order.
  const category = filter === undefined ? '' : `|${JSON.stringify(Object.entries(filter).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))}`;
  const key = `${weights.expect},${weights.like},${weights.love}${category}`;
  let table = compiled.tables.get(key);
  if (table === undefined) {
    table = packIndicators(compiled.nodes, compiled.indicatorNodes, weights, periodOf(compiled.model), filter);
    compiled.tables.set(key, table);
  }
  return table;
}
