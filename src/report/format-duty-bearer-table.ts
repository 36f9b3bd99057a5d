import { categoryText } from './breakdown-text.js';
import type { Model } from '../model/model.js';
import { STATUS_TEXT } from '../mermaid/format.js';
import { formatPercent } from '../progress/format-percent.js';
import type { ProgressReportData } from '../progress/types.js';
import { dutyBearerRows } from './duty-bearer-rows.js';
import { formatTable, type Cell } from './format-table.js';
import { noDataMarks, noDataWhy } from './no-data-reasons.js';
import { titledWithNotes } from './reading-age-notes.js';
import { TITLE_WRAP, type TextTableOptions } from './table-parts.js';

/**
 * The duty-bearer view as a plain-text table ({@link dutyBearerRows}): each
 * duty bearer with its actor type (unless its title names it) and the worst status of what it is
 * accountable for, then, indented, each of those goals and objectives with
 * its progress, coverage and status. Goals and objectives resting on figures
 * tagged `illustrative` are marked `*`, with a footnote; one without data
 * `no data¹`, with a footnote saying why, as in the progress table.
 * With `width`, titles wrap to fit; numbers are never cut.
 *
 * @example
 * ```ts
 * console.log(formatDutyBearerTable(model, rollUp(model, { asOf: '2020-12-31' }), { width: 100 }));
 * ```
 */
export function formatDutyBearerTable(model: Model, report: ProgressReportData, options: TextTableOptions = {}): string {
  const duties = dutyBearerRows(model, report);
  const reasons = noDataWhy(model, report);
  const why = noDataMarks(duties.flatMap((d) => d.results).map((r) => reasons.get(r.id)));
  let at = 0;
  const rows: Cell[][] = [];
  for (const duty of duties) {
    // A blank line between duty bearers.
    if (rows.length > 0) rows.push(['', '', '', '', '']);
    rows.push([duty.ref, withActorType(duty.title, duty.actorType.replace('-', ' ')), '', '', duty.results.length === 0 ? 'accountable for nothing' : `worst: ${STATUS_TEXT[duty.worstStatus]}`]);
    for (const r of duty.results) {
      rows.push([r.ref, `  ${r.title}${r.illustrative ? ' *' : ''}`, `${formatPercent(r.progress)}${why.marks[at] as string}`, formatPercent(r.coverage), STATUS_TEXT[r.status]]);
      at += 1;
    }
  }
  const table = formatTable(
    [
      { heading: 'Ref', optional: true },
      { heading: 'Duty bearer / accountable for', wrap: TITLE_WRAP },
      { heading: 'Progress', align: 'right' },
      { heading: 'Coverage', align: 'right' },
      { heading: 'Status' },
    ],
    rows,
    options,
  );
  const illustrative = duties.some((d) => d.results.some((r) => r.illustrative));
  const title = `${model.title} — duty bearers as of ${report.asOf}${report.settings.for === undefined ? '' : `, for ${categoryText(report.settings.for)} only`}`;
  return titledWithNotes(title, table, illustrative, why.notes, options.width);
}

/** `Title (actor type)`, or the title alone when it already names its type (`The judiciary`, `Businesses`). */
function withActorType(title: string, type: string): string {
  return title.toLowerCase().includes(type) ? title : `${title} (${type})`;
}
