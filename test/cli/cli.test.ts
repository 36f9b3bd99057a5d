/**
 * The `toc` commands, run in-process through `main(argv, io)` (./in-process.ts):
 * exit codes, what goes to which stream, files written with -o, usage
 * mistakes. The built binary, the command-line guide's samples and `toc render`
 * in Chromium are in binary.test.ts and render.test.ts.
 */
import { linkSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toJsonSchema, validate } from '../../src/index.js';
import { parseText } from '../../src/node/index.js';
import { toc, tocIn } from './in-process.js';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'toc-cli-'));
const water = join(root, 'examples/water.yaml');

function file(name: string, content: string | Uint8Array): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

const broken = `title: Broken
nodes:
  - { kind: objective, id: a, title: A, contributesTo: [nowhere] }
`;
const warned = `title: Warned
nodes:
  - { kind: goal, id: g, title: G }
`;

describe('toc validate', () => {
  it('exits 0 for a valid file', async () => {
    const run = await toc('validate', water);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${water}: valid\n`);
  });

  it('exits 1 with readable diagnostics for errors', async () => {
    const run = await toc('validate', file('broken.yaml', broken));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('1 error');
    expect(run.stdout).toContain('error unknown-reference at nodes[0].contributesTo[0]: Objective "a" contributes to "nowhere", but no node has the id "nowhere".');
  });

  it('passes warnings unless --strict', async () => {
    const path = file('warned.yaml', warned);
    expect((await toc('validate', path)).code).toBe(0);
    const strict = await toc('validate', '--strict', path);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('warning unmeasured-objective');
  });

  it('exits 2 for unusable input, with a clear message and no stack trace', async () => {
    for (const [name, content, words] of [
      ['bad.yaml', 'title: [unclosed\n', 'not valid YAML or JSON'],
      ['binary.yaml', new Uint8Array([0, 159, 146, 150, 0, 1, 2]), 'not valid YAML or JSON'],
    ] as const) {
      const run = await toc('validate', file(name, content));
      expect(run.code).toBe(2);
      expect(run.stdout).toContain(words);
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at /);
    }
    const missing = await toc('validate', join(work, 'missing.yaml'));
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('could not be read');
  });

  it('takes several files and reports the worst exit code', async () => {
    const run = await toc('validate', water, file('broken2.yaml', broken));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${water}: valid`);
  });

  it('prints JSON with --json', async () => {
    const run = await toc('validate', '--json', water, file('broken3.yaml', broken));
    const parsed = JSON.parse(run.stdout) as { file: string; valid: boolean; diagnostics: { code: string }[] }[];
    expect(parsed.map((p) => [p.valid, p.diagnostics.map((d) => d.code)])).toEqual([
      [true, []],
      [false, ['unknown-reference', 'goal-unreachable', 'unmeasured-objective']],
    ]);
  });
});

describe('toc progress', () => {
  it('prints the table as of a date', async () => {
    const run = await toc('progress', water, '--as-of', '2025-12-31');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(0, 5)).toEqual([
      'Clean water for every village — progress as of 2025-12-31',
      '',
      'Ref  Goal / objective               Progress  Expected  Coverage  Status',
      '───  ─────────────────────────────  ────────  ────────  ────────  ─────────',
      '     Every village has clean water       30%       67%      100%  off track',
    ]);
  });

  it('prints the report as JSON', async () => {
    const run = await toc('progress', water, '--as-of', '2025-12-31', '--json');
    const report = JSON.parse(run.stdout) as { asOf: string; results: { id: string; progress: number }[] };
    expect(report.asOf).toBe('2025-12-31');
    expect(report.results.map((r) => [r.id, r.progress])).toEqual([
      ['impact', 0.3],
      ['wells', 0.3],
    ]);
  });

  it('rejects a date that is not a calendar date', async () => {
    const run = await toc('progress', water, '--as-of', '2019-02-30');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('toc: --as-of must be a calendar date written YYYY-MM-DD, not "2019-02-30".\n');
  });

  it('exits 1 for a document with errors', async () => {
    const run = await toc('progress', file('broken4.yaml', broken));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('has errors');
  });
});

