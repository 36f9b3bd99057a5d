import type { Model } from '../model/model.js';
import { formatPercent } from '../progress/format-percent.js';
import { indentFor } from '../progress/indent.js';
import type { ProgressSeries } from '../progress/progress-series.js';
import { formatTable, type Column } from './format-table.js';
import { seriesRows } from './series-rows.js';
import { TITLE_WRAP, titled, type TextTableOptions } from './table-parts.js';

/** Options of {@link formatSeriesTable}. */
export interface SeriesTableOptions extends TextTableOptions {
  /** List goals and objectives down to this depth only (0: the top goals; 1: what contributes to them; …). Default: all. */
  readonly depth?: number;
}

/**
 * The trend as a plain-text table ({@link seriesRows}): each goal and
 * objective in the order of the strategy, its progress at each date of the
 * series (whole percentages, `—` without data). Dates that are all year-ends
 * head their columns by the year alone. Rows resting on figures tagged
 * `illustrative` at any date are marked `*`, with a footnote. With `width`,
 * titles wrap to fit; numbers are never cut. With `depth`, only the rows down
 * to that depth.
 *
 * @example
 * ```ts
 * const series = progressSeries(model, ['2016-12-31', '2017-12-31', '2018-12-31']);
 * console.log(formatSeriesTable(model, series, { width: 100 }));
 * ```
 */
export function formatSeriesTable(model: Model, series: ProgressSeries, options: SeriesTableOptions = {}): string {
  const rows = seriesRows(model, series).filter((r) => options.depth === undefined || r.depth <= options.depth);
  const yearEnds = series.dates.length > 0 && series.dates.every((d) => d.endsWith('-12-31'));
  const columns: Column[] = [
    { heading: 'Ref', optional: true },
    { heading: 'Goal / objective', wrap: TITLE_WRAP },
    ...series.dates.map((d): Column => ({ heading: yearEnds ? d.slice(0, -6) : d, align: 'right' })),
  ];
  const table = formatTable(
    columns,
    rows.map((r) => [
      r.ref,
      `${indentFor(r.depth)}${r.title}${r.points.some((p) => p.illustrative) ? ' *' : ''}`,
      ...r.points.map((p) => (p.progress === null ? '—' : formatPercent(p.progress))),
    ]),
    options,
  );
  const title = `${model.title} — progress ${yearEnds ? 'at each year-end' : 'at each date'}`;
  return titled(title, table, rows.some((r) => r.points.some((p) => p.illustrative)), options.width);
}
