import { formatPercent } from '../../progress/format-percent.js';
import { progressOf } from '../../progress/progress-of.js';
import type { ProgressReportData, ResultProgress } from '../../progress/types.js';
import type { ProgressRow } from '../progress-rows.js';
import type { IndicatorRow } from '../indicator-rows.js';
import { escapeHtml } from './escape-html.js';
import { ILLUSTRATIVE_MARK, statusBadge } from './page-parts.js';
import { sourceKeys, type SourceList } from './source-list.js';
import { partlyOld } from '../../progress/partly-old.js';

/**
 * The progress table: each goal and objective in the order of the strategy
 * (indented by depth), its progress, expected progress, coverage, status and
 * the numbers of the sources of the indicators that measure it; under
 * `no data`, why (`reasons`, by id). @internal
 */
export function progressTable(
  report: ProgressReportData,
  rows: readonly ProgressRow[],
  indicators: readonly IndicatorRow[],
  sources: SourceList,
  reasons: ReadonlyMap<string, string>,
): string {
  const measuring = new Map<string, string[]>();
  for (const indicator of indicators) {
    for (const node of indicator.measures) measuring.set(node.id, [...(measuring.get(node.id) ?? []), ...sourceKeys(indicator)]);
  }
  const body = rows
    .filter((r) => r.kind !== 'indicator')
    .map((r) => {
      const indent = Math.min(r.depth, 4);
      return `<tr class="${r.kind}"><td class="ref">${escapeHtml(r.ref)}</td><td class="indent-${indent}">${escapeHtml(r.title)}${r.illustrative ? ILLUSTRATIVE_MARK : ''}</td><td class="num">${percent(r.progress)}</td><td class="num">${percent(r.expected)}</td><td class="num">${coverage(report, r)}</td><td>${statusBadge(r.status)}${whyNoData(reasons.get(r.id))}</td><td>${sources.marks(measuring.get(r.id) ?? [])}</td></tr>`;
    });
  if (body.length === 0) return '<p>The model has no goal or objective.</p>';
  return `<table class="progress"><caption>Progress: from baseline (0%) to target (100%). Expected: where the milestones put it by now. Coverage: the share of the weight backed by data (and, where some reading is older than its age limit, the share backed by recent data). Sources: of the indicators that measure it directly, numbered as in the list of sources.</caption><thead><tr><th>Ref</th><th>Goal or objective</th><th class="num">Progress</th><th class="num">Expected</th><th class="num">Coverage</th><th>Status</th><th>Sources</th></tr></thead><tbody>${body.join('')}</tbody></table>`;
}

/** Coverage, and under it the share within the age limits when some reading below is old. */
function coverage(report: ProgressReportData, row: ProgressRow): string {
  const recent = (progressOf(report, row.id) as ResultProgress | undefined)?.recentCoverage;
  if (!partlyOld(row.coverage, recent)) return formatPercent(row.coverage);
  return `${formatPercent(row.coverage)}<br><span class="mark old">${formatPercent(recent as number)} recent</span>`;
}

/** A share as the one display rule writes it, or a dash for none. @internal */
export function percent(value: number | null): string {
  return value === null ? '—' : formatPercent(value);
}

/** Why a row has no data, on a line of its own under its `no data` badge (`not broken down by sex`), or `''`. @internal */
export function whyNoData(reason: string | undefined): string {
  return reason === undefined ? '' : `<br><span class="sources why">${escapeHtml(reason)}</span>`;
}
