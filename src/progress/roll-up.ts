import { dayNumber, isIsoDate } from '../document/dates.js';
import type { AggregationName, AssessmentDocument, NodeDocument, ResultDocument } from '../document/types.js';
import { causalOrder, compareIds } from '../model/model-index.js';
import type { Model } from '../model/model.js';
import { relationKey } from '../model/relations.js';
import { aggregate } from './aggregate.js';
import { indicatorValueAt, prepareIndicator, type PreparedIndicator } from './indicator-progress.js';
import { resolveSettings, type Settings } from './settings.js';
import { statusOf } from './status.js';
import type {
  AggregationFunction,
  AggregationInput,
  Contribution,
  IndicatorProgress,
  Method,
  ProgressOptions,
  ProgressReport,
  ResultProgress,
} from './types.js';

/** A child of a result: an indicator or a contributing goal or objective. @internal */
interface Child {
  readonly at: number;
  readonly relation: 'measures' | 'contributes-to';
  readonly weight: number;
  readonly failingAssumptions: readonly string[];
}

/** Everything about a model and options that does not depend on the date. @internal */
export interface RollUpPlan {
  readonly model: Model;
  readonly settings: Settings;
  readonly indicators: readonly (PreparedIndicator | undefined)[];
  readonly order: readonly number[];
  readonly children: readonly (readonly Child[])[];
  readonly methods: readonly (AggregationName | AggregationFunction)[];
}

/** Prepares a model for roll-ups at any date. @internal */
export function planRollUp(model: Model, options: ProgressOptions): RollUpPlan {
  const settings = resolveSettings(options);
  const { index } = model;
  const nodes = index.nodes;
  const period = model.document.period;
  const bounds = {
    start: period === undefined ? null : dayNumber(period.start),
    end: period === undefined ? null : dayNumber(period.end),
  };
  const indicators = nodes.map((node) =>
    node.kind === 'indicator' ? prepareIndicator(node, settings.markerWeights, bounds) : undefined,
  );
  const order = causalOrder(index);
  const failing = new Set(model.assumptions().filter((a) => a.status === 'fails').map((a) => a.id));
  const children: Child[][] = nodes.map(() => []);
  const methods: (AggregationName | AggregationFunction)[] = nodes.map(() => settings.defaultAggregation);
  for (const r of order) {
    const node = nodes[r] as ResultDocument;
    const own = Object.prototype.hasOwnProperty.call(settings.aggregations, node.id) ? settings.aggregations[node.id] : undefined;
    methods[r] = own ?? node.aggregation ?? settings.defaultAggregation;
    const list: Child[] = [];
    (index.indicators[r] as readonly number[]).forEach((at, k) => {
      list.push({ at, relation: 'measures', weight: index.indicatorWeight[r]?.[k] ?? 1, failingAssumptions: [] });
    });
    (index.down[r] as readonly number[]).forEach((at, k) => {
      const relation = index.relationByKey.get(relationKey('contributes-to', (nodes[at] as NodeDocument).id, node.id));
      const assumptions = relation?.kind === 'contributes-to' ? relation.assumptions : [];
      list.push({
        at,
        relation: 'contributes-to',
        weight: index.downWeight[r]?.[k] ?? 1,
        failingAssumptions: assumptions.filter((a) => failing.has(a)).sort(compareIds),
      });
    });
    list.sort((a, b) => compareIds((nodes[a.at] as NodeDocument).id, (nodes[b.at] as NodeDocument).id));
    children[r] = list;
  }
  return { model, settings, indicators, order, children, methods };
}

