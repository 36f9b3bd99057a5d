/**
 * The built `toc` binary (dist/cli.js) as a user runs it: its exit code set
 * from `main`'s, each stream written where it belongs, its version read from
 * the package beside it, the command-line guide's samples, and control
 * characters escaped on the real streams. The commands' behaviour in detail is
 * in cli.test.ts and hostile-text.test.ts (in-process); what each command
 * loads is in lazy-commands.test.ts. Needs `npm run build`.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Run } from './in-process.js';

const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'dist/cli.js');
const work = mkdtempSync(join(tmpdir(), 'toc-cli-binary-'));
const water = join(root, 'examples/water.yaml');

/** Runs `node dist/cli.js ...args` in `cwd`. */
async function binary(args: readonly string[], cwd = work): Promise<Run> {
  return promisify(execFile)('node', [cli, ...args], { cwd, encoding: 'utf8' }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first (npm test does).');
});

describe('the built toc binary', () => {
  it('stops quietly when the reader closes the pipe early (toc mermaid big.yaml | head)', async () => {
    // Far more than a pipe holds (64 kB), so the writer is still writing when head exits.
    const big = join(work, 'big.yaml');
    const objectives = Array.from({ length: 3000 }, (_, i) => `  - { kind: objective, id: o${i}, title: Objective number ${i} of a long list, contributesTo: [g] }\n`);
    writeFileSync(big, `title: Big\nnodes:\n  - { kind: goal, id: g, title: G }\n${objectives.join('')}`);
    const { stdout, stderr } = await promisify(execFile)('sh', ['-c', `node ${JSON.stringify(cli)} mermaid ${JSON.stringify(big)} | head -c 12`], { cwd: work, encoding: 'utf8' });
    expect(stdout).toBe('flowchart BT');
    expect(stderr).toBe('');
  });

  it('exits 0, 1 and 2 as main returns them, results on stdout and usage mistakes on stderr', async () => {
    const valid = await binary(['validate', water]);
    expect(valid).toEqual({ code: 0, stdout: `${water}: valid\n`, stderr: '' });

    const broken = join(work, 'broken.yaml');
    writeFileSync(broken, 'title: Broken\nnodes:\n  - { kind: objective, id: a, title: A, contributesTo: [nowhere] }\n');
    const invalid = await binary(['validate', broken]);
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toContain('error unknown-reference at nodes[0].contributesTo[0]');
    expect(invalid.stderr).toBe('');

    const unknown = await binary(['frobnicate']);
    expect(unknown).toEqual({ code: 2, stdout: '', stderr: 'toc: unknown command "frobnicate". Run `toc --help` for the list.\n' });
  });

  it('prints the version of the package it was built from', async () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(await binary(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('writes a result with -o, relative to the folder it runs in', async () => {
    const run = await binary(['progress', water, '--as-of', '2025-12-31', '--json', '-o', 'out/water.json']);
    expect(run).toEqual({ code: 0, stdout: '', stderr: 'wrote out/water.json\n' });
    const report = JSON.parse(readFileSync(join(work, 'out/water.json'), 'utf8')) as { asOf: string; results: { id: string; progress: number }[] };
    expect(report.asOf).toBe('2025-12-31');
    expect(report.results.map((r) => [r.id, r.progress])).toEqual([
      ['impact', 0.3],
      ['wells', 0.3],
    ]);
  });

  it('sends no raw control character to either stream', async () => {
    const run = await binary(['help', '\u001b[2J\u009b6n']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'toc: there is no command "\\u001b[2J\\u009b6n". Commands: validate, progress, mermaid, render, report, schema, init, export, import, readings, diff. Run `toc help COMMAND` for one of them.\n',
    );
  });
});

describe('the command-line guide', () => {
  // As a newcomer follows it: in an empty folder, starting from `toc init -o strategy.yaml`.
  it('every `toc` line in its samples runs and exits as documented, from an empty folder', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'toc-cli-guide-'));
    expect((await binary(['init', '-o', 'strategy.yaml'], folder)).code).toBe(0); // the guide's first step
    const guide = readFileSync(join(root, 'docs/guides/command-line.md'), 'utf8');
    const lines = [...guide.matchAll(/^```sh\s*$([\s\S]*?)^```\s*$/gm)]
      .flatMap((m) => (m[1] ?? '').split('\n'))
      .map((l) => l.trim())
      .filter((l) => l.startsWith('toc '));
    expect(lines.length).toBeGreaterThan(8);
    for (const line of lines) {
      const [command, comment] = line.split(/\s+#\s*/);
      const expected = Number(/exit (\d)/.exec(comment ?? '')?.[1] ?? '0');
      const run = await binary((command as string).split(/\s+/).slice(1), folder);
      expect(run.code, `${line}: ${run.stderr}`).toBe(expected);
    }
    // One process per line (about 20, render and report each launching Chromium): 36 s on a quiet machine, 84 s at load 11.
  }, 240_000);
});
