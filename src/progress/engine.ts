import { dayNumber } from '../document/dates.js';
import type { AssessmentDocument, IndicatorValue, ResultDocument } from '../document/types.js';
import { KIND_CODE } from '../model/model-index.js';
import type { Model } from '../model/model.js';
import { compile, indicatorTable, METHOD, type CompiledModel } from './compile.js';
import {
  clamp,
  CUMULATIVE,
  DECREASING,
  expectedAt,
  HAS_BASELINE,
  HAS_TARGET,
  ILLUSTRATIVE,
  observationUsed,
  shareOfSpan,
  type IndicatorTable,
  type Observations,
} from './indicator-progress.js';
import { resolveSettings, type Settings } from './settings.js';
import { statusIndex } from './status.js';
import {
  STATUSES,
  type AggregationFunction,
  type AggregationInput,
  type Contribution,
  type IndicatorProgress,
  type Method,
  type NoDataReason,
  type NodeProgress,
  type ObservationUsed,
  type ProgressOptions,
  type ProgressReport,
  type ResolvedSettings,
  type ResultProgress,
} from './types.js';

/** A model and options, ready for roll-ups at any date. @internal */
export interface RollUpPlan {
  readonly model: Model;
  readonly settings: Settings;
  readonly compiled: CompiledModel;
  readonly table: IndicatorTable;
  /** Aggregation method of each node, a {@link METHOD} code. */
  readonly method: Uint8Array;
  /** Custom functions, by node position. */
  readonly custom: ReadonlyMap<number, AggregationFunction>;
  /** The settings as reported, without `asOf`. */
  readonly resolved: Omit<ResolvedSettings, 'asOf'>;
}

/** Prepares a model for roll-ups at any date: the model's compiled form (kept with it) and the options. @internal */
export function planRollUp(model: Model, options: ProgressOptions): RollUpPlan {
  const settings = resolveSettings(options);
  const compiled = compile(model);
  const table = indicatorTable(compiled, settings.markerWeights);
  const custom = new Map<number, AggregationFunction>();
  const fallback = settings.defaultAggregation;
  const overrides = Object.keys(settings.aggregations);
  const defaultCode = typeof fallback === 'function' ? METHOD.custom : METHOD[fallback];
  let method = overrides.length === 0 ? compiled.methods.get(defaultCode) : undefined;
  if (method === undefined) {
    method = new Uint8Array(compiled.nodes.length);
    for (const r of compiled.order) method[r] = compiled.ownAggregation[r] || defaultCode;
    if (overrides.length === 0) compiled.methods.set(defaultCode, method);
  }
  if (typeof fallback === 'function') {
    for (const r of compiled.order) if (compiled.ownAggregation[r] === 0) custom.set(r, fallback);
  }
  for (const id of overrides) {
    const r = compiled.index.position.get(id);
    const own = settings.aggregations[id];
    if (r === undefined || compiled.rank[r] === -1 || own === undefined) continue;
    if (typeof own === 'function') {
      method[r] = METHOD.custom;
      custom.set(r, own);
    } else {
      method[r] = METHOD[own];
      custom.delete(r);
    }
  }
  const { defaultAggregation: _d, aggregations: _a, asOf: _o, ...resolved } = settings;
  return { model, settings, compiled, table, method, custom, resolved };
}

/** The assessment in force at `asOf`: the latest dated on or before it, else an undated one. @internal */
export function assessmentAt(assessments: readonly AssessmentDocument[] | undefined, asOf: string): AssessmentDocument | null {
  let best: AssessmentDocument | null = null;
  for (const a of assessments ?? []) {
    if (a.date !== undefined && a.date > asOf) continue;
    if (best === null || (a.date ?? '') >= (best.date ?? '')) best = a;
  }
  return best;
}

/** Codes of {@link Evaluation.reason}: 0 for none. */
const REASONS: readonly (NoDataReason | null)[] = [null, 'no-observation', 'no-baseline', 'no-target', 'before-baseline'];
/** Codes of {@link Evaluation.method}: the {@link METHOD} codes, then assessment and none. */
const METHOD_NAMES: readonly Method[] = ['none', 'weighted-mean', 'weakest-link', 'custom', 'assessment', 'none'];
const ASSESSED = 4;
const NONE = 5;
const EMPTY: readonly ObservationUsed[] = Object.freeze([]);

