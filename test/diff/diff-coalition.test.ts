/**
 * `toc diff` and `diffCoalition` on two versions of the coalition example,
 * copied into a temp dir (coalition/ and anti-slavery-international/ side by
 * side, as in examples/). Version b: the Labour Rights Alliance corrects its
 * reading of ILO P029 ratifications on 2019-07-17 from 36 to 40 (the shared
 * indicator keeps ASI's 36, so the coalition's numbers do not move); the
 * coalition file gives LRA's link to laws-enforced weight 3 and marks the
 * joint assumption as holding.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateCoalition } from '../../src/coalition/index.js';
import { diffCoalition, formatCoalitionDiffText } from '../../src/diff/index.js';
import { parseText } from '../../src/node/index.js';
import { toc } from '../cli/in-process.js';

const dir = mkdtempSync(join(tmpdir(), 'toc-diff-coalition-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the example under `dir/name`, as examples/ lays it out. */
function copy(name: string): string {
  mkdirSync(join(dir, name, 'anti-slavery-international'), { recursive: true });
  cpSync('examples/coalition', join(dir, name, 'coalition'), { recursive: true });
  cpSync('examples/anti-slavery-international/asi.yaml', join(dir, name, 'anti-slavery-international/asi.yaml'));
  return join(dir, name, 'coalition/coalition.yaml');
}

/** Replaces `from` (which must occur) by `to` in the file. */
function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} no longer holds ${JSON.stringify(from)}`);
  writeFileSync(file, text.replace(from, to));
}

const A = copy('a');
const READING = copy('reading');
const LRA_READING = join(dir, 'reading/coalition/labour-rights-alliance.yaml');
edit(LRA_READING, '      - date: 2019-07-17\n        value: 36', '      - date: 2019-07-17\n        value: 40');
const BOTH = copy('both');
edit(join(dir, 'both/coalition/labour-rights-alliance.yaml'), '      - date: 2019-07-17\n        value: 36', '      - date: 2019-07-17\n        value: 40');
edit(BOTH, '  - { from: lra:laws-ratified, to: laws-enforced }', '  - { from: lra:laws-ratified, to: laws-enforced, weight: 3 }');
edit(BOTH, '    status: uncertain', '    status: holds');

const CONFLICT = `coalition-conflicting-claims: "asi:forced-labour-protocol-ratifications" and "lra:p029-ratifications" are one shared indicator, but their readings for 2019-07-17 differ; asi's is kept.`;

// LRA's own indicator: baseline 0 (2014-06-11), target 50 on 2020-12-31, so 36 is 72% and 40 is 80% of the way,
// against 100% expected at 2020-12-31: 72% is off track, 80% at risk (the default thresholds). laws-ratified has that
// one indicator; decent-work averages laws-ratified with brands-disclose (50%): (72 + 50) / 2 = 61%, (80 + 50) / 2 = 65%.
const LRA_SECTION = `lra (./labour-rights-alliance.yaml): 1 change
  1. reading of p029-ratifications corrected: 36 on 2019-07-17 → 40 on 2019-07-17
  Its own progress as of 2020-12-31
    goal decent-work "Workers in global supply chains work free from forced labour": 61% off-track → 65% off-track; change 1
    objective laws-ratified "Governments ratify and apply the international forced labour standards": 72% off-track → 80% at-risk; change 1
    indicator p029-ratifications "Governments that have ratified the 2014 ILO Forced Labour Protocol": 72% off-track → 80% at-risk; change 1`;

