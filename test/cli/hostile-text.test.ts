/**
 * Text from a document (titles, ids, refs), from the command line (a help
 * topic, a --focus id, a file name) and in file contents written with -o can
 * hold terminal control sequences: a screen clear, an OSC-8 hyperlink, a
 * window-title change, a cursor move, a carriage return that overwrites the
 * line, DEL, C1 codes such as U+009B (a one-character CSI). None of them may
 * reach the terminal raw: text output shows them as `\u001b` and the like,
 * and `--json` output still parses to exactly the document's data. The CLI
 * runs in-process (./in-process.ts): everything it writes goes through `main`'s
 * io; binary.test.ts checks the real streams of the built binary.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toc, type Run } from './in-process.js';

const work = mkdtempSync(join(tmpdir(), 'toc-cli-hostile-'));

/** What a terminal would act on: C0 but tab and line feed, DEL, C1. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Asserts nothing raw reached either stream. */
function expectNoRawControl(run: Run): void {
  expect(run.stdout).not.toMatch(RAW_CONTROL);
  expect(run.stderr).not.toMatch(RAW_CONTROL);
}

// YAML double-quoted escapes: \e is ESC, \a BEL, \x9b the C1 CSI, \x7f DEL, \r carriage return.
const HOSTILE_YAML = `title: "Water \\e]0;owned\\a"
nodes:
  - kind: goal
    id: "g\\e[2J"
    title: "Clean \\e[31mred\\e[0m water \\e]8;;https://evil.example\\aclick\\e]8;;\\a \\x9b6n done\\x7f\\rX"
  - kind: objective
    id: wells
    ref: "1\\x9b"
    title: "Wells \\x1b[1A\\x1b[2K up"
    contributesTo: ["g\\e[2J"]
  - kind: indicator
    id: "i\\x9b"
    title: "Count \\x85 \\e[5m"
    measures: [wells]
    measure: { kind: number }
    baseline: { date: 2024-01-01, value: 0 }
    targets: [{ date: 2026-01-01, value: 10 }]
    observations: [{ date: 2025-01-01, value: 5 }]
`;
const GOAL_SHOWN = 'Clean \\u001b[31mred\\u001b[0m water \\u001b]8;;https://evil.example\\u0007click\\u001b]8;;\\u0007 \\u009b6n done\\u007f\\u000dX';

let hostile: string;
let broken: string;

