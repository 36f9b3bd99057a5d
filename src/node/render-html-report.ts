import type { JointProgress } from '../coalition/joint-progress.js';
import type { Model } from '../model/model.js';
import type { MermaidOptions } from '../mermaid/options.js';
import { toMermaid } from '../mermaid/to-mermaid.js';
import type { ProgressSeries } from '../progress/progress-series.js';
import type { ProgressReportData } from '../progress/types.js';
import { escapeHtml } from '../report/html/escape-html.js';
import { toHtmlReport } from '../report/html/to-html-report.js';
import type { Browser } from 'playwright-core';
import { CHROMIUM_ARGS, drawMermaid, loadRenderer, type RenderResult } from './render-mermaid.js';

/** Options of {@link renderHtmlReport}; all optional. */
export interface HtmlReportRenderOptions {
  /** Options of the diagram, as for `toMermaid`. */
  readonly diagram?: MermaidOptions;
  /** The trend to chart instead of the default (see `toHtmlReport`). */
  readonly series?: ProgressSeries;
  /** For a coalition: its joint progress (from `jointProgress`), shown in a Coalition section first (see `toHtmlReport`). */
  readonly jointProgress?: JointProgress;
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
 * with the diagram drawn to SVG in headless Chromium (as `renderMermaid` draws it),
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
  const base = {
    ...(options.diagram === undefined ? {} : { diagram: options.diagram }),
    ...(options.series === undefined ? {} : { series: options.series }),
    ...(options.jointProgress === undefined ? {} : { jointProgress: options.jointProgress }),
  };
  const timeout = options.timeoutMs ?? 120_000;
  const page = (drawn: RenderResult): string =>
    drawn.ok ? toHtmlReport(model, report, { ...base, diagramSvg: drawn.svg }) : toHtmlReport(model, report, { ...base, diagramNote: drawn.message });
  const renderer = await loadRenderer(options.chromiumPath);
  if (!renderer.ok) {
    const html = page(renderer);
    const pdfMessage = options.pdf === true ? `No PDF: ${renderer.message.charAt(0).toLowerCase()}${renderer.message.slice(1)}` : undefined;
    return { html, diagramDrawn: false, pdf: undefined, diagramMessage: renderer.message, pdfMessage };
  }
  // One browser draws the diagram and prints the page.
  const browser = await renderer.chromium.launch({ executablePath: renderer.executablePath, args: CHROMIUM_ARGS, timeout });
  try {
    const drawn = await drawMermaid(browser, renderer.bundle, toMermaid(model, report, options.diagram), { timeoutMs: timeout });
    const html = page(drawn);
    const diagramMessage = drawn.ok ? undefined : drawn.message;
    const pdf = options.pdf === true ? await printPdf(browser, html, model.title, timeout) : undefined;
    return { html, diagramDrawn: drawn.ok, pdf, diagramMessage, pdfMessage: undefined };
  } finally {
    await browser.close();
  }
}

/** Prints a self-contained page to A4 PDF in a new context of `browser`, scripts off and every request but the page itself refused. */
async function printPdf(browser: Browser, html: string, title: string, timeout: number): Promise<Uint8Array> {
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  try {
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
    return new Uint8Array(pdf);
  } finally {
    await context.close();
  }
}
