/**
 * The shell samples of the "Coalitions" part of the coalitions guide, run in order as a reader
 * would, in a copy of examples/: each exits 0 and writes what the guide says (pictures drawn in
 * headless Chromium, the report with its coalition page, the IATI round trip).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { available, CHROMIUM, warnWithoutChromium } from '../browser-entry.js';
import { tocIn } from '../cli/in-process.js';

const root = resolve(import.meta.dirname, '../..');
const guide = readFileSync(join(root, 'docs/guides/coalitions-and-versions.md'), 'utf8');
const coalitions = guide.slice(guide.indexOf('## Coalitions'), guide.indexOf('## Versions'));
const lines = [...coalitions.matchAll(/^```sh\s*$([\s\S]*?)^```\s*$/gm)]
  .flatMap((m) => (m[1] ?? '').split('\n'))
  .map((l) => l.trim())
  .filter((l) => l.startsWith('toc '))
  .map((l) => (l.split(/\s+#/)[0] as string).trim());

beforeAll(() => {
  warnWithoutChromium('coalitions guide commands');
  if (!available && process.env.CI === 'true') throw new Error(`Chromium is required under CI=true: ${CHROMIUM} not found.`);
});

describe('the Coalitions guide, command by command', () => {
  it('runs every toc line of its shell samples, in order, and each writes what the guide says', async () => {
    if (!available) return;
    expect(lines.length).toBeGreaterThanOrEqual(9);
    const dir = mkdtempSync(join(tmpdir(), 'toc-coalition-guide-'));
    cpSync(join(root, 'examples'), join(dir, 'examples'), { recursive: true });
    for (const line of lines) {
      const run = await tocIn(dir, ...line.split(/\s+/).slice(1));
      expect({ line, code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ line, code: 0, stderr: '' });
    }
    const png = readFileSync(join(dir, 'overview.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(readFileSync(join(dir, 'coalition.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const html = readFileSync(join(dir, 'coalition.html'), 'utf8');
    expect(html).toContain('<h2>Coalition</h2>');
    expect(html).toContain('<svg');
    expect(readFileSync(join(dir, 'COALITION.md'), 'utf8')).toContain('Anti-Slavery International 38%, Labour Rights Alliance (illustrative) 25%');
    expect(existsSync(join(dir, 'imported/programme-XM-EXAMPLE-joint-policy-coalition.yaml'))).toBe(true);
  }, 240_000);
});
