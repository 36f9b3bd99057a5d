/**
 * Renders diagrams in headless Debian Chromium with Mermaid's browser bundle:
 * the SVG must have one node per model node (plus the legend), each showing
 * its label as written, and no label may run a script or add an element.
 * Leaves a screenshot in test/artifacts/ (gitignored).
 *
 * Without /usr/bin/chromium (or the browser named by `CHROMIUM_PATH`) the
 * rendering tests are skipped with the reason printed; under CI (`CI=true`) a
 * missing Chromium fails instead. browser-rule.test.ts checks that rule.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel, type Model, type NodeDocument } from '../../src/index.js';
import { illustrativeIds } from '../../src/progress/illustrative-ids.js';
import { readModelFile } from '../../src/node/index.js';
import { CHROMIUM_ARGS } from '../../src/node/render-mermaid.js';
import { labelOf } from '../../src/mermaid/to-mermaid.js';
import { resolveMermaidOptions } from '../../src/mermaid/options.js';
import { toMermaid } from '../../src/mermaid/index.js';
import { mermaidNodeIds } from '../../src/mermaid/node-ids.js';
import { asiShapedDocument, handMadeReport } from './fixtures.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = resolve(import.meta.dirname, '../..');
const ARTIFACTS = resolve(ROOT, 'test/artifacts');
const ASI_FILE = resolve(ROOT, 'examples/anti-slavery-international/asi.yaml');
const available = existsSync(CHROMIUM);
const ci = process.env.CI === 'true';
const skipReason = `${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium) to run the browser tests`;

if (!available) {
  console.warn(
    ci ? `[mermaid browser test] FAILING under CI=true: ${skipReason}.` : `[mermaid browser test] SKIPPED: ${skipReason}.`,
  );
}

/** What the page reports about a rendered diagram. */
interface Rendered {
  /** `g.node` elements: id attribute and the label text as shown (innerText: `<br>` as a newline). */
  readonly nodes: readonly { readonly id: string; readonly text: string }[];
  readonly clusters: number;
  readonly edgePaths: number;
  /** Elements inside labels other than the wrappers Mermaid makes and `<br>`. */
  readonly foreignElements: readonly string[];
  /** Set by any script a label managed to run. */
  readonly pwned: boolean;
}

/** Mermaid's browser bundle, as far as the page uses it. */
interface MermaidGlobal {
  initialize(config: Record<string, unknown>): void;
  render(id: string, text: string): Promise<{ svg: string }>;
}

async function render(page: Page, text: string): Promise<Rendered> {
  return page.evaluate(async (source): Promise<Rendered> => {
    const global = globalThis as unknown as { mermaid: MermaidGlobal; pwned?: boolean };
    const out = document.getElementById('out') as HTMLElement;
    out.innerHTML = '';
    const { svg } = await global.mermaid.render(`diagram${Date.now()}`, source);
    out.innerHTML = svg;
    // Show the SVG at its natural size, so the screenshot is readable.
    const element = out.querySelector('svg') as SVGSVGElement;
    element.style.maxWidth = 'none';
    element.setAttribute('width', `${element.viewBox.baseVal.width}`);
    element.setAttribute('height', `${element.viewBox.baseVal.height}`);
    await new Promise((done) => setTimeout(done, 50));
    const labelElements = [...out.querySelectorAll('g.node foreignObject *, g.edgeLabel foreignObject *')];
    return {
      nodes: [...out.querySelectorAll('g.node')].map((g) => ({
        id: g.id,
        text: ((g.querySelector('foreignObject div') as HTMLElement | null)?.innerText ?? g.textContent ?? '').trim(),
      })),
      clusters: out.querySelectorAll('g.cluster').length,
      edgePaths: out.querySelectorAll('path.flowchart-link').length,
      foreignElements: labelElements
        .map((e) => e.tagName.toLowerCase())
        .filter((tag) => !['div', 'span', 'p', 'br'].includes(tag)),
      pwned: global.pwned === true,
    };
  }, text);
}

/** The model node id a rendered `g.node` stands for (ids look like `diagram…-flowchart-n0k3f9a2-12`). */
function modelIdOf(svgId: string, byMermaidId: ReadonlyMap<string, string>): string | undefined {
  const match = /-flowchart-(.+)-\d+$/.exec(svgId);
  if (match === null) return undefined;
  // An actor drawn under several key objectives: its Mermaid id, `_`, and a suffix.
  const id = match[1] as string;
  return byMermaidId.get(id) ?? byMermaidId.get(id.replace(/_.*$/, ''));
}

async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = resolve(ARTIFACTS, name);
  await page.locator('#out svg').screenshot({ path });
  return path;
}

async function asiModel(): Promise<{ model: Model; source: string }> {
  if (existsSync(ASI_FILE)) {
    const result = await readModelFile(ASI_FILE);
    if (result.ok) return { model: result.model, source: 'examples/anti-slavery-international/asi.yaml' };
    console.warn('[mermaid browser test] asi.yaml does not validate; using a model of the same shape');
  }
  return { model: loadModel(asiShapedDocument()), source: 'a model of the ASI shape built in fixtures.ts' };
}