/** Computes the report of a plan at one date. @internal */
export function evaluateRollUp(plan: RollUpPlan, asOf: string): ProgressReport {
  const { settings } = plan;
  const nodes = plan.model.index.nodes;
  const day = dayNumber(asOf);
  const progress = new Array<number | null>(nodes.length).fill(null);
  const expected = new Array<number | null>(nodes.length).fill(null);
  const coverage = new Float64Array(nodes.length);
  const indicatorReports: IndicatorProgress[] = [];
  const resultReports: ResultProgress[] = [];

  plan.indicators.forEach((prepared, i) => {
    if (prepared === undefined) return;
    const value = indicatorValueAt(prepared, day);
    progress[i] = value.progress;
    expected[i] = value.expected;
    coverage[i] = value.coverage;
    indicatorReports.push({ ...value, status: statusOf(value.progress, value.expected, settings.thresholds) });
  });

  for (const r of plan.order) {
    const node = nodes[r] as ResultDocument;
    const children = plan.children[r] as readonly Child[];
    const method = plan.methods[r] as AggregationName | AggregationFunction;
    const counted: AggregationInput[] = [];
    const countedExpected: AggregationInput[] = [];
    const countedAt: number[] = [];
    let weightTotal = 0;
    let covered = 0;
    for (let k = 0; k < children.length; k++) {
      const child = children[k] as Child;
      weightTotal += child.weight;
      covered += child.weight * (coverage[child.at] as number);
      const p = progress[child.at] ?? null;
      if (p === null && settings.missingData === 'exclude') continue;
      const id = (nodes[child.at] as NodeDocument).id;
      counted.push({ id, weight: child.weight, progress: p ?? 0 });
      countedAt.push(k);
      const e = expected[child.at] ?? null;
      if (e !== null) countedExpected.push({ id, weight: child.weight, progress: e });
    }
    const computed = aggregate(method, counted);
    const expectedValue = aggregate(method, countedExpected).value;
    const shares = new Float64Array(children.length);
    countedAt.forEach((k, j) => {
      shares[k] = computed.shares[j] as number;
    });
    const contributions: Contribution[] = children.map((child, k) => {
      const p = progress[child.at] ?? null;
      return {
        id: (nodes[child.at] as NodeDocument).id,
        relation: child.relation,
        weight: child.weight,
        progress: p,
        countedAsZero: p === null && settings.missingData === 'zero',
        share: shares[k] as number,
        failingAssumptions: child.failingAssumptions,
      };
    });
    const failingAssumptions = [...new Set(children.flatMap((c) => c.failingAssumptions))].sort(compareIds);
    const assessment = settings.useAssessments ? assessmentAt(node.assessments, asOf) : null;
    const value = assessment === null ? computed.value : assessment.progress;
    const methodName: Method =
      assessment !== null ? 'assessment' : counted.length === 0 ? 'none' : typeof method === 'function' ? 'custom' : method;
    const nodeCoverage = assessment !== null ? 1 : weightTotal > 0 ? Math.min(1, covered / weightTotal) : 0;
    progress[r] = value;
    expected[r] = expectedValue;
    coverage[r] = nodeCoverage;
    resultReports.push({
      kind: node.kind,
      id: node.id,
      progress: value,
      computed: computed.value,
      expected: expectedValue,
      coverage: nodeCoverage,
      status: statusOf(value, expectedValue, settings.thresholds, failingAssumptions.length > 0),
      method: methodName,
      assessment,
      contributions,
      failingAssumptions,
    });
  }
  const byId = (a: { id: string }, b: { id: string }): number => compareIds(a.id, b.id);
  const { defaultAggregation: _d, aggregations: _a, ...resolved } = settings;
  return {
    asOf,
    settings: { ...resolved, asOf },
    results: resultReports.sort(byId),
    indicators: indicatorReports.sort(byId),
  };
}

/** The assessment in force at `asOf`: the latest dated on or before it, else an undated one. */
function assessmentAt(assessments: readonly AssessmentDocument[] | undefined, asOf: string): AssessmentDocument | null {
  let best: AssessmentDocument | null = null;
  for (const a of assessments ?? []) {
    if (a.date !== undefined && a.date > asOf) continue;
    if (best === null || (a.date ?? '') >= (best.date ?? '')) best = a;
  }
  return best;
}

/**
 * Rolls progress up from indicator readings to the goals, as of one date.
 * Each indicator's progress (0 = baseline, 1 = target) comes from its
 * readings; each goal and objective combines its indicators and the
 * objectives that contribute to it, by weight, from the bottom up (a node
 * reached by several paths is computed once). Missing data are not zero:
 * each node reports progress over the data that exist and the `coverage`
 * backing it. Every result carries its contributions, so the number can be
 * explained ({@link explainProgress}). The model is not changed; the report is
 * plain JSON-serialisable data.
 *
 * @example
 * ```ts
 * const report = rollUp(model, { asOf: '2018-12-31' });
 * const ko1 = progressOf(report, 'ko1');
 * console.log(ko1?.progress, ko1?.coverage, ko1?.status);
 * ```
 */
export function rollUp(model: Model, options: ProgressOptions = {}): ProgressReport {
  const plan = planRollUp(model, options);
  return evaluateRollUp(plan, checkedDate(plan.settings.asOf));
}

/** Throws a clear error for a date that is not `YYYY-MM-DD`. @internal */
export function checkedDate(date: string): string {
  if (typeof date !== 'string' || !isIsoDate(date)) {
    throw new RangeError(`theory-of-change: the date ${JSON.stringify(date)} is not a real calendar date written YYYY-MM-DD.`);
  }
  return date;
}
