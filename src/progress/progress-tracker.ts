import type { Diagnostic, DocumentPath } from '../diagnostics/diagnostic.js';
import { describeValue, nodeLabel } from '../diagnostics/describe.js';
import { diagnosticsFromZod, subjectOfRawNode } from '../diagnostics/from-zod.js';
import { NodeSchema } from '../document/schema.js';
import type { IndicatorDocument, IsoDate, NodeDocument, ReadingDocument, TheoryOfChangeDocument } from '../document/types.js';
import type { Model } from '../model/model.js';
import { checkBrokenIndicator, checkIndicator } from '../validate/check-indicator.js';
import { deepFreeze } from '../document/deep-freeze.js';
import { indicatorEntry, resultEntry } from './entries.js';
import { Evaluation } from './evaluation.js';
import { planRollUp, type RollUpPlan } from './plan.js';
import { progressReport } from './progress-report.js';
import { indicatorObservations } from './indicator-table.js';
import type { Observations } from './observations.js';
import { checkedDate } from './roll-up.js';
import type { IndicatorProgress, ProgressOptions, ProgressReport, ResultProgress } from './types.js';
import type { Lists } from '../model/lists.js';

/**
 * The outcome of {@link ProgressTracker.addObservation}: `ok` with the updated
 * report, or not `ok` with the problems (the tracker is then unchanged).
 */
export type TrackerUpdate =
  | { readonly ok: true; readonly report: ProgressReport; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly report?: undefined; readonly diagnostics: readonly Diagnostic[] };

/**
 * A progress report kept up to date as observations arrive, for dashboards.
 * Get one from {@link createProgressTracker}.
 */
export interface ProgressTracker {
  /** The model the tracker started from; it is never changed. */
  readonly model: Model;
  /** The date every report is computed as of. */
  readonly asOf: IsoDate;
  /** The current report: the same as `rollUp` on the model with every observation added so far. */
  report(): ProgressReport;
  /**
   * Adds one observation to an indicator and returns the updated report.
   * Only the indicator and what it feeds into, up the causal chain, are
   * computed again; entries that did not change are the same objects as in
   * the previous report. The reading is checked as `validate` would check it
   * in the document (date, value fitting the measure, rating); problems come
   * back as diagnostics, with the path the reading would have in the document.
   */
  addObservation(indicatorId: string, reading: ReadingDocument): TrackerUpdate;
  /**
   * The model's document with every observation added so far (deep-frozen),
   * to save or to load into a new model. Each added reading is appended to
   * its indicator's `observations`.
   */
  document(): TheoryOfChangeDocument;
}

/**
 * Starts a {@link ProgressTracker}: rolls the model up once, as of
 * `options.asOf` (default today), then keeps the report up to date as
 * observations are added, each update costing only the indicator and its
 * ancestors. Every report it gives is exactly the report `rollUp` gives for
 * the model with the observations added, as plain data; unchanged entries are
 * shared between successive reports, so treat reports as read-only. The model
 * is never changed.
 *
 * @example
 * ```ts
 * const tracker = createProgressTracker(model, { asOf: '2018-12-31' });
 * const update = tracker.addObservation('laws', { date: '2018-06-30', value: 40, source: 'Gazette' });
 * if (update.ok) console.log(progressOf(update.report, 'O1')?.progress);
 * else console.error(formatDiagnostics(update.diagnostics));
 * ```
 */
export function createProgressTracker(model: Model, options: ProgressOptions = {}): ProgressTracker {
  return new Tracker(model, options);
}

/** A binary min-heap of small integers, for processing dirty nodes in causal order. */
class MinHeap {
  readonly #items: number[] = [];

  get size(): number {
    return this.#items.length;
  }

  push(value: number): void {
    const items = this.#items;
    let i = items.length;
    items.push(value);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((items[parent] as number) <= value) break;
      items[i] = items[parent] as number;
      i = parent;
    }
    items[i] = value;
  }

  pop(): number {
    const items = this.#items;
    const top = items[0] as number;
    const last = items.pop() as number;
    if (items.length > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= items.length) break;
        const right = left + 1;
        const child = right < items.length && (items[right] as number) < (items[left] as number) ? right : left;
        if ((items[child] as number) >= last) break;
        items[i] = items[child] as number;
        i = child;
      }
      items[i] = last;
    }
    return top;
  }
}

class Tracker implements ProgressTracker {
  readonly model: Model;
  readonly asOf: IsoDate;
  readonly #plan: RollUpPlan;
  readonly #evaluation: Evaluation;
  /** Indicators with added observations: their new document and observations, by node position. */
  readonly #changed = new Map<number, { readonly node: IndicatorDocument; readonly obs: Observations }>();
  readonly #queued: Uint8Array;
  #report: ProgressReport;
  #document: TheoryOfChangeDocument | undefined;

