/**
 * The coalition page of `toc report` in real headless Chromium, with the
 * page's Content-Security-Policy: examples/coalition as of 2020-12-31 built
 * with the diagram drawn and printed to PDF, opened with every request
 * refused and counted; the section seen, the bars measured against the shares
 * worked by hand (supply-chains-accountable: ASI 37.5%, the alliance 25%, see
 * coalition.test.ts), screenshots in test/artifacts/report-html/, and the
 * PDF's first page read. Skipped with the reason printed when Chromium is
 * missing, failing under CI=true.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jointProgress, rollUp } from '../../src/index.js';
import { readCoalitionFile, renderHtmlReport, type HtmlReportRenderResult } from '../../src/node/index.js';
import { CHROMIUM_ARGS } from '../../src/node/render-mermaid.js';
import { available, CHROMIUM, warnWithoutChromium } from '../browser-entry.js';
import { openPage } from './open-page.js';

const root = resolve(import.meta.dirname, '../..');
const artifacts = join(root, 'test/artifacts/report-html');
const ASI = 'Anti-Slavery International';
const LRA = 'Labour Rights Alliance (illustrative)';

let browser: Browser | undefined;
let built: HtmlReportRenderResult;

/** Opens `html` in a fresh page of the test's browser (see open-page.ts). */
const open = (html: string, viewport?: { width: number; height: number }): ReturnType<typeof openPage> => openPage(browser as Browser, html, viewport);

beforeAll(async () => {
  warnWithoutChromium('coalition report browser test');
  if (!available) {
    if (process.env.CI === 'true') throw new Error(`Chromium is required under CI=true: ${CHROMIUM} not found.`);
    return;
  }
  mkdirSync(artifacts, { recursive: true });
  const result = await readCoalitionFile(join(root, 'examples/coalition/coalition.yaml'));
  if (!result.ok) throw new Error('the example coalition is valid');
  const report = rollUp(result.model, { asOf: '2020-12-31' });
  built = await renderHtmlReport(result.model, report, { pdf: true, jointProgress: jointProgress(result.model, result.coalition, report), chromiumPath: CHROMIUM });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!available)('the coalition page in Chromium', () => {
  it('opens under its CSP with no request and no console error, the Coalition section first and visible', async () => {
    expect(built.diagramDrawn).toBe(true);
    expect(built.html).toContain("default-src 'none'");
    const { page, requests, errors } = await open(built.html);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    const section = page.locator('main > section').first();
    expect(await section.getAttribute('id')).toBe('coalition');
    expect(await section.isVisible()).toBe(true);
    expect(await page.locator('#coalition h2').textContent()).toBe('Coalition');
    expect(await page.locator('#coalition table.coalition tbody tr').count()).toBe(4);
    expect(await page.locator('#coalition .gaps').isVisible()).toBe(true);
    expect(await page.locator('#coalition .member-part h3').allTextContents()).toEqual([`${ASI} asi`, `${LRA} lra`]);
    await page.locator('#coalition').screenshot({ path: join(artifacts, 'coalition-desktop.png') });
    await page.context().close();
  });

  it('draws the bars as wide as the shares: 37.5% and 25% of the bar for supply-chains-accountable, side by side', async () => {
    const { page } = await open(built.html);
    const row = page.locator('tr[data-id="supply-chains-accountable"]');
    const bar = await row.locator('svg.share-bar').boundingBox();
    const segments = await row.locator('rect.share').evaluateAll((rects) => rects.map((r) => ({ member: r.getAttribute('data-member'), box: r.getBoundingClientRect().toJSON() as DOMRect })));
    expect(bar?.width).toBeGreaterThan(150);
    expect(segments.map((s) => s.member)).toEqual(['asi', 'lra']);
    const [asi, lra] = segments.map((s) => s.box) as [DOMRect, DOMRect];
    const width = bar?.width as number;
    // Within one pixel: the white gap between segments is a stroke, not a change of width.
    expect(Math.abs(asi.width - 0.375 * width)).toBeLessThan(1.5);
    expect(Math.abs(lra.width - 0.25 * width)).toBeLessThan(1.5);
    expect(Math.abs(asi.left - (bar?.x as number))).toBeLessThan(1.5);
    expect(Math.abs(lra.left - (asi.left + asi.width))).toBeLessThan(1.5);
    expect(await row.locator('.share-words').textContent()).toBe(`${ASI} 38% · ${LRA} 25%`);
    // No data, no bar: the gap row says it in words.
    expect(await page.locator('tr[data-id="survivor-remedy"] svg.share-bar').count()).toBe(0);
    await page.context().close();
  });

  it('prints the coalition section on the first A4 page, the diagram on the next, names and shares in the text', async () => {
    const { page } = await open(built.html, { width: 718, height: 1040 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#diagram h2').evaluate((h) => getComputedStyle(h).breakBefore)).toBe('page');
    expect(await page.locator('#coalition .member-part').first().evaluate((d) => getComputedStyle(d).breakInside)).toBe('avoid');
    await page.screenshot({ path: join(artifacts, 'coalition-print.png'), fullPage: true });
    await page.context().close();

    const pdf = built.pdf as Uint8Array;
    writeFileSync(join(artifacts, 'coalition.pdf'), pdf);
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
    const textOf = async (n: number): Promise<string> => (await (await doc.getPage(n)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join('');
    const first = await textOf(1);
    expect(first).toContain('Coalition');
    expect(first).toContain('Gaps.');
    expect(first).toMatch(/Anti-Slavery International 38%/);
    expect(first).toContain('Survivors of forced labour have access to remedy and compensation');
    expect((await doc.getPage(1)).view.map(Math.round)).toEqual([0, 0, 595, 842]);
    // The diagram's landscape page follows.
    expect((await doc.getPage(2)).view.map(Math.round)).toEqual([0, 0, 842, 595]);
    expect(await textOf(2)).toContain('The theory of change');
  });
});
