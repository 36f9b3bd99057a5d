import { noDataReasons } from '../no-data-reasons.js';
import { categoryText } from '../breakdown-text.js';
import type { JointProgress } from '../../coalition/joint-progress.js';
import { COALITION_STYLES, coalitionSection } from './coalition-section.js';
import type { Model } from '../../model/model.js';
import type { MermaidOptions } from '../../mermaid/options.js';
import { toMermaid } from '../../mermaid/to-mermaid.js';
import type { ProgressSeries } from '../../progress/progress-series.js';
import type { ProgressReportData } from '../../progress/types.js';
import { dutyBearerRows } from '../duty-bearer-rows.js';
import { indicatorRows } from '../indicator-rows.js';
import { progressRows } from '../progress-rows.js';
import { assumptionSection } from './assumption-section.js';
import { evidenceSection } from './evidence-section.js';
import { dutyBearerTable } from './duty-bearer-section.js';
import { boundaryPartnerTable, resultTypeTable } from './partner-sections.js';
import { boundaryPartnerRows, resultTypeRows } from '../partner-rows.js';
import { escapeHtml } from './escape-html.js';
import { indicatorTable } from './indicator-section.js';
import { isIllustrativeReading } from '../../progress/illustrative-reading.js';
import { illustrativeIds } from '../../progress/illustrative-ids.js';
import { count, readingsUpTo } from './page-parts.js';
import { progressTable } from './progress-section.js';
import { sourceList, sourceListHtml } from './source-list.js';
import { STYLES } from './styles.js';
import { trendSection } from './trend-section.js';

/** Options of {@link toHtmlReport}; all optional. */
export interface HtmlReportOptions {
  /**
   * The diagram drawn as SVG, e.g. by `renderMermaid` from `theory-of-change/node`,
   * inserted as it is: pass only SVG you drew from the model's own Mermaid
   * text (the page's Content-Security-Policy blocks scripts and fetches
   * whatever it holds). Without it the page shows the Mermaid source and how
   * to get the picture.
   */
  readonly diagramSvg?: string;
  /** Options of the diagram, as for {@link "theory-of-change/mermaid"!toMermaid}; its Mermaid source shows when there is no `diagramSvg`. */
  readonly diagram?: MermaidOptions;
  /** Why there is no picture, shown with the Mermaid source (e.g. "No Chromium found."). */
  readonly diagramNote?: string;
  /**
   * The trend to chart. Default: the roll-up at the end of each month over
   * the model's `period` (else the span of its dated figures), with the
   * report's settings. Give one computed with a custom aggregation.
   */
  readonly series?: ProgressSeries;
  /**
   * For a coalition: its joint progress, from {@link "theory-of-change"!jointProgress} over the
   * same roll-up. The page then opens with a Coalition section (the joint
   * goals and objectives with each member's share as a stacked bar and in
   * words, who contributes, the gaps, and one part per member).
   */
  readonly jointProgress?: JointProgress;
}

/** The Content-Security-Policy of every page: no script, no fetch of any kind, inline styles and `data:` images only. @internal */
export const HTML_REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * A progress report as one self-contained HTML page for a board pack: the
 * title, report date and period; the diagram (inline SVG, or its Mermaid
 * source with a note); the progress table (progress, expected, coverage,
 * status, sources); a trend chart for each goal and objective over the
 * model's period; the duty-bearer view; every indicator with its baseline,
 * latest reading, target and sources; the failing assumptions; the numbered
 * sources. For a coalition (`jointProgress` given), a Coalition section comes
 * first: the joint goals and objectives with each member's share, the gaps,
 * and what each member contributes. Figures not from a published source are marked illustrative, and
 * when most readings are, a banner says the page is a demonstration, not an
 * evaluation.
 *
 * The page needs nothing else: no script (its Content-Security-Policy,
 * `default-src 'none'; style-src 'unsafe-inline'; img-src data:`, forbids
 * scripts and every network request),
 * system fonts, charts as inline SVG; it reads the same from a USB stick or
 * an e-mail attachment. Printed (or saved as PDF), it lays out on A4: each
 * section on a new page, no table row or chart cut, status shown in words so
 * greyscale loses nothing. Every piece of user text is escaped: it shows
 * as written and can add no element, attribute or script. Pure and deterministic: the same model, report and
 * options give the same text, with no timestamp.
 *
 * @param model A validated model.
 * @param report Its progress report (from `rollUp`).
 * @param options See {@link HtmlReportOptions}.
 * @returns A complete HTML document, ending with a newline.
 *
 * @example
 * ```ts
 * import { rollUp } from 'theory-of-change';
 * import { toHtmlReport } from 'theory-of-change/report';
 * await writeFile('report.html', toHtmlReport(model, rollUp(model, { asOf: '2020-12-31' })));
 * ```
 */