const SMALL = `title: Small strategy
period: { start: 2020-01-01, end: 2022-12-31 }
nodes:
  - { kind: goal, id: g, title: Fewer people in slavery }
  - { kind: objective, id: o1, ref: "1", title: Laws pass, contributesTo: [g] }
  - kind: objective
    id: o2
    ref: "2"
    title: Courts convict the people who hold others in slavery, in every district of the country, within the period of the strategy
    contributesTo: [g]
  - { kind: duty-bearer, id: gov, title: Government, actorType: state, accountableFor: [o2, o1] }
  - kind: indicator
    id: laws
    title: Laws passed
    measures: [o1]
    measure: { kind: number }
    unit: laws
    baseline: { date: 2020-01-01, value: 0 }
    targets: [{ date: 2022-12-31, value: 10 }]
    observations: [{ date: 2020-06-30, value: 2 }, { date: 2021-06-30, value: 5 }]
  - kind: indicator
    id: people
    title: People freed
    tags: [illustrative]
    measures: [o2]
    measure: { kind: number }
    unit: people
    baseline: { date: 2020-01-01, value: 0 }
    targets: [{ date: 2022-12-31, value: 170000 }]
    observations: [{ date: 2021-12-31, value: 85000, source: Court records }]
`;

// By hand: laws 2 of 10 by 2020-12-31 (20%), 5 of 10 from 2021-06-30 (50%); people 85,000 of 170,000 from 2021-12-31 (50%, illustrative).
// As of 2022-12-31 both targets are due (expected 100%): 50% is 50 points behind, off track.
describe('toc progress views', () => {
  const small = (): string => file('small.yaml', SMALL);
  const widest = (text: string): number => Math.max(...text.split('\n').map((l) => [...l].length));

  it('--series: progress at each year-end of the period, the header over its column', async () => {
    const run = await toc('progress', small(), '--as-of', '2022-12-31', '--series');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'Small strategy — progress at each year-end',
      '',
      `Ref  Goal / objective${' '.repeat(63)}2020  2021  2022`,
      `───  ${'─'.repeat(77)}  ────  ────  ────`,
      `     Fewer people in slavery *${' '.repeat(55)}20%   50%   50%`,
    ]);
    expect(lines[5]).toBe(`1      Laws pass${' '.repeat(69)}20%   50%   50%`);
    // The long title wraps within its 77 columns, under its first word; the numbers stay on its first line.
    expect(lines[6]).toBe('2      Courts convict the people who hold others in slavery, in every district of      —   50%   50%');
    expect(lines[7]).toBe('       the country, within the period of the strategy *');
    expect(lines.slice(8)).toEqual(['', '* includes illustrative figures (not from a published source)', '']);
    expect(widest(run.stdout)).toBe(100);
  });

  it('--series DATES: the dates given, in time order, headed in full', async () => {
    const run = await toc('progress', small(), '--series', '2021-12-31,2020-06-30');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('Small strategy — progress at each date');
    expect(run.stdout.split('\n')[2]).toMatch(/^Ref  Goal \/ objective +2020-06-30  2021-12-31$/);
    expect(run.stdout).toMatch(/\n1 +Laws pass +20% +50%\n/);
  });

  it('--series=DATES reads like --series DATES, before or after the file', async () => {
    const spaced = await toc('progress', small(), '--series', '2021-12-31,2020-06-30');
    const joined = await toc('progress', '--series=2021-12-31,2020-06-30', small());
    expect(joined.code).toBe(0);
    expect(joined.stderr).toBe('');
    expect(joined.stdout).toBe(spaced.stdout);
  });

  it('--series --json: the dates and each row with its points', async () => {
    const run = await toc('progress', small(), '--as-of', '2021-12-31', '--series', '--json');
    const data = JSON.parse(run.stdout) as { dates: string[]; rows: { id: string; points: { progress: number | null }[] }[] };
    expect(data.dates).toEqual(['2020-12-31', '2021-12-31']);
    expect(data.rows.map((r) => [r.id, r.points.map((p) => p.progress)])).toEqual([
      ['g', [0.2, 0.5]],
      ['o1', [0.2, 0.5]],
      ['o2', [null, 0.5]],
    ]);
  });

  it('--series refuses what it cannot use, with the fix', async () => {
    const noPeriod = await toc('progress', water, '--series');
    expect(noPeriod.code).toBe(2);
    expect(noPeriod.stderr).toBe('toc: the model has no period to take year-ends from: give the dates, as in --series 2016-12-31,2018-12-31.\n');
    const both = await toc('progress', small(), '--series', '2021-12-31', '--as-of', '2021-12-31');
    expect(both.stderr).toBe('toc: --as-of has no effect on --series with its own dates: give one or the other.\n');
    const wrong = await toc('progress', small(), '--series', '2021-02-30');
    expect(wrong.stderr).toBe('toc: --series takes calendar dates written YYYY-MM-DD, and "2021-02-30" is not one.\n');
    const two = await toc('progress', small(), '--series', '--indicators');
    expect(two.stderr).toBe('toc: --indicators and --series are different tables: choose one.\n');
  });

  it('--by duty-bearer: each duty bearer, its worst status, then what it is accountable for by ref', async () => {
    const run = await toc('progress', small(), '--as-of', '2022-12-31', '--by', 'duty-bearer', '--width', '80');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Small strategy — duty bearers as of 2022-12-31');
    expect(lines[2]).toMatch(/^Ref  Duty bearer \/ accountable for +Progress  Coverage  Status$/);
    expect(lines[4]).toMatch(/^ {5}Government \(state\) +worst: off track$/);
    expect(lines[5]).toMatch(/^1 {6}Laws pass +50% +100%  off track$/);
    expect(lines[6]).toMatch(/^2 {6}Courts convict the people who hold +50% +100%  off track$/);
    expect(widest(run.stdout)).toBeLessThanOrEqual(80);
    expect((await toc('progress', small(), '--by', 'donor')).stderr).toBe('toc: --by takes duty-bearer, result-type or member, not "donor".\n');
  });

  it('--indicators: baseline, latest reading and target, each over its date, thousands separated', async () => {
    const run = await toc('progress', small(), '--as-of', '2022-12-31', '--indicators');
    expect(run.code).toBe(0);
    const text = run.stdout.slice(run.stdout.indexOf('Indicators as of 2022-12-31'));
    const lines = text.split('\n');
    expect(lines[2]).toMatch(/^Indicator +Baseline +Latest +Target +Progress  Status$/);
    expect(lines[4]).toMatch(/^Laws passed +0 laws +5 laws +10 laws +50%  off track$/);
    expect(lines[5]).toMatch(/^measures 1 +2020-01-01 +2021-06-30 +2022-12-31$/);
    expect(lines[7]).toMatch(/^People freed \* +0 people +85,000 people +170,000 people +50%  off track$/);
    expect(lines[8]).toMatch(/^measures 2 +2020-01-01 +2021-12-31 +2022-12-31$/);
    expect(widest(run.stdout)).toBeLessThanOrEqual(100);
  });

  it('--indicators --json: the indicator rows, sources included', async () => {
    const run = await toc('progress', small(), '--as-of', '2022-12-31', '--indicators', '--json');
    const data = JSON.parse(run.stdout) as { asOf: string; indicators: { id: string; latest: { text: string }; sources: string[] }[] };
    expect(data.asOf).toBe('2022-12-31');
    expect(data.indicators.map((r) => [r.id, r.latest.text, r.sources])).toEqual([
      ['laws', '5 laws', []],
      ['people', '85,000 people', ['Court records']],
    ]);
  });

  it('--width fits every line in N columns without cutting a number; N is at least 40', async () => {
    // Ref 3, the numbers and status 33, five gaps of 2: 70 leaves the titles 24 columns.
    const run = await toc('progress', small(), '--as-of', '2022-12-31', '--width', '70');
    expect(widest(run.stdout)).toBe(70);
    expect(run.stdout).toMatch(/\n2 {6}Courts convict the +50% +100% +100%  off track\n {7}people who hold others\n/);
    const narrow = await toc('progress', small(), '--width', '20');
    expect(narrow.code).toBe(2);
    expect(narrow.stderr).toBe('toc: --width must be a whole number of columns from 40 to 10000, such as 120; not "20".\n');
  });
});

