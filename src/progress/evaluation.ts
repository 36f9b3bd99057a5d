import { dayNumber } from '../document/dates.js';
import { readingDate } from '../document/reading-date.js';
import type { AssessmentDocument, NodeDocument, ReadingDocument, ResultDocument } from '../document/types.js';
import { KIND_CODE } from '../model/model-index.js';
import { assessmentAt } from './assessment-at.js';
import { METHOD } from './compile.js';
import { customAggregation } from './custom-aggregation.js';
import { indicatorEntry, resultEntry } from './entries.js';
import { ASSESSED, NONE, same, type EvaluationState } from './evaluation-state.js';
import { EntryLists, type ReportLists } from './entry-lists.js';
import { expectedWithoutData } from './expected-without-data.js';
import { indicatorProgress, REASON, type IndicatorNumbers } from './indicator-progress.js';
import type { Links } from './links.js';
import type { Observations } from './observations.js';
import type { RollUpPlan } from './plan.js';
import { sameIndicator, sameResult } from './reuse.js';
import { isOld } from './reading-age.js';
import { statusIndex } from './status.js';
import type { AggregationFunction, IndicatorProgress, NodeProgress, ResultProgress } from './types.js';
import { weakestLink } from './weakest-link.js';
import { weightedMean } from './weighted-mean.js';

/**
 * A roll-up at one date, in two phases. First every node's numbers go into
 * typed arrays (NaN for "no value"), with each child link's share, in causal
 * order ({@link Evaluation.numbers}): indicators by the progress formula
 * (indicator-progress.ts), goals and objectives by their aggregation
 * (weighted-mean.ts, weakest-link.ts, custom-aggregation.ts) or assessment.
 * Then each node's report entry is built from them (entries.ts). An entry
 * whose content is the same as in a previous evaluation (of another date, or
 * before an update) is reused, not rebuilt (reuse.ts), so unchanged entries
 * are shared between reports. Node by node, so the same code serves a full
 * roll-up, a series and incremental updates.
 * @internal
 */
export class Evaluation implements EvaluationState, Links {
  readonly plan: RollUpPlan;
  readonly asOf: string;
  readonly day: number;
  readonly progress: Float64Array;
  readonly expected: Float64Array;
  readonly coverage: Float64Array;
  readonly recent: Float64Array;
  readonly old: Uint8Array;
  readonly raw: Float64Array;
  readonly status: Uint8Array;
  readonly code: Uint8Array;
  readonly first: Int32Array;
  readonly last: Int32Array;
  readonly judged: Int32Array;
  readonly share: Float64Array;
  readonly assessments = new Map<number, AssessmentDocument>();
  readonly zero: boolean;
  readonly childAt: Int32Array;
  readonly childWeight: Float64Array;
  readonly childId: readonly string[];
  readonly nodes: readonly NodeDocument[];
  /** The report's lists, filled in report order (`reportSlot`); a report keeps them as they were when it was made. */
  readonly #lists: EntryLists;
  /** Scratch space of the formulas, reused from node to node. */
  readonly #indicator: IndicatorNumbers = { progress: 0, raw: 0, expected: 0, reason: 0, first: 0, last: 0, judged: 0 };
  readonly #aggregated = new Float64Array(2);

