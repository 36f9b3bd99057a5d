import { readingDate } from '../../document/reading-date.js';
import type { IsoDate } from '../../document/types.js';
import type { Model } from '../../model/model.js';
import { formatPercent } from '../../progress/format-percent.js';
import { progressOf } from '../../progress/progress-of.js';
import { progressSeries, type ProgressSeries } from '../../progress/progress-series.js';
import type { ProgressOptions, ProgressReportData, ResultProgress } from '../../progress/types.js';
import { seriesRows, type SeriesRow } from '../series-rows.js';
import { escapeHtml } from './escape-html.js';
import { ILLUSTRATIVE_MARK, refAndTitle } from './page-parts.js';
import { percent } from './progress-section.js';
import { trendChartSvg } from './trend-chart.js';

/** Most columns of the year-end table; earlier years are in the charts. */
const MAX_COLUMNS = 8;

/** The first and last day of the trend's date axis: the model's period, else the span of its dated figures; stretched to the report date. @internal */
export function trendAxis(model: Model, asOf: IsoDate): { readonly start: IsoDate; readonly end: IsoDate } | undefined {
  const period = model.document.period;
  let start = period?.start;
  let end = period?.end;
  if (start === undefined || end === undefined) {
    const dates = model.indicators().flatMap((n) => [n.baseline, ...(n.targets ?? []), ...(n.observations ?? [])].flatMap((r) => (r === undefined ? [] : [readingDate(r) as IsoDate])));
    if (dates.length === 0) return undefined;
    start = dates.reduce((a, b) => (b < a ? b : a));
    end = dates.reduce((a, b) => (b > a ? b : a));
  }
  if (asOf > end) end = asOf;
  return start < end ? { start, end } : undefined;
}

/** The first day of the axis, the last day of each month on it, its last day and the report date, in order, each once. @internal */
export function trendDates(start: IsoDate, end: IsoDate, asOf: IsoDate): readonly IsoDate[] {
  const dates = new Set<IsoDate>([start]);
  const [y0, m0] = start.split('-').map(Number) as [number, number];
  for (let y = y0, m = m0 - 1; ; m++) {
    const monthEnd = new Date(Date.UTC(y, m + 1, 0)).toISOString().slice(0, 10);
    if (monthEnd > end) break;
    if (monthEnd >= start) dates.add(monthEnd);
  }
  dates.add(end);
  if (asOf >= start && asOf <= end) dates.add(asOf);
  return [...dates].sort();
}

/** The roll-up options a report was computed with, or `undefined` when a custom aggregation makes them unrepeatable. */
function optionsOf(report: ProgressReportData): ProgressOptions | undefined {
  const { aggregation, missingData, markerWeights, thresholds, useAssessments, for: category } = report.settings;
  // A per-category report's trend is the category's.
  return aggregation === 'custom' ? undefined : { aggregation, missingData, markerWeights, thresholds, useAssessments, ...(category === undefined ? {} : { for: category }) };
}

/** Whether the series, at the report date, gives every goal and objective the report's progress and status (it does unless the report used per-node options the series could not repeat). */
function agrees(series: ProgressSeries, report: ProgressReportData): boolean {
  const at = series.dates.indexOf(report.asOf);
  const same = at === -1 ? undefined : series.reports[at];
  if (same === undefined) return false;
  return report.results.every((r) => {
    const s = progressOf(same, r.id) as ResultProgress | undefined;
    return s !== undefined && s.progress === r.progress && s.expected === r.expected && s.status === r.status;
  });
}

/**
 * The trend section: a small chart per goal and objective (progress solid up
 * to the report date, expected dashed over the whole axis), then a table of
 * progress at each year end. `given` replaces the series computed at month
 * ends with the report's settings. @internal
 */