// The progress guide's worked example of old readings ("Old readings"), with the 18-month limit in the document:
// as of 2020-12-31 the survey (2016-03-31) is old, the wells (2020-06-30) are not. O: coverage 100%, recent (1 × 0 + 3 × 1) / 4 = 75%;
// G: coverage 50%, recent 37.5%, which reads 38%. Without the limit nothing is marked.
const AGED = `title: Old readings
period: { start: 2015-01-01, end: 2020-12-31 }
maxReadingAge: P18M
nodes:
  - { kind: goal, id: G, title: Goal }
  - { kind: objective, id: O, title: Objective, contributesTo: [G] }
  - kind: indicator
    id: survey
    title: Villages surveyed
    unit: villages
    measures: [O]
    measure: { kind: number }
    baseline: { date: 2015-01-01, value: 0 }
    targets: [{ date: 2020-12-31, value: 100 }]
    observations: [{ date: 2016-03-31, value: 40 }]
  - kind: indicator
    id: wells
    title: Wells working
    measures: [{ to: O, weight: 3 }]
    measure: { kind: number }
    baseline: { date: 2015-01-01, value: 0 }
    targets: [{ date: 2020-12-31, value: 100 }]
    observations: [{ date: 2020-06-30, value: 80 }]
  - kind: indicator
    id: courts
    title: Cases heard
    measures: [G]
    measure: { kind: number }
    baseline: { date: 2015-01-01, value: 0 }
    targets: [{ date: 2020-12-31, value: 10 }]
`;

