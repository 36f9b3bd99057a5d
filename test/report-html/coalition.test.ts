/**
 * The coalition page of the HTML report and the coalition sections of the
 * Markdown report, on examples/coalition as of 2020-12-31, with the shares
 * worked by hand from the rules of docs/guides/coalitions-and-versions.md
 * (a joint node's progress is the weighted mean of what contributes to it;
 * each member's share is the part its own nodes bring) and of
 * docs/guides/progress.md:
 *
 * - asi:so1-2 (ASI 1.2): progress markers seen at 2020-12-31 weigh
 *   3 × expect (1) + 3 × like (2) = 9 of the 18 of all nine markers, 50%; the
 *   UK law indicator is true, 100%; mean 75%.
 * - lra:brands-disclose: 20 → 40 of a target of 60, (40 − 20) / (60 − 20) = 50%.
 * - supply-chains-accountable: two links of weight 1, (0.75 + 0.5) / 2 = 62.5%:
 *   ASI 0.75 / 2 = 37.5%, the alliance 0.5 / 2 = 25%.
 * - lra:laws-ratified: the shared ILO P029 count (ASI's definition: 0 in 2014,
 *   target 50), 36 on 2019-07-17: 72%.
 * - laws-enforced: asi:so1-1 with weight 2 (its progress p as in ASI's own
 *   document, alone) and lra:laws-ratified with weight 1: (2p + 0.72) / 3;
 *   ASI 2p / 3, the alliance 0.72 / 3 = 24%.
 * - end-forced-labour: the mean of the two joint objectives with data
 *   (survivor-remedy has none): the alliance (0.24 + 0.25) / 2 = 24.5%,
 *   ASI (2p / 3 + 0.375) / 2.
 * - survivor-remedy: no member contributes, a gap.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { jointProgress, rollUp, type JointProgress, type Model, type ProgressReportData } from '../../src/index.js';
import { loadModelFile, readCoalitionFile } from '../../src/node/index.js';
import { toHtmlReport, toMarkdownReport } from '../../src/report/index.js';
import { toc } from '../cli/in-process.js';

const root = resolve(import.meta.dirname, '../..');
const coalitionFile = join(root, 'examples/coalition/coalition.yaml');
const ASI = 'Anti-Slavery International';
const LRA = 'Labour Rights Alliance (illustrative)';

let model: Model;
let report: ProgressReportData;
let joint: JointProgress;
/** asi:so1-1's progress in ASI's own document, rolled up alone. */
let p: number;

beforeAll(async () => {
  const result = await readCoalitionFile(coalitionFile);
  if (!result.ok) throw new Error('the example coalition is valid');
  model = result.model;
  report = rollUp(model, { asOf: '2020-12-31' });
  joint = jointProgress(model, result.coalition, report);
  const asi = await loadModelFile(join(root, 'examples/anti-slavery-international/asi.yaml'));
  p = rollUp(asi, { asOf: '2020-12-31' }).results.find((r) => r.id === 'so1-1')?.progress as number;
});

/** Whole percentages as the report writes them. */
const pc = (share: number): string => `${Math.round(share * 100).toString()}%`;

function dom(html: string): Document {
  return new JSDOM(html).window.document;
}

