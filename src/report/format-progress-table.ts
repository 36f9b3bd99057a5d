import { categoryText } from './breakdown-text.js';
import type { Model } from '../model/model.js';
import { STATUS_TEXT } from '../mermaid/format.js';
import { formatPercent } from '../progress/format-percent.js';
import { indentFor } from '../progress/indent.js';
import type { ProgressReportData } from '../progress/types.js';
import { formatIndicatorTable } from './format-indicator-table.js';
import { formatTable } from './format-table.js';
import { noDataMarks, noDataWhy } from './no-data-reasons.js';
import { progressRows } from './progress-rows.js';
import { partlyOld } from '../progress/partly-old.js';
import { coverageText, recentCoverageNote, withNotes } from './reading-age-notes.js';
import { ILLUSTRATIVE_NOTE, TITLE_WRAP, titled, type TextTableOptions } from './table-parts.js';

/** Options of {@link formatProgressTable}. */
export interface ProgressTableOptions extends TextTableOptions {
  /** Also print the table of indicators ({@link formatIndicatorTable}) after that of the goals and objectives. Default false. */
  readonly indicators?: boolean;
}

/**
 * The report as a plain-text table in the order of the strategy: ref, title
 * (indented by depth; past 16 levels the depth is written out), progress,
 * expected progress, coverage and status, shares as whole percentages.
 * Rows resting on figures tagged `illustrative` are marked `*`, with a
 * footnote. When part of a row's coverage rests on readings older than their
 * age limit (`maxReadingAge`), its coverage cell gives the recent share too,
 * `100% (63% recent)`, with a footnote naming the limit. A row without data
 * is marked `no data¹`, with a footnote saying what lies below it lacks
 * (`¹ no data: 2 indicators below it with no reading by 2020-12-31`; in a
 * per-category report (`for`) also `not broken down by sex`), a reason given
 * once. With `width`, titles wrap to fit (numbers are never cut); with
 * `indicators`, the indicators' table follows.
 *
 * @example
 * ```ts
 * console.log(formatProgressTable(model, rollUp(model, { asOf: '2020-12-31' }), { width: 100 }));
 * ```
 */
export function formatProgressTable(model: Model, report: ProgressReportData, options: ProgressTableOptions = {}): string {
  const rows = progressRows(model, report);
  const reasons = noDataWhy(model, report);
  const why = noDataMarks(rows.map((r) => reasons.get(r.id)));
  const table = formatTable(
    [
      { heading: 'Ref', optional: true },
      { heading: 'Goal / objective', wrap: TITLE_WRAP },
      { heading: 'Progress', align: 'right' },
      { heading: 'Expected', align: 'right' },
      { heading: 'Coverage', align: 'right' },
      { heading: 'Status' },
    ],
    rows.map((r, i) => [
      r.ref,
      `${indentFor(r.depth)}${r.title}${r.illustrative ? ' *' : ''}`,
      `${formatPercent(r.progress)}${why.marks[i] as string}`,
      r.expected === null ? '—' : formatPercent(r.expected),
      coverageText(r.coverage, r.recentCoverage),
      STATUS_TEXT[r.status],
    ]),
    options,
  );
  const notes = [
    ...(rows.some((r) => r.illustrative) ? [ILLUSTRATIVE_NOTE] : []),
    ...(rows.some((r) => partlyOld(r.coverage, r.recentCoverage)) ? [recentCoverageNote(report)] : []),
    ...why.notes,
  ];
  const text = withNotes(titled(`${model.title} — progress as of ${report.asOf}${report.settings.for === undefined ? '' : `, for ${categoryText(report.settings.for)} only`}`, table, false, options.width), notes, options.width);
  return options.indicators === true ? `${text}\n\n${formatIndicatorTable(model, report, options)}` : text;
}
