import type { Model } from '../model/model.js';
import type { MermaidOptions } from '../mermaid/options.js';
import { toMermaid } from '../mermaid/to-mermaid.js';
import type { ProgressSeries } from '../progress/progress-series.js';
import type { ProgressReportData } from '../progress/types.js';
import { escapeHtml } from '../report/html/escape-html.js';
import { toHtmlReport } from '../report/html/to-html-report.js';
import { CHROMIUM_ARGS, findChromium, renderMermaid, CHROMIUM_HINT } from './render-mermaid.js';

/** Options of {@link renderHtmlReport}; all optional. */
export interface HtmlReportRenderOptions {
  /** Options of the diagram, as for `toMermaid`. */
  readonly diagram?: MermaidOptions;
  /** The trend to chart instead of the default (see `toHtmlReport`). */
  readonly series?: ProgressSeries;
  /** Also print the page to an A4 PDF. Default false. */
  readonly pdf?: boolean;
  /** Path of a Chromium or Chrome binary. Default: `$CHROMIUM_PATH`, then the usual Linux paths. */
  readonly chromiumPath?: string;
  /** Give up on the browser after this many milliseconds. Default 120 000. */
  readonly timeoutMs?: number;
}

/** What {@link renderHtmlReport} made. */
export interface HtmlReportRenderResult {
  /** The page: always there, with the diagram drawn or, without a browser, as Mermaid source. */
  readonly html: string;
  /** Whether the diagram is drawn (inline SVG) rather than left as Mermaid source. */
  readonly diagramDrawn: boolean;
  /** The A4 PDF, when asked for and a browser was found; else `undefined`. */
  readonly pdf: Uint8Array | undefined;
  /** Why the diagram is not drawn, in a sentence with what to do; `undefined` when it is. */
  readonly diagramMessage: string | undefined;
  /** Why there is no PDF though one was asked for, in a sentence with what to do; else `undefined`. */
  readonly pdfMessage: string | undefined;
}

/**
 * Builds the HTML report of `toHtmlReport` (from `theory-of-change/report`)
 * with the diagram drawn to SVG in headless Chromium ({@link renderMermaid}),
 * and optionally prints it to an A4 PDF in the same browser, every network
 * request blocked. Without Chromium (or playwright-core and mermaid) the page
 * is still built, the diagram left as Mermaid source with a note on how to
 * get the picture, and `diagramMessage` says why; `pdf` is then
 * `undefined`, and `pdfMessage` says why.
 *
 * @example
 * ```ts
 * import { rollUp } from 'theory-of-change';
 * import { loadModelFile, renderHtmlReport } from 'theory-of-change/node';
 * const model = await loadModelFile('strategy.yaml');
 * const { html, pdf, pdfMessage } = await renderHtmlReport(model, rollUp(model, { asOf: '2025-06-30' }), { pdf: true });
 * await writeFile('report.html', html);
 * if (pdf !== undefined) await writeFile('report.pdf', pdf);
 * else console.error(pdfMessage);
 * ```
 */
export async function renderHtmlReport(model: Model, report: ProgressReportData, options: HtmlReportRenderOptions = {}): Promise<HtmlReportRenderResult> {
  const base = { ...(options.diagram === undefined ? {} : { diagram: options.diagram }), ...(options.series === undefined ? {} : { series: options.series }) };
  const drawn = await renderMermaid(toMermaid(model, report, options.diagram), {
    ...(options.chromiumPath === undefined ? {} : { chromiumPath: options.chromiumPath }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });
  const html = drawn.ok ? toHtmlReport(model, report, { ...base, diagramSvg: drawn.svg }) : toHtmlReport(model, report, { ...base, diagramNote: drawn.message });
  const diagramMessage = drawn.ok ? undefined : drawn.message;
  if (options.pdf !== true) return { html, diagramDrawn: drawn.ok, pdf: undefined, diagramMessage, pdfMessage: undefined };
  const printed = await printPdf(html, model.title, options);
  return printed.ok
    ? { html, diagramDrawn: drawn.ok, pdf: printed.pdf, diagramMessage, pdfMessage: undefined }
    : { html, diagramDrawn: drawn.ok, pdf: undefined, diagramMessage, pdfMessage: printed.message };
}

/** Prints a self-contained page to A4 PDF in headless Chromium, every request but the page itself refused. */
async function printPdf(
  html: string,
  title: string,
  options: HtmlReportRenderOptions,
): Promise<{ readonly ok: true; readonly pdf: Uint8Array } | { readonly ok: false; readonly message: string }> {
  const executablePath = findChromium(options.chromiumPath);
  if (executablePath === undefined) return { ok: false, message: `No PDF: no Chromium found. ${CHROMIUM_HINT}` };
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    return { ok: false, message: 'No PDF: printing needs the package playwright-core: `npm install playwright-core`.' };
  }
  const timeout = options.timeoutMs ?? 120_000;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route('**/*', (route) => route.abort('blockedbyclient'));
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="font: 8px sans-serif; color: #555; width: 100%; padding: 0 12mm; display: flex; justify-content: space-between"><span>${escapeHtml(title)}</span><span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
    });
    return { ok: true, pdf: new Uint8Array(pdf) };
  } finally {
    await browser.close();
  }
}
