import type { Model } from '../model/model.js';
import { formatPercent } from '../progress/format-percent.js';
import { indentFor } from '../progress/indent.js';
import type { ProgressReportData } from '../progress/types.js';
import { formatTable } from './format-table.js';
import { progressRows, type ProgressRowsOptions } from './progress-rows.js';

/**
 * The report as a plain-text table in the order of the strategy: ref, title
 * (indented by depth; past 16 levels the depth is written out), progress, expected progress, coverage and status.
 * Rows resting on figures tagged `illustrative` are marked `*`, with a footnote.
 *
 * @example
 * ```ts
 * console.log(formatProgressTable(model, rollUp(model, { asOf: '2020-12-31' })));
 * ```
 */
export function formatProgressTable(model: Model, report: ProgressReportData, options: ProgressRowsOptions = {}): string {
  const rows = progressRows(model, report, options);
  const anyIllustrative = rows.some((r) => r.illustrative);
  const table = formatTable(
    [
      { heading: 'Ref' },
      { heading: 'Goal / objective' },
      { heading: 'Progress', align: 'right' },
      { heading: 'Expected', align: 'right' },
      { heading: 'Coverage', align: 'right' },
      { heading: 'Status' },
    ],
    rows.map((r) => [
      r.ref,
      `${indentFor(r.depth)}${r.title}${r.illustrative ? ' *' : ''}`,
      formatPercent(r.progress),
      r.expected === null ? '—' : formatPercent(r.expected),
      formatPercent(r.coverage),
      r.status.replace('-', ' '),
    ]),
  );
  const footnote = anyIllustrative ? '\n\n* includes illustrative figures (not from a published source)' : '';
  return `${model.title} — progress as of ${report.asOf}\n\n${table}${footnote}`;
}
