/**
 * `toc report` in real headless Chromium: the ASI report built with its
 * diagram drawn, opened with every network request intercepted and counted,
 * looked at (screenshots in test/artifacts/, desktop and A4 print), hostile
 * titles read back as text, and the PDF opened and read. Skipped with the
 * reason printed when /usr/bin/chromium is missing, failing under CI=true.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rollUp, validate, type Model } from '../../src/index.js';
import { loadModelFile, renderHtmlReport, type HtmlReportRenderResult } from '../../src/node/index.js';
import { toHtmlReport } from '../../src/report/index.js';
import { CHROMIUM_ARGS } from '../../src/node/render-mermaid.js';
import { hostileDocument, hostileTexts } from '../hardening/hostile.js';
import { toc } from '../cli/in-process.js';
import { openPage } from './open-page.js';

const root = resolve(import.meta.dirname, '../..');
const asi = join(root, 'examples/anti-slavery-international/asi.yaml');
const artifacts = join(root, 'test/artifacts/report-html');
const hasChromium = existsSync('/usr/bin/chromium');
const TITLE = 'Anti-Slavery International strategy 2015–2020';

let browser: Browser | undefined;
let built: HtmlReportRenderResult;
let asiModel: Model;

/** Opens `html` in a fresh page of the test's browser (see open-page.ts). */
const open = (html: string, viewport?: { width: number; height: number }): ReturnType<typeof openPage> => openPage(browser as Browser, html, viewport);

beforeAll(async () => {
  if (!hasChromium) {
    if (process.env.CI === 'true') throw new Error('Chromium is required under CI=true: /usr/bin/chromium not found.');
    console.warn('[toc report browser test] SKIPPED: /usr/bin/chromium not found (apt-get install chromium).');
    return;
  }
  mkdirSync(artifacts, { recursive: true });
  asiModel = await loadModelFile(asi);
  built = await renderHtmlReport(asiModel, rollUp(asiModel, { asOf: '2020-12-31' }), { pdf: true });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!hasChromium)('toc report in Chromium', () => {
  it('draws the diagram into the page as inline SVG', () => {
    expect(built.diagramDrawn).toBe(true);
    expect(built.diagramMessage).toBeUndefined();
    expect(built.html).toMatch(/<figure class="diagram"><svg [^>]*id="theory-of-change"/);
    expect(built.html).not.toContain('<pre class="mermaid-source"');
  });

  it('opens with no network request and no console error, and shows its parts', async () => {
    const { page, requests, errors } = await open(built.html);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.locator('h1').textContent()).toBe(TITLE);
    expect(await page.locator('.banner').textContent()).toMatch(/^\d+ of \d+ readings are illustrative: a demonstration, not an evaluation\./);
    // The diagram drew its boxes: one per goal, objective and actor at least, each with a size.
    const box = await page.locator('figure.diagram svg').boundingBox();
    expect(box?.width).toBeGreaterThan(800);
    expect(await page.locator('figure.diagram svg g.node').count()).toBeGreaterThan(15);
    // Two goals, three key objectives and nine sub-objectives: fourteen trend charts, each drawn.
    expect(await page.locator('.trends svg.trend').count()).toBe(14);
    expect((await page.locator('.trends svg.trend').first().boundingBox())?.height).toBeGreaterThan(100);
    expect(await page.locator('table.progress tbody tr').count()).toBe(14);
    expect(await page.locator('table.indicators tbody tr').count()).toBeGreaterThanOrEqual(20);
    await page.screenshot({ path: join(artifacts, 'asi-desktop.png'), fullPage: true });
    await page.context().close();
  });

  it('lays out for A4 print: the screenshot at print width, sections starting new pages', async () => {
    // A4 at 96 px per inch, less the page margins: about 718 px of text width.
    const { page, requests, errors } = await open(built.html, { width: 718, height: 1040 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav').isVisible()).toBe(false);
    expect(await page.locator('#progress h2').evaluate((h) => getComputedStyle(h).breakBefore)).toBe('page');
    expect(await page.locator('table.progress tbody tr').first().evaluate((tr) => getComputedStyle(tr).breakInside)).toBe('avoid');
    await page.screenshot({ path: join(artifacts, 'asi-print.png'), fullPage: true });
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('prints a PDF that opens, holds the title and has A4 pages', async () => {
    const pdf = built.pdf as Uint8Array;
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    writeFileSync(join(artifacts, 'asi.pdf'), pdf);
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
    expect(doc.numPages).toBeGreaterThan(4);
    const first = await doc.getPage(1);
    const text = (await first.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join('');
    expect(text).toContain(TITLE);
    // A4 is 595 × 842 points; the landscape diagram page is 842 × 595.
    const sizes = await Promise.all([1, 2, 3].map(async (n) => (await doc.getPage(n)).view.map(Math.round)));
    expect(sizes).toEqual([
      [0, 0, 595, 842],
      [0, 0, 842, 595],
      [0, 0, 595, 842],
    ]);
    await doc.destroy();
  });

  it('shows hostile titles as text, and runs nothing, with the diagram drawn', async () => {
    const samples = fc.sample(hostileTexts, { numRuns: 3, seed: 14 });
    for (const texts of samples) {
      const result = validate(hostileDocument(texts));
      if (!result.ok) throw new Error('hostile document should be valid');
      const model = result.model;
      const html = (await renderHtmlReport(model, rollUp(model, { asOf: '2025-12-31' }))).html;
      const { page, requests, errors } = await open(html);
      const shown = (s: string): string =>
        s
          .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
          .replace(/[\ud800-\udfff]/gu, '\ufffd')
          .replace(/\r\n?/g, '\n');
      expect(await page.locator('h1').evaluate((h) => h.textContent)).toBe(shown(texts.title));
      expect(await page.evaluate(() => document.querySelectorAll('script, iframe, object, embed').length)).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  }, 300_000);

  it('without JavaScript at all, the page reads the same (nothing depends on a script)', async () => {
    const context = await (browser as Browser).newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.setContent(built.html);
    expect(await page.locator('.trends svg.trend').count()).toBe(14);
    await context.close();
  });

  it('toc report writes both files', async () => {
    const work = mkdtempSync(join(tmpdir(), 'toc-report-browser-'));
    const html = join(work, 'asi', 'report.html');
    const pdf = join(work, 'asi', 'report.pdf');
    const run = await toc('report', asi, '--as-of', '2020-12-31', '-o', html, '--pdf', pdf);
    expect(run).toEqual({ code: 0, stdout: '', stderr: `wrote ${html}\nwrote ${pdf}\n` });
    expect(readFileSync(html, 'utf8')).toContain('<figure class="diagram"><svg');
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 300_000);

  it('draws the same report a second time, byte for byte', async () => {
    const again = toHtmlReport(asiModel, rollUp(asiModel, { asOf: '2020-12-31' }), { diagramSvg: built.html.slice(built.html.indexOf('<svg'), built.html.indexOf('</svg></figure>') + 6) });
    expect(again).toBe(built.html);
  });
});
