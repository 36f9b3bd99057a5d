/**
 * `toc report` in-process, without a browser (CHROMIUM_PATH points nowhere):
 * what it refuses before reading, and the report it still writes, the
 * diagram left as Mermaid source. report.browser.test.ts runs it with Chromium.
 */
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toc } from '../cli/in-process.js';

const root = resolve(import.meta.dirname, '../..');
const asi = join(root, 'examples/anti-slavery-international/asi.yaml');
const work = mkdtempSync(join(tmpdir(), 'toc-report-cli-'));

beforeEach(() => {
  vi.stubEnv('CHROMIUM_PATH', join(work, 'no-such-chromium'));
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('toc report without a browser', () => {
  it('still writes the report, with the diagram as Mermaid source, and says why on standard error', async () => {
    const out = join(work, 'asi', 'report.html');
    const run = await toc('report', asi, '--as-of', '2020-12-31', '-o', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'The diagram is left as Mermaid source in the report: No Chromium found. Install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.\n' +
        `wrote ${out}\n`,
    );
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<h1>Anti-Slavery International strategy 2015–2020</h1>');
    expect(html).toContain('<pre class="mermaid-source">flowchart ');
    expect(html).toContain('Progress as of <strong>2020-12-31</strong>');
  });

  it('writes the HTML but fails (exit 2) when a PDF was asked for', async () => {
    const out = join(work, 'pdf-asked', 'report.html');
    const pdf = join(work, 'pdf-asked', 'report.pdf');
    const run = await toc('report', asi, '-o', out, '--pdf', pdf);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`wrote ${out}\n`);
    expect(run.stderr).toContain('No PDF: no Chromium found.');
    expect(run.stderr).toContain('The HTML report is written; open it in a browser and print it to PDF.');
    expect(existsSync(out)).toBe(true);
    expect(existsSync(pdf)).toBe(false);
  });

  it('applies diagram options to the diagram it shows', async () => {
    const out = join(work, 'lr', 'report.html');
    expect((await toc('report', asi, '--direction', 'LR', '--no-duty-bearers', '-o', out)).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<pre class="mermaid-source">flowchart LR\n');
    expect(html.slice(html.indexOf('<pre'), html.indexOf('</pre>'))).not.toContain('dutyBearer');
  });
});

describe('toc report refuses', () => {
  it.each([
    [['report', asi], 'toc: report needs -o OUT.html (or -o OUT.pdf, or --pdf OUT.pdf). Run `toc help report`.\n'],
    [['report', asi, '-o', 'report.txt'], 'toc: -o report.txt: the report is written as .html (or .pdf); end the file name with .html.\n'],
    [['report', asi, '-o', 'r.html', '--pdf', 'r.html'], 'toc: --pdf r.html: end the file name with .pdf.\n'],
    [['report', asi, '-o', 'a.pdf', '--pdf', 'b.pdf'], 'toc: Give the PDF once: -o OUT.html --pdf OUT.pdf, or -o OUT.pdf alone.\n'],
    [['report', '-o', 'r.html'], 'toc: report needs a FILE. Run `toc help report`.\n'],
    [['report', asi, '-o', 'r.html', '--direction', 'up'], 'toc: --direction must be one of BT, TB, LR, RL, not "up".\n'],
    [['report', asi, '-o', 'r.html', '--no-progress'], undefined],
  ])('toc %j', async (args, message) => {
    const run = await toc(...args);
    expect(run.code).toBe(2);
    if (message !== undefined) expect(run.stderr).toBe(message);
    expect(run.stdout).toBe('');
  });

  it('an output that is the input file, however it is named', async () => {
    const input = join(work, 'strategy.html');
    writeFileSync(input, readFileSync(asi));
    const linked = join(work, 'linked.pdf');
    symlinkSync(input, linked);
    const before = readFileSync(input, 'utf8');
    const html = await toc('report', input, '-o', input);
    expect(html.code).toBe(2);
    expect(html.stderr).toContain('is the input file');
    const pdf = await toc('report', input, '-o', join(work, 'fine.html'), '--pdf', linked);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain(`-o ${linked} is the input file`);
    expect(readFileSync(input, 'utf8')).toBe(before);
    expect(existsSync(join(work, 'fine.html'))).toBe(false);
  });

  it('a document with errors (exit 1), writing nothing', async () => {
    const broken = join(work, 'broken.yaml');
    writeFileSync(broken, 'title: Broken\nnodes:\n  - kind: objective\n    id: o\n    title: O\n    contributesTo: [nowhere]\n');
    const out = join(work, 'broken.html');
    const run = await toc('report', broken, '-o', out);
    expect(run.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('explains itself', async () => {
    const help = await toc('help', 'report');
    expect(help.stdout).toContain('toc report FILE -o OUT.html [--pdf OUT.pdf] [options]');
    expect(help.stdout).toContain('--max-file-size MIB');
  });
});
