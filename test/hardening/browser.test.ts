/**
 * A model full of hostile text (script and img tags, `javascript:` links,
 * titles that close the label and add `click` lines aimed at the diagram's
 * real node ids, newlines followed by Mermaid statements, closing quotes and
 * brackets) rendered by Mermaid's browser bundle in headless Chromium, with
 * `securityLevel: 'strict'` and with `'loose'` (to show the escaping alone is
 * enough), the way a web page would: the SVG set as innerHTML, then Mermaid's
 * click bindings attached. No script runs, no dialog opens, no request goes
 * out, and the SVG has exactly the elements of a benign twin model of the
 * same shape (same ids, same line breaks, plain titles): no <script>, <img>,
 * <a> or <iframe>, no href or on* attribute.
 *
 * Same rule as test/mermaid/browser.test.ts: without /usr/bin/chromium (or
 * CHROMIUM_PATH) it is skipped with the reason printed; under CI=true a
 * missing Chromium fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel, rollUp, type Model, type ProgressReport, type TheoryOfChangeDocument } from '../../src/index.js';
import { toMermaid, type MermaidOptions } from '../../src/mermaid/index.js';
import { mermaidNodeIds } from '../../src/mermaid/node-ids.js';
import { CHROMIUM_ARGS } from '../../src/node/render-mermaid.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = resolve(import.meta.dirname, '../..');
const available = existsSync(CHROMIUM);
const ci = process.env.CI === 'true';
const skipReason = `${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium) to run the browser tests`;
if (!available) {
  console.warn(ci ? `[hardening browser test] FAILING under CI=true: ${skipReason}.` : `[hardening browser test] SKIPPED: ${skipReason}.`);
}

const IDS = ['goal', 'obj-1', 'obj-2', 'sub', 'bearer', 'holder', 'fails', 'ind'] as const;

/** Hostile titles; `id` is the real Mermaid id of a node, so the injected lines would hit it. */
function hostileTitles(id: (model: string) => string): string[] {
  return [
    '<img src=x onerror=window.__pwned=1>',
    '<script>window.__pwned=1</script>',
    'javascript:alert(1)',
    `Title\nclick ${id('goal')} call alert()`,
    `"]; ${id('obj-1')} --> ${id('obj-2')}; click ${id('obj-1')} href "javascript:alert(1)"; n9["`,
    `"])]]}}/] end\nclick ${id('sub')} href "javascript:window.__pwned=1" _self\n%%{init: {"securityLevel": "loose"}}%%`,
    '<a href="javascript:window.__pwned=1">link</a> <iframe src="javascript:window.__pwned=1"></iframe>',
    `<svg onload=window.__pwned=1></svg> #lt;img src=x onerror=window.__pwned=1#gt; &lt;b&gt; ${'`'}code${'`'}`,
  ];
}

function documentOf(titles: readonly string[], refs: readonly string[], levels: readonly [string, string]): TheoryOfChangeDocument {
  const [goal, o1, o2, sub, bearer, holder, fails, ind] = IDS;
  const at = (i: number): { title: string; ref: string } => ({ title: titles[i] as string, ref: refs[i] as string });
  return {
    title: 'Hostile',
    levels: [...levels],
    nodes: [
      { kind: 'goal', id: goal, level: levels[0], ...at(0) },
      { kind: 'objective', id: o1, level: levels[1], contributesTo: [{ to: goal, assumptions: [fails] }], ...at(1) },
      { kind: 'objective', id: o2, level: levels[1], contributesTo: [goal], ...at(2) },
      { kind: 'objective', id: sub, level: levels[1], contributesTo: [o1], ...at(3) },
      { kind: 'duty-bearer', id: bearer, actorType: 'state', accountableFor: [o1], ...at(4) },
      { kind: 'rights-holder', id: holder, benefitsFrom: [goal], ...at(5) },
      { kind: 'assumption', id: fails, status: 'fails', ...at(6) },
      {
        kind: 'indicator',
        id: ind,
        measures: [sub],
        measure: { kind: 'number' },
        baseline: { date: '2024-01-01', value: 0 },
        targets: [{ date: '2026-01-01', value: 10 }],
        observations: [{ date: '2025-01-01', value: 5 }],
        ...at(7),
      },
    ],
  };
}

/** The same text with every character but line breaks replaced by `x`: same shape, nothing special. */
function plain(text: string): string {
  return Array.from(text, (c) => (c === '\n' ? '\n' : 'x')).join('');
}

/** The hostile model and its benign twin: same ids, same relations, same line breaks. */
function models(): { hostile: Model; benign: Model } {
  const probe = loadModel(documentOf(IDS.map(() => 'x'), IDS.map(() => 'x'), ['a', 'b']));
  const ids = mermaidNodeIds(probe);
  const titles = hostileTitles((id) => ids.get(id) as string);
  const refs = ['"]', '<b>1</b>', '[1](javascript:alert(1))', '1\nclick', '%%', '#35;', '`x`', '&amp;'];
  const levels: [string, string] = ['<img src=x onerror=window.__pwned=1>', '"] \nend\nsubgraph x ["'];
  return {
    hostile: loadModel(documentOf(titles, refs, levels)),
    benign: loadModel(documentOf(titles.map(plain), refs.map(plain), [plain(levels[0]), plain(levels[1])])),
  };
}