  constructor(model: Model, options: ProgressOptions) {
    this.model = model;
    this.#plan = planRollUp(model, options);
    this.asOf = checkedDate(this.#plan.settings.asOf);
    this.#evaluation = new Evaluation(this.#plan, this.asOf).run();
    this.#report = progressReport(this.#evaluation, this.#evaluation.report());
    this.#queued = new Uint8Array(this.#plan.compiled.nodes.length);
    Object.freeze(this);
  }

  report(): ProgressReport {
    return this.#report;
  }

  document(): TheoryOfChangeDocument {
    if (this.#document === undefined) {
      const original = this.model.document;
      if (this.#changed.size === 0) this.#document = original;
      else {
        const nodes = original.nodes.map((node, i) => this.#changed.get(i)?.node ?? node);
        this.#document = deepFreeze({ ...original, nodes });
      }
    }
    return this.#document;
  }

  addObservation(indicatorId: string, reading: ReadingDocument): TrackerUpdate {
    const { compiled } = this.#plan;
    const i = typeof indicatorId === 'string' ? compiled.index.position.get(indicatorId) : undefined;
    if (i === undefined) {
      return problem('unknown-reference', ['nodes'], typeof indicatorId === 'string' ? [indicatorId] : [], `No indicator has the id ${describeId(indicatorId)}, so the observation cannot be added.`);
    }
    const current = this.#changed.get(i)?.node ?? (compiled.nodes[i] as NodeDocument);
    if (current.kind !== 'indicator') {
      return problem(
        'wrong-relation-kind',
        ['nodes', i],
        [current.id],
        `${nodeLabel(current.kind, current.id)} is not an indicator; observations can only be added to indicators.`,
      );
    }

    // Check the reading exactly as validation would, in its place in the document.
    const k = (current.observations ?? []).length;
    const candidate = { ...current, observations: [...(current.observations ?? []), reading] };
    const parsed = NodeSchema.safeParse(candidate, { reportInput: true });
    if (!parsed.success) {
      // As validate does: the zod problems, and whatever of the reading can still be checked against the measure.
      const found = diagnosticsFromZod(parsed.error.issues, ['nodes', i], subjectOfRawNode(candidate, i));
      const lenient: Diagnostic[] = [];
      checkBrokenIndicator(candidate as unknown as { readonly [key: string]: unknown }, current.id, ['nodes', i], lenient);
      return { ok: false, diagnostics: [...found, ...lenient.filter((d) => d.path[2] === 'observations' && d.path[3] === k)] };
    }
    const node = parsed.data as IndicatorDocument;
    const checks: Diagnostic[] = [];
    const modelPeriod = this.#plan.model.document.period;
    checkIndicator(node, ['nodes', i], checks, modelPeriod?.end, modelPeriod?.start);
    // The indicator was valid without the reading, so every error now is the reading's (a conflict may point at the reading it contradicts).
    const errors = checks.filter((d) => d.severity === 'error');
    if (errors.length > 0) return { ok: false, diagnostics: errors };

    deepFreeze(node);
    const { settings, table } = this.#plan;
    const obs = indicatorObservations(node, settings.markerWeights, table, table.slotOf[i] as number, settings.for);
    this.#changed.set(i, { node, obs });
    this.#document = undefined;
    return { ok: true, report: this.#update(i, obs), diagnostics: [] };
  }

  /** Recomputes indicator `i` from `obs`, then what depends on it, in causal order; returns the new report. */
  #update(i: number, obs: Observations): ProgressReport {
    const evaluation = this.#evaluation;
    const { compiled } = this.#plan;
    const { index, rank, order } = compiled;
    const before = evaluation.entry(i) as IndicatorProgress;
    const moved = evaluation.indicatorNumbers(i, obs, 0, obs.day.length);
    const entry = indicatorEntry(evaluation, i, obs);
    let changed = entry !== before;
    if (sameContent(before, entry)) {
      evaluation.set(i, before);
      changed = false;
    }
    if (moved) {
      const heap = new MinHeap();
      const queued = this.#queued;
      const enqueue = (list: Lists, node: number): void => {
        for (let k = list.first(node), end = list.end(node); k < end; k++) {
          const parent = list.node(k);
          if (queued[parent] === 1) continue;
          queued[parent] = 1;
          heap.push(rank[parent] as number);
        }
      };
      enqueue(index.measured, i);
      while (heap.size > 0) {
        const r = order[heap.pop()] as number;
        queued[r] = 0;
        const old = evaluation.entry(r) as ResultProgress;
        const up = evaluation.resultNumbers(r);
        if (resultEntry(evaluation, r, old) !== old) changed = true;
        if (up) enqueue(index.up, r);
      }
    }
    if (changed) this.#report = progressReport(evaluation, evaluation.report());
    return this.#report;
  }
}

/** Whether two entries of one indicator say the same (small objects: compared as JSON). */
function sameContent(a: IndicatorProgress, b: IndicatorProgress): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function problem(code: Diagnostic['code'], path: DocumentPath, ids: readonly string[], message: string): TrackerUpdate {
  return { ok: false, diagnostics: [{ code, severity: 'error', path, ids, message }] };
}

function describeId(id: unknown): string {
  return typeof id === 'string' ? JSON.stringify(id) : describeValue(id);
}
