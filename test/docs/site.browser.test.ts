/**
 * The docs site (`npm run docs`, TypeDoc with typedoc.json) in headless
 * Chromium: the ```mermaid blocks of the README (the index page) and the
 * guides are drawn as diagrams, offline, opened from disk (file://) and from a
 * local web server; the guides are listed in reading order; the main entry's
 * API is grouped by stage. Leaves screenshots in test/artifacts/ (gitignored).
 *
 * The site is built here, into .tmp/docs-site-test/, with the project's
 * typedoc.json (`npm test` builds docs/api only after the tests). Type errors
 * and TypeDoc warnings are `npm run typecheck`'s and `npm run docs`' business,
 * so this build skips the one and does not stop on the other.
 *
 * Without /usr/bin/chromium (or the browser named by `CHROMIUM_PATH`) the
 * browser tests are skipped with the reason printed; under CI (`CI=true`) a
 * missing Chromium fails instead.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS } from '../../src/node/render-mermaid.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = resolve(import.meta.dirname, '../..');
const SITE = resolve(ROOT, '.tmp/docs-site-test');
const ARTIFACTS = resolve(ROOT, 'test/artifacts');
const available = existsSync(CHROMIUM);
const ci = process.env.CI === 'true';
const skipReason = `${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium) to run the browser tests`;

if (!available) {
  console.warn(
    ci ? `[docs site browser test] FAILING under CI=true: ${skipReason}.` : `[docs site browser test] SKIPPED: ${skipReason}.`,
  );
}

/** The guides in the order a new reader takes them (file names under docs/). */
const READING_ORDER = [
  'guides/getting-started.md',
  'guides/document-format.md',
  'guides/progress.md',
  'guides/diagrams.md',
  'guides/command-line.md',
  'guides/iati-and-spreadsheets.md',
  'guides/coalitions-and-versions.md',
  'guides/asi-walkthrough.md',
  'performance.md',
];

/** The stage groups of the main entry's API page, in data-flow order. */
const MAIN_ENTRY_GROUPS = ['Document', 'Builder', 'Validate and model', 'Progress', 'Coalitions'];

function frontmatterTitle(file: string): string {
  const text = readFileSync(resolve(ROOT, 'docs', file), 'utf8');
  const title = /^---\n(?:.*\n)*?title: (.+)\n(?:.*\n)*?---\n/.exec(text)?.[1];
  if (title === undefined) throw new Error(`docs/${file} has no title in its frontmatter`);
  return title.trim();
}

/** The page TypeDoc writes for a guide: documents/ and its title, spaces as underscores. */
function guidePage(file: string): string {
  return `documents/${frontmatterTitle(file).replace(/ /g, '_')}.html`;
}

/** The ```mermaid blocks of a Markdown file, as written. */
function mermaidBlocks(file: string): string[] {
  const text = readFileSync(resolve(ROOT, file), 'utf8');
  return [...text.matchAll(/^```mermaid\s*\n([\s\S]*?)^```\s*$/gm)].map((m) => m[1] ?? '');
}

/**
 * The labels a block writes in quotes (`id["Label"]`, `id(["Label"])`, …),
 * without `<br>` and spaces, as they can be compared with a drawing's text
 * (which drops the line breaks). Labels holding Mermaid entity codes (`#quot;`)
 * are left out: the drawing shows the character instead.
 */