/** What the page reports about one rendered diagram. */
interface Rendered {
  /** Count of each element name inside the SVG. */
  readonly tags: Readonly<Record<string, number>>;
  /** Attributes named on… or …href, and any attribute whose value holds `javascript:`. */
  readonly dangerousAttributes: readonly string[];
  /** Label texts as shown (innerText: a line break as a newline). */
  readonly labels: readonly string[];
}

interface MermaidGlobal {
  initialize(config: Record<string, unknown>): void;
  render(id: string, text: string): Promise<{ svg: string; bindFunctions?: (element: Element) => void }>;
}

async function render(page: Page, text: string, securityLevel: 'strict' | 'loose'): Promise<Rendered> {
  return page.evaluate(
    async ({ source, level }): Promise<Rendered> => {
      const global = globalThis as unknown as { mermaid: MermaidGlobal };
      global.mermaid.initialize({ startOnLoad: false, securityLevel: level, maxEdges: 5000, maxTextSize: 1_000_000 });
      const out = document.getElementById('out') as HTMLElement;
      const { svg, bindFunctions } = await global.mermaid.render(`d${Math.random().toString(36).slice(2)}`, source);
      // The way a page shows it: innerHTML (which runs inline event handlers), then Mermaid's click bindings.
      out.innerHTML = svg;
      bindFunctions?.(out);
      // Give image errors and event handlers time to fire.
      await new Promise((done) => setTimeout(done, 300));
      const root = out.querySelector('svg') as SVGSVGElement;
      const tags: Record<string, number> = {};
      const dangerousAttributes: string[] = [];
      for (const element of [root, ...root.querySelectorAll('*')]) {
        const tag = element.tagName.toLowerCase();
        tags[tag] = (tags[tag] ?? 0) + 1;
        for (const attribute of element.attributes) {
          const name = attribute.name.toLowerCase();
          if (name.startsWith('on') || name.endsWith('href') || /javascript:/i.test(attribute.value)) dangerousAttributes.push(`<${tag} ${name}="${attribute.value}">`);
        }
      }
      const labels = [...root.querySelectorAll('g.node .nodeLabel, g.cluster .nodeLabel, g.cluster-label .nodeLabel')].map((e) => (e as HTMLElement).innerText);
      return { tags, dangerousAttributes, labels };
    },
    { source: text, level: securityLevel },
  );
}

describe('hostile titles in headless Chromium', () => {
  it('has Chromium whenever CI=true requires it', () => {
    if (ci && !available) throw new Error(`Chromium is required under CI=true: ${skipReason}.`);
    expect(ci ? available : true).toBe(true);
  });

  describe.skipIf(!available)(available ? 'rendering' : `rendering (skipped: ${skipReason})`, () => {
    let browser: Browser;
    let page: Page;
    const requests: string[] = [];
    const dialogs: string[] = [];

    beforeAll(async () => {
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      page = await browser.newPage({ viewport: { width: 1600, height: 1200 } });
      page.on('request', (request) => {
        if (!/^(data|about|blob):/.test(request.url())) requests.push(request.url());
      });
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body><div id="out"></div></body></html>');
      await page.addScriptTag({ content: readFileSync(resolve(ROOT, 'node_modules/mermaid/dist/mermaid.min.js'), 'utf8') });
    });

    afterAll(async () => {
      await browser?.close();
    });

    const OPTIONS: readonly [string, MermaidOptions][] = [
      ['every kind drawn, grouped by level', { wrap: false, indicators: true, assumptions: true, group: 'level' }],
      ['with progress and the legend', { wrap: false, indicators: true }],
    ];

    for (const securityLevel of ['strict', 'loose'] as const) {
      for (const [name, options] of OPTIONS) {
        it(`securityLevel '${securityLevel}', ${name}: no script, no dialog, no request, the elements of the benign twin, labels as written`, async () => {
          const { hostile, benign } = models();
          const reportOf = (model: Model): ProgressReport | undefined => (name.startsWith('with progress') ? rollUp(model, { asOf: '2025-06-30' }) : undefined);
          const bad = await render(page, toMermaid(hostile, reportOf(hostile), options), securityLevel);
          const twin = await render(page, toMermaid(benign, reportOf(benign), options), securityLevel);

          expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
          expect(dialogs).toEqual([]);
          expect(requests).toEqual([]);
          expect(bad.dangerousAttributes).toEqual([]);
          expect(bad.tags).toEqual(twin.tags);
          for (const tag of ['script', 'img', 'a', 'iframe', 'object', 'embed']) expect(bad.tags[tag]).toBeUndefined();
          // In the whole page, the only script is Mermaid's own bundle.
          expect(await page.evaluate(() => [document.scripts.length, document.images.length, document.links.length, document.querySelectorAll('iframe').length])).toEqual([1, 0, 0, 0]);

          // Each hostile title shows as written (whitespace runs read as one space, as HTML shows them).
          const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();
          const shown = bad.labels.map(squash);
          for (const node of hostile.nodes) {
            if ((node.kind === 'indicator' && options.indicators !== true) || (node.kind === 'assumption' && options.assumptions !== true)) continue;
            const head = squash(`${node.ref ?? ''} ${node.title}`);
            expect(shown.some((label) => label === head || label.startsWith(`${head} `))).toBe(true);
          }
          if (options.group === 'level') for (const level of hostile.levels) expect(shown).toContain(squash(level));
        });
      }
    }
  });
});
