/** `toc import iati FILE -o DIR`, run in-process: files written, what is printed, exit codes, refusals. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readModelFile } from '../../src/node/index.js';
import { toc } from './in-process.js';

const fixtures = resolve(import.meta.dirname, '../iati/fixtures');
const example = join(fixtures, 'standard-example.xml');
const traps = join(fixtures, 'traps.xml');
const work = mkdtempSync(join(tmpdir(), 'toc-import-'));
let n = 0;
const fresh = (): string => join(work, `out-${++n}`);

const activity = (id: string, results = true): string =>
  `<iati-activity><iati-identifier>${id}</iati-identifier><reporting-org ref="XM" type="22"><narrative>Org</narrative></reporting-org><title><narrative>T ${id}</narrative></title>${
    results ? '<result type="1"><title><narrative>R</narrative></title><indicator measure="1" ascending="1"><title><narrative>I</narrative></title></indicator></result>' : ''
  }</iati-activity>`;
const file = (name: string, text: string): string => {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
};

describe('toc import iati', () => {
  it('writes the standard example as one YAML document that validates, and prints what it did', async () => {
    const dir = fresh();
    const run = await toc('import', 'iati', example, '-o', dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const written = join(dir, 'AA-AAA-123456789-ABC123.yaml');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`wrote ${written}: "Activity title" (2 objectives, 3 indicators); valid`);
    expect(run.stdout).toContain('\nNot carried over (4):\n');
    expect(run.stdout).toContain(`  ${example}:22:2: AA-AAA-123456789-ABC123: its budget, transaction at iati-activity[0]: a theory of change holds results only`);
    expect(run.stdout).toContain('\nProblems and assumptions (2):\n');
    expect(run.stdout).toContain(`  ${example}:216:4: warning iati-ascending-assumed at iati-activity[0].result[1].indicator[0]: Activity "AA-AAA-123456789-ABC123"`);
    expect(run.stdout).toContain('\nRelated activities (1), not followed:\n  AA-AAA-123456789-ABC123 -> AA-AAA-123456789-6789 (parent)\n');
    expect(readdirSync(dir)).toEqual(['AA-AAA-123456789-ABC123.yaml']);
    const text = readFileSync(written, 'utf8');
    expect(text.startsWith(`# Imported from the IATI activity AA-AAA-123456789-ABC123 in ${example} by toc import iati.\n`)).toBe(true);
    const read = await readModelFile(written);
    expect(read.ok).toBe(true);
    expect(read.diagnostics).toEqual([]);
  });

  it('refuses to replace an existing file unless --force, and writes nothing then', async () => {
    const dir = fresh();
    expect((await toc('import', 'iati', example, '-o', dir)).code).toBe(0);
    const target = join(dir, 'AA-AAA-123456789-ABC123.yaml');
    writeFileSync(target, 'edited by hand\n');
    const again = await toc('import', 'iati', example, '-o', dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(`toc: a file to write already exists (${target}); nothing written. Use --force to replace it, or another -o DIR.\n`);
    expect(readFileSync(target, 'utf8')).toBe('edited by hand\n');
    // No staging folder is left behind.
    expect(readdirSync(dir)).toEqual(['AA-AAA-123456789-ABC123.yaml']);
    const forced = await toc('import', 'iati', example, '-o', dir, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(target, 'utf8')).toContain('id: AA-AAA-123456789-ABC123');
  });

  it('names files after the identifier, made safe, and numbers names that collide (also in case)', async () => {
    const dir = fresh();
    const xml = file('names.xml', `<iati-activities version="2.03">${activity('XM/1:a')}${activity('XM_1_a')}${activity('xm-2')}${activity('XM-2')}${activity('..')}${activity('CON')}</iati-activities>`);
    const run = await toc('import', 'iati', xml, '-o', dir);
    expect(run.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['XM-2-2.yaml', 'XM_1_a-2.yaml', 'XM_1_a.yaml', '_CON.yaml', 'activity-5.yaml', 'xm-2.yaml'].sort());
    expect(run.stdout.split('\n').filter((l) => l.startsWith('wrote')).map((l) => l.split(': ')[0]?.replace(`${dir}/`, ''))).toEqual([
      'wrote XM_1_a.yaml',
      'wrote XM_1_a-2.yaml',
      'wrote xm-2.yaml',
      'wrote XM-2-2.yaml',
      'wrote activity-5.yaml',
      'wrote _CON.yaml',
    ]);
  });

  it('prints the values it could not use with file, line and column, and lists the activity without results', async () => {
    const dir = fresh();
    const run = await toc('import', 'iati', traps, '-o', dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`  ${traps}:20:6: warning iati-unusable-value at iati-activity[0].result[0].indicator[0].period[0].target[0]: Activity "XM-TRAPS/2024:1", indicator "Number of girls enrolled": the target of 2020-01-01 to 2020-12-31 has the value "12,5", with a comma: write 12.5 if the comma is a decimal comma; it is left out.`);
    expect(run.stdout).toContain(`  ${traps}:21:6: warning iati-unusable-value`);
    expect(run.stdout).toContain(`  ${traps}:32:2: XM-TRAPS/2024:2: the whole activity at iati-activity[1]: it has no results`);
    expect(readdirSync(dir)).toEqual(['XM-TRAPS_2024_1.yaml']);
  });

  it('--json: the files written, the diagnostics, what was not carried over, the related activities', async () => {
    const dir = fresh();
    const run = await toc('import', 'iati', traps, '-o', dir, '--json');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { written: { file: string; activity: string; errors: number }[]; diagnostics: { code: string; position: unknown }[]; notCarried: unknown[]; related: unknown[] };
    expect(out.written).toEqual([{ file: join(dir, 'XM-TRAPS_2024_1.yaml'), activity: 'XM-TRAPS/2024:1', title: 'Schools for girls', errors: 0, warnings: 2 }]);
    expect(out.diagnostics.map((d) => d.code)).toEqual(['iati-result-type-other', 'iati-ascending-assumed', ...Array(5).fill('iati-unusable-value'), 'iati-no-results']);
    expect(out.diagnostics[3]?.position).toEqual({ line: 20, column: 6 });
    expect(out.notCarried).toHaveLength(6);
    expect(out.related).toEqual([]);
  });

  it('a file that is not IATI XML writes nothing, leaves no folder, and exits 2 with the place of the fault', async () => {
    const dir = fresh();
    const bad = file('bad.xml', `<iati-activities version="2.03">${activity('XM-ok')}\n<iati-activity>\n</iati-activities>`);
    const run = await toc('import', 'iati', bad, '-o', dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`^toc: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not an IATI activity file that can be read; nothing written.\n  ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:\\d+: error iati-not-xml`));
    expect(existsSync(dir)).toBe(false);
    const bomb = file('bomb.xml', '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaa">]>\n<iati-activities version="2.03"/>');
    const refused = await toc('import', 'iati', bomb, '-o', dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('error iati-doctype');
    expect(existsSync(dir)).toBe(false);
  });

  it('a file with no activity with results writes nothing and says so (exit 0)', async () => {
    const dir = fresh();
    mkdirSync(dir);
    const run = await toc('import', 'iati', file('empty.xml', `<iati-activities version="2.03">${activity('XM-e', false)}</iati-activities>`), '-o', dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('has no activity with results; nothing written.');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a file over --max-file-size, a file that is not UTF-8, a missing file, and usage mistakes', async () => {
    const dir = fresh();
    const big = await toc('import', 'iati', example, '-o', dir, '--max-file-size', '0.001');
    expect(big.code).toBe(2);
    expect(big.stderr).toMatch(/larger than 1048 bytes, the limit for an IATI file\. If it really is that big, raise the limit with --max-file-size MIB\.\n$/);
    const latin1 = join(work, 'latin1.xml');
    writeFileSync(latin1, Buffer.from(`<iati-activities version="2.03">${activity('XM-\xe9')}</iati-activities>`, 'latin1'));
    const notUtf8 = await toc('import', 'iati', latin1, '-o', dir);
    expect(notUtf8.code).toBe(2);
    expect(notUtf8.stderr).toContain('is not UTF-8 text');
    expect(existsSync(dir)).toBe(false);
    const missing = await toc('import', 'iati', join(work, 'nope.xml'), '-o', dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('could not be read (ENOENT)');
    expect((await toc('import', 'csv', example, '-o', dir)).stderr).toContain('(not "csv": iati is the one format)');
    expect((await toc('import', 'iati', example)).stderr).toContain('import iati needs -o DIR');
    expect((await toc('import', 'iati')).stderr).toContain('import iati needs a FILE');
    expect((await toc('help', 'import')).stdout).toContain('toc import iati FILE -o DIR');
  });

  it('--lang takes titles in another language the file gives', async () => {
    const dir = fresh();
    expect((await toc('import', 'iati', example, '-o', dir, '--lang', 'fr')).code).toBe(0);
    const text = readFileSync(join(dir, 'AA-AAA-123456789-ABC123.yaml'), 'utf8');
    expect(text).toContain("\ntitle: Titre de l'activité\n");
    expect(text).toContain('title: Nombre de personnes formées');
  });
});