beforeAll(() => {
  hostile = join(work, 'hostile.yaml');
  writeFileSync(hostile, HOSTILE_YAML);
  // The same in JSON (its \u escapes), with a link to an id that does not exist.
  broken = join(work, 'broken.json');
  writeFileSync(
    broken,
    JSON.stringify({
      title: 'Broken',
      nodes: [
        { kind: 'goal', id: 'g\u001b[2J', title: 'G' },
        { kind: 'objective', id: 'o\u009b31m', title: 'O', contributesTo: ['g\u001b[2J', 'gone\u001b]0;owned\u0007'] },
      ],
    }).replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
});

describe('toc progress', () => {
  it('prints titles, refs and the document title escaped', async () => {
    const run = await toc('progress', hostile, '--as-of', '2025-01-01', '--indicators', '--width', '300');
    expect(run.code).toBe(0);
    expectNoRawControl(run);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Water \\u001b]0;owned\\u0007 — progress as of 2025-01-01');
    // Columns line up on the text as shown: the Ref column is as wide as `1\u009b` (7 characters), then two spaces; titles indent by 2 a level.
    expect(lines[4]).toMatch(new RegExp(`^ {9}${GOAL_SHOWN.replace(/[\\[\]().;?]/g, '\\$&')} +50% +50% +100% +on track$`));
    expect(lines[5]).toMatch(/^1\\u009b {4}Wells \\u001b\[1A\\u001b\[2K up +50%/);
    // The indicators' table follows (no indicator has a ref, so it has no Ref column).
    expect(lines.find((l) => l.startsWith('Count'))).toMatch(/^Count \\u0085 \\u001b\[5m +0 +5 +10 +50%  on track$/);
  });

  it('escapes the table written with -o too', async () => {
    const out = join(work, 'table.txt');
    const run = await toc('progress', hostile, '--as-of', '2025-01-01', '-o', out, '--width', '300');
    expect(run.code).toBe(0);
    const written = readFileSync(out, 'utf8');
    expect(written).not.toMatch(RAW_CONTROL);
    expect(written).toContain(GOAL_SHOWN);
  });

  it('--json keeps the data exact (and writes even C1 and DEL as JSON escapes)', async () => {
    const run = await toc('progress', hostile, '--as-of', '2025-01-01', '--json');
    expect(run.code).toBe(0);
    expectNoRawControl(run);
    expect(run.stdout).toContain('"id": "g\\u001b[2J"');
    expect(run.stdout).toContain('"id": "i\\u009b"');
    const report = JSON.parse(run.stdout) as { results: { id: string }[]; indicators: { id: string }[] };
    expect(report.results.map((r) => r.id)).toEqual(['g\u001b[2J', 'wells']);
    expect(report.indicators.map((r) => r.id)).toEqual(['i\u009b']);
  });
});

describe('toc validate', () => {
  it('shows ids in diagnostics escaped', async () => {
    const run = await toc('validate', broken);
    expect(run.code).toBe(1);
    expectNoRawControl(run);
    expect(run.stdout).toContain('"gone\\u001b]0;owned\\u0007"');
    expect(run.stdout).toContain('"o\\u009b31m"');
  });

  it('--json keeps the ids exact', async () => {
    const run = await toc('validate', '--json', broken);
    expectNoRawControl(run);
    const [report] = JSON.parse(run.stdout) as { diagnostics: { code: string; ids: string[] }[] }[];
    const unknown = report?.diagnostics.find((d) => d.code === 'unknown-reference');
    expect(unknown?.ids).toEqual(['o\u009b31m', 'gone\u001b]0;owned\u0007']);
  });

  it('escapes a file name', async () => {
    const name = join(work, 'no\u001b[2Jfile.yaml');
    const run = await toc('validate', name);
    expect(run.code).toBe(2);
    expectNoRawControl(run);
    expect(run.stdout).toContain(`${join(work, 'no\\u001b[2Jfile.yaml')}: unusable`);
  });

  it('escapes the errors progress prints for a document that has them', async () => {
    const run = await toc('progress', broken);
    expect(run.code).toBe(1);
    expectNoRawControl(run);
    expect(run.stderr).toContain('"gone\\u001b]0;owned\\u0007"');
  });
});

describe('toc mermaid', () => {
  it('the exporter writes C0 and DEL as Mermaid entity codes; C1, which it keeps, is escaped on the way out', async () => {
    const run = await toc('mermaid', hostile, '--as-of', '2025-01-01', '--indicators');
    expect(run.code).toBe(0);
    expectNoRawControl(run);
    expect(run.stdout).toContain('Clean #27;[31mred#27;[0m water<br>#27;]8;;https#58;//evil.example#7;click#27;]8;;#7;<br>\\u009b6n done#127;#13;X');
    expect(run.stdout).toContain('["1\\u009b Wells #27;[1A#27;[2K up<br>');
  });

  it('and in a Markdown report written to a file', async () => {
    const out = join(work, 'report.md');
    expect((await toc('mermaid', hostile, '--as-of', '2025-01-01', '--markdown', '-o', out)).code).toBe(0);
    const written = readFileSync(out, 'utf8');
    expect(written).not.toMatch(RAW_CONTROL);
    // The table row, with the report's own Markdown escapes (\[) after ours.
    expect(written).toContain('| 1\\u009b | Wells \\u001b\\[1A\\u001b\\[2K up | 50% |');
  });

  it('escapes a --focus id that names no node', async () => {
    const run = await toc('mermaid', hostile, '--focus', 'x\u001b]0;owned\u0007');
    expect(run.code).toBe(2);
    expectNoRawControl(run);
    expect(run.stderr).toBe('toc: --focus: no node has the id "x\\u001b]0;owned\\u0007".\n');
  });
});

describe('help and usage mistakes', () => {
  it('toc help with a hostile topic', async () => {
    const run = await toc('help', '\u001b[2J\u009b6n');
    expect(run.code).toBe(2);
    expectNoRawControl(run);
    expect(run.stderr).toBe(
      'toc: there is no command "\\u001b[2J\\u009b6n". Commands: validate, progress, mermaid, render, report, schema, init, export, import, readings, diff. Run `toc help COMMAND` for one of them.\n',
    );
  });

  it('a hostile command name and option', async () => {
    const command = await toc('\u001b]0;owned\u0007');
    expect(command.code).toBe(2);
    expectNoRawControl(command);
    expect(command.stderr).toBe('toc: unknown command "\\u001b]0;owned\\u0007". Run `toc --help` for the list.\n');
    const option = await toc('progress', hostile, '--as-of', '2025\u001b[2J');
    expect(option.code).toBe(2);
    expectNoRawControl(option);
    expect(option.stderr).toBe('toc: --as-of must be a calendar date written YYYY-MM-DD, not "2025\\u001b[2J".\n');
  });
});
