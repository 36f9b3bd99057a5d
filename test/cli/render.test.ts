/**
 * `toc render` through the built binary in headless Chromium: SVG and PNG
 * files. Skipped with the reason printed when /usr/bin/chromium is missing,
 * failing under CI=true. Needs `npm run build`. What render refuses (no
 * Chromium, a wrong output name) is in cli.test.ts.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'dist/cli.js');
const work = mkdtempSync(join(tmpdir(), 'toc-cli-render-'));
const water = join(root, 'examples/water.yaml');

/** Runs `node dist/cli.js ...args` and gives its exit code and standard error. */
async function toc(...args: string[]): Promise<{ code: number; stderr: string }> {
  return promisify(execFile)('node', [cli, ...args], { cwd: work, encoding: 'utf8' }).then(
    ({ stderr }) => ({ code: 0, stderr }),
    (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
  );
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first (npm test does).');
});

describe('toc render', () => {
  const hasChromium = existsSync('/usr/bin/chromium');

  it('renders SVG and PNG in headless Chromium', async (context) => {
    if (!hasChromium) {
      if (process.env.CI === 'true') throw new Error('Chromium is required under CI=true: /usr/bin/chromium not found.');
      console.warn('[toc render test] SKIPPED: /usr/bin/chromium not found (apt-get install chromium).');
      context.skip();
    }
    const svg = join(work, 'water.svg');
    const png = join(work, 'water.png');
    const written = await toc('render', water, '--as-of', '2025-12-31', '-o', svg);
    expect(written).toEqual({ code: 0, stderr: `wrote ${svg}\n` });
    const text = readFileSync(svg, 'utf8');
    expect(text).toMatch(/^<svg/);
    expect(text).toContain('Wells are maintained');
    // Well-formed XML (a strict parser: jsdom's, with saxes), not Mermaid's HTML-style <br>.
    const parsed = new new JSDOM('').window.DOMParser().parseFromString(text, 'image/svg+xml');
    expect(parsed.getElementsByTagName('parsererror')[0]?.textContent).toBeUndefined();
    expect(parsed.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect((await toc('render', water, '-o', png)).code).toBe(0);
    expect([...readFileSync(png).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });
});
