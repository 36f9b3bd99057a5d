/** `toc export iati`, run in-process: the XML to a file or standard output, warnings on standard error, mistakes refused before anything is written. */
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toc, tocIn } from './in-process.js';
import { readIatiActivities } from '../../src/iati/xml/read-iati.js';

const asi = resolve(import.meta.dirname, '../../examples/anti-slavery-international/asi.yaml');
// Placed in the file: the vision is nodes[0], written at line 54 of asi.yaml; the document's own warnings at its first field (line 33).
const VISION_WARNING =
  `${asi}:54:5: warning iati-result-without-indicator at nodes[0]: Goal "vision" has no indicator, and an IATI result needs one: it is kept only in this library\'s extension, so other IATI tools will not show it. Add an indicator that measures it to publish it as a result.\n`;

describe('toc export iati', () => {
  it('writes the file, says so, and prints the warnings on standard error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'toc-export-'));
    const run = await tocIn(dir, 'export', 'iati', asi, '-o', 'out/activity.xml', '--org', 'GB-CHC-1234567', '--org-type', '21', '--lang', 'en', '--status', '4');
    expect(run).toEqual({ code: 0, stdout: '', stderr: `${VISION_WARNING}wrote out/activity.xml\n` });
    const file = readIatiActivities(readFileSync(join(dir, 'out/activity.xml'), 'utf8'));
    const activity = file.activities[0];
    expect([activity?.identifier, activity?.reportingOrg.ref, activity?.reportingOrg.type, activity?.status, activity?.lang]).toEqual([
      'GB-CHC-1234567-asi-strategy-2015-2020',
      'GB-CHC-1234567',
      '21',
      '4',
      'en',
    ]);
    expect(activity?.reportingOrg.name).toEqual([{ text: 'Anti-Slavery International' }]);
  });

  it('prints the XML without -o, with a placeholder warning for each missing option', async () => {
    const run = await toc('export', 'iati', asi, '--identifier', 'GB-CHC-1234567-2015', '--org-name', 'ASI');
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03"')).toBe(true);
    expect(run.stdout).toContain('<iati-identifier>GB-CHC-1234567-2015</iati-identifier>');
    expect(run.stderr.split('\n').map((line) => line.slice(asi.length, asi.length + 60))).toEqual([
      ':33:1: warning iati-placeholder at (document): No reporting ',
      ':33:1: warning iati-placeholder at (document): No reporting ',
      VISION_WARNING.slice(asi.length, asi.length + 60),
      '',
    ]);
  });

  it('refuses to write over its input, an unknown format, a bad option, a missing FILE', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'toc-export-'));
    const input = join(dir, 'strategy.yaml');
    writeFileSync(input, readFileSync(asi));
    expect(await tocIn(dir, 'export', 'iati', 'strategy.yaml', '-o', './strategy.yaml')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'toc: -o ./strategy.yaml is the input file strategy.yaml; writing there would replace the document. Choose another output file.\n',
    });
    expect(readFileSync(input, 'utf8')).toBe(readFileSync(asi, 'utf8'));
    expect((await toc('export', 'csv', asi)).stderr).toBe('toc: export knows one format, iati, not "csv": toc export iati FILE.\n');
    expect((await toc('export', 'iati', asi, '--status', '9')).stderr).toBe('toc: --status must be an IATI activity status from 1 to 6, such as 2 (implementation); not "9".\n');
    expect((await toc('export', 'iati', asi, '--org-type', 'NGO')).stderr).toBe('toc: --org-type must be an IATI organisation type code, such as 21 (international NGO); not "NGO".\n');
    expect((await toc('export', 'iati', asi, '--org', ' ')).stderr).toBe('toc: --org needs a value, such as GB-CHC-1234567.\n');
    expect((await toc('export', 'iati')).stderr).toBe('toc: export iati needs a FILE: toc export iati strategy.yaml -o activity.xml.\n');
    expect((await toc('export', 'iati', asi, asi)).stderr).toBe('toc: export iati takes one FILE, but got 2.\n');
    expect(existsSync(join(dir, 'activity.xml'))).toBe(false);
  });

  it('a title with C1 control characters (the reader refuses DEL and C0 ones): written as character references, read back as written, never raw on the terminal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'toc-export-'));
    const title = 'Stop \u009b6n slavery \u0085now';
    writeFileSync(join(dir, 's.json'), JSON.stringify({ title, nodes: [{ kind: 'goal', id: 'g', title: 'G' }, { kind: 'indicator', id: 'i', title: 'I', measure: { kind: 'number' }, measures: ['g'] }] }));
    const run = await tocIn(dir, 'export', 'iati', 's.json', '-o', 'a.xml', '--org', 'XM-1', '--org-type', '21', '--identifier', 'XM-1-s', '--org-name', 'Acme');
    expect(run).toEqual({ code: 0, stdout: '', stderr: expect.stringMatching(/wrote a\.xml\n$/) as string });
    const xml = readFileSync(join(dir, 'a.xml'), 'utf8');
    expect(xml).toContain('<narrative>Stop &#155;6n slavery &#133;now</narrative>');
    expect(readIatiActivities(xml).activities[0]?.title).toEqual([{ text: title }]);
    const printed = await tocIn(dir, 'export', 'iati', 's.json', '--org', 'XM-1', '--org-type', '21', '--identifier', 'XM-1-s', '--org-name', 'Acme');
    expect(printed.stdout).toBe(xml);
  });

  it('a document with errors: exit 1, its errors, nothing written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'toc-export-'));
    writeFileSync(join(dir, 'bad.yaml'), 'title: T\nnodes:\n  - { kind: objective, id: o, title: O, contributesTo: [nowhere] }\n');
    const run = await tocIn(dir, 'export', 'iati', 'bad.yaml', '-o', 'a.xml');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error unknown-reference');
    expect(existsSync(join(dir, 'a.xml'))).toBe(false);
  });

  it('has its help', async () => {
    const run = await toc('help', 'export');
    expect(run.stdout.startsWith('toc export iati FILE [-o OUT.xml] [--identifier ID] [--org REF] [--org-type CODE]')).toBe(true);
    expect((await toc('--help')).stdout).toContain('  export iati FILE            the results as IATI 2.03 activity XML (-o OUT.xml)\n');
  });
});
