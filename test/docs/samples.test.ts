import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';
import { parseText } from '../../src/node/index.js';

/**
 * Runs every code sample in the README and the guides, so the docs cannot rot.
 * - ```ts blocks run with 'theory-of-change' and its subpath entries mapped to
 *   the sources; a line
 *   `console.log(EXPR); // VALUE — why` asserts that EXPR equals VALUE (one
 *   value per checked line: several would be compared with the first only).
 * - ```yaml blocks holding a document (a `nodes:` key) must validate.
 */
const root = resolve(import.meta.dirname, '../..');
const pages = ['README.md', ...readdirSync(join(root, 'docs/guides')).filter((f) => f.endsWith('.md')).map((f) => `docs/guides/${f}`)];
const scratch = join(root, '.tmp/doc-samples');

function blocks(text: string, lang: string): string[] {
  const out: string[] = [];
  const fence = new RegExp('^```' + lang + '\\s*$([\\s\\S]*?)^```\\s*$', 'gm');
  for (let m = fence.exec(text); m !== null; m = fence.exec(text)) out.push(m[1] ?? '');
  return out;
}

/** Each entry of the package and its source file. */
const ENTRIES: Readonly<Record<string, string>> = {
  'theory-of-change': 'src/index.ts',
  'theory-of-change/mermaid': 'src/mermaid/index.ts',
  'theory-of-change/report': 'src/report/index.ts',
  'theory-of-change/parse': 'src/parse/index.ts',
  'theory-of-change/readings': 'src/readings/index.ts',
  'theory-of-change/node': 'src/node/index.ts',
  'theory-of-change/iati': 'src/iati/index.ts',
  'theory-of-change/diff': 'src/diff/index.ts',
};