describe('the coalition section of the HTML report', () => {
  it('comes first, in the contents and before the diagram, headed Coalition', () => {
    const doc = dom(toHtmlReport(model, report, { jointProgress: joint }));
    const sections = [...doc.querySelectorAll('main > section')].map((s) => s.id);
    expect(sections.slice(0, 3)).toEqual(['coalition', 'diagram', 'progress']);
    expect(doc.querySelector('#coalition')?.className).toBe('first');
    expect(doc.querySelector('#coalition h2')?.textContent).toBe('Coalition');
    expect(doc.querySelector('nav a')?.getAttribute('href')).toBe('#coalition');
    expect(doc.querySelector('nav a')?.textContent).toBe('Coalition');
  });

  it('gives each joint goal and objective its progress, status, members’ shares in words and contributors', () => {
    const doc = dom(toHtmlReport(model, report, { jointProgress: joint }));
    const rows = [...doc.querySelectorAll('table.coalition tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-id'))).toEqual(['end-forced-labour', 'laws-enforced', 'supply-chains-accountable', 'survivor-remedy']);
    // The share column in words (the bar's tooltips aside).
    const cells = (i: number): string[] => [...(rows[i] as Element).querySelectorAll('td')].map((td) => ((td.classList.contains('bar') ? td.querySelector('.share-words') : td)?.textContent ?? '').trim());
    const laws = (2 * p + 0.72) / 3;
    const goal = (laws + 0.625) / 2;
    expect(p).toBeGreaterThan(0.5);
    expect(cells(0)).toEqual([
      'Governments and businesses end forced labour and trafficking end-forced-labourillustrative',
      pc(goal),
      'off track',
      `${ASI} ${pc((2 * p) / 3 / 2 + 0.375 / 2)} · ${LRA} 25%`,
      `${ASI}, ${LRA}`,
    ]);
    expect(cells(1)).toEqual(['Governments adopt, ratify and enforce laws against forced labour laws-enforcedillustrative', pc(laws), 'off track', `${ASI} ${pc((2 * p) / 3)} · ${LRA} 24%`, `${ASI}, ${LRA}`]);
    // 62.5% reads 63% (half away from zero); 37.5% reads 38%.
    expect(cells(2)).toEqual([
      'Businesses are held to account for forced labour in their supply chains supply-chains-accountableillustrative',
      '63%',
      'off track',
      `${ASI} 38% · ${LRA} 25%`,
      `${ASI}, ${LRA}`,
    ]);
    expect(cells(3)).toEqual(['Survivors of forced labour have access to remedy and compensation survivor-remedy', '—', 'no data', 'no member contributes', 'none: a gap']);
  });

  it('draws each member’s share as a segment of a stacked bar, in the member’s colour, as wide as its share of the 0–100% bar', () => {
    const doc = dom(toHtmlReport(model, report, { jointProgress: joint }));
    const bar = (id: string): { member: string | null; x: number; width: number; fill: string | null; title: string | null }[] =>
      [...doc.querySelectorAll(`tr[data-id="${id}"] svg.share-bar rect.share`)].map((r) => ({
        member: r.getAttribute('data-member'),
        x: Number(r.getAttribute('x')),
        width: Number(r.getAttribute('width')),
        fill: r.getAttribute('fill'),
        title: r.querySelector('title')?.textContent ?? null,
      }));
    // The bar's viewBox runs 0 to 100: a share of 37.5% is 37.5 wide, the next segment starts where it ends.
    expect(bar('supply-chains-accountable')).toEqual([
      { member: 'asi', x: 0, width: 37.5, fill: '#0072b2', title: `${ASI}: 38%` },
      { member: 'lra', x: 37.5, width: 25, fill: '#e69f00', title: `${LRA}: 25%` },
    ]);
    const laws = bar('laws-enforced');
    expect(laws.map((s) => s.member)).toEqual(['asi', 'lra']);
    expect(laws[0]?.width).toBeCloseTo(((2 * p) / 3) * 100, 2);
    expect(laws[1]?.width).toBeCloseTo(24, 2);
    expect(laws[1]?.x).toBeCloseTo(((2 * p) / 3) * 100, 2);
    // No data, no bar; the words say why.
    expect(bar('survivor-remedy')).toEqual([]);
    expect(doc.querySelector('tr[data-id="survivor-remedy"] svg')).toBeNull();
    // The bar says the shares in words to a screen reader too.
    expect(doc.querySelector('tr[data-id="supply-chains-accountable"] svg.share-bar')?.getAttribute('aria-label')).toBe(`${ASI} 38%, ${LRA} 25%`);
  });

  it('states the gaps plainly, and has one part per member: what it contributes, how far, its shares', () => {
    const doc = dom(toHtmlReport(model, report, { jointProgress: joint }));
    expect(doc.querySelector('#coalition .gaps')?.textContent).toBe(
      'Gaps. No member contributes to this joint goal or objective, directly or through other joint objectives: link a member’s goal or objective to it in the coalition file, or it stays a gap.Survivors of forced labour have access to remedy and compensation survivor-remedy',
    );
    const parts = [...doc.querySelectorAll('#coalition .member-part')];
    expect(parts.map((m) => m.getAttribute('data-member'))).toEqual(['asi', 'lra']);
    const lra = parts[1] as Element;
    expect(lra.querySelector('h3')?.textContent).toBe(`${LRA} lra`);
    expect([...lra.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent))).toEqual([
      ['Governments ratify and apply the international forced labour standards lra:laws-ratified', 'Governments adopt, ratify and enforce laws against forced labour laws-enforced', '72%', 'off track'],
      ['Clothing brands disclose and remedy forced labour in their supply chains lra:brands-disclose' + 'illustrative', 'Businesses are held to account for forced labour in their supply chains supply-chains-accountable', '50%', 'off track'],
    ]);
    const goal = pc(((2 * p + 0.72) / 3 + 0.625) / 2);
    expect([...lra.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      `Governments and businesses end forced labour and trafficking: 25% of ${goal}`,
      `Governments adopt, ratify and enforce laws against forced labour: 24% of ${pc((2 * p + 0.72) / 3)}`,
      'Businesses are held to account for forced labour in their supply chains: 25% of 63%',
    ]);
    const asi = parts[0] as Element;
    expect([...asi.querySelectorAll('tbody tr td:nth-child(3)')].map((td) => td.textContent)).toEqual([pc(p), '75%']);
    expect(asi.querySelector('tbody tr td')?.textContent).toBe('1.1 National governments and institutions, including law enforcement and judiciary, have introduced effective anti-slavery measures asi:so1-1illustrative');
  });

  it('leaves a page without the joint progress as it was: no section, no coalition styles', () => {
    const html = toHtmlReport(model, report);
    expect(html).toBe(toHtmlReport(model, report, {}));
    expect(html).not.toContain('id="coalition"');
    expect(html).not.toContain('share-bar');
    expect(html).not.toContain('.gaps');
    expect(dom(html).querySelector('main > section')?.id).toBe('diagram');
  });

  it('escapes hostile member and node titles: they show as written and add no element', () => {
    const hostile = '<img src=x onerror=alert(1)> & "quoted" \'single\' <script>window.x=1</script>';
    const evil: JointProgress = {
      ...joint,
      joint: joint.joint.map((j) => ({ ...j, title: `${hostile} ${j.id}` })),
      members: joint.members.map((m) => ({ ...m, title: `${hostile} ${m.member}` })),
    };
    const html = toHtmlReport(model, report, { jointProgress: evil });
    const doc = dom(html);
    const section = doc.querySelector('#coalition') as Element;
    expect(section.querySelectorAll('img, script')).toHaveLength(0);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect([...section.querySelectorAll('.members li')].map((li) => li.textContent)).toEqual([`${hostile} asi asi`, `${hostile} lra lra`]);
    expect(section.querySelector('rect.share title')?.textContent).toBe(`${hostile} asi: ${pc(joint.joint[0]?.shares[0]?.share as number)}`);
    expect(section.querySelector('.gaps li')?.textContent).toBe(`${hostile} survivor-remedy survivor-remedy`);
    expect(html).not.toContain('<img src=x');
  });
});