function quotedLabels(block: string): string[] {
  return [...block.matchAll(/[[({>]"([^"]+)"[\])}]/g)]
    .map((m) => m[1] ?? '')
    .filter((label) => !label.includes('#'))
    .map(squash);
}

function squash(text: string): string {
  return text.replace(/<br\s*\/?>/g, '').replace(/\s+/g, '');
}

/** A static server for the built site, on a free port of 127.0.0.1. */
async function serve(folder: string): Promise<{ server: Server; origin: string }> {
  const types: Readonly<Record<string, string>> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.json': 'application/json',
  };
  const server = createServer((request, response) => {
    const path = join(folder, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (!path.startsWith(folder + sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(path).then(
      (body) => response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** What a page did while it loaded and drew its diagrams. */
interface Visit {
  readonly page: Page;
  readonly consoleErrors: string[];
  /** Requests for anything outside the site (each was refused). */
  readonly outside: string[];
}

describe('The docs site in headless Chromium', () => {
  it('has Chromium whenever CI=true requires it', () => {
    if (ci && !available) throw new Error(`Chromium is required under CI=true: ${skipReason}.`);
    expect(ci ? available : true).toBe(true);
  });

  describe.skipIf(!available)(available ? 'pages' : `pages (skipped: ${skipReason})`, () => {
    let browser: Browser;
    let server: Server | undefined;
    let origin = '';
    const siteUrl = pathToFileURL(SITE).href;

    beforeAll(async () => {
      rmSync(SITE, { recursive: true, force: true });
      const { stdout, stderr } = await promisify(execFile)(
        process.execPath,
        [
          resolve(ROOT, 'node_modules/typedoc/bin/typedoc'),
          '--out',
          SITE,
          '--skipErrorChecking',
          '--treatWarningsAsErrors',
          'false',
          '--logLevel',
          'Error',
        ],
        { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
      );
      if (!existsSync(join(SITE, 'index.html'))) throw new Error(`TypeDoc wrote no site:\n${stdout}\n${stderr}`);
      ({ server, origin } = await serve(SITE));
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    }, 240_000);

    afterAll(async () => {
      await browser?.close();
      await new Promise((done) => (server === undefined ? done(undefined) : server.close(done)));
    });

    /**
     * Opens a page of the site (`file` from disk, `http` from the local
     * server), refusing every request outside the site, and waits until the
     * site's script has drawn the diagrams (or found none to draw).
     */
    async function visit(path: string, from: 'file' | 'http', viewport = { width: 1280, height: 900 }): Promise<Visit> {
      const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
      const consoleErrors: string[] = [];
      const outside: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
      const inside = from === 'file' ? `${siteUrl}/` : `${origin}/`;
      await page.route('**/*', async (route) => {
        const url = route.request().url();
        if (url.startsWith(inside) || url.startsWith('data:') || url.startsWith('blob:')) {
          await route.continue();
        } else {
          outside.push(url);
          await route.abort('blockedbyclient');
        }
      });
      await page.goto(`${inside}${path.split('/').map(encodeURIComponent).join('/')}`);
      await page.waitForFunction(() => document.documentElement.dataset.mermaid !== 'loading', null, { timeout: 45_000 });
      // TypeDoc reveals the page once its own script has run.
      await page.locator('.col-content').waitFor({ state: 'visible' });
      return { page, consoleErrors, outside };
    }

    /**
     * Checks every ```mermaid block of `markdown` is drawn on the page: an SVG
     * diagram with nodes and lines, showing the labels the block writes, and
     * its source folded away rather than shown as text.
     */
    async function expectDiagramsDrawn(page: Page, markdown: string): Promise<void> {
      const blocks = mermaidBlocks(markdown);
      expect(blocks.length).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.dataset.mermaid)).toBe('done');
      const drawn = await page.evaluate(() =>
        [...document.querySelectorAll('.col-content figure.tsd-mermaid')].map((figure) => ({
          svgs: figure.querySelectorAll('.tsd-mermaid-diagram svg').length,
          nodes: figure.querySelectorAll('svg g.node').length,
          lines: figure.querySelectorAll('svg path.flowchart-link').length,
          text: figure.querySelector('.tsd-mermaid-diagram')?.textContent ?? '',
          width: figure.querySelector('.tsd-mermaid-diagram svg')?.getBoundingClientRect().width ?? 0,
        })),
      );
      expect(drawn).toHaveLength(blocks.length);
      const visibleText = await page.locator('.col-content').innerText();
      blocks.forEach((block, index) => {
        const diagram = drawn[index];
        expect(diagram?.svgs).toBe(1);
        expect(diagram?.nodes).toBeGreaterThanOrEqual(2);
        expect(diagram?.lines).toBeGreaterThanOrEqual(1);
        expect(diagram?.width).toBeGreaterThan(100);
        const labels = quotedLabels(block);
        expect(labels.length).toBeGreaterThan(0);
        for (const label of labels) expect(squash(diagram?.text ?? '')).toContain(label);
        // No line of the source shows as text (it waits, folded, under "Mermaid source").
        for (const line of block.split('\n').filter((l) => l.includes('-->') || l.includes('classDef'))) {
          expect(visibleText).not.toContain(line.trim());
        }
      });
      for (const code of await page.locator('code.mermaid').all()) expect(await code.isVisible()).toBe(false);
    }

    /**
     * TypeDoc's own icon sprite (`<use href="assets/icons.svg#…">`) is refused
     * by Chromium from file:// before TypeDoc's icons.js inlines it; that
     * message is TypeDoc's, not the site's, and the icons still show.
     */
    function errorsFromFile(errors: readonly string[]): string[] {
      const sprite = `Unsafe attempt to load URL ${siteUrl}/assets/icons.svg#`;
      return errors.filter((error) => !error.startsWith(sprite));
    }

    async function screenshot(page: Page, name: string): Promise<void> {
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: resolve(ARTIFACTS, name) });
    }

    it('draws the Diagrams guide from disk (file://), offline', async () => {
      const { page, consoleErrors, outside } = await visit('documents/Diagrams.html', 'file');
      try {
        await expectDiagramsDrawn(page, 'docs/guides/diagrams.md');
        expect(outside).toEqual([]);
        expect(errorsFromFile(consoleErrors)).toEqual([]);
        await page.locator('figure.tsd-mermaid').first().scrollIntoViewIfNeeded();
        await screenshot(page, 'docs-site-diagrams-guide.png');
      } finally {
        await page.close();
      }
    });

    it('draws the README diagram on the index page served over HTTP, shows its title once and lists the guides in reading order', async () => {
      const { page, consoleErrors, outside } = await visit('index.html', 'http');
      try {
        await expectDiagramsDrawn(page, 'README.md');
        expect(outside).toEqual([]);
        expect(consoleErrors).toEqual([]);
        expect(await page.locator('.col-content h1').allInnerTexts()).toEqual(['theory-of-change']);
        await page.waitForFunction(() => document.querySelector('#tsd-nav-container a') !== null);
        const listed = await page.evaluate(() => {
          const group = [...document.querySelectorAll('#tsd-nav-container details')].find(
            (d) => d.querySelector(':scope > summary')?.textContent?.trim() === 'Guides',
          );
          return [...(group?.querySelectorAll('a') ?? [])].map((a) => a.textContent?.trim() ?? '');
        });
        expect(listed).toEqual(READING_ORDER.map(frontmatterTitle));
        await page.locator('figure.tsd-mermaid').first().scrollIntoViewIfNeeded();
        await screenshot(page, 'docs-site-index.png');
      } finally {
        await page.close();
      }
    });

    it('draws every guide that has diagrams, served over HTTP, with no console error at all', async () => {
      const withDiagrams = READING_ORDER.filter((file) => mermaidBlocks(`docs/${file}`).length > 0);
      expect(withDiagrams).toContain('guides/diagrams.md');
      for (const file of withDiagrams) {
        const { page, consoleErrors, outside } = await visit(guidePage(file), 'http');
        try {
          await expectDiagramsDrawn(page, `docs/${file}`);
          expect(outside, file).toEqual([]);
          expect(consoleErrors, file).toEqual([]);
        } finally {
          await page.close();
        }
      }
    });

    it('shows each guide with its title once, and every guide in the reading order', () => {
      const guides = readdirSync(resolve(ROOT, 'docs/guides'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `guides/${f}`);
      expect([...READING_ORDER].sort()).toEqual([...guides, 'performance.md'].sort());
      for (const file of READING_ORDER) {
        const html = readFileSync(join(SITE, guidePage(file)), 'utf8');
        const headings = [...html.matchAll(/<h1[\s>][\s\S]*?<\/h1>/g)].map((m) => m[0].replace(/<[^>]*>/g, '').trim());
        expect(headings, file).toHaveLength(1);
      }
    });

    it("groups the main entry's API by stage", async () => {
      const { page } = await visit('modules/theory-of-change.html', 'http');
      try {
        const groups = await page.locator('.col-content details.tsd-member-group > summary h2').allInnerTexts();
        expect(groups.map((g) => g.trim())).toEqual(MAIN_ENTRY_GROUPS);
        const members = await page.evaluate(() =>
          Object.fromEntries(
            [...document.querySelectorAll('.col-content details.tsd-member-group')].map((group) => [
              group.querySelector('summary h2')?.textContent?.trim() ?? '',
              [...group.querySelectorAll('dt.tsd-member-summary .tsd-member-summary-name > a:first-of-type')].map(
                (a) => a.textContent ?? '',
              ),
            ]),
          ),
        );
        // Where a few exports live, by the folder of their source file.
        const homes: Readonly<Record<string, readonly string[]>> = {
          Document: ['isIsoDate', 'DocumentSchema', 'TheoryOfChangeDocument'],
          Builder: ['theoryOfChange', 'ModelBuilder'],
          'Validate and model': ['validate', 'loadModel', 'Model', 'TheoryOfChangeError', 'formatDiagnostics'],
          Progress: ['rollUp', 'explainProgress', 'progressSeries'],
        };
        for (const [group, names] of Object.entries(homes)) expect(members[group]).toEqual(expect.arrayContaining([...names]));
        // Within each group, what you call comes before the types it takes.
        const kinds = await page.evaluate(() =>
          [...document.querySelectorAll('.col-content details.tsd-member-group')].map((group) =>
            [...group.querySelectorAll('dt.tsd-member-summary svg.tsd-kind-icon')].map((svg) => svg.getAttribute('aria-label') ?? ''),
          ),
        );
        const order = ['Function', 'Class', 'Variable', 'Interface', 'Type Alias'];
        for (const list of kinds) {
          expect(list.length).toBeGreaterThan(0);
          const ranks = list.map((kind) => order.indexOf(kind));
          expect(ranks).not.toContain(-1);
          expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
        }
        await screenshot(page, 'docs-site-api.png');
      } finally {
        await page.close();
      }
    });
  });
});