describe('Mermaid diagrams in headless Chromium', () => {
  it('has Chromium whenever CI=true requires it', () => {
    if (ci && !available) throw new Error(`Chromium is required under CI=true: ${skipReason}.`);
    expect(ci ? available : true).toBe(true);
  });

  describe.skipIf(!available)(available ? 'rendering' : `rendering (skipped: ${skipReason})`, () => {
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: CHROMIUM_ARGS,
      });
      page = await browser.newPage({ viewport: { width: 1800, height: 1200 }, deviceScaleFactor: 1 });
      await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body><div id="out"></div></body></html>');
      await page.addScriptTag({ content: readFileSync(resolve(ROOT, 'node_modules/mermaid/dist/mermaid.min.js'), 'utf8') });
      await page.evaluate(() => {
        const global = globalThis as unknown as { mermaid: MermaidGlobal };
        global.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', maxEdges: 5000, maxTextSize: 1_000_000 });
      });
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('draws one SVG node per model node, each with its label', async () => {
      const { model, source } = await asiModel();
      const report = handMadeReport(model);
      const options = { indicators: true, assumptions: true };
      const rendered = await render(page, toMermaid(model, report, options));

      const byMermaidId = new Map([...mermaidNodeIds(model)].map(([id, mermaidId]) => [mermaidId, id]));
      const drawn = rendered.nodes.map((n) => modelIdOf(n.id, byMermaidId)).filter((id) => id !== undefined);
      const expected = model.nodes.map((n) => n.id);
      expect(expected.length).toBeGreaterThanOrEqual(30);
      expect(new Set(drawn)).toEqual(new Set(expected));
      // Each actor once per branch it is accountable in; the rest of the nodes are legend entries.
      const legendEntries = rendered.nodes.filter((n) => /-flowchart-legend_/.test(n.id));
      expect(legendEntries.length).toBeGreaterThanOrEqual(5);
      expect(rendered.nodes).toHaveLength(drawn.length + legendEntries.length);
      expect(rendered.clusters).toBe(1); // the legend
      expect(rendered.edgePaths).toBe(model.relations.length);
      expect(rendered.foreignElements).toEqual([]);

      const resolved = resolveMermaidOptions(options, report);
      const progress = new Map([...report.results, ...report.indicators].map((p) => [p.id, p]));
      const illustrative = illustrativeIds(model, report);
      for (const node of rendered.nodes) {
        const id = modelIdOf(node.id, byMermaidId);
        if (id === undefined) continue;
        const label = labelOf(model.node(id) as NodeDocument, resolved, progress.get(id), illustrative.has(id));
        expect(node.text.replace(/\s+/g, ' ')).toBe(label.replace(/\s+/g, ' '));
      }
      await screenshot(page, 'mermaid-asi-all.png');
      console.info(`[mermaid browser test] ${source}: all ${expected.length} nodes drawn`);
    });

    it('draws the default diagram with progress, and keeps a screenshot', async () => {
      const { model } = await asiModel();
      const rendered = await render(page, toMermaid(model, handMadeReport(model)));
      const expected = model.nodes.filter((n) => n.kind !== 'indicator' && n.kind !== 'assumption');
      const byMermaidId = new Map([...mermaidNodeIds(model)].map(([id, mermaidId]) => [mermaidId, id]));
      const drawn = rendered.nodes.map((n) => modelIdOf(n.id, byMermaidId)).filter((id) => id !== undefined);
      expect(new Set(drawn)).toEqual(new Set(expected.map((n) => n.id)));
      const path = await screenshot(page, 'mermaid-asi.png');
      console.info(`[mermaid browser test] default diagram: ${expected.length} nodes; screenshot in ${path}`);
    });

    it('shows hostile titles as written, runs no script and adds no element', async () => {
      const hostile = [
        '<script>globalThis.pwned = true</script>',
        '<img src=x onerror="globalThis.pwned = true">',
        '"]; click n1 call alert(1); n1["',
        'end',
        'A & B #35; `code` %%{init: {"theme":"dark"}}%%',
        'style x:#f00; 50% <b>bold</b>',
        'שלום עולם — مرحبا 😀👩‍👩‍👧',
      ];
      const model = loadModel({
        title: 'Hostile',
        nodes: [
          { kind: 'goal', id: 'top', title: 'Top' },
          ...hostile.map((title, i) => ({
            kind: 'objective' as const,
            id: `o${i}`,
            ref: `[${i}]`,
            title,
            contributesTo: ['top'],
          })),
        ],
      });
      const text = toMermaid(model, undefined, { wrap: false });
      const rendered = await render(page, text);
      expect(rendered.pwned).toBe(false);
      expect(rendered.foreignElements).toEqual([]);
      expect(rendered.nodes).toHaveLength(hostile.length + 1);
      const shown = new Set(rendered.nodes.map((n) => n.text));
      for (const [i, title] of hostile.entries()) expect(shown).toContain(`[${i}] ${title}`);
      await screenshot(page, 'mermaid-hostile.png');
    });
  });
});
