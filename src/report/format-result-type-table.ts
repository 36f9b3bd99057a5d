import type { Model } from '../model/model.js';
import { STATUS_TEXT } from '../mermaid/format.js';
import { formatPercent } from '../progress/format-percent.js';
import type { ProgressReportData } from '../progress/types.js';
import { formatTable, type Cell } from './format-table.js';
import { resultTypeRows } from './partner-rows.js';
import { noDataMarks, noDataWhy } from './no-data-reasons.js';
import { titledWithNotes } from './reading-age-notes.js';
import { TITLE_WRAP, titled, type TextTableOptions } from './table-parts.js';

/** How a result type heads its group. */
const HEADINGS = { impact: 'Impact', outcome: 'Outcomes', output: 'Outputs' } as const;

/**
 * The goals and objectives grouped by result type as a plain-text table
 * ({@link resultTypeRows}): impact, then outcomes, then outputs, each goal or
 * objective indented under its group with its progress, coverage and status.
 * Those resting on illustrative figures are marked `*`, with a footnote;
 * those without data `no data¹`, with a footnote saying why. A
 * model whose goals and objectives have no `resultType` gets a sentence
 * saying so instead of an empty table.
 *
 * @example
 * ```ts
 * console.log(formatResultTypeTable(model, rollUp(model, { asOf: '2020-12-31' }), { width: 100 }));
 * ```
 */
export function formatResultTypeTable(model: Model, report: ProgressReportData, options: TextTableOptions = {}): string {
  const groups = resultTypeRows(model, report);
  const title = `${model.title} — results chain as of ${report.asOf}`;
  if (groups.length === 0) return titled(title, 'No goal or objective has a resultType (output, outcome or impact).', false, options.width);
  const reasons = noDataWhy(model, report);
  const why = noDataMarks(groups.flatMap((g) => g.results).map((r) => reasons.get(r.id)));
  let at = 0;
  const rows: Cell[][] = [];
  for (const group of groups) {
    if (rows.length > 0) rows.push(['', '', '', '', '']);
    rows.push(['', HEADINGS[group.resultType], '', '', '']);
    for (const r of group.results) {
      rows.push([r.ref, `  ${r.title}${r.illustrative ? ' *' : ''}`, `${formatPercent(r.progress)}${why.marks[at] as string}`, formatPercent(r.coverage), STATUS_TEXT[r.status]]);
      at += 1;
    }
  }
  const table = formatTable(
    [
      { heading: 'Ref', optional: true },
      { heading: 'Result type / goal or objective', wrap: TITLE_WRAP },
      { heading: 'Progress', align: 'right' },
      { heading: 'Coverage', align: 'right' },
      { heading: 'Status' },
    ],
    rows,
    options,
  );
  const illustrative = groups.some((g) => g.results.some((r) => r.illustrative));
  return titledWithNotes(title, table, illustrative, why.notes, options.width);
}