export function toHtmlReport(model: Model, report: ProgressReportData, options: HtmlReportOptions = {}): string {
  const indicators = indicatorRows(model, report);
  const sources = sourceList(indicators);
  const reasons = noDataReasons(model, report);
  const doc = model.document;
  const resultTypes = resultTypeRows(model, report);
  const partners = boundaryPartnerRows(model, report);
  const sections: readonly (readonly [id: string, heading: string, body: string])[] = [
    // A coalition's page opens with the joint progress and each member's share: other pages stay as they were.
    ...(options.jointProgress === undefined ? [] : [['coalition', 'Coalition', coalitionSection(model, options.jointProgress, illustrativeIds(model, report))] as const]),
    ['diagram', 'The theory of change', diagramSection(model, report, options)],
    ['progress', 'Progress', progressTable(report, progressRows(model, report), indicators, sources, reasons)],
    // The results chain and the boundary partners only where the model has them: other pages stay as they were.
    ...(resultTypes.length === 0 ? [] : [['results-chain', 'Results chain', resultTypeTable(resultTypes)] as const]),
    ['trend', 'Trend', trendSection(model, report, options.series)],
    ['duty-bearers', 'Duty bearers', dutyBearerTable(dutyBearerRows(model, report))],
    ...(partners.length === 0 ? [] : [['boundary-partners', 'Boundary partners', boundaryPartnerTable(partners)] as const]),
    ['indicators', 'Indicators', indicatorTable(model, report, indicators, sources, reasons)],
    ['assumptions', 'Failing assumptions', assumptionSection(model)],
    // Only when the document weighs evidence: other pages are as they were.
    ...evidenceEntry(model),
    ['sources', 'Sources', sourceListHtml(sources)],
  ];
  const period = doc.period === undefined ? '' : ` · Strategy period <strong>${escapeHtml(doc.period.start)}</strong> to <strong>${escapeHtml(doc.period.end)}</strong>`;
  const out = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${HTML_REPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="theory-of-change">',
    `<title>${escapeHtml(model.title)} — progress as of ${escapeHtml(report.asOf)}</title>`,
    `<style>${STYLES}${options.jointProgress === undefined ? '' : COALITION_STYLES}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(model.title)}</h1>`,
    doc.organisation === undefined ? '' : `<p class="meta">${escapeHtml(doc.organisation)}</p>`,
    `<p class="meta">Progress as of <strong>${escapeHtml(report.asOf)}</strong>${report.settings.for === undefined ? '' : `, for <strong>${escapeHtml(categoryText(report.settings.for))}</strong> only`}${period}</p>`,
    illustrativeSummary(model, report.asOf),
    oldSummary(report),
    doc.description === undefined ? '' : `<p>${escapeHtml(doc.description)}</p>`,
    '</header>',
    `<nav aria-label="Contents"><ol>${sections.map(([id, heading]) => `<li><a href="#${id}">${heading}</a></li>`).join('')}</ol></nav>`,
    '<main>',
    ...sections.map(([id, heading, body], i) => `<section id="${id}"${i === 0 ? ' class="first"' : ''}><h2>${heading}</h2>${body}</section>`),
    '</main>',
    `<footer><p>Made with theory-of-change from the model's own figures, as of ${escapeHtml(report.asOf)}. Progress runs from the baseline (0%) to the target (100%); a goal's or objective's progress is rolled up from its indicators and what contributes to it.</p></footer>`,
    '</body>',
    '</html>',
  ];
  return `${out.filter((line) => line !== '').join('\n')}\n`;
}

/** The evidence section, when the document weighs evidence; else none. */
function evidenceEntry(model: Model): readonly (readonly [id: string, heading: string, body: string])[] {
  const body = evidenceSection(model);
  return body === '' ? [] : [['evidence', 'Evidence on links and assumptions', body]];
}

/**
 * How many readings up to the report date are illustrative: a banner when
 * they are most of them (a demonstration, not an evaluation), a note when
 * some are, nothing when none are.
 */
function illustrativeSummary(model: Model, asOf: string): string {
  const readings = readingsUpTo(model.indicators(), asOf);
  const illustrative = readings.filter(({ indicator, reading }) => isIllustrativeReading(indicator, reading)).length;
  if (illustrative === 0) return '';
  const line = `${illustrative.toString()} of ${count(readings.length, 'reading is', 'readings are')} illustrative`;
  return illustrative * 2 > readings.length
    ? `<p class="banner">${line}: a demonstration, not an evaluation. Figures marked illustrative are not from a published source.</p>`
    : `<p class="note">${line} (not from a published source); each is marked.</p>`;
}

/** How many indicators rest on a reading older than its age limit, when any do. */
function oldSummary(report: ProgressReportData): string {
  const old = report.indicators.filter((i) => i.old === true).length;
  if (old === 0) return '';
  return `<p class="note">${count(old, 'indicator rests', 'indicators rest')} on a reading older than its age limit at ${escapeHtml(report.asOf)}: still counted, marked ◷ old.</p>`;
}

/** The diagram: the SVG as given, or the Mermaid source with how to get the picture. */
function diagramSection(model: Model, report: ProgressReportData, options: HtmlReportOptions): string {
  if (options.diagramSvg !== undefined) {
    return `<figure class="diagram">${options.diagramSvg.replace(/^\s*<\?xml[^>]*\?>\s*/, '')}</figure>`;
  }
  const why = options.diagramNote === undefined ? '' : `${escapeHtml(options.diagramNote)} `;
  return `<p class="note">${why}The picture of the diagram is drawn in a headless browser when the report is made: install Chromium (Debian/Ubuntu: <code>sudo apt-get install chromium</code>) and run <code>toc report</code> again. Until then, here is its Mermaid source: GitHub and GitLab draw it inside a <code>\`\`\`mermaid</code> block.</p><pre class="mermaid-source">${escapeHtml(toMermaid(model, report, options.diagram))}</pre>`;
}
