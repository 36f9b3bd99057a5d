/** `toc import iati` writes a programme file per parent activity; `toc export iati` writes a coalition back; validate and progress read the programme. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateIatiXml } from '../iati/xmllint.js';
import { toc } from './in-process.js';

const root = resolve(import.meta.dirname, '../..');
const fixture = join(root, 'test/iati/fixtures/programme.xml');
const work = mkdtempSync(join(tmpdir(), 'toc-programme-'));
const EDU = 'XM-DAC-47015-EDU';

describe('programmes on the command line', () => {
  it('import writes the activities and programme-PARENT.yaml, which validate and progress read', async () => {
    const dir = join(work, 'a');
    const run = await toc('import', 'iati', fixture, '-o', dir);
    expect(run.code).toBe(0);
    const programme = join(dir, `programme-${EDU}.yaml`);
    expect(readdirSync(dir)).toEqual([`${EDU}-SCHOOLS.yaml`, `${EDU}-TEACHERS.yaml`, `${EDU}.yaml`, `programme-${EDU}.yaml`]);
    expect(run.stdout).toContain(`wrote ${programme}: "Education for all (programme)", a coalition of 3 activity documents (2 links); see it with toc progress ${programme}\n`);
    expect(run.stdout).toContain(`\nRelated activities (2), not followed:\n  ${EDU} -> ${EDU}-MISSING (child)\n    the activity ${EDU}-MISSING is not in the file\n`);
    expect(readFileSync(programme, 'utf8')).toContain(`members:\n  - id: ${EDU}\n    file: ./${EDU}.yaml\n`);
    const valid = await toc('validate', programme);
    expect(valid.stdout).toBe(`${programme}: valid\n`);
    const progress = await toc('progress', programme, '--as-of', '2024-12-31', '--json');
    expect(progress.code).toBe(0);
    // (0.5 + 0.2 + 0.75) / 3, worked in test/iati/import/programmes.test.ts.
    const goal = (JSON.parse(progress.stdout) as { results: { id: string; progress: number }[] }).results.find((r) => r.id === `${EDU}:goal`);
    expect(goal?.progress).toBeCloseTo(1.45 / 3, 12);
  });

  it('export iati of the programme, imported again into a fresh folder, gives the same programme file', async () => {
    const dir = join(work, 'b');
    await toc('import', 'iati', fixture, '-o', dir);
    const xml = join(work, 'programme.xml');
    const exported = await toc('export', 'iati', join(dir, `programme-${EDU}.yaml`), '--org', 'XM-DAC-47015', '--org-type', '21', '-o', xml);
    expect(exported.code).toBe(0);
    expect((await validateIatiXml({ path: xml })).errors).toEqual([]);
    const again = join(work, 'c');
    const run = await toc('import', 'iati', xml, '-o', again);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('not followed');
    const body = (path: string): string => readFileSync(path, 'utf8').split('\n').filter((l) => !l.startsWith('#')).join('\n');
    expect(body(join(again, `programme-${EDU}.yaml`))).toBe(body(join(dir, `programme-${EDU}.yaml`)));
  });
});

describe('the example coalition on the command line: export, import into a fresh folder, progress --by member', () => {
  it('prints the same joint progress as the original coalition', async () => {
    const xml = join(work, 'coalition.xml');
    const dir = join(work, 'example');
    const cwd = process.cwd();
    process.chdir(root);
    try {
      expect((await toc('export', 'iati', 'examples/coalition/coalition.yaml', '--org', 'XM-EXAMPLE', '--org-type', '21', '-o', xml)).code).toBe(0);
      expect((await validateIatiXml({ path: xml })).errors).toEqual([]);
      const imported = await toc('import', 'iati', xml, '-o', dir);
      expect(imported.code).toBe(0);
      const programme = join(dir, 'programme-XM-EXAMPLE-joint-policy-coalition.yaml');
      expect(imported.stdout).toContain(`wrote ${programme}: "Joint policy coalition against forced labour (illustrative)", a coalition of 2 activity documents (4 links); see it with toc progress ${programme} --by member\n`);
      expect(readdirSync(dir)).toEqual(['XM-EXAMPLE-asi-strategy-2015-2020.yaml', 'XM-EXAMPLE-lra-strategy-2017-2020.yaml', 'programme-XM-EXAMPLE-joint-policy-coalition.yaml']);
      const before = await toc('progress', 'examples/coalition/coalition.yaml', '--as-of', '2020-12-31', '--by', 'member');
      const after = await toc('progress', join(dir, 'programme-XM-EXAMPLE-joint-policy-coalition.yaml'), '--as-of', '2020-12-31', '--by', 'member');
      expect(after.stdout).toContain('supply-chains-accountable (objective): Businesses are held to account for forced labour in their supply chains\n  63% off-track: asi 38%, lra 25%\n');
      expect(after.stdout).toBe(before.stdout);
    } finally {
      process.chdir(cwd);
    }
  });
});
