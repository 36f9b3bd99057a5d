/**
 * `theory-of-change/readings` works in a browser: src/readings/index.ts bundled
 * by esbuild for the browser platform pulls in no Node built-in (esbuild fails
 * on one), and in headless Chromium the bundle makes the XLSX template, reads
 * it back, refuses a broken zip and adds readings to YAML in place.
 * Same rule as test/reading/browser-bundle.test.ts: without Chromium the page
 * part is skipped with the reason printed; under CI=true it fails.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS } from '../../src/node/render-mermaid.js';
import { available, browserBundle, CHROMIUM, ci, warnWithoutChromium } from '../browser-entry.js';
import { STRATEGY } from './fixtures.js';

warnWithoutChromium('readings browser test');
const bundle = (): ReturnType<typeof browserBundle> => browserBundle('readings/index.ts', 'tocReadings');

describe('theory-of-change/readings in a browser', () => {
  it('bundles for the browser platform with the universal builds of the XLSX libraries and no Node built-in', async () => {
    const { code, inputs } = await bundle();
    expect(inputs.filter((path) => /^node:|(^|\/)(fs|path|os|stream|worker_threads)(\.|$)/.test(path))).toEqual([]);
    expect(inputs.some((path) => path.includes('node_modules/read-excel-file/modules/export/readXlsxFileUniversal'))).toBe(true);
    expect(code).not.toMatch(/require\(["'](node:|fs)/);
  });

  let browser: Browser | undefined;
  beforeAll(async () => {
    if (available) browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.runIf(available || ci)('makes the XLSX template and reads it back, refuses a broken zip, and adds readings to YAML, in Chromium', async () => {
    const page = await (browser as Browser).newPage();
    await page.setContent('<!doctype html><title>readings</title>');
    await page.addScriptTag({ content: (await bundle()).code });
    const out = await page.evaluate(async (strategy) => {
      const api = (globalThis as unknown as { tocReadings: typeof import('../../src/readings/index.js') }).tocReadings;
      const document = { title: 'T', nodes: [{ kind: 'goal' as const, id: 'g', title: 'G' }, { kind: 'indicator' as const, id: 'enrolled', title: 'Enfants scolarisés', measures: ['g'], measure: { kind: 'number' as const } }] };
      const template = await api.readingsTemplate(document, 'xlsx');
      const read = await api.readingsFromXlsx(template);
      const junk = await api.readingsFromXlsx(new Uint8Array([80, 75, 3, 4, 0, 0]));
      const added = api.addReadings(strategy, [{ indicator: 'enrolled', date: '2025-12-31', value: 200 }]);
      return {
        columns: read.ok ? read.sheet.columns.slice(0, 4) : read.problems,
        firstRow: read.ok ? read.sheet.rows[0]?.cells.slice(0, 2) : null,
        junk: junk.ok ? null : junk.problems[0]?.code,
        added: added.ok && added.text.includes('      - date: 2025-12-31\n        value: 200\n'),
      };
    }, STRATEGY);
    expect(out).toEqual({ columns: ['indicator', 'title', 'unit', 'measure'], firstRow: ['enrolled', 'Enfants scolarisés'], junk: 'unreadable-sheet', added: true });
  });
});