export function trendSection(model: Model, report: ProgressReportData, given: ProgressSeries | undefined): string {
  let series = given;
  let axis = trendAxis(model, report.asOf);
  if (series === undefined) {
    const options = optionsOf(report);
    if (axis === undefined) return '<p>No trend to draw: the model has no period and no dated figure.</p>';
    if (options === undefined) return '<p>No trend drawn: the report used a custom aggregation; pass a progress series computed with it.</p>';
    series = progressSeries(model, trendDates(axis.start, axis.end, report.asOf), options);
    if (!agrees(series, report)) return '<p>No trend drawn: the report used per-node options the trend cannot repeat; pass a progress series computed with them.</p>';
  } else if (series.dates.length > 0) {
    const sorted = [...series.dates].sort();
    const first = sorted[0] as IsoDate;
    const last = sorted.at(-1) as IsoDate;
    axis = { start: axis === undefined || first < axis.start ? first : axis.start, end: axis === undefined || last > axis.end ? last : axis.end };
  }
  if (axis === undefined || series.dates.length === 0) return '<p>No trend to draw: no dates.</p>';
  const rows = seriesRows(model, series);
  if (rows.length === 0) return '<p>The model has no goal or objective.</p>';
  const { start, end } = axis;
  const key = `<div class="key" aria-hidden="true"><span><svg width="28" height="8"><line x1="0" y1="4" x2="28" y2="4" stroke="#000" stroke-width="2.2"/></svg> progress</span><span><svg width="28" height="8"><line x1="0" y1="4" x2="28" y2="4" stroke="#777" stroke-width="1.4" stroke-dasharray="5 3"/></svg> expected from the milestones</span><span><svg width="10" height="14"><line x1="5" y1="0" x2="5" y2="14" stroke="#333" stroke-dasharray="1 2"/></svg> report date (${escapeHtml(report.asOf)})</span><span>0% = baseline, 100% = target</span></div>`;
  const charts = rows.map((row) => chart(row, start, end, report.asOf));
  return `${key}<div class="trends">${charts.join('')}</div>${yearEndTable(rows, report.asOf)}`;
}

function chart(row: SeriesRow, start: IsoDate, end: IsoDate, asOf: IsoDate): string {
  const sorted = [...row.points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const progress = sorted.filter((p) => p.date <= asOf).map((p) => ({ date: p.date, value: p.progress }));
  const expected = sorted.map((p) => ({ date: p.date, value: p.expected }));
  const now = [...sorted].reverse().find((p) => p.date <= asOf);
  const illustrative = now?.illustrative === true;
  const figure =
    now === undefined
      ? 'no figure by the report date'
      : `${now.progress === null ? 'no data' : formatPercent(now.progress)} at ${now.date}${now.expected === null ? '' : `; expected ${formatPercent(now.expected)}`}`;
  const label = `${row.ref === '' ? '' : `${row.ref} `}${row.title}: progress from ${start} to ${end}; ${figure}.`;
  return `<figure><figcaption>${row.kind === 'goal' ? '<strong>' : ''}${refAndTitle(row)}${row.kind === 'goal' ? '</strong>' : ''}${illustrative ? ILLUSTRATIVE_MARK : ''}<span class="figure">${escapeHtml(figure)}</span></figcaption>${trendChartSvg({ start, end, asOf, progress, expected, label })}</figure>`;
}

/** Progress at each year end up to the report date and at the report date itself (the last {@link MAX_COLUMNS} of them). */
function yearEndTable(rows: readonly SeriesRow[], asOf: IsoDate): string {
  const dates = (rows[0]?.points ?? []).map((p) => p.date).filter((d) => d <= asOf && (d.endsWith('-12-31') || d === asOf));
  const columns = [...new Set(dates)].sort().slice(-MAX_COLUMNS);
  if (columns.length === 0) return '';
  const head = columns.map((d) => `<th class="num">${d === asOf && !d.endsWith('-12-31') ? escapeHtml(d) : d.slice(0, 4)}</th>`).join('');
  const body = rows.map((row) => {
    const at = new Map(row.points.map((p) => [p.date, p]));
    const cells = columns.map((d) => `<td class="num">${percent(at.get(d)?.progress ?? null)}</td>`).join('');
    return `<tr class="${row.kind}"><td class="ref">${escapeHtml(row.ref)}</td><td class="indent-${Math.min(row.depth, 4)}">${escapeHtml(row.title)}</td>${cells}</tr>`;
  });
  return `<table class="trend-table"><caption>Progress at each year end (31 December) up to the report date.</caption><thead><tr><th>Ref</th><th>Goal or objective</th>${head}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}