describe('toc diff on two coalition files', () => {
  it("shows a member's reading that lost the shared-indicator merge: in the member's own section, with the warning that appeared; joint progress unchanged", async () => {
    const run = await toc('diff', A, READING);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`${A} → ${READING}: changes in lra; 1 warning appeared, 0 gone; joint progress as of 2020-12-31 unchanged.

${LRA_SECTION}

Warnings that appeared
  + ${LRA_READING}: ${CONFLICT}

Joint progress as of 2020-12-31: no change.
`);
    expect(run.code).toBe(1);
  });

  it('attributes changes to the coalition file and to the member, and joint progress to where its causes are', async () => {
    // laws-enforced: asi:so1-1 (59%, weight 2) and lra:laws-ratified (72% in the coalition, ASI's 36 kept):
    // (2 × 59 + 72) / 3 = 63% before; with weight 3, (2 × 59 + 3 × 72) / 5 = 67%. The joint goal averages its three
    // objectives, survivor-remedy without data: (63 + 63) / 2 = 63% before, (67 + 63) / 2 = 65% after.
    const run = await toc('diff', A, BOTH);
    expect(run.stdout).toBe(`${A} → ${BOTH}: changes in the coalition file, lra; 1 warning appeared, 0 gone; joint progress as of 2020-12-31 differs for 2 nodes.

The coalition file: 2 changes
  1. link re-weighted: lra:laws-ratified contributes to laws-enforced, weight 1 → 3
  2. assumption joint-voice-heard: uncertain → holds

${LRA_SECTION}

Warnings that appeared
  + ${join(dir, 'both/coalition/labour-rights-alliance.yaml')}: ${CONFLICT}

Joint progress as of 2020-12-31
  goal end-forced-labour "Governments and businesses end forced labour and trafficking": 63% off-track → 65% off-track; from the coalition file
  objective laws-enforced "Governments adopt, ratify and enforce laws against forced labour": 63% off-track → 67% off-track; from the coalition file
`);
    expect(run.code).toBe(1);
  });

  it("is what the guide shows (docs/guides/coalitions-and-versions.md, '### Coalitions' under '## Versions')", async () => {
    const guide = readFileSync('docs/guides/coalitions-and-versions.md', 'utf8');
    const block = /```sh\ntoc diff a\/coalition\/coalition\.yaml b\/coalition\/coalition\.yaml\n```\n\n```text\n([\s\S]*?)```/.exec(guide)?.[1];
    expect(block).toBeDefined();
    const run = await toc('diff', A, READING);
    expect(run.stdout.replaceAll(join(dir, 'a/'), 'a/').replaceAll(join(dir, 'reading/'), 'b/')).toBe(block);
  });

  it('the other way round: the warning is gone', async () => {
    const run = await toc('diff', READING, A);
    expect(run.stdout).toContain(`changes in lra; 0 warnings appeared, 1 gone;`);
    expect(run.stdout).toContain(`\nWarnings gone\n  - ${LRA_READING}: ${CONFLICT}\n`);
    expect(run.stdout).toContain('  1. reading of p029-ratifications corrected: 40 on 2019-07-17 → 36 on 2019-07-17\n');
  });

  it('lists members added and removed, and their links as coalition-file changes', async () => {
    const fewer = copy('fewer');
    edit(fewer, '  - { id: lra, file: ./labour-rights-alliance.yaml, title: Labour Rights Alliance (illustrative) }\n', '');
    edit(fewer, '  - { from: lra:laws-ratified, to: laws-enforced }\n', '');
    edit(fewer, '  - { from: lra:brands-disclose, to: supply-chains-accountable }\n', '');
    const run = await toc('diff', A, fewer);
    const lines = run.stdout.split('\n');
    expect(lines.slice(2, 6)).toEqual([
      'The coalition file: 3 changes',
      '  1. member removed: lra (./labour-rights-alliance.yaml) "Labour Rights Alliance (illustrative)"',
      '  2. link removed: lra:brands-disclose contributes to supply-chains-accountable, weight 1',
      '  3. link removed: lra:laws-ratified contributes to laws-enforced, weight 1',
    ]);
    // laws-enforced: ASI's so1-1 alone, 59%; its progress line names no member's file, only the coalition's.
    expect(run.stdout).toContain('  objective laws-enforced "Governments adopt, ratify and enforce laws against forced labour": 63% off-track → 59% off-track; from the coalition file\n');
    expect(run.stdout).not.toMatch(/^lra \(/m);
    const back = await toc('diff', fewer, A);
    expect(back.stdout).toContain('  1. member added: lra (./labour-rights-alliance.yaml) "Labour Rights Alliance (illustrative)"\n');
  });

  it('exits 0 with "no changes." for copies; JSON and Markdown', async () => {
    expect(await toc('diff', A, copy('same'))).toEqual({ code: 0, stdout: `${A} → ${copy('same')}: no changes.\n`, stderr: '' });
    const data = JSON.parse((await toc('diff', A, BOTH, '--json')).stdout) as {
      equal: boolean;
      members: { member: string; diff: { changes: { kind: string }[] } }[];
      coalitionChanges: { kind: string }[];
      warningsAppeared: { code: string }[];
      progress: { id: string; fromCoalitionFile: boolean; fromMembers: string[] }[];
    };
    expect(data.equal).toBe(false);
    expect(data.members.map((m) => [m.member, m.diff.changes.map((c) => c.kind)])).toEqual([['lra', ['reading-corrected']]]);
    expect(data.coalitionChanges.map((c) => c.kind)).toEqual(['link-reweighted', 'assumption-status']);
    expect(data.warningsAppeared.map((w) => w.code)).toEqual(['coalition-conflicting-claims']);
    expect(data.progress.map((p) => [p.id, p.fromCoalitionFile, p.fromMembers])).toEqual([
      ['end-forced-labour', true, []],
      ['laws-enforced', true, []],
    ]);
    const markdown = (await toc('diff', A, BOTH, '--markdown')).stdout;
    expect(markdown).toMatch(/^### Coalition: what changed\n/);
    expect(markdown).toContain('#### `lra` (./labour-rights-alliance.yaml): 1 change\n\n1. reading of `p029-ratifications` corrected: 36 on 2019-07-17 → 40 on 2019-07-17\n');
    expect(markdown).toContain('| objective `laws-enforced`: Governments adopt, ratify and enforce laws against forced labour | 63% off-track | 67% off-track | from the coalition file |\n');
  });

  it('refuses a coalition against a single document (exit 2)', async () => {
    const run = await toc('diff', A, 'examples/anti-slavery-international/asi.yaml');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${A} is a coalition (it lists members) and the other is one theory of change`);
  });

  it("as git's driver, declines a coalition file with a clear message and exit 0, rather than read members next to git's temp file", async () => {
    const run = await toc('diff', 'coalition/coalition.yaml', A, 'a'.repeat(40), '100644', BOTH, 'b'.repeat(40), '100644');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^a\/coalition\/coalition\.yaml → b\/coalition\/coalition\.yaml: not compared: a coalition file's members are read relative to it, and git hands the driver this file's two versions alone/);
    expect(run.stdout).toContain('toc diff ../before/coalition/coalition.yaml coalition/coalition.yaml');
  });
});

describe('diffCoalition', () => {
  const yaml = (file: string): unknown => {
    const parsed = parseText(readFileSync(file, 'utf8'));
    if (!parsed.ok) throw new Error(file);
    return parsed.data;
  };
  const load = (root: string) => {
    const asi = yaml(join(dir, root, 'anti-slavery-international/asi.yaml'));
    const lra = yaml(join(dir, root, 'coalition/labour-rights-alliance.yaml'));
    const result = validateCoalition(yaml(join(dir, root, 'coalition/coalition.yaml')), new Map([['asi', asi], ['lra', lra]]), { name: 'coalition.yaml' });
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    return result;
  };

  it('takes two validateCoalition results; with each member model the hidden reading shows', () => {
    const d = diffCoalition(load('a'), load('reading'));
    expect(d.equal).toBe(false);
    expect(d.members.map((m) => m.member)).toEqual(['lra']);
    expect(d.composed.equal).toBe(true);
    expect(d.warningsAppeared.map((w) => w.file)).toEqual(['./labour-rights-alliance.yaml']);
  });

  it('without members\' own models (a hand-made composition), the composed changes to their nodes stand for them', () => {
    const strip = (r: ReturnType<typeof load>) => ({ model: r.model, coalition: { members: r.coalition.members, ownersOf: r.coalition.ownersOf } });
    const d = diffCoalition(strip(load('a')), strip(load('both')));
    // The hidden reading cannot be seen from the composed model alone; the coalition file's two changes can.
    expect(d.members).toEqual([]);
    expect(d.coalitionChanges.map((c) => c.kind)).toEqual(['link-reweighted', 'assumption-status']);
    expect(formatCoalitionDiffText(d).split('\n')[0]).toBe('changes in the coalition file; joint progress as of 2020-12-31 differs for 2 nodes.');
  });

  it('a copy is no change', () => {
    expect(diffCoalition(load('a'), load('a')).equal).toBe(true);
  });
});
