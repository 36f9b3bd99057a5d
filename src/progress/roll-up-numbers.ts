import type { IsoDate } from '../document/types.js';
import type { Model } from '../model/model.js';
import type { CompiledModel } from './compile.js';
import { Evaluation } from './evaluation.js';
import { reportSettings } from './plan.js';
import { checkedDate, planRollUp } from './roll-up.js';
import { STATUSES, type NodeProgress, type ProgressOptions, type ProgressReport, type ResolvedSettings, type Status } from './types.js';

/**
 * The numbers of a roll-up at one date, for dashboards and portfolios: one
 * position per goal, objective and indicator, with progress, expected
 * progress, coverage and status in flat arrays. The full entry of a node, with
 * its contributions or observations, is built only when asked for
 * ({@link ProgressNumbers.entry}), and {@link ProgressNumbers.report} gives the
 * whole plain report, the same as {@link rollUp}'s.
 *
 * Positions follow a report's order: goals and objectives sorted by id (the
 * first `resultCount`), then indicators sorted by id. The arrays are this
 * object's own copies: changing them changes nothing else.
 */
export interface ProgressNumbers {
  readonly asOf: IsoDate;
  readonly settings: ResolvedSettings;
  /** The id at each position. */
  readonly ids: readonly string[];
  /** How many positions, from the first, are goals and objectives; indicators follow. */
  readonly resultCount: number;
  /** Progress in [0, 1] at each position; `NaN` where there are no data (`null` in a report). */
  readonly progress: Float64Array;
  /** Expected progress at each position; `NaN` where there is none. */
  readonly expected: Float64Array;
  /** Coverage at each position, in [0, 1]. */
  readonly coverage: Float64Array;
  /** Status at each position. */
  readonly status: readonly Status[];
  /** The position of a goal, objective or indicator, or -1. */
  indexOf(id: string): number;
  /** The node's full report entry (contributions, observations…), built on first call; `undefined` for other ids. */
  entry(id: string): NodeProgress | undefined;
  /** The whole report, equal to `rollUp(model, options)` with the same options. */
  report(): ProgressReport;
}

/** Date-independent parts of {@link ProgressNumbers}, made once per compiled model. */
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
    const ids = Array.from(nodeAt, (i) => compiled.ids[i] as string);
    layout = { ids: Object.freeze(ids), nodeAt };
    layouts.set(compiled, layout);
  }
  return layout;
}

/**
 * Rolls progress up as {@link rollUp} does, but returns the numbers in flat
 * arrays and builds each node's explanation only on demand: several times
 * faster than a full report for large models, where most entries are never
 * read. Same options, same numbers.
 *
 * @example
 * ```ts
 * const numbers = rollUpNumbers(model, { asOf: '2018-12-31' });
 * const at = numbers.indexOf('ko1');
 * console.log(numbers.progress[at], numbers.coverage[at], numbers.status[at]);
 * numbers.entry('ko1'); // the full entry, with its contributions
 * ```
 */
export function rollUpNumbers(model: Model, options: ProgressOptions = {}): ProgressNumbers {
  const plan = planRollUp(model, options);
  const asOf = checkedDate(plan.settings.asOf);
  const evaluation = new Evaluation(plan, asOf).numbers();
  const { compiled } = plan;
  const { ids, nodeAt } = layoutOf(compiled);
  const n = nodeAt.length;
  const progress = new Float64Array(n);
  const expected = new Float64Array(n);
  const coverage = new Float64Array(n);
  const status = new Array<Status>(n);
  for (let j = 0; j < n; j++) {
    const i = nodeAt[j] as number;
    progress[j] = evaluation.progress[i] as number;
    expected[j] = evaluation.expected[i] as number;
    coverage[j] = evaluation.coverage[i] as number;
    status[j] = STATUSES[evaluation.status[i] as number] as Status;
  }
  const resultCount = compiled.resultsById.length;
  const position = compiled.index.position;
  const nodeOf = (id: string): number => {
    const i = position.get(id);
    return i === undefined || compiled.reportSlot[i] === -1 ? -1 : i;
  };
  let report: ProgressReport | undefined;
  return Object.freeze({
    asOf,
    settings: reportSettings(plan.resolved, asOf),
    ids,
    resultCount,
    progress,
    expected,
    coverage,
    status: Object.freeze(status),
    indexOf(id: string): number {
      const i = nodeOf(id);
      if (i === -1) return -1;
      const slot = compiled.reportSlot[i] as number;
      return compiled.rank[i] === -1 ? resultCount + slot : slot;
    },
    entry(id: string): NodeProgress | undefined {
      const i = nodeOf(id);
      return i === -1 ? undefined : evaluation.entryOnDemand(i);
    },
    report(): ProgressReport {
      report ??= evaluation.entries().report();
      return report;
    },
  });
}
