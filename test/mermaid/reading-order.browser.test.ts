/**
 * The ASI diagram rendered in headless Chromium reads in ref order: key
 * objectives 1, 2, 3 and sub-objectives 1.1 … 3.4 from left to right in BT and
 * TB, from top to bottom in LR and RL, read from the node positions Mermaid's
 * layout gives, not from the order the text declares them in.
 * (Grouping by level is not checked here: its layout still puts 3.1 before 2.1.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rollUp } from '../../src/index.js';
import { readModelFile } from '../../src/node/index.js';
import { CHROMIUM_ARGS } from '../../src/node/render-mermaid.js';
import { toMermaid, type FlowDirection, type Grouping } from '../../src/mermaid/index.js';
import { mermaidNodeIds } from '../../src/mermaid/node-ids.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = resolve(import.meta.dirname, '../..');
const available = existsSync(CHROMIUM);
if (!available) console.warn(`[reading order browser test] SKIPPED: ${CHROMIUM} not found.`);

/** Centre of each rendered node, by the Mermaid id in its element id. */
async function centres(page: Page, text: string): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(async (source) => {
    const api = (globalThis as unknown as { mermaid: { render(id: string, t: string): Promise<{ svg: string }> } }).mermaid;
    const out = document.getElementById('out') as HTMLElement;
    out.innerHTML = (await api.render(`d${Date.now()}`, source)).svg;
    const svg = out.querySelector('svg') as SVGSVGElement;
    svg.style.maxWidth = 'none';
    svg.setAttribute('width', `${svg.viewBox.baseVal.width}`);
    const found: Record<string, { x: number; y: number }> = {};
    for (const g of out.querySelectorAll('g.node')) {
      const match = /-flowchart-(.+)-\d+$/.exec(g.id);
      if (match === null) continue;
      const r = g.getBoundingClientRect();
      found[match[1] as string] = { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    return found;
  }, text);
}

describe.skipIf(!available)('the ASI diagram in Chromium', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1800, height: 1200 } });
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body><div id="out"></div></body></html>');
    await page.addScriptTag({ content: readFileSync(resolve(ROOT, 'node_modules/mermaid/dist/mermaid.min.js'), 'utf8') });
    await page.evaluate(() => {
      const api = (globalThis as unknown as { mermaid: { initialize(c: object): void } }).mermaid;
      api.initialize({ startOnLoad: false, securityLevel: 'strict' });
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const cases: [FlowDirection, Grouping][] = (['BT', 'TB', 'LR', 'RL'] as const).flatMap((d) =>
    (['none', 'key-objective'] as const).map((g): [FlowDirection, Grouping] => [d, g]),
  );
  it.each(cases)('reads 1, 2, 3 and 1.1 … 3.4 in order with direction %s, grouping %s', async (direction, group) => {
    const result = await readModelFile(resolve(ROOT, 'examples/anti-slavery-international/asi.yaml'));
    if (!result.ok) throw new Error('asi.yaml does not validate');
    const { model } = result;
    const ids = mermaidNodeIds(model);
    const at = await centres(page, toMermaid(model, rollUp(model, { asOf: '2020-12-31' }), { direction, group }));
    const across = direction === 'LR' || direction === 'RL' ? 'y' : 'x';
    const inOrder = (refs: readonly string[]): string[] => {
      const byRef = new Map(model.nodes.filter((n) => n.ref !== undefined).map((n) => [n.ref as string, ids.get(n.id) as string]));
      return [...refs].sort((a, b) => (at[byRef.get(a) as string]?.[across] ?? NaN) - (at[byRef.get(b) as string]?.[across] ?? NaN));
    };
    expect(inOrder(['3', '1', '2'])).toEqual(['1', '2', '3']);
    const subs = ['1.1', '1.2', '1.3', '2.1', '2.2', '3.1', '3.2', '3.3', '3.4'];
    expect(inOrder([...subs].reverse())).toEqual(subs);
  });
});