describe('the coalition sections of the Markdown report', () => {
  it('follow the diagram: the members, the joint table with shares in words, the gaps, one section per member', () => {
    const md = toMarkdownReport(model, report, { jointProgress: joint });
    const start = md.indexOf('### Coalition');
    expect(start).toBeGreaterThan(md.indexOf('```mermaid'));
    expect(start).toBeLessThan(md.indexOf('### Goals and objectives'));
    const section = md.slice(start, md.indexOf('### Goals and objectives')).split('\n');
    expect(section).toContain(`Members: ${ASI} — asi; ${LRA} — lra.`);
    expect(section).toContain(
      `| Businesses are held to account for forced labour in their supply chains (supply-chains-accountable) _(illustrative)_ | 63% | off track | ${ASI} 38%, ${LRA} 25% | ${ASI}, ${LRA} |`,
    );
    expect(section).toContain(`| Governments adopt, ratify and enforce laws against forced labour (laws-enforced) _(illustrative)_ | ${pc((2 * p + 0.72) / 3)} | off track | ${ASI} ${pc((2 * p) / 3)}, ${LRA} 24% | ${ASI}, ${LRA} |`);
    expect(section).toContain('| Survivors of forced labour have access to remedy and compensation (survivor-remedy) | — | no data | no member contributes | **none: a gap** |');
    expect(section).toContain(
      '**Gaps.** No member contributes to this joint goal or objective, directly or through other joint objectives: Survivors of forced labour have access to remedy and compensation (survivor-remedy).',
    );
    expect(section).toContain(`#### ${LRA} — lra`);
    expect(section).toContain('| Clothing brands disclose and remedy forced labour in their supply chains (lra\\:brands-disclose) _(illustrative)_ | Businesses are held to account for forced labour in their supply chains (supply-chains-accountable) | 50% | off track |');
    expect(section.filter((l) => l.startsWith('Its share of the joint progress:'))).toHaveLength(2);
    // Marked as the goals and objectives table marks them: the alliance's ratifications rest on the published count of 36.
    expect(section).toContain('_Illustrative_: resting on figures not from a published source.');
    expect(section.find((l) => l.includes('(lra\\:laws-ratified)'))?.includes('_(illustrative)_')).toBe(false);
  });

  it('leaves a report without the joint progress as it was', () => {
    const md = toMarkdownReport(model, report);
    expect(md).toBe(toMarkdownReport(model, report, {}));
    expect(md).not.toContain('Coalition');
  });

  it('escapes hostile member and node titles', () => {
    const hostile = '| [x](javascript:alert(1)) <b>*em*</b>';
    const evil: JointProgress = { ...joint, joint: joint.joint.map((j) => ({ ...j, title: hostile })), members: joint.members.map((m) => ({ ...m, title: hostile })) };
    const md = toMarkdownReport(model, report, { jointProgress: evil });
    const escaped = '\\| \\[x\\](javascript\\:alert(1)) \\<b\\>\\*em\\*\\</b\\>';
    expect(md).toContain(`Members: ${escaped} — asi; ${escaped} — lra.`);
    expect(md).toContain(`#### ${escaped} — asi`);
    expect(md).not.toContain('<b>');
    expect(md).not.toContain('[x](');
  });
});

