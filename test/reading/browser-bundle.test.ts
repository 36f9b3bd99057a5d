/**
 * `theory-of-change/parse` works in a browser: src/parse/index.ts bundled by
 * esbuild for the browser platform, with nothing left external, pulls in no
 * Node built-in (esbuild fails on one), and the bundle, loaded into headless
 * Chromium as a page script, reads YAML and JSON with the same rules,
 * limits and positions as in Node.
 *
 * Same rule as test/mermaid/browser.test.ts: without /usr/bin/chromium (or
 * CHROMIUM_PATH) the Chromium part is skipped with the reason printed; under
 * CI=true a missing Chromium fails.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS } from '../../src/node/render-mermaid.js';
import { available, browserBundle, CHROMIUM, ci, warnWithoutChromium } from '../browser-entry.js';

warnWithoutChromium('parse browser test');
const bundle = (): ReturnType<typeof browserBundle> => browserBundle('parse/index.ts', 'tocParse');

describe('theory-of-change/parse in a browser', () => {
  it('bundles for the browser platform with no Node built-in and no file access', async () => {
    const { code, inputs } = await bundle();
    expect(inputs.filter((path) => /^node:|(^|\/)(fs|path|os|child_process)(\.|$)/.test(path))).toEqual([]);
    expect(inputs.some((path) => path.includes('node_modules/js-yaml/'))).toBe(true);
    expect(code).not.toMatch(/require\(["'](node:|fs)/);
  });

  let browser: Browser | undefined;
  beforeAll(async () => {
    if (available) browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.runIf(available || ci)('reads YAML and JSON in Chromium: data, refusals and line:column as in Node', async () => {
    const page = await (browser as Browser).newPage();
    await page.setContent('<!doctype html><title>parse</title>');
    await page.addScriptTag({ content: (await bundle()).code });
    const out = await page.evaluate(() => {
      const api = (globalThis as unknown as { tocParse: typeof import('../../src/parse/index.js') }).tocParse;
      const yaml = api.parseText('title: yes\nperiod: { start: 2024-01-01, end: 2025-12-31 }\nnodes: []\n', 'pasted.yaml');
      const json = api.parseText('{"title": "T",\n "title": "U"}', 'upload.json');
      const merge = api.parseText('a: &x { b: 1 }\nc:\n  !!merge <<: *x\n', 'merge.yaml');
      const deep = api.parseText('['.repeat(100_000), 'deep.yaml');
      const checked = api.validateText('title: T\nnodes:\n  - { kind: goal, id: g, title: G }\n  - { kind: objective, id: o, title: O, contributesTo: [nowhere] }\n', 'pasted.yaml');
      return {
        yaml,
        json: json.ok ? null : json.diagnostic.position,
        merge: merge.ok ? null : merge.diagnostic.message,
        deep: deep.ok ? null : deep.diagnostic.message,
        checked: checked.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.file, d.position]),
      };
    });
    expect(out.yaml).toEqual({ ok: true, format: 'yaml', data: { title: 'yes', period: { start: '2024-01-01', end: '2025-12-31' }, nodes: [] } });
    expect(out.json).toEqual({ line: 2, column: 2 });
    expect(out.merge).toContain('merge.yaml is not valid YAML or JSON at line 3, column 3: the tag !!merge is not supported');
    expect(out.deep).toContain('deep.yaml is not valid YAML or JSON at line 1, column 1001: it nests lists or maps more than 1,000 levels deep');
    expect(out.checked).toEqual([['unknown-reference', 'pasted.yaml', { line: 4, column: 57 }]]);
  });
});