/** A stored number as reported: NaN stands for `null`. */
function nullable(x: number): number | null {
  return x === x ? x : null;
}

function same(a: number, b: number): boolean {
  return a === b || (a !== a && b !== b);
}

/**
 * A roll-up at one date, in two phases. First every node's numbers go into
 * typed arrays (NaN for "no value"), with each child link's share, in causal
 * order ({@link Evaluation.indicatorNumbers}, {@link Evaluation.resultNumbers}):
 * the same single pass over arrays as the plainest implementation. Then each
 * node's report entry is built from them ({@link Evaluation.emitIndicator},
 * {@link Evaluation.emitResult}). An entry whose content is the same as in a
 * previous evaluation (of another date, or before an update) is reused, not
 * rebuilt, so unchanged entries are shared between reports. Node by node, so
 * the same code serves a full roll-up, a series and incremental updates.
 * @internal
 */
export class Evaluation {
  readonly plan: RollUpPlan;
  readonly asOf: string;
  readonly day: number;
  readonly progress: Float64Array;
  readonly expected: Float64Array;
  readonly coverage: Float64Array;
  /** Indicators: raw progress; goals and objectives: the computed value before any assessment. */
  readonly raw: Float64Array;
  readonly status: Uint8Array;
  /** Goals and objectives: the method code; indicators: the no-data reason code. */
  readonly code: Uint8Array;
  /** Indicators: positions of the first and last observations used (-1: none). */
  readonly first: Int32Array;
  readonly last: Int32Array;
  /** Each child link's share of its parent's computed value. */
  readonly share: Float64Array;
  /** Assessments in force, by node position. */
  readonly assessments = new Map<number, AssessmentDocument>();
  /** The report's lists, filled in report order (`reportSlot`); copied before any change once handed out. */
  #results: ResultProgress[];
  #indicators: IndicatorProgress[];
  #resultsHandedOut = false;
  #indicatorsHandedOut = false;
  readonly #zero: boolean;

  constructor(plan: RollUpPlan, asOf: string) {
    const n = plan.compiled.nodes.length;
    this.plan = plan;
    this.asOf = asOf;
    this.day = dayNumber(asOf);
    this.progress = new Float64Array(n);
    this.expected = new Float64Array(n);
    this.coverage = new Float64Array(n);
    this.raw = new Float64Array(n);
    this.status = new Uint8Array(n);
    this.code = new Uint8Array(n);
    this.first = new Int32Array(n);
    this.last = new Int32Array(n);
    this.share = new Float64Array(plan.compiled.childAt.length);
    this.#results = new Array<ResultProgress>(plan.compiled.resultsById.length);
    this.#indicators = new Array<IndicatorProgress>(plan.compiled.indicatorsById.length);
    this.#zero = plan.settings.missingData === 'zero';
  }

  /**
   * Computes every node, then builds every entry. With `previous` (the same
   * plan at another date), unchanged entries are taken from it.
   */
  run(previous?: Evaluation): this {
    return this.numbers().entries(previous);
  }

  /** The first phase: every node's numbers, indicators first, then goals and objectives in causal order. */
  numbers(): this {
    const { table, compiled } = this.plan;
    const { nodeOf, obs, obsOffsets } = table;
    for (let s = 0; s < nodeOf.length; s++) this.indicatorNumbers(nodeOf[s] as number, obs, obsOffsets[s] as number, obsOffsets[s + 1] as number);
    const order = compiled.order;
    for (let k = 0; k < order.length; k++) this.resultNumbers(order[k] as number);
    return this;
  }

