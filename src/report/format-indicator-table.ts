import type { Model } from '../model/model.js';
import { STATUS_TEXT } from '../mermaid/format.js';
import { formatPercent } from '../progress/format-percent.js';
import type { ProgressReportData } from '../progress/types.js';
import { formatTable, type Cell } from './format-table.js';
import { indicatorRows, type DatedValue, type IndicatorRow } from './indicator-rows.js';
import { TITLE_WRAP, titled, type TextTableOptions } from './table-parts.js';

/** Values wrap from 15 characters (`170,000 people`) down to 10 (a date), a finding to 3 lines at most. */
const VALUE_WRAP = { minWidth: 10, maxWidth: 15, maxLines: 3 } as const;

/** How much of a title the `measures` line shows when the goal or objective has no ref. */
const MEASURED_TITLE = 40;

/**
 * The indicators as a plain-text table ({@link indicatorRows}): ref, title
 * and what it measures, baseline, latest reading and target (each value over
 * its date), progress from baseline to target (not capped) and status.
 * Indicators tagged `illustrative` are marked `*`, with a footnote. With
 * `width`, titles and values wrap to fit; numbers are never cut.
 *
 * @example
 * ```ts
 * console.log(formatIndicatorTable(model, rollUp(model, { asOf: '2020-12-31' }), { width: 100 }));
 * ```
 */
export function formatIndicatorTable(model: Model, report: ProgressReportData, options: TextTableOptions = {}): string {
  const rows = indicatorRows(model, report);
  const table = formatTable(
    [
      { heading: 'Ref', optional: true },
      { heading: 'Indicator', wrap: TITLE_WRAP },
      { heading: 'Baseline', wrap: VALUE_WRAP },
      { heading: 'Latest', wrap: VALUE_WRAP },
      { heading: 'Target', wrap: VALUE_WRAP },
      { heading: 'Progress', align: 'right' },
      { heading: 'Status' },
    ],
    rows.map((r) => [
      r.ref,
      [`${r.title}${r.illustrative ? ' *' : ''}`, ...measuresLine(r)],
      valueCell(r.baseline),
      valueCell(r.latest),
      valueCell(r.target),
      formatPercent(r.progress),
      STATUS_TEXT[r.status],
    ]),
    { ...options, spaced: true },
  );
  return titled(`Indicators as of ${report.asOf}`, table, rows.some((r) => r.illustrative), options.width);
}

/** `measures 1.1, 1.2` (refs, or titles where there is no ref), or nothing. */
function measuresLine(row: IndicatorRow): string[] {
  return row.measures.length === 0 ? [] : [`measures ${row.measures.map((m) => (m.ref === '' ? shorten(m.title, MEASURED_TITLE) : m.ref)).join(', ')}`];
}

/** A value over its date; `—` for none. */
function valueCell(value: DatedValue | null): Cell {
  if (value === null) return '—';
  return value.date === null ? [value.text] : [value.text, value.date];
}

function shorten(text: string, length: number): string {
  const chars = [...text];
  return chars.length <= length ? text : `${chars.slice(0, length - 1).join('').trimEnd()}…`;
}