  constructor(plan: RollUpPlan, asOf: string) {
    const { compiled } = plan;
    const n = compiled.nodes.length;
    this.plan = plan;
    this.asOf = asOf;
    this.day = dayNumber(asOf);
    this.progress = new Float64Array(n);
    this.expected = new Float64Array(n);
    this.coverage = new Float64Array(n);
    // Only where an age limit is in force: a model without one pays nothing for them.
    const aged = plan.ages === undefined ? 0 : n;
    this.recent = new Float64Array(aged);
    this.old = new Uint8Array(aged);
    this.raw = new Float64Array(n);
    this.status = new Uint8Array(n);
    this.code = new Uint8Array(n);
    this.first = new Int32Array(n);
    this.last = new Int32Array(n);
    // Only where an indicator has per-period targets.
    this.judged = new Int32Array(plan.table.perPeriodCount === 0 ? 0 : n);
    this.share = new Float64Array(compiled.childAt.length);
    this.zero = plan.settings.missingData === 'zero';
    this.childAt = compiled.childAt;
    this.childWeight = compiled.childWeight;
    this.childId = compiled.childId;
    this.nodes = compiled.nodes;
    this.#lists = new EntryLists(compiled.resultsById.length, compiled.indicatorsById.length);
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
      if (this.#lists.indicators[j] !== undefined) continue;
      if (previous !== undefined && sameIndicator(this, previous, i)) this.#lists.setIndicator(j, previous.entry(i) as IndicatorProgress);
      else indicatorEntry(this, i, obs);
    }
    // Goals and objectives in causal order: each entry after its children's, whose boxed numbers it reuses.
    for (let j = 0; j < order.length; j++) {
      const r = order[j] as number;
      const slot = compiled.reportSlot[r] as number;
      if (this.#lists.results[slot] !== undefined) continue;
      if (previous !== undefined && sameResult(this, previous, r)) this.#lists.setResult(slot, previous.entry(r) as ResultProgress);
      else resultEntry(this, r, previous?.entry(r) as ResultProgress | undefined, previous);
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
    return this.plan.compiled.index.kind(i) === KIND_CODE.indicator ? indicatorEntry(this, i, this.plan.table.obs) : resultEntry(this, i);
  }

  /**
   * Computes the numbers of the indicator at node position `i` from
   * observations `lo` to `hi - 1` of `obs`. Returns whether the numbers its
   * parents use (progress, expected, coverage) changed.
   */
  indicatorNumbers(i: number, obs: Observations, lo: number, hi: number): boolean {
    const { table, settings } = this.plan;
    const out = this.#indicator;
    indicatorProgress(table, table.slotOf[i] as number, obs, lo, hi, this.day, out);
    const coverage = out.reason === REASON.none ? 1 : 0;
    let changed = !same(this.progress[i] as number, out.progress) || !same(this.expected[i] as number, out.expected) || this.coverage[i] !== coverage;
    const ages = this.plan.ages;
    if (ages !== undefined) {
      // The reading the value rests on: the observation used, or a cumulative indicator's most recent one.
      const old = out.last !== -1 && isOld(readingDate(obs.reading[out.last] as ReadingDocument) as string, ages.bySlot[table.slotOf[i] as number] ?? null, this.day) ? 1 : 0;
      const recent = old === 1 ? 0 : coverage;
      if (this.recent[i] !== recent) changed = true;
      this.recent[i] = recent;
      this.old[i] = old;
    }
    this.progress[i] = out.progress;
    this.expected[i] = out.expected;
    this.coverage[i] = coverage;
    this.raw[i] = out.raw;
    this.code[i] = out.reason;
    this.first[i] = out.first;
    this.last[i] = out.last;
    if (this.judged.length !== 0) {
      // A new target judged changes the entry, and the numbers parents use only through progress and expected.
      this.judged[i] = out.judged;
    }
    this.status[i] = statusIndex(out.progress, out.expected, settings.thresholds, false);
    return changed;
  }

  /**
   * Computes the numbers of the goal or objective at node position `r` from
   * its children, which must be computed: coverage, then progress and
   * expected progress by the node's aggregation over the inputs with data (or
   * what a node without data is expected), then any assessment in force.
   * Returns whether the numbers its parents use changed.
   */
  resultNumbers(r: number): boolean {
    const { compiled, settings } = this.plan;
    const { childOffsets, childAt, childWeight } = compiled;
    const { progress, expected, coverage, share, zero } = this;
    const start = childOffsets[r] as number;
    const end = childOffsets[r + 1] as number;
    const method = this.plan.method[r] as number;

    const ages = this.plan.ages;
    const recent = this.recent;
    let weightTotal = 0;
    let covered = 0;
    let recentCovered = 0;
    let counted = 0;
    let countedWeight = 0;
    for (let k = start; k < end; k++) {
      const c = childAt[k] as number;
      const w = childWeight[k] as number;
      weightTotal += w;
      covered += w * (coverage[c] as number);
      if (ages !== undefined) recentCovered += w * (recent[c] as number);
      share[k] = 0;
      const p = progress[c] as number;
      if (p !== p && !zero) continue;
      counted++;
      countedWeight += w;
    }

    const out = this.#aggregated;
    out[0] = Number.NaN;
    out[1] = Number.NaN;
    const fn = method === METHOD.custom ? (this.plan.custom.get(r) as AggregationFunction) : undefined;
    if (counted > 0) {
      if (fn !== undefined) customAggregation(this, fn, start, end, out);
      else if (method === METHOD['weakest-link']) weakestLink(this, start, end, out);
      else weightedMean(this, start, end, countedWeight, out);
    }
    const computed = out[0] as number;
    // A node without data (no input has any, or its function gave no value) is expected what its inputs are.
    const expectedValue = computed === computed ? (out[1] as number) : expectedWithoutData(this, start, end, fn ?? (method === METHOD['weakest-link'] ? 'weakest-link' : 'weighted-mean'));

    let value = computed;
    let nodeCoverage = weightTotal > 0 ? Math.min(1, covered / weightTotal) : 0;
    // Recent coverage: the same sum over the children's recent coverage.
    let nodeRecent = weightTotal > 0 ? Math.min(1, recentCovered / weightTotal) : 0;
    let old = 0;
    let code = counted === 0 ? NONE : method;
    if (compiled.hasAssessments[r] === 1 && settings.useAssessments) {
      const assessment = assessmentAt((compiled.nodes[r] as ResultDocument).assessments, this.asOf);
      if (assessment === null) this.assessments.delete(r);
      else {
        this.assessments.set(r, assessment);
        value = assessment.progress;
        nodeCoverage = 1;
        code = ASSESSED;
        // An undated assessment has no age; a dated one is held to the model-wide limit.
        old = ages !== undefined && assessment.date !== undefined && isOld(assessment.date, ages.model, this.day) ? 1 : 0;
        nodeRecent = old === 1 ? 0 : 1;
      }
    }
    let changed = !same(progress[r] as number, value) || !same(expected[r] as number, expectedValue) || coverage[r] !== nodeCoverage;
    if (ages !== undefined) {
      if (recent[r] !== nodeRecent) changed = true;
      recent[r] = nodeRecent;
      this.old[r] = old;
    }
    progress[r] = value;
    expected[r] = expectedValue;
    coverage[r] = nodeCoverage;
    this.raw[r] = computed;
    this.code[r] = code;
    // Flagged: a link into it rests on a failing assumption, or has only challenging evidence.
    const flagged = (compiled.failing[r] as readonly string[]).length > 0 || (compiled.challenged[r] as readonly string[]).length > 0;
    this.status[r] = statusIndex(value, expectedValue, settings.thresholds, flagged);
    return changed;
  }

  /** The entry of the goal, objective or indicator at node position `i`, once built. */
  entry(i: number): NodeProgress | undefined {
    const { compiled } = this.plan;
    const slot = compiled.reportSlot[i] as number;
    return compiled.index.kind(i) === KIND_CODE.indicator ? this.#lists.indicators[slot] : this.#lists.results[slot];
  }

  /** Stores the entry of node `i`; reports already made keep the entry they had. */
  set(i: number, entry: NodeProgress): void {
    const slot = this.plan.compiled.reportSlot[i] as number;
    if (entry.kind === 'indicator') {
      if (this.#lists.indicators[slot] !== entry) this.#lists.setIndicator(slot, entry);
    } else if (this.#lists.results[slot] !== entry) this.#lists.setResult(slot, entry);
  }

  /** Every goal, objective and indicator entry, sorted by id (after {@link Evaluation.entries}), as they are now: later changes do not touch them. */
  report(): ReportLists {
    return this.#lists.snapshot();
  }
}