function instrument(code: string): string {
  const mapped = Object.entries(ENTRIES).reduce(
    (text, [entry, file]) => text.replaceAll(`from '${entry}'`, `from '${pathToFileURL(join(root, file)).href}'`),
    code,
  );
  if (/from 'theory-of-change[^']*'/.test(mapped)) throw new Error(`doc sample imports an entry the package does not have: ${/from ('theory-of-change[^']*')/.exec(mapped)?.[1]}`);
  const body = mapped
    .split('\n')
    .map((line) => {
      const m = /^(\s*)console\.log\((.*)\);\s*\/\/\s*(.+?)(?:\s+—.*)?$/.exec(line);
      return m === null ? line : `${m[1]}__check(${JSON.stringify(m[3])}, ${m[2]});`;
    })
    .join('\n');
  return `${body}\nfunction __check(expected: string, ...values: unknown[]): void {\n  if (values.length !== 1) throw new Error('doc sample: console.log of ' + values.length + ' values cannot be checked against ' + expected + '; log one value (an array)');\n  const actual = values[0];\n  const want: unknown = new Function('return (' + expected + ')')();\n  const round = (_: string, v: unknown): unknown => (typeof v === 'number' ? Number(v.toPrecision(10)) : v);\n  if (JSON.stringify(actual, round) !== JSON.stringify(want, round)) throw new Error('doc sample: expected ' + expected + ' but got ' + JSON.stringify(actual));\n}\nexport {};\n`;
}

describe('documentation samples', () => {
  mkdirSync(scratch, { recursive: true });
  for (const page of pages) {
    const text = readFileSync(join(root, page), 'utf8');
    blocks(text, 'ts').forEach((code, i) => {
      it(`${page}: TypeScript sample ${i + 1} runs`, async () => {
        const file = join(scratch, `${page.replaceAll('/', '_')}-${i + 1}.ts`);
        writeFileSync(file, instrument(code));
        await expect(import(pathToFileURL(file).href)).resolves.toBeDefined();
      });
    });
    blocks(text, 'yaml').forEach((yaml, i) => {
      // A coalition (it lists members) names its members' files: the guide's TypeScript sample reads the example's.
      if (!/^nodes:/m.test(yaml) || /^members:/m.test(yaml)) return;
      it(`${page}: YAML document ${i + 1} validates`, () => {
        const parsed = parseText(yaml);
        expect(parsed.ok).toBe(true);
        const result = validate(parsed.ok ? parsed.data : null);
        expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(result.ok).toBe(true);
      });
    });
  }
});

describe('the document-format guide', () => {
  it('lists every diagnostic code with its default severity', async () => {
    const { DIAGNOSTIC_CODES } = await import('../../src/index.js');
    const guide = readFileSync(join(root, 'docs/guides/document-format.md'), 'utf8');
    const listed = [...guide.matchAll(/^\| `([a-z-]+)` \| (error|warning) \|/gm)].map((m) => [m[1], m[2]]);
    expect(Object.fromEntries(listed)).toEqual(Object.fromEntries(Object.entries(DIAGNOSTIC_CODES).map(([code, d]) => [code, d.severity])));
  });
});

describe('the ASI walkthrough', () => {
  it('shows exactly the table and the explanation the library produces', async () => {
    const { explainProgress, rollUp } = await import('../../src/index.js');
    const { toMarkdownReport } = await import('../../src/report/index.js');
    const { loadModelFile } = await import('../../src/node/index.js');
    const model = await loadModelFile(join(root, 'examples/anti-slavery-international/asi.yaml'));
    const guide = readFileSync(join(root, 'docs/guides/asi-walkthrough.md'), 'utf8');
    const tableOf = (markdown: string): string[] => markdown.split('\n').filter((line) => line.startsWith('| '));
    const report = toMarkdownReport(model, rollUp(model, { asOf: '2020-12-31' }));
    const goals = tableOf(report.slice(report.indexOf('### Goals and objectives'), report.indexOf('### Indicators')));
    expect(tableOf(guide)).toEqual(goals);
    const [explanation] = blocks(guide, 'text').map((b) => b.replace(/^\n/, '').replace(/\n$/, ''));
    expect(explanation).toBe(explainProgress(model, rollUp(model, { asOf: '2018-12-31' }), 'ko2', { depth: 1 }));
  });
});

describe('the README diagram', () => {
  it('is exactly what toMermaid writes for examples/water.yaml as of 2025-12-31', async () => {
    const { rollUp } = await import('../../src/index.js');
    const { toMermaid } = await import('../../src/mermaid/index.js');
    const { loadModelFile } = await import('../../src/node/index.js');
    const model = await loadModelFile(join(root, 'examples/water.yaml'));
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const [diagram] = blocks(readme, 'mermaid').map((b) => b.replace(/^\n/, ''));
    expect(diagram).toBe(toMermaid(model, rollUp(model, { asOf: '2025-12-31' })));
  });
});

describe('the command-line guide', () => {
  it('shows exactly what each `$ toc …` sample prints, run in order in an empty folder as a newcomer would (at the 100 columns of output that is not a terminal)', async () => {
    const { tocIn } = await import('../cli/in-process.js');
    const guide = readFileSync(join(root, 'docs/guides/command-line.md'), 'utf8');
    const samples = [...guide.matchAll(/^( *)```text\s*$([\s\S]*?)^\1```\s*$/gm)]
      .map((m) => (m[2] ?? '').replace(/^\n/, '').split('\n').map((line) => line.slice((m[1] ?? '').length)))
      .filter((lines) => lines[0]?.startsWith('$ toc ') === true);
    expect(samples.length).toBeGreaterThanOrEqual(6);
    // The guide starts from an empty folder: its first sample is `toc init -o strategy.yaml`.
    expect(samples[0]?.[0]).toBe('$ toc init -o strategy.yaml');
    const folder = join(scratch, 'command-line');
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    for (const [command, ...output] of samples) {
      // typo.yaml is the starter with the objective's link misspelt, as the guide tells the reader to make it.
      if (command === '$ toc validate typo.yaml') {
        const starter = readFileSync(join(folder, 'strategy.yaml'), 'utf8');
        expect(starter).toContain('contributesTo: [{ to: impact,');
        writeFileSync(join(folder, 'typo.yaml'), starter.replace('contributesTo: [{ to: impact,', 'contributesTo: [{ to: impakt,'));
      }
      const args = (command as string).slice('$ toc '.length).split(/\s+/);
      const run = await tocIn(folder, ...args);
      // What the terminal shows: standard output, then what went to standard error ("wrote strategy.yaml").
      expect({ command, shown: run.stdout + run.stderr }).toEqual({ command, shown: output.join('\n') });
    }
  });
});