describe('toc progress --max-reading-age', () => {
  const aged = (): string => file('aged.yaml', AGED);
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("marks coverage resting partly on old readings, with the document's limit", async () => {
    const run = await toc('progress', aged(), '--as-of', '2020-12-31');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      'Old readings — progress as of 2020-12-31',
      '',
      'Goal / objective  Progress  Expected           Coverage  Status',
      '────────────────  ────────  ────────  ─────────────────  ─────────',
      'Goal                   70%      100%   50% (38% recent)  off track',
      '  Objective            70%      100%  100% (75% recent)  off track',
      '',
      '(N% recent): the share backed by readings within the 18-month limit (maxReadingAge P18M) at',
      '2020-12-31; older readings still count',
      '',
    ]);
  });

  it('replaces the limit with the one given, and none removes it', async () => {
    // 4 years: 2016-03-31 + 4 years = 2020-03-31, before 2020-12-31: the survey is still old.
    const fourYears = await toc('progress', aged(), '--as-of', '2020-12-31', '--max-reading-age', 'P4Y');
    expect(fourYears.stdout).toContain('within the 4-year limit (maxReadingAge P4Y)');
    // 5 years: 2021-03-31, after 2020-12-31: nothing is old, nothing is marked.
    const fiveYears = await toc('progress', aged(), '--as-of', '2020-12-31', '--max-reading-age', 'P5Y');
    expect(fiveYears.stdout).not.toContain('recent');
    const none = await toc('progress', aged(), '--as-of', '2020-12-31', '--max-reading-age', 'none', '--json');
    const report = JSON.parse(none.stdout) as { settings: Record<string, unknown>; results: Record<string, unknown>[] };
    expect('maxReadingAge' in report.settings).toBe(false);
    expect(report.results.some((r) => 'recentCoverage' in r)).toBe(false);
    const json = JSON.parse((await toc('progress', aged(), '--as-of', '2020-12-31', '--max-reading-age', 'P2Y', '--json')).stdout) as typeof report;
    expect(json.settings.maxReadingAge).toBe('P2Y');
  });

  it('toc mermaid takes the same option: the old mark comes and goes with the limit', async () => {
    // The survey of 2016-03-31 is old at 2020-12-31 under the document's 18 months, not under 5 years.
    const documentLimit = await toc('mermaid', aged(), '--as-of', '2020-12-31');
    expect(documentLimit.code).toBe(0);
    expect(documentLimit.stdout).toContain('◷ old');
    const fiveYears = await toc('mermaid', aged(), '--as-of', '2020-12-31', '--max-reading-age', 'P5Y');
    expect(fiveYears.code).toBe(0);
    expect(fiveYears.stdout).not.toContain('◷ old');
    const wrong = await toc('mermaid', aged(), '--max-reading-age', '18 months');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('18 months is written P18M.');
  });

  it('--indicators marks the old latest reading with its age', async () => {
    const run = await toc('progress', aged(), '--as-of', '2020-12-31', '--indicators');
    const lines = run.stdout.split('\n');
    const survey = lines.findIndex((l) => l.startsWith('Villages surveyed'));
    expect(lines.slice(survey, survey + 3)).toEqual([
      'Villages surveyed       0 villages  40 villages   100 villages       40%  off track',
      'measures Objective      2015-01-01  2016-03-31 ◷  2020-12-31',
      '◷ 4 years 9 months old',
    ]);
    // Cases heard has no reading at all: its no-data footnote follows the age note.
    expect(lines.slice(-3)).toEqual(['◷ older than the 18-month limit (maxReadingAge P18M) on 2020-12-31; old readings still count', '¹ no data: no reading by 2020-12-31', '']);
  });

  it('refuses what is not an ISO 8601 duration, with the way to write it', async () => {
    for (const [value, hint] of [
      ['18 months', ' 18 months is written P18M.'],
      ['18', ' Write the unit too: P18M for 18 months, P18D for 18 days.'],
      ['p18m', ' Write it in capitals, without spaces: P18M.'],
      ['PT24H', ' Only years, months, weeks and days are used, nothing after a T: write P1D, not PT24H.'],
      ['soon', ''],
    ] as const) {
      const run = await toc('progress', aged(), '--max-reading-age', value);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`toc: --max-reading-age takes an ISO 8601 duration such as P18M (18 months) or P2Y, or none; not "${value}".${hint}\n`);
    }
  });

  it('toc report takes it too: old readings marked in the HTML with the limit, none without, a bad value refused before anything is written', async () => {
    vi.stubEnv('CHROMIUM_PATH', '/nonexistent/chromium');
    const marks = async (...args: string[]): Promise<number> => {
      const out = join(work, `aged-${args.join('-')}.html`);
      const run = await toc('report', aged(), '--as-of', '2020-12-31', '-o', out, ...args);
      expect(run.code).toBe(0);
      return (readFileSync(out, 'utf8').match(/% recent/g) ?? []).length;
    };
    // G and O each show their recent share (38%, 75%), in the progress table at least.
    expect(await marks()).toBeGreaterThanOrEqual(2);
    expect(await marks('--max-reading-age', 'none')).toBe(0);
    const bad = await toc('report', aged(), '-o', join(work, 'bad-age.html'), '--max-reading-age', '18m');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('toc: --max-reading-age takes an ISO 8601 duration such as P18M (18 months) or P2Y, or none; not "18m". 18 months is written P18M.\n');
    expect(() => readFileSync(join(work, 'bad-age.html'))).toThrow();
  });
});