describe('toc report and toc mermaid --markdown on a coalition file', () => {
  const work = mkdtempSync(join(tmpdir(), 'toc-coalition-report-'));
  beforeEach(() => {
    vi.stubEnv('CHROMIUM_PATH', join(work, 'no-such-chromium'));
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('toc report writes the page with the coalition section first', async () => {
    const out = join(work, 'coalition.html');
    const run = await toc('report', coalitionFile, '--as-of', '2020-12-31', '-o', out);
    expect(run.code).toBe(0);
    const doc = dom(readFileSync(out, 'utf8'));
    expect(doc.querySelector('main > section')?.id).toBe('coalition');
    expect(doc.querySelector('tr[data-id="supply-chains-accountable"] .share-words')?.textContent).toBe(`${ASI} 38% · ${LRA} 25%`);
  });

  it('toc help report says what a coalition file gets', async () => {
    const help = await toc('help', 'report');
    expect(help.stdout).toContain('For a coalition file (one that lists\nmembers) it opens with the coalition');
  });

  it('toc report on one theory of change has no coalition section', async () => {
    const out = join(work, 'asi.html');
    const run = await toc('report', join(root, 'examples/anti-slavery-international/asi.yaml'), '--as-of', '2020-12-31', '-o', out);
    expect(run.code).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toContain('id="coalition"');
  });

  it('toc mermaid --markdown gives the coalition sections; without a roll-up (--no-progress) none', async () => {
    const run = await toc('mermaid', '--markdown', coalitionFile, '--as-of', '2020-12-31');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('### Coalition');
    expect(run.stdout).toContain(`| Businesses are held to account for forced labour in their supply chains (supply-chains-accountable) _(illustrative)_ | 63% | off track | ${ASI} 38%, ${LRA} 25% |`);
    const bare = await toc('mermaid', '--markdown', '--no-progress', coalitionFile);
    expect(bare.code).toBe(0);
    expect(bare.stdout).not.toContain('Coalition');
  });
});
