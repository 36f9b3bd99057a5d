/**
 * The guide's section "Reading IATI results" (docs/guides/iati-and-spreadsheets.md): its
 * `$ toc import iati` sample prints exactly what the guide shows, run on the guide's own XML.
 * (Its TypeScript sample runs in test/docs/samples.test.ts.)
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { tocIn } from '../../cli/in-process.js';

const guide = readFileSync(resolve(import.meta.dirname, '../../../docs/guides/iati-and-spreadsheets.md'), 'utf8');
const section = guide.slice(guide.indexOf('## Reading IATI results'));

it('the command-line sample of "Reading IATI results" shows what toc prints for the XML of the TypeScript sample', async () => {
  const xml = /const xml = `([\s\S]*?)`;/.exec(section)?.[1];
  const sample = /```text\n(\$ toc import iati [^\n]*)\n([\s\S]*?)```/.exec(section);
  expect(xml).toBeDefined();
  expect(sample).not.toBeNull();
  const folder = join(tmpdir(), `toc-guide-import-${process.pid}`);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'activities.xml'), xml as string);
  const run = await tocIn(folder, ...(sample?.[1] as string).slice('$ toc '.length).split(' '));
  expect(run.code).toBe(0);
  expect(run.stdout + run.stderr).toBe(sample?.[2]);
  rmSync(folder, { recursive: true, force: true });
});
