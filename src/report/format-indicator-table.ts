import { formatPeriod } from '../document/reading-date.js';
import type { Model } from '../model/model.js';
import { STATUS_TEXT } from '../mermaid/format.js';
import { formatPercent } from '../progress/format-percent.js';
import { progressOf } from '../progress/progress-of.js';
import type { IndicatorProgress, ProgressReportData } from '../progress/types.js';
import { formatTable, type Cell } from './format-table.js';
import { noDataMarks, noDataWhy } from './no-data-reasons.js';
import { indicatorRows, type DatedValue, type IndicatorRow } from './indicator-rows.js';
import { describeAge } from '../progress/describe-age.js';
import { OLD_MARK, oldReadingNote, severalLimits, withNotes } from './reading-age-notes.js';
import { ILLUSTRATIVE_NOTE, TITLE_WRAP, titled, type TextTableOptions } from './table-parts.js';

/** Values wrap from 15 characters (`170,000 people`) down to 10 (a date), a finding to 3 lines at most. */
const VALUE_WRAP = { minWidth: 10, maxWidth: 15, maxLines: 3 } as const;

/** How much of a title the `measures` line shows when the goal or objective has no ref. */
const MEASURED_TITLE = 40;

/**
 * The indicators as a plain-text table ({@link indicatorRows}): ref, title
 * and what it measures, baseline, latest reading and target (each value over
 * its date), progress from baseline to target (not capped) and status.
 * Indicators tagged `illustrative` (or resting on a reading flagged so) are
 * marked `*`, with a footnote; a value flagged `estimated` is marked `≈`, one
 * flagged `provisional` `◌`, each with a footnote. A
 * latest reading older than its age limit (`maxReadingAge`) is marked `◷`
 * after its date, its age is given under the title (`◷ 4 years 9 months
 * old`), and a footnote names the limit. An indicator without data is
 * marked `no data¹`, with a footnote saying why (`¹ no data: no reading by
 * 2020-12-31`, `no baseline to measure from`; in a per-category report
 * (`for`) also `not broken down by sex`). With
 * `width`, titles and values wrap to fit; numbers are never cut.
 *
 * @example
 * ```ts
 * console.log(formatIndicatorTable(model, rollUp(model, { asOf: '2020-12-31' }), { width: 100 }));
 * ```
 */
export function formatIndicatorTable(model: Model, report: ProgressReportData, options: TextTableOptions = {}): string {
  const rows = indicatorRows(model, report);
  const old = rows.flatMap((r) => (r.old === true ? [progressOf(report, r.id) as IndicatorProgress] : []));
  const named = severalLimits(old);
  const reasons = noDataWhy(model, report);
  const why = noDataMarks(rows.map((r) => reasons.get(r.id)));
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
    rows.map((r, i) => [
      r.ref,
      [`${r.title}${r.illustrative ? ' *' : ''}`, ...measuresLine(r), ...ageLine(r, report.asOf, named)],
      valueCell(r.baseline),
      valueCell(r.latest, r.old === true),
      valueCell(r.target),
      `${formatPercent(r.progress)}${why.marks[i] as string}`,
      STATUS_TEXT[r.status],
    ]),
    { ...options, spaced: true },
  );
  const flagged = (flag: 'estimated' | 'provisional'): boolean => rows.some((r) => [r.baseline, r.latest, r.target].some((v) => v?.flags?.includes(flag) === true));
  const notes = [
    ...(rows.some((r) => r.illustrative) ? [ILLUSTRATIVE_NOTE] : []),
    ...(flagged('estimated') ? ['≈ estimated: the writer’s own estimate'] : []),
    ...(flagged('provisional') ? ['◌ provisional: may still change'] : []),
    ...(old.length > 0 ? [oldReadingNote(report, old)] : []),
    ...why.notes,
  ];
  return withNotes(titled(`Indicators as of ${report.asOf}`, table, false, options.width), notes, options.width);
}

/** `measures 1.1, 1.2` (refs, or titles where there is no ref), or nothing. */
function measuresLine(row: IndicatorRow): string[] {
  return row.measures.length === 0 ? [] : [`measures ${row.measures.map((m) => (m.ref === '' ? shorten(m.title, MEASURED_TITLE) : m.ref)).join(', ')}`];
}

/** `◷ 4 years 9 months old` (with its limit when the table's old readings have different ones), or nothing. */
function ageLine(row: IndicatorRow, asOf: string, named: boolean): string[] {
  if (row.old !== true || row.latest?.date == null) return [];
  return [`${OLD_MARK} ${describeAge(row.latest.date, asOf)} old${named && typeof row.maxReadingAge === 'string' ? ` (limit ${row.maxReadingAge})` : ''}`];
}

/** A value over its date, the value marked `≈` when estimated and `◌` when provisional, the date `◷` when the reading is old; `—` for none. */
function valueCell(value: DatedValue | null, old = false): Cell {
  if (value === null) return '—';
  const flags = value.flags ?? [];
  const text = `${value.text}${flags.includes('estimated') ? ' ≈' : ''}${flags.includes('provisional') ? ' ◌' : ''}`;
  const when = value.period === undefined ? value.date : formatPeriod(value.period);
  return when === null ? [text] : [text, old ? `${when} ${OLD_MARK}` : when];
}

function shorten(text: string, length: number): string {
  const chars = [...text];
  return chars.length <= length ? text : `${chars.slice(0, length - 1).join('').trimEnd()}…`;
}
