import type { IsoDate } from '../document/types.js';
import type { Model } from '../model/model.js';
import { illustrativeIds } from '../progress/illustrative-ids.js';
import type { ProgressSeries } from '../progress/progress-series.js';
import { progressOf } from '../progress/progress-of.js';
import type { ResultProgress, Status } from '../progress/types.js';
import { strategyOrder } from '../model/strategy-order.js';

/** A goal's or objective's standing at one date of a series. */
export interface SeriesPoint {
  readonly date: IsoDate;
  /** Progress in [0, 1], or `null` without data. */
  readonly progress: number | null;
  /** Expected progress at that date, or `null`. */
  readonly expected: number | null;
  readonly coverage: number;
  readonly status: Status;
  /** Whether the value at that date rests on figures tagged `illustrative`. */
  readonly illustrative: boolean;
}

/** One goal or objective over the dates of a series: a line of a trend table or chart. */
export interface SeriesRow {
  readonly id: string;
  readonly kind: 'goal' | 'objective';
  /** The organisation's numbering, or `''`. */
  readonly ref: string;
  readonly title: string;
  /** 0 for the top of the chain, 1 below it, and so on. */
  readonly depth: number;
  /** One point per date of the series, in its order. */
  readonly points: readonly SeriesPoint[];
}

/**
 * The trend of each goal and objective over the dates of a
 * {@link "theory-of-change"!progressSeries}, in the order of the strategy (as
 * {@link progressRows}: each goal, then what contributes to it, siblings by ref).
 *
 * @example
 * ```ts
 * const years = ['2016-12-31', '2017-12-31', '2018-12-31'];
 * for (const row of seriesRows(model, progressSeries(model, years))) {
 *   console.log(row.title, row.points.map((p) => p.progress));
 * }
 * ```
 */
export function seriesRows(model: Model, series: ProgressSeries): readonly SeriesRow[] {
  const flagged = series.reports.map((report) => illustrativeIds(model, report));
  return strategyOrder(model).map(({ node, depth }) => ({
    id: node.id,
    kind: node.kind === 'goal' ? 'goal' : 'objective',
    ref: node.ref ?? '',
    title: node.title,
    depth,
    points: series.reports.map((report, k) => {
      const p = progressOf(report, node.id) as ResultProgress | undefined;
      return {
        date: series.dates[k] as IsoDate,
        progress: p?.progress ?? null,
        expected: p?.expected ?? null,
        coverage: p?.coverage ?? 0,
        status: p?.status ?? 'no-data',
        illustrative: (flagged[k] as ReadonlySet<string>).has(node.id),
      };
    }),
  }));
}
