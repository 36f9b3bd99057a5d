import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/universal';
import { afterAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/universal';
import { STRATEGY } from '../readings/fixtures.js';
import { tocIn } from './in-process.js';

const root = mkdtempSync(join(tmpdir(), 'toc-readings-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
/** A fresh folder with strategy.yaml (the readings fixture) and the given files. */
function folder(files: Record<string, string | Uint8Array> = {}): string {
  const dir = join(root, `case-${++n}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'strategy.yaml'), STRATEGY);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('toc readings add', () => {
  it('prints every problem of a programme officer’s CSV with its row and column, changes nothing, exits 1', async () => {
    const csv = '\uFEFFindicator;date;value\r\nenroled;2025-12-31;200\r\nenrolled;31/12/2025;200\r\npass-rate;2025-12-31;12,5\r\n';
    const dir = folder({ 'readings.csv': csv });
    const run = await tocIn(dir, 'readings', 'add', 'strategy.yaml', 'readings.csv');
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: [
        'readings.csv row 2, column A (indicator): The document has no indicator "enroled". Did you mean "enrolled"?',
        'readings.csv row 3, column B (date): "31/12/2025" is not a date written year-month-day. Write it as 2025-12-31.',
        'readings.csv row 4, column C (value): "12,5" has a decimal comma: write it 12.5 (numbers are written with a point).',
        'toc: 3 problems on 3 rows in readings.csv; nothing was added to strategy.yaml. Fix the rows, or use --skip-bad-rows to add the others.',
        '',
      ].join('\n'),
    });
    expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toBe(STRATEGY);
  });

  it('--skip-bad-rows adds the good rows in place, says which rows it left out, and leaves no temporary file', async () => {
    const csv = 'indicator,date,value\nenrolled,2025-12-31,200\npass-rate,2025-12-31,120\n';
    const dir = folder({ 'readings.csv': csv });
    chmodSync(join(dir, 'strategy.yaml'), 0o640);
    const run = await tocIn(dir, 'readings', 'add', 'strategy.yaml', 'readings.csv', '--skip-bad-rows');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      [
        'readings.csv row 3, column C (value): "120" does not fit: a percentage must lie between 0 and 100.',
        'Skipped row 3 of readings.csv (--skip-bad-rows): the problems above.',
        'Added 1 reading to strategy.yaml:',
        '  The observation of 2025-12-31 of indicator "enrolled" (row 2)',
        '',
      ].join('\n'),
    );
    const after = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    expect(after).toBe(STRATEGY.replace('        value: 150 # mid-year count\n', '        value: 150 # mid-year count\n      - date: 2025-12-31\n        value: 200\n'));
    expect(readdirSync(dir).sort()).toEqual(['readings.csv', 'strategy.yaml']);
    expect(statSync(join(dir, 'strategy.yaml')).mode & 0o777).toBe(0o640);
  });

  it('reads an .xlsx with date cells; --check writes nothing; -o writes elsewhere; a symbolic link stays a link', async () => {
    const blob = await writeXlsxFile(
      [
        ['indicator', 'kind', 'date', 'value'],
        ['attitude', 'target', new Date(Date.UTC(2026, 11, 31)), 'medium'],
      ],
      { dateFormat: 'dd/mm/yyyy' },
    ).toBlob();
    const dir = folder({ 'readings.xlsx': new Uint8Array(await blob.arrayBuffer()) });
    const check = await tocIn(dir, 'readings', 'add', 'strategy.yaml', 'readings.xlsx', '--check');
    expect(check).toEqual({ code: 0, stdout: '', stderr: 'Would add 1 reading to strategy.yaml:\n  The target of 2026-12-31 of indicator "attitude" (row 2)\n' });
    expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toBe(STRATEGY);
    const out = await tocIn(dir, 'readings', 'add', 'strategy.yaml', 'readings.xlsx', '-o', 'new.yaml');
    expect(out.code).toBe(0);
    expect(readFileSync(join(dir, 'new.yaml'), 'utf8')).toContain('targets: [{ date: 2027-12-31, value: high }, { date: 2026-12-31, value: medium }] }\n');
    symlinkSync(join(dir, 'strategy.yaml'), join(dir, 'link.yaml'));
    const linked = await tocIn(dir, 'readings', 'add', 'link.yaml', 'readings.xlsx');
    expect(linked.code).toBe(0);
    expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toBe(readFileSync(join(dir, 'new.yaml'), 'utf8'));
  });

  it('lists up to 20 readings added, then says how many more', async () => {
    const rows = Array.from({ length: 23 }, (_, i) => `enrolled,2026-${String(Math.floor(i / 28) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')},${200 + i}`);
    const dir = folder({ 'many.csv': `indicator,date,value\n${rows.join('\n')}\n` });
    const run = await tocIn(dir, 'readings', 'add', 'strategy.yaml', 'many.csv', '--check');
    const lines = run.stderr.split('\n');
    expect(lines[0]).toBe('Would add 23 readings to strategy.yaml:');
    expect(lines.slice(20, 23)).toEqual(['  The observation of 2026-01-20 of indicator "enrolled" (row 21)', '  … and 3 more', '']);
  });

  it('refuses what it cannot read: a .xls, a CSV that is not UTF-8, a wrong sub-command, a bad option', async () => {
    const dir = folder({ 'old.xls': 'x', 'latin1.csv': Buffer.from('indicator,note\nenrolled,caf\xe9\n', 'latin1') });
    expect(await tocIn(dir, 'readings', 'add', 'strategy.yaml', 'old.xls')).toEqual({ code: 2, stdout: '', stderr: 'toc: old.xls: readings are read from .xlsx or .csv files; save the .xls file as .xlsx (or CSV UTF-8).\n' });
    expect(await tocIn(dir, 'readings', 'add', 'strategy.yaml', 'latin1.csv')).toEqual({ code: 2, stdout: '', stderr: 'toc: latin1.csv is not UTF-8 text. In the spreadsheet, save it as "CSV UTF-8".\n' });
    expect((await tocIn(dir, 'readings', 'import', 'strategy.yaml')).stderr).toBe(
      'toc: readings needs template or add, not "import": toc readings template FILE -o OUT.xlsx, or toc readings add FILE SHEET. Run `toc help readings`.\n',
    );
    expect((await tocIn(dir, 'readings', 'template', 'strategy.yaml', '--skip-bad-rows')).stderr).toBe('toc: --skip-bad-rows is not an option of readings template. Run `toc help readings`.\n');
  });
});

describe('toc readings template', () => {
  it('writes an .xlsx or a .csv by the extension, keeps an existing one unless --force', async () => {
    const dir = folder();
    expect(await tocIn(dir, 'readings', 'template', 'strategy.yaml', '-o', 'readings.xlsx')).toEqual({ code: 0, stdout: '', stderr: 'wrote readings.xlsx\n' });
    const bytes = readFileSync(join(dir, 'readings.xlsx'));
    const sheets = await readXlsxFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(sheets[0]?.data[1]?.slice(0, 2)).toEqual(['enrolled', 'Enfants scolarisés – Ñandú 日本']);
    expect(await tocIn(dir, 'readings', 'template', 'strategy.yaml', '-o', 'readings.xlsx')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'toc: readings.xlsx already exists (it may hold readings already filled in); use --force to replace it.\n',
    });
    expect((await tocIn(dir, 'readings', 'template', 'strategy.yaml', '-o', 'readings.xlsx', '--force')).code).toBe(0);
    const csv = await tocIn(dir, 'readings', 'template', 'strategy.yaml');
    expect(csv.stdout.split('\n')[1]).toBe('enrolled,Enfants scolarisés – Ñandú 日本,children,number,,,,,,,,,,,,,,');
    expect((await tocIn(dir, 'readings', 'template', 'strategy.yaml', '-o', 'readings.ods')).stderr).toBe('toc: -o readings.ods: the template is written as .xlsx or .csv; end the file name with one of them.\n');
  });
});

describe('toc readings add: warnings', () => {
  it('prints each new warning on the row it comes from with its place in the YAML, and not the warnings the file had', async () => {
    const yaml = `title: Wells
nodes:
  - { kind: goal, id: g, title: Water }
  - kind: indicator
    id: wells
    title: Wells working
    measure: { kind: number }
    measures: [g]
    baseline: { date: 2024-12-31, value: 100 }
    observations:
      - { date: 2025-06-30, value: 150 }
      - { period: { start: 2025-01-01, end: 2025-06-30 }, value: 150 }
  - kind: indicator
    id: pumps
    title: Pumps
    measure: { kind: number }
    measures: [g]
    baseline: { date: 2024-12-31, value: 10 }
    targets: [{ date: 2027-12-31, value: 30 }]
`;
    const dir = folder({ 'wells.yaml': yaml, 'readings.csv': 'indicator,kind,date,value\nwells,observation,2025-12-31,200\npumps,target,2026-12-31,5\n' });
    const message = 'Indicator "pumps" should increase, but its target of 2026-12-31 (5) is below its baseline (10).';
    // Wells gains two lines (- date:, value:) above pumps, whose targets line (19) becomes line 21; the new target's value is at column 68.
    const check = await tocIn(dir, 'readings', 'add', 'wells.yaml', 'readings.csv', '--check');
    expect(check.stderr.split('\n')[0]).toBe(`readings.csv row 3: warning target-wrong-side at wells.yaml:21:68 (once added): ${message}`);
    const run = await tocIn(dir, 'readings', 'add', 'wells.yaml', 'readings.csv');
    expect(run.code).toBe(0);
    expect(run.stderr.split('\n')[0]).toBe(`readings.csv row 3: warning target-wrong-side at wells.yaml:21:68: ${message}`);
    expect(run.stderr).not.toContain('duplicate-reading');
    expect(readFileSync(join(dir, 'wells.yaml'), 'utf8').split('\n')[20]).toBe('    targets: [{ date: 2027-12-31, value: 30 }, { date: 2026-12-31, value: 5 }]');
  });
});