  /**
   * The second phase, after {@link Evaluation.numbers}: builds every entry not
   * built yet. With `previous` (the same plan at another date), unchanged
   * entries are taken from it.
   */
  entries(previous?: Evaluation): this {
    const { table, compiled } = this.plan;
    const obs = table.obs;
    const order = compiled.order;
    // Entries in report order, so that each list is allocated in the order it is read.
    const byId = compiled.indicatorsById;
    for (let j = 0; j < byId.length; j++) {
      const i = byId[j] as number;
      if (this.#indicators[j] !== undefined) continue;
      if (previous !== undefined && this.sameIndicator(previous, i)) this.#indicators[j] = previous.entry(i) as IndicatorProgress;
      else this.emitIndicator(i, obs);
    }
    // Goals and objectives in causal order: each entry after its children's, whose boxed numbers it reuses.
    for (let j = 0; j < order.length; j++) {
      const r = order[j] as number;
      const slot = compiled.reportSlot[r] as number;
      if (this.#results[slot] !== undefined) continue;
      if (previous !== undefined && this.sameResult(previous, r)) this.#results[slot] = previous.entry(r) as ResultProgress;
      else this.emitResult(r, previous?.entry(r) as ResultProgress | undefined, previous);
    }
    return this;
  }

  /**
   * The entry of node `i` (a goal, objective or indicator), built now if it
   * was not, from the numbers (after {@link Evaluation.numbers}).
   */
  entryOnDemand(i: number): NodeProgress {
    const built = this.entry(i);
    if (built !== undefined) return built;
    return this.plan.compiled.index.kinds[i] === KIND_CODE.indicator ? this.emitIndicator(i, this.plan.table.obs) : this.emitResult(i);
  }

  /**
   * Computes the numbers of the indicator at node position `i` from
   * observations `lo` to `hi - 1` of `obs`. Returns whether the numbers its
   * parents use (progress, expected, coverage) changed.
   */
  indicatorNumbers(i: number, obs: Observations, lo: number, hi: number): boolean {
    const { table, settings } = this.plan;
    const s = table.slotOf[i] as number;
    const day = this.day;
    const expected = expectedAt(table, s, day);
    // The last observation on or before the day: binary search (observations are sorted by day).
    let a = lo;
    let b = hi;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if ((obs.day[mid] as number) <= day) a = mid + 1;
      else b = mid;
    }
    let last = a - 1;
    const from = table.from[s] as number;
    const flags = table.flags[s] as number;
    // Of readings on one day (identical but for source or note, else validation refuses them), a
    // latest-value indicator uses the first in content order; a cumulative one adds them all.
    if ((flags & CUMULATIVE) === 0) while (last > lo && obs.day[last - 1] === obs.day[last]) last--;
    // No-data reasons in the guide's order: what must be set up before what must be collected.
    let reason = 0;
    if ((flags & HAS_BASELINE) === 0) reason = 2;
    else if ((flags & HAS_TARGET) === 0) reason = 3;
    else if (last < lo) reason = 1;
    else if ((obs.day[last] as number) < from) reason = 4;
    let progress = Number.NaN;
    let raw = Number.NaN;
    let first = lo;
    if (reason === 0) {
      const baselineX = table.baselineX[s] as number;
      const targetX = table.targetX[s] as number;
      let x: number;
      if ((flags & CUMULATIVE) !== 0) {
        x = obs.sum[last] as number;
        while ((obs.day[first] as number) < from) first++;
      } else x = obs.x[last] as number;
      if (targetX === baselineX) raw = ((flags & DECREASING) !== 0 ? x <= targetX : x >= targetX) ? 1 : 0;
      else raw = shareOfSpan(x, baselineX, targetX);
      if (raw !== raw) raw = 0;
      else if (raw === Number.POSITIVE_INFINITY) raw = Number.MAX_VALUE;
      else if (raw === Number.NEGATIVE_INFINITY) raw = -Number.MAX_VALUE;
      raw = raw === 0 ? 0 : raw;
      progress = clamp(raw);
    }
    const coverage = reason === 0 ? 1 : 0;
    const changed = !same(this.progress[i] as number, progress) || !same(this.expected[i] as number, expected) || this.coverage[i] !== coverage;
    this.progress[i] = progress;
    this.expected[i] = expected;
    this.coverage[i] = coverage;
    this.raw[i] = raw;
    this.code[i] = reason;
    this.first[i] = first;
    this.last[i] = reason === 0 ? last : -1;
    this.status[i] = statusIndex(progress, expected, settings.thresholds, false);
    return changed;
  }

  /** Whether the indicator at `i` has the same entry in `other` (same plan). */
  sameIndicator(other: Evaluation, i: number): boolean {
    return (
      same(this.progress[i] as number, other.progress[i] as number) &&
      same(this.raw[i] as number, other.raw[i] as number) &&
      same(this.expected[i] as number, other.expected[i] as number) &&
      this.coverage[i] === other.coverage[i] &&
      this.status[i] === other.status[i] &&
      this.code[i] === other.code[i] &&
      this.first[i] === other.first[i] &&
      this.last[i] === other.last[i]
    );
  }

  /** Builds the entry of the indicator at `i` from its numbers; `obs` are the observations they were computed from. */
  emitIndicator(i: number, obs: Observations): IndicatorProgress {
    const { table, compiled } = this.plan;
    const s = table.slotOf[i] as number;
    const flags = table.flags[s] as number;
    const last = this.last[i] as number;
    const cumulative = (flags & CUMULATIVE) !== 0;
    let value: IndicatorValue | null = null;
    let observations = EMPTY;
    if (last !== -1) {
      if (cumulative) {
        value = obs.sum[last] as number;
        const used: ObservationUsed[] = [];
        for (let k = this.first[i] as number; k <= last; k++) used.push(observationUsed(obs, k));
        observations = used;
      } else {
        value = obs.value[last] as IndicatorValue;
        let single = obs.single[last];
        if (single === undefined) {
          single = Object.freeze([observationUsed(obs, last)]);
          obs.single[last] = single;
        }
        observations = single;
      }
    }
    const entry: IndicatorProgress = {
      kind: 'indicator',
      id: compiled.ids[i] as string,
      expected: nullable(this.expected[i] as number),
      baseline: table.baselineValue[s] as IndicatorValue | null,
      target: table.targetValue[s] as IndicatorValue | null,
      illustrative: (flags & ILLUSTRATIVE) !== 0,
      progress: nullable(this.progress[i] as number),
      rawProgress: nullable(this.raw[i] as number),
      coverage: this.coverage[i] as number,
      value,
      observations,
      reason: REASONS[this.code[i] as number] as NoDataReason | null,
      status: STATUSES[this.status[i] as number] as IndicatorProgress['status'],
    };
    this.set(i, entry);
    return entry;
  }

  /**
   * Computes the numbers of the goal or objective at node position `r` from
   * its children, which must be computed. Returns whether the numbers its
   * parents use (progress, expected, coverage) changed.
   */
  resultNumbers(r: number): boolean {
    const { compiled, settings } = this.plan;
    const { childOffsets, childAt, childWeight } = compiled;
    const progress = this.progress;
    const expected = this.expected;
    const coverage = this.coverage;
    const share = this.share;
    const zero = this.#zero;
    const start = childOffsets[r] as number;
    const end = childOffsets[r + 1] as number;
    const method = this.plan.method[r] as number;

    let weightTotal = 0;
    let covered = 0;
    let counted = 0;
    let countedWeight = 0;
    for (let k = start; k < end; k++) {
      const c = childAt[k] as number;
      const w = childWeight[k] as number;
      weightTotal += w;
      covered += w * (coverage[c] as number);
      share[k] = 0;
      const p = progress[c] as number;
      if (p !== p && !zero) continue;
      counted++;
      countedWeight += w;
    }

    // Progress and expected progress over the inputs with data (all of them when none has data).
    let computed = Number.NaN;
    let expectedValue = Number.NaN;
    if (counted === 0) expectedValue = this.#expectedWithoutData(r, start, end, method);
    else if (method === METHOD['weighted-mean']) {
      // Σ weight × progress / Σ weight, divided once: ten inputs at 1 give exactly 1.
      let sum = 0;
      let expectedSum = 0;
      let expectedWeight = 0;
      for (let k = start; k < end; k++) {
        const c = childAt[k] as number;
        const p = progress[c] as number;
        if (p !== p && !zero) continue;
        const w = childWeight[k] as number;
        const part = w * (p === p ? p : 0);
        sum += part;
        share[k] = part / countedWeight;
        const e = expected[c] as number;
        if (e === e) {
          expectedSum += w * e;
          expectedWeight += w;
        }
      }
      computed = clamp(sum / countedWeight);
      if (expectedWeight > 0) expectedValue = clamp(expectedSum / expectedWeight);
    } else if (method === METHOD['weakest-link']) {
      // The lowest input, and its expected progress. Inputs equally low to nine decimal places (as
      // statuses compare) are a tie, won by the one furthest behind (the highest expected progress,
      // also to nine places), then by the first in id order.
      let at = -1;
      let low = 0;
      let lowRounded = 0;
      for (let k = start; k < end; k++) {
        const c = childAt[k] as number;
        const raw = progress[c] as number;
        if (raw !== raw && !zero) continue;
        const p = raw === raw ? raw : 0;
        const rounded = Math.round(p * 1e9);
        const e = expected[c] as number;
        if (at === -1 || rounded < lowRounded || (rounded === lowRounded && e === e && !(Math.round(e * 1e9) <= Math.round(expectedValue * 1e9)))) {
          at = k;
          low = p;
          lowRounded = rounded;
          expectedValue = e;
        }
      }
      computed = low;
      share[at] = low;
    } else {
      [computed, expectedValue] = this.#custom(r, start, end);
      // A custom function that gives no value leaves the node without data, so it is expected what a node without data is.
      if (computed !== computed) expectedValue = this.#expectedWithoutData(r, start, end, method);
    }

    let value = computed;
    let nodeCoverage = weightTotal > 0 ? Math.min(1, covered / weightTotal) : 0;
    let code = counted === 0 ? NONE : method;
    if (compiled.hasAssessments[r] === 1 && settings.useAssessments) {
      const assessment = assessmentAt((compiled.nodes[r] as ResultDocument).assessments, this.asOf);
      if (assessment === null) this.assessments.delete(r);
      else {
        this.assessments.set(r, assessment);
        value = assessment.progress;
        nodeCoverage = 1;
        code = ASSESSED;
      }
    }
    const changed = !same(progress[r] as number, value) || !same(expected[r] as number, expectedValue) || coverage[r] !== nodeCoverage;
    progress[r] = value;
    expected[r] = expectedValue;
    coverage[r] = nodeCoverage;
    this.raw[r] = computed;
    this.code[r] = code;
    this.status[r] = statusIndex(value, expectedValue, settings.thresholds, (compiled.failing[r] as readonly string[]).length > 0);
    return changed;
  }

  /** Whether the goal or objective at `r` has the same entry in `other` (same plan): its numbers and every contribution. */
  sameResult(other: Evaluation, r: number): boolean {
    if (
      !same(this.progress[r] as number, other.progress[r] as number) ||
      !same(this.raw[r] as number, other.raw[r] as number) ||
      !same(this.expected[r] as number, other.expected[r] as number) ||
      this.coverage[r] !== other.coverage[r] ||
      this.status[r] !== other.status[r] ||
      this.code[r] !== other.code[r] ||
      this.assessments.get(r) !== other.assessments.get(r)
    ) {
      return false;
    }
    const { childOffsets, childAt } = this.plan.compiled;
    for (let k = childOffsets[r] as number; k < (childOffsets[r + 1] as number); k++) {
      if (this.share[k] !== other.share[k] || !same(this.progress[childAt[k] as number] as number, other.progress[childAt[k] as number] as number)) return false;
    }
    return true;
  }

  /**
   * Builds the entry of the goal or objective at `r` from its numbers. With
   * `old` (its entry before), contributions that did not change are reused,
   * and `old` itself is kept when nothing changed. With `previous` too (the
   * evaluation `old` comes from), what changed is read from its numbers
   * rather than from the old entries.
   */
  emitResult(r: number, old?: ResultProgress, previous?: Evaluation): ResultProgress {
    const { compiled } = this.plan;
    const start = compiled.childOffsets[r] as number;
    const end = compiled.childOffsets[r + 1] as number;
    const contributions =
      old !== undefined && previous !== undefined ? this.#contributionsAfter(previous, start, end, old.contributions) : this.#contributions(start, end, old?.contributions);
    const progress = nullable(this.progress[r] as number);
    const computed = nullable(this.raw[r] as number);
    const expected = nullable(this.expected[r] as number);
    const coverage = this.coverage[r] as number;
    const status = STATUSES[this.status[r] as number] as ResultProgress['status'];
    const method = METHOD_NAMES[this.code[r] as number] as Method;
    const assessment = this.code[r] === ASSESSED ? (this.assessments.get(r) as AssessmentDocument) : null;
    if (
      old !== undefined &&
      contributions === old.contributions &&
      old.progress === progress &&
      old.computed === computed &&
      old.expected === expected &&
      old.coverage === coverage &&
      old.status === status &&
      old.method === method &&
      old.assessment === assessment
    ) {
      this.set(r, old);
      return old;
    }
    const entry: ResultProgress = {
      kind: compiled.index.kinds[r] === KIND_CODE.goal ? 'goal' : 'objective',
      id: compiled.ids[r] as string,
      progress,
      computed,
      expected,
      coverage,
      status,
      method,
      assessment,
      contributions,
      failingAssumptions: compiled.failing[r] as readonly string[],
    };
    this.set(r, entry);
    return entry;
  }

  /** The contributions of children `start` to `end - 1`, keeping `old` (or its entries) where nothing changed. */
  #contributions(start: number, end: number, old: readonly Contribution[] | undefined): readonly Contribution[] {
    const childAt = this.plan.compiled.childAt;
    const progress = this.progress;
    if (old === undefined) {
      const out = new Array<Contribution>(end - start);
      for (let k = start; k < end; k++) {
        // The child's entry, when built, holds the same number already boxed: sharing it saves an allocation.
        const c = childAt[k] as number;
        out[k - start] = this.#contribution(k, this.entry(c)?.progress ?? nullable(progress[c] as number));
      }
      return out;
    }
    let out: Contribution[] | undefined;
    for (let k = start; k < end; k++) {
      const p = nullable(progress[childAt[k] as number] as number);
      const previous = old[k - start] as Contribution;
      if (previous.progress === p && previous.share === this.share[k]) continue;
      out ??= old.slice();
      out[k - start] = this.#contribution(k, p);
    }
    return out ?? old;
  }

