/**
 * `toc mermaid` and `toc render` on a coalition file: one subgraph per member
 * by default, `--group` to choose otherwise, `--group member` refused on a
 * file that is not a coalition.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toc } from './in-process.js';

const root = resolve(import.meta.dirname, '../..');
const COALITION = resolve(root, 'examples/coalition/coalition.yaml');
const PLAIN = resolve(root, 'examples/coalition/labour-rights-alliance.yaml');

const subgraphs = (text: string): string[] => text.split('\n').filter((line) => line.trimStart().startsWith('subgraph '));

describe('toc mermaid on a coalition', () => {
  it('draws one subgraph per member by default, titled with the member’s title', async () => {
    const run = await toc('mermaid', COALITION, '--no-progress', '--wrap', '0');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = subgraphs(run.stdout);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^ {2}subgraph u[0-9a-z]{7} \["Anti-Slavery International"\]$/);
    expect(lines[1]).toMatch(/^ {2}subgraph u[0-9a-z]{7} \["Labour Rights Alliance \(illustrative\)"\]$/);
  });

  it('gives the same text for --group member as by default', async () => {
    const byDefault = await toc('mermaid', COALITION, '--as-of', '2020-12-31');
    const member = await toc('mermaid', COALITION, '--as-of', '2020-12-31', '--group', 'member');
    expect(member.code).toBe(0);
    expect(member.stdout).toBe(byDefault.stdout);
  });

  it('draws no member subgraph with --group none, the key objectives’ with --group key-objective', async () => {
    const none = await toc('mermaid', COALITION, '--no-progress', '--group', 'none');
    expect(none.code).toBe(0);
    expect(subgraphs(none.stdout)).toEqual([]);
    const keys = await toc('mermaid', COALITION, '--no-progress', '--group', 'key-objective');
    expect(keys.code).toBe(0);
    expect(subgraphs(keys.stdout).length).toBeGreaterThan(0);
    for (const line of subgraphs(keys.stdout)) expect(line).toMatch(/^ {2}subgraph g[0-9a-z]{7} /);
  });

  it('refuses --group member on a file that is not a coalition, naming the file', async () => {
    for (const command of [['mermaid', PLAIN], ['render', PLAIN, '-o', resolve(root, 'never-written.png')]]) {
      const run = await toc(...command, '--group', 'member');
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(`--group member draws one subgraph per member of a coalition, but ${PLAIN} is not a coalition file`);
    }
  });

  it('says so in the help of toc mermaid and toc render', async () => {
    for (const command of ['mermaid', 'render']) {
      const run = await toc('help', command);
      expect(run.stdout).toContain('--group HOW           none (default), level, key-objective, or member: one');
    }
  });
});
