import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toc, tocIn } from './in-process.js';

const work = mkdtempSync(join(tmpdir(), 'toc-aggregations-'));

// Objective "gov" rated by a function the document names; its two indicators are at 50% and 100%.
const yaml = `title: Ratings
nodes:
  - kind: goal
    id: gov
    title: Government response
    aggregation: asi-bands
  - kind: indicator
    id: a1
    title: Law passed
    tags: [activity]
    measures: [gov]
    measure: { kind: number }
    baseline: { date: 2020-01-01, value: 0 }
    targets: [{ date: 2021-01-01, value: 10 }]
    observations: [{ date: 2021-01-01, value: 5 }]
  - kind: indicator
    id: a2
    title: Hotline open
    tags: [activity]
    measures: [gov]
    measure: { kind: number }
    baseline: { date: 2020-01-01, value: 0 }
    targets: [{ date: 2021-01-01, value: 10 }]
    observations: [{ date: 2021-01-01, value: 10 }]
`;
writeFileSync(join(work, 'ratings.yaml'), yaml);
// The lowest progress, minus a quarter: min(0.5, 1) − 0.25 = 0.25.
writeFileSync(
  join(work, 'rules.mjs'),
  `const bands = (inputs) => Math.min(...inputs.map((i) => i.progress)) - 0.25;\nexport { bands as 'asi-bands' };\nexport const unrelated = 1;\n`,
);
writeFileSync(join(work, 'typo.mjs'), `export const asiBands = () => 1;\n`);
writeFileSync(join(work, 'nothing.mjs'), `export const answer = 42;\n`);
writeFileSync(join(work, 'broken.mjs'), `export const = ;\n`);

describe('--aggregations', () => {
  it('loads the functions a document names: progress, report data and validate use them', async () => {
    const run = await tocIn(work, 'progress', 'ratings.yaml', '--as-of', '2021-01-01', '--json', '--aggregations', './rules.mjs');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const gov = (JSON.parse(run.stdout) as { results: { id: string; progress: number; method: string }[] }).results[0];
    expect(gov?.method).toBe('custom');
    expect(gov?.progress).toBeCloseTo(0.25, 12);
    const valid = await tocIn(work, 'validate', 'ratings.yaml', '--aggregations', './rules.mjs');
    expect(valid.stdout).toBe('ratings.yaml: valid\n');
    expect(valid.code).toBe(0);
    const mermaid = await tocIn(work, 'mermaid', 'ratings.yaml', '--as-of', '2021-01-01', '--aggregations', './rules.mjs');
    expect(mermaid.code).toBe(0);
    expect(mermaid.stdout).toContain('Government response<br>25#37; · off track');
  });

  it('without it, or with a module lacking the name, the unknown name is reported at its line and column', async () => {
    const bare = await tocIn(work, 'validate', 'ratings.yaml');
    expect(bare.code).toBe(1);
    expect(bare.stdout).toContain('ratings.yaml: 1 error');
    expect(bare.stdout).toContain('ratings.yaml:6:5: error unknown-aggregation at nodes[0].aggregation');
    expect(bare.stdout).toContain('names the aggregation "asi-bands", which is neither built in (weighted-mean, weakest-link) nor registered: no function is registered.');
    const typo = await tocIn(work, 'validate', 'ratings.yaml', '--aggregations', './typo.mjs');
    expect(typo.stdout).toContain('the registered functions are "asiBands". Did you mean "asiBands"?');
    const progress = await tocIn(work, 'progress', 'ratings.yaml', '--aggregations', './typo.mjs');
    expect(progress.code).toBe(1);
    expect(progress.stderr).toContain('unknown-aggregation');
  });

  it('a missing module, one that does not load, and one exporting no function are clear usage mistakes', async () => {
    const missing = await tocIn(work, 'progress', 'ratings.yaml', '--aggregations', './nope.mjs');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--aggregations: there is no file ./nope.mjs');
    const nothing = await tocIn(work, 'validate', 'ratings.yaml', '--aggregations', './nothing.mjs');
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain("--aggregations: ./nothing.mjs exports no function. Export each aggregation under the name documents use, e.g. `export { bands as 'asi-bands' }`.");
    const broken = await tocIn(work, 'report', 'ratings.yaml', '-o', 'r.html', '--aggregations', './broken.mjs');
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('--aggregations: ./broken.mjs could not be loaded as an ES module:');
  });

  it('is listed in the help of the commands that read files', async () => {
    for (const command of ['validate', 'progress', 'report', 'mermaid', 'render']) {
      expect((await toc('help', command)).stdout).toContain('--aggregations MODULE');
    }
  });
});