describe('toc schema and init', () => {
  it('prints the JSON Schema', async () => {
    const run = await toc('schema');
    expect(JSON.parse(run.stdout)).toEqual(toJsonSchema());
  });

  it('prints a starter document that validates', async () => {
    const run = await toc('init');
    const parsed = parseText(run.stdout);
    expect(parsed.ok && validate(parsed.data).ok).toBe(true);
  });

  it('writes the starter with -o and keeps an existing file', async () => {
    const out = join(work, 'starter.yaml');
    expect((await toc('init', '-o', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('kind: goal');
    const again = await toc('init', '-o', out);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect((await toc('init', '-o', out, '--force')).code).toBe(0);
  });
});

describe('conventions', () => {
  it('--help, help COMMAND and --version', async () => {
    expect((await toc('--help')).stdout).toContain('Usage: toc <command>');
    expect((await toc('help', 'validate')).stdout).toContain('Exit code: 0 when all are valid');
    expect((await toc('progress', '--help')).stdout).toContain('--as-of DATE');
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect((await toc('--version')).stdout).toBe(`${version.version}\n`);
  });

  it('help on something that is not a command, such as __proto__ or toString, is a usage error listing the commands', async () => {
    for (const topic of ['__proto__', 'toString', 'constructor', 'hasOwnProperty', 'frobnicate']) {
      const run = await toc('help', topic);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        `toc: there is no command "${topic}". Commands: validate, progress, mermaid, render, report, schema, init, export, import, readings, diff. Run \`toc help COMMAND\` for one of them.\n`,
      );
    }
    const two = await toc('help', 'validate', 'progress');
    expect(two.code).toBe(2);
    expect(two.stderr).toMatch(/^toc: help takes one COMMAND, but got 2\. Commands: validate, /);
    for (const name of ['__proto__', 'toString']) expect((await toc(name, water)).stderr).toBe(`toc: unknown command "${name}". Run \`toc --help\` for the list.\n`);
    expect((await toc('help')).code).toBe(0);
  });

  it('unknown commands and options are usage errors on stderr', async () => {
    const unknown = await toc('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('toc: unknown command "frobnicate". Run `toc --help` for the list.\n');
    const option = await toc('validate', '--bogus', water);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/^toc: Unknown option '--bogus'/);
  });
});

describe('-o', () => {
  it('creates the folder it writes into', async () => {
    const out = join(work, 'new', 'deeper', 'water.mmd');
    expect((await toc('mermaid', water, '--no-progress', '-o', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^flowchart BT\n/);
  });

  it('never writes over the input file: same path, another spelling of it, a symbolic link, a hard link, a linked folder', async () => {
    const dir = join(work, 'own');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    const input = join(dir, 'doc.yaml');
    const original = readFileSync(water, 'utf8');
    writeFileSync(input, original);
    symlinkSync(input, join(dir, 'soft.yaml'));
    linkSync(input, join(dir, 'hard.yaml'));
    symlinkSync(dir, join(work, 'own-link'));
    symlinkSync(input, join(dir, 'doc.svg'));
    const cases: readonly (readonly [string, string, string])[] = [
      ['progress', input, input],
      ['progress', 'doc.yaml', './sub/../doc.yaml'],
      ['progress', input, join(dir, 'soft.yaml')],
      ['mermaid', join(dir, 'soft.yaml'), input],
      ['mermaid', input, join(dir, 'hard.yaml')],
      ['mermaid', input, join(work, 'own-link', 'hard.yaml')],
      // render's own rule (OUT.svg or OUT.png) comes first; a symbolic link named .svg to the input is refused.
      ['render', input, join(dir, 'doc.svg')],
      ['render', input, join(work, 'own-link', 'doc.svg')],
    ];
    for (const [command, from, to] of cases) {
      const run = await tocIn(dir, command, from, '-o', to);
      expect(run.code, `${command} ${from} -o ${to}`).toBe(2);
      expect(run.stderr).toBe(`toc: -o ${to} is the input file ${from}; writing there would replace the document. Choose another output file.\n`);
    }
    expect(readFileSync(input, 'utf8')).toBe(original);
    // Another file next to it is fine.
    expect((await toc('progress', input, '-o', join(dir, 'table.txt'))).code).toBe(0);
  });
});

describe('--max-file-size', () => {
  it('takes a decimal number of MiB of at least 0.001 (about 1 KB)', async () => {
    for (const value of ['0.0000001', '0', '0.0009', '-1', '1e3', 'lots', '', '99999999999999999999']) {
      const run = await toc('validate', `--max-file-size=${value}`, water);
      expect(run.code, value).toBe(2);
      expect(run.stderr).toBe(`toc: --max-file-size must be a number of mebibytes (MiB), at least 0.001 (about 1 KB), such as 64; not "${value}".\n`);
    }
    // 0.001 MiB is 1,048 bytes: examples/water.yaml (884 bytes) is read, the same padded to 2,000 bytes is refused for its size.
    expect((await toc('validate', '--max-file-size', '0.001', water)).code).toBe(0);
    const original = readFileSync(water, 'utf8');
    const padded = file('padded-water.yaml', `${original}#${'x'.repeat(2000 - original.length - 2)}\n`);
    const small = await toc('progress', '--max-file-size', '0.001', padded);
    expect(small.code).toBe(2);
    expect(small.stderr).toMatch(/^toc: .*padded-water\.yaml could not be read: it is 2(\.0)? KiB, larger than 1(\.0)? KiB/);
  });
});

describe('toc render', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('says how to get Chromium when there is none, exit 2', async () => {
    vi.stubEnv('CHROMIUM_PATH', '/nonexistent/chromium');
    const result = await toc('render', water, '-o', join(work, 'x.svg'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('No Chromium found. Install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`)');
  });

  it('needs an .svg or .png output', async () => {
    const run = await toc('render', water, '-o', join(work, 'x.pdf'));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('toc: render needs -o OUT.svg or -o OUT.png.\n');
  });
});
