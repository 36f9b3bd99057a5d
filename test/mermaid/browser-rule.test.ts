/**
 * The browser test's rule: without Chromium it is skipped and says why, but
 * under CI (`CI=true`) a missing Chromium is a failure. Runs browser.test.ts in
 * a child vitest with `CHROMIUM_PATH` pointing nowhere.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function runBrowserTest(ci: boolean): { status: number | null; output: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium', CI: ci ? 'true' : 'false' };
  delete env.VITEST;
  delete env.VITEST_WORKER_ID;
  delete env.VITEST_POOL_ID;
  delete env.NODE_OPTIONS;
  const result = spawnSync(
    process.execPath,
    [resolve(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', 'test/mermaid/browser.test.ts', '--reporter=verbose'],
    { cwd: ROOT, env, encoding: 'utf8', timeout: 120_000 },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('the browser test without Chromium', () => {
  it('is skipped, saying why, outside CI', () => {
    const { status, output } = runBrowserTest(false);
    expect(output).toContain('SKIPPED: /nonexistent/chromium not found');
    expect(output).toMatch(/skipped: \/nonexistent\/chromium not found/);
    expect(status).toBe(0);
  });

  it('fails under CI=true', () => {
    const { status, output } = runBrowserTest(true);
    expect(output).toContain('Chromium is required under CI=true');
    expect(status).not.toBe(0);
  });
});
