import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** Options of {@link renderMermaid}. */
export interface RenderOptions {
  /** Path of a Chromium or Chrome binary. Default: `$CHROMIUM_PATH`, then the usual Linux paths. */
  readonly chromiumPath?: string;
  /** Also produce a PNG. Default false. */
  readonly png?: boolean;
  /** Pixel density of the PNG. Default 2. */
  readonly scale?: number;
  /** Give up after this many milliseconds. Default 120 000. */
  readonly timeoutMs?: number;
}

/** The outcome of {@link renderMermaid}: the SVG (and PNG), or why there is none. */
export type RenderResult =
  | { readonly ok: true; readonly svg: string; readonly png: Uint8Array | undefined }
  | {
      readonly ok: false;
      /** `no-chromium`: no browser found; `no-renderer`: playwright-core or mermaid is not installed; `render-failed`: Mermaid could not render the text. */
      readonly reason: 'no-chromium' | 'no-renderer' | 'render-failed';
      /** What happened and what to do, in a sentence. */
      readonly message: string;
    };

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** How to get a browser, for messages. */
export const CHROMIUM_HINT =
  'Install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.';

/**
 * Finds a Chromium or Chrome binary: `$CHROMIUM_PATH`, then the usual Linux
 * paths. `undefined` when there is none.
 */
export function findChromium(explicit?: string): string | undefined {
  const wanted = explicit ?? process.env.CHROMIUM_PATH;
  if (wanted !== undefined && wanted !== '') return existsSync(wanted) ? wanted : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/** Chromium flags for a quiet, offline, headless run. @internal */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Renders Mermaid text to SVG (and optionally PNG) in headless Chromium with
 * Mermaid's own browser bundle, `securityLevel: 'strict'`. The SVG is
 * well-formed XML (the rendered element, serialised), so it opens as a file,
 * in an `<img>` and in XML tools; a control character XML forbids, from a
 * title, shows as `\u001b` and the like. Needs the optional
 * peer dependencies `playwright-core` and `mermaid`, and a Chromium binary;
 * without them it says so instead of throwing.
 *
 * @example
 * ```ts
 * import { renderMermaid } from 'theory-of-change/node';
 * const result = await renderMermaid('flowchart BT\n  a["A"] --> b["B"]');
 * if (result.ok) console.log(result.svg.length);
 * else console.error(result.message);
 * ```
 */
export async function renderMermaid(text: string, options: RenderOptions = {}): Promise<RenderResult> {
  const renderer = await loadRenderer(options.chromiumPath);
  if (!renderer.ok) return renderer;
  const browser = await renderer.chromium.launch({ executablePath: renderer.executablePath, args: CHROMIUM_ARGS, timeout: options.timeoutMs ?? 120_000 });
  try {
    return await drawMermaid(browser, renderer.bundle, text, options);
  } finally {
    await browser.close();
  }
}

/** What drawing needs: a Chromium binary, playwright-core to drive it and Mermaid's browser bundle. @internal */
export type Renderer =
  | { readonly ok: true; readonly executablePath: string; readonly chromium: typeof import('playwright-core').chromium; readonly bundle: string }
  | Extract<RenderResult, { ok: false }>;

/** Finds Chromium, playwright-core and Mermaid's bundle, or says which is missing. @internal */
export async function loadRenderer(chromiumPath: string | undefined): Promise<Renderer> {
  const executablePath = findChromium(chromiumPath);
  if (executablePath === undefined) return { ok: false, reason: 'no-chromium', message: `No Chromium found. ${CHROMIUM_HINT}` };
  try {
    const { chromium } = await import('playwright-core');
    const require = createRequire(import.meta.url);
    const bundle = await readFile(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8');
    return { ok: true, executablePath, chromium, bundle };
  } catch {
    return {
      ok: false,
      reason: 'no-renderer',
      message: 'Rendering needs the packages playwright-core and mermaid: `npm install playwright-core mermaid`.',
    };
  }
}

/** Draws Mermaid `text` in a new page of a running `browser` with Mermaid's `bundle`; see {@link renderMermaid}. @internal */
export async function drawMermaid(browser: import('playwright-core').Browser, bundle: string, text: string, options: RenderOptions): Promise<RenderResult> {
  const page = await browser.newPage({ deviceScaleFactor: options.scale ?? 2, viewport: { width: 1600, height: 1200 } });
  try {
    page.setDefaultTimeout(options.timeoutMs ?? 120_000);
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#fff"><div id="diagram"></div></body></html>');
    await page.addScriptTag({ content: bundle });
    const rendered = await page.evaluate(async (source: string) => {
      const api = (globalThis as unknown as { mermaid: { initialize(c: object): void; render(id: string, t: string): Promise<{ svg: string }> } }).mermaid;
      // Seeded, so the same text draws the same SVG: shapes with curved outlines are otherwise drawn with random points.
      api.initialize({ startOnLoad: false, securityLevel: 'strict', maxTextSize: 10_000_000, maxEdges: 100_000, handDrawnSeed: 1, deterministicIds: true });
      try {
        const { svg } = await api.render('theory-of-change', source);
        const holder = document.getElementById('diagram') as HTMLElement;
        holder.innerHTML = svg;
        // Mermaid's text is HTML (a bare <br> in each label's foreignObject), not XML: serialise the
        // element the page built instead, so the file is well-formed SVG with its XHTML labels namespaced.
        return { ok: true as const, svg: new XMLSerializer().serializeToString(holder.querySelector('svg') as SVGSVGElement) };
      } catch (error) {
        return { ok: false as const, message: error instanceof Error ? error.message : String(error) };
      }
    }, text);
    if (!rendered.ok) return { ok: false, reason: 'render-failed', message: `Mermaid could not render the diagram: ${rendered.message}` };
    const png = options.png === true ? await page.locator('#diagram svg').screenshot({ type: 'png' }) : undefined;
    return { ok: true, svg: withoutXmlForbidden(rendered.svg), png };
  } finally {
    await page.close();
  }
}

/** Characters XML 1.0 forbids even as references: C0 controls but tab, line feed and carriage return; U+FFFE and U+FFFF. */
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/**
 * `svg` with each character XML forbids (a control character from a title,
 * which the serialiser writes as it is) shown as `\u` and four hex digits,
 * as the CLI shows it, so the file stays well-formed. They can only occur in
 * text and attribute values, never in markup.
 */
function withoutXmlForbidden(svg: string): string {
  return svg.replace(XML_FORBIDDEN, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
