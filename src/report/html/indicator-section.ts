import { finalTarget } from '../../document/final-target.js';
import { formatPeriod } from '../../document/reading-date.js';
import type { IndicatorDocument } from '../../document/types.js';
import type { Model } from '../../model/model.js';
import { describeAge, describeLimit } from '../../progress/describe-age.js';
import { progressOf } from '../../progress/progress-of.js';
import type { IndicatorProgress, ProgressReportData } from '../../progress/types.js';
import type { DatedValue, IndicatorRow } from '../indicator-rows.js';
import { escapeHtml } from './escape-html.js';
import { readingParts } from '../breakdown-text.js';
import { isIllustrativeReading } from '../../progress/illustrative-reading.js';
import { OLD_MARK } from '../../mermaid/label.js';
import { FLAG_MARKS, ILLUSTRATIVE_MARK, shortName, statusBadge } from './page-parts.js';
import { percent, whyNoData } from './progress-section.js';
import { sourceKeys, type SourceList } from './source-list.js';

/**
 * Every indicator: what it measures, its baseline, the latest reading used
 * as of the report date and the final target, each with its date and, when
 * illustrative (a figure of an indicator tagged `illustrative` that gives no
 * source), a mark, and a reading older than its age limit marked old; then progress, status (under `no data`, why: `reasons`, by id) and the numbers of its sources. @internal
 */
export function indicatorTable(model: Model, report: ProgressReportData, rows: readonly IndicatorRow[], sources: SourceList, reasons: ReadonlyMap<string, string>): string {
  if (rows.length === 0) return '<p>The model has no indicator.</p>';
  const body = rows.map((row) => {
    const node = model.node(row.id) as IndicatorDocument;
    const p = progressOf(report, row.id) as IndicatorProgress | undefined;
    const used = p?.observations ?? [];
    const latestIllustrative = used.some((o) => isIllustrativeReading(node, o));
    const final = finalTarget(node.targets ?? []);
    const measures = row.measures.map((m) => escapeHtml(shortName(m))).join(', ');
    // The parts by category, under each value (whole-model reports, indicators with dimensions).
    const parts = node.dimensions === undefined || report.settings.for !== undefined ? undefined : readingParts(node, p);
    return `<tr><td class="ref">${escapeHtml(row.ref)}</td><td>${escapeHtml(row.title)}${row.illustrative ? ILLUSTRATIVE_MARK : ''}</td><td>${measures}</td><td>${dated(row.baseline, isIllustrativeReading(node, node.baseline))}${partsLine(parts?.baseline)}</td><td>${dated(row.latest, latestIllustrative)}${partsLine(parts?.latest)}${oldMark(p, row.latest, report.asOf)}</td><td>${dated(row.target, isIllustrativeReading(node, final))}${partsLine(parts?.target)}</td><td class="num">${percent(row.progress)}</td><td>${statusBadge(row.status)}${whyNoData(reasons.get(row.id))}</td><td>${sources.marks(sourceKeys(row))}</td></tr>`;
  });
  return `<table class="indicators"><caption>Latest: the reading used as of the report date (for a running total, the sum, dated by its last reading). Progress: from baseline (0%) to target (100%), not capped. A figure marked illustrative is not from a published source; a reading marked ◷ old is older than its age limit at the report date (it still counts).${flagCaption(rows)}</caption><thead><tr><th>Ref</th><th>Indicator</th><th>Measures</th><th>Baseline</th><th>Latest</th><th>Target</th><th class="num">Progress</th><th>Status</th><th>Sources</th></tr></thead><tbody>${body.join('')}</tbody></table>`;
}

/** The mark of a latest reading older than its age limit at the report date (it still counts), the diagram's `◷ old` with the reading's age, or `''`. */
function oldMark(p: IndicatorProgress | undefined, latest: DatedValue | null, asOf: string): string {
  if (p?.old !== true || latest === null || latest.date === null) return '';
  const limit = p.maxReadingAge === undefined || p.maxReadingAge === null ? '' : `, older than ${describeLimit(p.maxReadingAge)}`;
  return `<br><span class="mark old">${escapeHtml(`${OLD_MARK}: ${describeAge(latest.date, asOf)}${limit}`)}</span>`;
}

/** A reading's parts by category, on a line of their own under it, or `''`. */
function partsLine(parts: string | undefined): string {
  return parts === undefined || parts === '' ? '' : `<br><span class="sources parts">${escapeHtml(parts)}</span>`;
}

/** A value with its date (or period) under it and the illustrative, estimated and provisional marks, or a dash. */
function dated(value: DatedValue | null, illustrative: boolean): string {
  if (value === null) return '—';
  const when = value.period === undefined ? value.date : formatPeriod(value.period);
  const date = when === null ? '' : `<br><span class="date">${escapeHtml(when)}</span>`;
  const flags = value.flags ?? [];
  const marks = `${flags.includes('estimated') ? FLAG_MARKS.estimated : ''}${flags.includes('provisional') ? FLAG_MARKS.provisional : ''}`;
  return `${escapeHtml(value.text) || '—'}${illustrative ? ILLUSTRATIVE_MARK : ''}${marks}${date}`;
}

/** What the estimated and provisional marks mean, for the caption when some figure carries one. */
function flagCaption(rows: readonly IndicatorRow[]): string {
  const flagged = (flag: 'estimated' | 'provisional'): boolean => rows.some((r) => [r.baseline, r.latest, r.target].some((v) => v?.flags?.includes(flag) === true));
  return `${flagged('estimated') ? ' A figure marked ≈ estimated is the writer’s own estimate.' : ''}${flagged('provisional') ? ' A figure marked ◌ provisional may still change.' : ''}`;
}

