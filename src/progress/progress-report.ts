import type { CompiledModel } from './compile.js';
import type { Lists, ReportLists } from './entry-lists.js';
import type { Evaluation } from './evaluation.js';
import { reportSettings } from './plan.js';
import {
  STATUSES,
  type IndicatorProgress,
  type NodeProgress,
  type ProgressReport,
  type ProgressReportData,
  type ResolvedSettings,
  type ResultProgress,
  type Status,
} from './types.js';

/** A report's positions, the same at every date: made once per compiled model. */
interface Layout {
  readonly ids: readonly string[];
  /** Node position at each report position. */
  readonly nodeAt: Int32Array;
}

const layouts = new WeakMap<CompiledModel, Layout>();

function layoutOf(compiled: CompiledModel): Layout {
  let layout = layouts.get(compiled);
  if (layout === undefined) {
    const { resultsById, indicatorsById } = compiled;
    const nodeAt = new Int32Array(resultsById.length + indicatorsById.length);
    nodeAt.set(resultsById);
    nodeAt.set(indicatorsById, resultsById.length);
    layout = { ids: Object.freeze(Array.from(nodeAt, (i) => compiled.ids[i] as string)), nodeAt };
    layouts.set(compiled, layout);
  }
  return layout;
}

interface Numbers {
  readonly progress: Float64Array;
  readonly expected: Float64Array;
  readonly coverage: Float64Array;
  readonly status: readonly Status[];
}

/**
 * The {@link ProgressReport} of an evaluation. With `lists` (entries already
 * built, as a series and the tracker build them) its numbers are read from
 * them, and the evaluation may change afterwards; without, the evaluation must
 * not change any more: numbers are copied from it and entries built from it
 * when first asked for.
 * @internal
 */
export function progressReport(evaluation: Evaluation, lists?: ReportLists): ProgressReport {
  return new Report(evaluation, lists);
}

class Report implements ProgressReport {
  readonly asOf: string;
  readonly settings: ResolvedSettings;
  readonly ids: readonly string[];
  readonly resultCount: number;
  declare readonly results: readonly ResultProgress[];
  declare readonly indicators: readonly IndicatorProgress[];
  declare readonly progress: Float64Array;
  declare readonly expected: Float64Array;
  declare readonly coverage: Float64Array;
  declare readonly status: readonly Status[];
  readonly #evaluation: Evaluation | undefined;
  readonly #compiled: CompiledModel;
  readonly #snapshot: ReportLists | undefined;
  #lists: Lists | undefined;

  constructor(evaluation: Evaluation, lists: ReportLists | undefined) {
    const { plan } = evaluation;
    const layout = layoutOf(plan.compiled);
    this.asOf = evaluation.asOf;
    this.settings = reportSettings(plan.resolved, evaluation.asOf);
    this.ids = layout.ids;
    this.resultCount = plan.compiled.resultsById.length;
    this.#compiled = plan.compiled;
    this.#snapshot = lists;
    this.#evaluation = lists === undefined ? evaluation : undefined;
    let numbers: Numbers | undefined;
    const read = (): Numbers => (numbers ??= this.#numbers(layout));
    // Own, enumerable and lazy: a report compares (and prints) by its content, built only when read.
    Object.defineProperties(this, {
      results: { enumerable: true, get: () => this.#built().results },
      indicators: { enumerable: true, get: () => this.#built().indicators },
      progress: { enumerable: true, get: () => read().progress },
      expected: { enumerable: true, get: () => read().expected },
      coverage: { enumerable: true, get: () => read().coverage },
      status: { enumerable: true, get: () => read().status },
    });
    Object.freeze(this);
  }

  indexOf(id: string): number {
    const i = this.#position(id);
    if (i === -1) return -1;
    const slot = this.#compiled.reportSlot[i] as number;
    return this.#compiled.rank[i] === -1 ? this.resultCount + slot : slot;
  }

  entry(id: string): NodeProgress | undefined {
    const i = this.#position(id);
    if (i === -1) return undefined;
    const compiled = this.#compiled;
    const snapshot = this.#snapshot;
    if (snapshot === undefined) return (this.#evaluation as Evaluation).entryOnDemand(i);
    const slot = compiled.reportSlot[i] as number;
    return compiled.rank[i] === -1 ? snapshot.indicator(slot) : snapshot.result(slot);
  }

  toJSON(): ProgressReportData {
    const { results, indicators } = this.#built();
    return { asOf: this.asOf, settings: this.settings, results, indicators };
  }

  /** The node position of a goal, objective or indicator, or -1. */
  #position(id: string): number {
    const i = this.#compiled.index.position.get(id);
    return i === undefined || this.#compiled.reportSlot[i] === -1 ? -1 : i;
  }

  #built(): Lists {
    this.#lists ??= (this.#snapshot ?? (this.#evaluation as Evaluation).entries().report()).lists();
    return this.#lists;
  }

  /** The numbers by position: copied from the evaluation, or read from the entries. */
  #numbers(layout: Layout): Numbers {
    const n = layout.nodeAt.length;
    const progress = new Float64Array(n);
    const expected = new Float64Array(n);
    const coverage = new Float64Array(n);
    const status = new Array<Status>(n);
    const evaluation = this.#evaluation;
    if (evaluation !== undefined) {
      for (let j = 0; j < n; j++) {
        const i = layout.nodeAt[j] as number;
        progress[j] = evaluation.progress[i] as number;
        expected[j] = evaluation.expected[i] as number;
        coverage[j] = evaluation.coverage[i] as number;
        status[j] = STATUSES[evaluation.status[i] as number] as Status;
      }
    } else {
      const { results, indicators } = this.#built();
      const fill = (entry: NodeProgress, j: number): void => {
        progress[j] = entry.progress ?? Number.NaN;
        expected[j] = entry.expected ?? Number.NaN;
        coverage[j] = entry.coverage;
        status[j] = entry.status;
      };
      results.forEach((entry, j) => fill(entry, j));
      indicators.forEach((entry, j) => fill(entry, this.resultCount + j));
    }
    return { progress, expected, coverage, status: Object.freeze(status) };
  }
}
