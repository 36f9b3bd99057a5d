/**
 * `toc diff` on two versions of the ASI example: the second (written below
 * from the first) renames key objective 3, gives sub-objective 1.1 twice the
 * weight in key objective 1, lowers the target of people freed in
 * Mauritania, and corrects the 2017–18 convictions count. Also the exit
 * codes (0 equal, 1 different, 2 trouble) and the git external-diff mode.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toc } from '../cli/in-process.js';

const ASI = 'examples/anti-slavery-international/asi.yaml';
const dir = mkdtempSync(join(tmpdir(), 'toc-diff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Replaces `from` (which must occur) by `to` everywhere in `text`. */
function replace(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`the example no longer holds ${JSON.stringify(from)}`);
  return text.replaceAll(from, to);
}

const v1 = readFileSync(ASI, 'utf8');
let v2 = v1;
// Key objective 3 renamed: its id, and every link to it.
v2 = replace(v2, 'id: ko3\n', 'id: key-objective-3\n');
v2 = replace(v2, 'to: ko3,', 'to: key-objective-3,');
v2 = replace(v2, 'contributesTo: [ko3]', 'contributesTo: [key-objective-3]');
v2 = replace(v2, 'measures: [ko3]', 'measures: [key-objective-3]');
// Sub-objective 1.1 weighs twice as much in key objective 1.
v2 = replace(v2, 'contributesTo: [{ to: ko1, assumptions: [measures-are-enforced] }]', 'contributesTo: [{ to: ko1, weight: 2, assumptions: [measures-are-enforced] }]');
// People freed in Mauritania: the target lowered from 200 to 150.
v2 = replace(v2, 'targets: [{ date: 2020-12-31, value: 200, note: Illustrative target. }]', 'targets: [{ date: 2020-12-31, value: 150, note: Illustrative target. }]');
// Convictions April 2017 – March 2018 corrected from 3 to 4.
v2 = replace(v2, '        value: 3\n        source: https://www.state.gov/reports/2018', '        value: 4\n        source: https://www.state.gov/reports/2018');
const V2 = join(dir, 'asi-v2.yaml');
writeFileSync(V2, v2);

// Worked out by hand where the arithmetic is short: convictions add up (cumulative) to 0 + 2 + 3 + 0 + 5 = 10
// of a target of 20, 50%, and with the correction 11, 55%; people freed 37 of 200 is 18.5%, shown 19% (halves
// up), and 37 of 150 is 24.7%, 25%. Both are off track at 2020-12-31, where the whole target is expected.
// Sub-objective 1.1 averages four indicators, so the convictions' 5 points move it by 1.25 points; the goals
// move by less than a point, so they show tenths. The rename moves no progress, so it feeds nothing.
const EXPECTED = `${ASI} → ${V2}: 4 changes; progress as of 2020-12-31 differs for 8 nodes.

Changes
  1. objective ko3 renamed key-objective-3: "The social norms and attitudes that underpin and perpetuate slavery are rejected"
  2. link re-weighted: so1-1 contributes to ko1, weight 1 → 2
  3. target of mauritania-people-freed moved: 200 on 2020-12-31 → 150 on 2020-12-31
  4. reading of mauritania-convictions corrected: 3 on 2017-04-01 – 2018-03-31 → 4 on 2017-04-01 – 2018-03-31

Progress as of 2020-12-31
  goal strategic-priority "Significant progress towards slavery eradication in at least 10 countries by 2020": 74.4% off-track → 74.0% off-track; changes 2, 3, 4
  goal vision "A world free from slavery": 74.4% off-track → 74.0% off-track; changes 2, 3, 4
  objective ko1 "Duty bearers are responsive and accountable to the rights and needs of people affected by and vulnerable to slavery": 72% off-track → 70% off-track; changes 2, 4
  objective ko2 "People affected by and vulnerable to slavery are empowered to understand, assert and claim their rights": 76% at-risk → 77% at-risk; change 3
  objective so1-1 "National governments and institutions, including law enforcement and judiciary, have introduced effective anti-slavery measures": 59% off-track → 60% off-track; change 4
  objective so2-2 "People affected by and vulnerable to slavery have improved capacity and confidence to assert and claim their rights": 65% off-track → 67% off-track; change 3
  indicator mauritania-convictions "Slavery and trafficking convictions in Mauritania (US TIP reports, running total)": 50% off-track → 55% off-track; change 4
  indicator mauritania-people-freed "People brought out of slavery in Mauritania with ASI's support": 19% off-track → 25% off-track; change 3
`;

describe('toc diff', () => {
  it('prints what changed between two versions of the ASI example, and what it did to progress; exit 1', async () => {
    const run = await toc('diff', ASI, V2);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(EXPECTED);
    expect(run.code).toBe(1);
  });

  it('exits 0 and says so when the versions mean the same', async () => {
    expect(await toc('diff', ASI, ASI)).toEqual({ code: 0, stdout: `${ASI} → ${ASI}: no changes.\n`, stderr: '' });
  });

  it('gives the data with --json and Markdown for a pull request with --markdown', async () => {
    const json = await toc('diff', ASI, V2, '--json', '--as-of', '2018-03-31');
    const data = JSON.parse(json.stdout) as { equal: boolean; asOf: string; changes: { kind: string }[] };
    expect(data.equal).toBe(false);
    expect(data.asOf).toBe('2018-03-31');
    expect(data.changes.map((c) => c.kind)).toEqual(['node-renamed', 'link-reweighted', 'target-moved', 'reading-corrected']);
    const markdown = await toc('diff', ASI, V2, '--markdown');
    expect(markdown.stdout).toContain('2. link re-weighted: `so1-1` contributes to `ko1`, weight 1 → 2\n');
    expect(markdown.stdout).toContain('| indicator `mauritania-convictions`: Slavery and trafficking convictions in Mauritania (US TIP reports, running total) | 50% off-track | 55% off-track | change 4 |\n');
    expect((await toc('diff', ASI, V2, '--json', '--markdown')).code).toBe(2);
  });

  it('exits 2 for a version that is not valid, or a missing one, and for one file', async () => {
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'title: T\nnodes:\n  - { kind: goal, id: g, title: G, contributesTo: [nowhere] }\n');
    expect((await toc('diff', ASI, broken)).code).toBe(2);
    expect((await toc('diff', ASI, join(dir, 'missing.yaml'))).code).toBe(2);
    const one = await toc('diff', ASI);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('diff takes two FILEs, BEFORE and AFTER');
  });

  it("works as git's external diff driver: seven arguments, names a/PATH and b/PATH, always exit 0", async () => {
    const git = await toc('diff', 'asi.yaml', ASI, 'a'.repeat(40), '100644', V2, 'b'.repeat(40), '100644');
    expect(git.code).toBe(0);
    expect(git.stdout).toBe(EXPECTED.replace(`${ASI} → ${V2}`, 'a/asi.yaml → b/asi.yaml'));
    expect(await toc('diff', 'asi.yaml', '/dev/null', '.', '.', V2, 'b'.repeat(40), '100644')).toEqual({ code: 0, stdout: 'b/asi.yaml: new file.\n', stderr: '' });
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'title: T\nnodes: 3\n');
    const skipped = await toc('diff', 'asi.yaml', ASI, '.', '100644', broken, '.', '100644');
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toMatch(/^asi\.yaml: not compared: /);
  });
});
