/**
 * Progress reports as text: a Markdown page (the diagram and progress tables)
 * and plain-text tables for a terminal or an e-mail, each in the order of the
 * strategy. Pure: no file system or DOM.
 *
 * @example
 * ```ts
 * import { rollUp } from 'theory-of-change';
 * import { formatProgressTable, toMarkdownReport } from 'theory-of-change/report';
 *
 * const report = rollUp(model, { asOf: '2025-06-30' });
 * console.log(formatProgressTable(model, report));
 * const page = toMarkdownReport(model, report, { headingLevel: 1 });
 * ```
 *
 * @module theory-of-change/report
 */
export { toMarkdownReport } from './to-markdown-report.js';
export type { MarkdownOptions } from './to-markdown-report.js';
export { formatProgressTable } from './format-progress-table.js';
export { formatJointProgress } from './format-joint-progress.js';
export { progressRows } from './progress-rows.js';
export type { ProgressRow, ProgressRowsOptions } from './progress-rows.js';
export { indicatorRows } from './indicator-rows.js';
export type { DatedValue, IndicatorRow, RowNode } from './indicator-rows.js';
export { seriesRows } from './series-rows.js';
export type { SeriesPoint, SeriesRow } from './series-rows.js';
export { dutyBearerRows } from './duty-bearer-rows.js';
export { evidenceRows } from './evidence-rows.js';
export type { EvidenceRow } from './evidence-rows.js';
export type { AccountableResult, DutyBearerRow } from './duty-bearer-rows.js';
export { toHtmlReport } from './html/to-html-report.js';
export type { HtmlReportOptions } from './html/to-html-report.js';
export { formatIndicatorTable } from './format-indicator-table.js';
export { formatSeriesTable } from './format-series-table.js';
export type { SeriesTableOptions } from './format-series-table.js';
export { formatDutyBearerTable } from './format-duty-bearer-table.js';
export { boundaryPartnerRows, resultTypeRows } from './partner-rows.js';
export type { BoundaryPartnerRow, PartnerMarkers, ResultTypeRow } from './partner-rows.js';
export { formatResultTypeTable } from './format-result-type-table.js';
export type { ProgressTableOptions } from './format-progress-table.js';
export type { TextTableOptions } from './table-parts.js';