  /**
   * The contributions of children `start` to `end - 1` given those of the
   * same node in `previous`: the old list when no child's progress or share
   * changed, else a new list keeping each unchanged entry.
   */
  #contributionsAfter(previous: Evaluation, start: number, end: number, old: readonly Contribution[]): readonly Contribution[] {
    const { childAt } = this.plan.compiled;
    let k = start;
    while (k < end && this.share[k] === previous.share[k] && same(this.progress[childAt[k] as number] as number, previous.progress[childAt[k] as number] as number)) k++;
    if (k === end) return old;
    const out = old.slice();
    for (; k < end; k++) {
      const c = childAt[k] as number;
      if (this.share[k] === previous.share[k] && same(this.progress[c] as number, previous.progress[c] as number)) continue;
      out[k - start] = this.#contribution(k, nullable(this.progress[c] as number));
    }
    return out;
  }

  /** A new contribution entry for child link `k`, whose child has progress `p`. */
  #contribution(k: number, p: number | null): Contribution {
    const { childId, childWeight, childMeasures, childFailing } = this.plan.compiled;
    return {
      id: childId[k] as string,
      relation: childMeasures[k] === 1 ? 'measures' : 'contributes-to',
      weight: childWeight[k] as number,
      progress: p,
      countedAsZero: p === null && this.#zero,
      share: this.share[k] as number,
      failingAssumptions: childFailing[k] as readonly string[],
    };
  }

  /**
   * The expected progress of a goal or objective none of whose inputs has
   * data: that of every input with an expected progress, combined by the
   * node's method (NaN for none).
   */
  #expectedWithoutData(r: number, start: number, end: number, method: number): number {
    const { childAt, childWeight, childId } = this.plan.compiled;
    const expected = this.expected;
    if (method === METHOD.custom) {
      const inputs: AggregationInput[] = [];
      for (let k = start; k < end; k++) {
        const e = expected[childAt[k] as number] as number;
        if (e === e) inputs.push({ id: childId[k] as string, weight: childWeight[k] as number, progress: e });
      }
      return inputs.length === 0 ? Number.NaN : this.#apply(r, inputs);
    }
    let sum = 0;
    let weight = 0;
    let low = Number.NaN;
    for (let k = start; k < end; k++) {
      const e = expected[childAt[k] as number] as number;
      if (e !== e) continue;
      const w = childWeight[k] as number;
      sum += w * e;
      weight += w;
      if (!(low <= e)) low = e;
    }
    if (weight === 0) return Number.NaN;
    return method === METHOD['weakest-link'] ? low : clamp(sum / weight);
  }

  /** A custom function applied to `inputs`: its value clamped to [0, 1], or NaN when it is not a finite number. */
  #apply(r: number, inputs: readonly AggregationInput[]): number {
    const result = (this.plan.custom.get(r) as AggregationFunction)(inputs);
    return typeof result === 'number' && Number.isFinite(result) ? clamp(result) : Number.NaN;
  }

  /** A custom aggregation over the inputs with data (there are some): the value and expected value (NaN for none); writes the shares. */
  #custom(r: number, start: number, end: number): [number, number] {
    const { childAt, childId, childWeight } = this.plan.compiled;
    const zero = this.#zero;
    const inputs: AggregationInput[] = [];
    const inputsExpected: AggregationInput[] = [];
    const links: number[] = [];
    for (let k = start; k < end; k++) {
      const c = childAt[k] as number;
      const raw = this.progress[c] as number;
      if (raw !== raw && !zero) continue;
      const id = childId[k] as string;
      const weight = childWeight[k] as number;
      links.push(k);
      inputs.push({ id, weight, progress: raw === raw ? raw : 0 });
      const e = this.expected[c] as number;
      if (e === e) inputsExpected.push({ id, weight, progress: e });
    }
    const value = this.#apply(r, inputs);
    if (value === value) {
      // Shares in proportion to weight × progress (equal shares when every input is at 0).
      let mass = 0;
      for (let j = 0; j < inputs.length; j++) mass += (childWeight[links[j] as number] as number) * (inputs[j] as AggregationInput).progress;
      for (let j = 0; j < inputs.length; j++) {
        const k = links[j] as number;
        this.share[k] = mass > 0 ? (value * (childWeight[k] as number) * (inputs[j] as AggregationInput).progress) / mass : value / inputs.length;
      }
    }
    return [value, inputsExpected.length === 0 ? Number.NaN : this.#apply(r, inputsExpected)];
  }

  /** The entry of the goal, objective or indicator at node position `i`, once built. */
  entry(i: number): NodeProgress | undefined {
    const { compiled } = this.plan;
    const slot = compiled.reportSlot[i] as number;
    return compiled.index.kinds[i] === KIND_CODE.indicator ? this.#indicators[slot] : this.#results[slot];
  }

  /**
   * Stores the entry of node `i`. A list already handed out in a report is
   * copied first (once), so that report never changes.
   */
  set(i: number, entry: NodeProgress): void {
    const slot = this.plan.compiled.reportSlot[i] as number;
    if (entry.kind === 'indicator') {
      if (this.#indicators[slot] === entry) return;
      if (this.#indicatorsHandedOut) {
        this.#indicators = this.#indicators.slice();
        this.#indicatorsHandedOut = false;
      }
      this.#indicators[slot] = entry;
    } else {
      if (this.#results[slot] === entry) return;
      if (this.#resultsHandedOut) {
        this.#results = this.#results.slice();
        this.#resultsHandedOut = false;
      }
      this.#results[slot] = entry;
    }
  }

  /** The report: every goal, objective and indicator entry, sorted by id. Later changes do not touch it. */
  report(): ProgressReport {
    this.#resultsHandedOut = true;
    this.#indicatorsHandedOut = true;
    return { asOf: this.asOf, settings: reportSettings(this.plan.resolved, this.asOf), results: this.#results, indicators: this.#indicators };
  }
}

/** The settings as a report lists them (`asOf` first, as {@link resolveSettings} orders them). @internal */
export function reportSettings(resolved: Omit<ResolvedSettings, 'asOf'>, asOf: string): ResolvedSettings {
  return { asOf, ...resolved };
}
