/**
 * Coalitions: a joint roll-up worked out by hand (a shared indicator counted once,
 * members' shares adding up), diagnostics placed in the file they are in, and a loop
 * through three files.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { jointProgress, rollUp, validateCoalition } from '../../src/index.js';
import { readCoalitionFile } from '../../src/node/index.js';
import { memberFilePath } from '../../src/node/read-coalition-file.js';
import { toc } from '../cli/in-process.js';

const root = resolve(import.meta.dirname, '../..');

/** Member a: goal g ← objective o, measured by its count of ILO P029 ratifications (36 on 2019-07-17). */
const A = `title: Member A
nodes:
  - { kind: goal, id: g, title: Slavery ends }
  - { kind: objective, id: o, title: Laws are ratified, contributesTo: [g] }
  - kind: indicator
    id: ratified
    title: Ratifications of the Forced Labour Protocol
    measures: [o]
    measure: { kind: number }
    frameworks: [{ framework: ILO, code: P029 }]
    baseline: { date: 2015-01-01, value: 0 }
    targets: [{ date: 2020-12-31, value: 50 }]
    observations: [{ date: 2019-07-17, value: 36 }]
`;

/** Member b: goal h ← objectives p (the same P029 count, and 40 on 2020-06-30) and q (a percentage, half-way). */
const B = `title: Member B
nodes:
  - { kind: goal, id: h, title: Decent work }
  - { kind: objective, id: p, title: Standards are ratified, contributesTo: [h] }
  - { kind: objective, id: q, title: Brands disclose, contributesTo: [h] }
  - kind: indicator
    id: p029
    title: Governments that ratified P029
    measures: [p]
    measure: { kind: number }
    frameworks: [{ framework: ILO, code: P029 }]
    baseline: { date: 2015-01-01, value: 0 }
    targets: [{ date: 2020-12-31, value: 50 }]
    observations:
      - { date: 2019-07-17, value: 36 }
      - { date: 2020-06-30, value: 40 }
  - kind: indicator
    id: brands
    title: Brands publishing supplier lists
    measures: [q]
    measure: { kind: percentage }
    baseline: { date: 2017-01-01, value: 20 }
    targets: [{ date: 2020-12-31, value: 60 }]
    observations: [{ date: 2019-12-31, value: 40 }]
`;

/** Joint goal jg ← joint objective jo ← a:o (weight 3) and b:p; jg ← b:q too. */
const COALITION = `title: Joint coalition
members:
  - { id: a, file: members/a.yaml }
  - { id: b, file: members/b.yaml }
nodes:
  - { kind: goal, id: jg, title: Forced labour ends }
  - { kind: objective, id: jo, title: Governments ratify the standards, contributesTo: [jg] }
links:
  - { from: a:o, to: jo, weight: 3 }
  - { from: b:p, to: jo }
  - { from: b:q, to: jg }
`;

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'toc-coalition-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('a joint roll-up, worked by hand', () => {
  // The P029 indicators of a and b are one data stream: one indicator, a's, with both
  // readings: the latest, 40 of 50 on 2020-06-30, is progress 0.8 for a:o and b:p alike.
  // jo = (3 × 0.8 + 1 × 0.8) / 4 = 0.8: a's share 3 × 0.8 / 4 = 0.6, b's 0.2.
  // b:q = (40 − 20) / (60 − 20) = 0.5. jg = (0.8 + 0.5) / 2 = 0.65:
  // a's share 0.6 / 2 = 0.3; b's 0.2 / 2 + 0.5 / 2 = 0.35; together 0.65.
  it('counts the shared indicator once and splits each joint objective by member', async () => {
    const dir = folder({ 'coalition.yaml': COALITION, 'members/a.yaml': A, 'members/b.yaml': B });
    const result = await readCoalitionFile(join(dir, 'coalition.yaml'));
    expect(result.diagnostics).toEqual([]);
    if (!result.ok) throw new Error('expected a valid coalition');
    const shared = result.model.indicators().filter((i) => i.frameworks?.some((f) => f.code === 'P029'));
    expect(shared.map((i) => i.id)).toEqual(['a:ratified']);
    expect(result.model.measuredBy('a:ratified')).toEqual(['a:o', 'b:p']);
    const report = rollUp(result.model, { asOf: '2020-12-31' });
    const joint = jointProgress(result.model, result.coalition, report);
    const jo = joint.joint.find((j) => j.id === 'jo');
    const jg = joint.joint.find((j) => j.id === 'jg');
    expect(jo?.progress).toBeCloseTo(0.8, 12);
    expect(jo?.shares.map((s) => s.member)).toEqual(['a', 'b']);
    expect(jo?.shares[0]?.share).toBeCloseTo(0.6, 12);
    expect(jo?.shares[1]?.share).toBeCloseTo(0.2, 12);
    expect(jg?.progress).toBeCloseTo(0.65, 12);
    expect(jg?.shares[0]?.share).toBeCloseTo(0.3, 12);
    expect(jg?.shares[1]?.share).toBeCloseTo(0.35, 12);
    expect(joint.members.map((m) => [m.member, m.contributions.map((c) => `${c.from}→${c.to}`)])).toEqual([
      ['a', ['a:o→jo']],
      ['b', ['b:q→jg', 'b:p→jo']],
    ]);
    expect(joint.gaps).toEqual([]);
  });

  it('the members’ shares add up to the joint progress in the example', async () => {
    const result = await readCoalitionFile(join(root, 'examples/coalition/coalition.yaml'));
    if (!result.ok) throw new Error('expected the example to be valid');
    const joint = jointProgress(result.model, result.coalition, rollUp(result.model, { asOf: '2020-12-31' }));
    for (const j of joint.joint) {
      const sum = j.shares.reduce((s, x) => s + x.share, 0);
      expect(sum).toBeCloseTo(j.progress ?? 0, 12);
    }
    expect(joint.gaps).toEqual(['survivor-remedy']);
  });

  it('lists joint nodes and contributions in the strategy’s order, whatever the order of the files', async () => {
    const load = (file: string): Record<string, unknown> => parseYaml(readFileSync(join(root, 'examples', file), 'utf8')) as Record<string, unknown>;
    const coalition = load('coalition/coalition.yaml');
    const members = new Map([
      ['asi', load('anti-slavery-international/asi.yaml')],
      ['lra', load('coalition/labour-rights-alliance.yaml')],
    ]);
    const reversed = (doc: Record<string, unknown>): Record<string, unknown> => ({
      ...doc,
      nodes: [...(doc.nodes as unknown[])].reverse(),
      ...(Array.isArray(doc.links) ? { links: [...doc.links].reverse() } : {}),
    });
    const joint = (c: unknown, m: ReadonlyMap<string, unknown>): unknown => {
      const result = validateCoalition(c, m);
      if (!result.ok) throw new Error('expected the example to be valid');
      return jointProgress(result.model, result.coalition, rollUp(result.model, { asOf: '2020-12-31' }));
    };
    const asWritten = joint(coalition, members) as { joint: { id: string }[]; members: { contributions: { from: string }[] }[] };
    // The joint goal first, then its objectives by id (they have no ref).
    expect(asWritten.joint.map((j) => j.id)).toEqual(['end-forced-labour', 'laws-enforced', 'supply-chains-accountable', 'survivor-remedy']);
    expect(asWritten.members.map((m) => m.contributions.map((c) => c.from))).toEqual([['asi:so1-1', 'asi:so1-2'], ['lra:laws-ratified', 'lra:brands-disclose']]);
    expect(joint(reversed(coalition), new Map([...members].map(([id, doc]) => [id, reversed(doc)])))).toEqual(asWritten);
  });

  it('leaves the members’ documents unchanged', () => {
    const a = { title: 'A', nodes: [{ kind: 'goal', id: 'g', title: 'G' }] };
    const frozen = JSON.stringify(a);
    const result = validateCoalition({ title: 'C', members: [{ id: 'a', file: 'a.yaml' }], nodes: [{ kind: 'goal', id: 'jg', title: 'J' }], links: [{ from: 'a:g', to: 'jg' }] }, new Map([['a', a]]));
    expect(result.ok).toBe(true);
    expect(JSON.stringify(a)).toBe(frozen);
    expect(result.model?.parents('a:g')).toEqual(['jg']);
  });
});

describe('members’ shares (property)', () => {
  const member = (value: number | undefined): Record<string, unknown> => ({
    title: 'M',
    nodes: [
      { kind: 'goal', id: 'g', title: 'G' },
      { kind: 'objective', id: 'o', title: 'O', contributesTo: ['g'] },
      {
        kind: 'indicator',
        id: 'i',
        title: 'I',
        measures: ['o'],
        measure: { kind: 'number' },
        baseline: { date: '2015-01-01', value: 0 },
        targets: [{ date: '2020-12-31', value: 100 }],
        ...(value === undefined ? {} : { observations: [{ date: '2019-12-31', value }] }),
      },
    ],
  });
  const weight = fc.double({ min: 0.01, max: 100, noNaN: true });
  it('add up to each joint node’s progress, whatever the weights and readings', () => {
    fc.assert(
      fc.property(fc.option(fc.integer({ min: 0, max: 150 }), { nil: undefined }), fc.option(fc.integer({ min: 0, max: 150 }), { nil: undefined }), weight, weight, weight, (va, vb, wa, wb, wc) => {
        const result = validateCoalition(
          {
            title: 'C',
            members: [{ id: 'a', file: 'a.yaml' }, { id: 'b', file: 'b.yaml' }],
            nodes: [
              { kind: 'goal', id: 'jg', title: 'J' },
              { kind: 'objective', id: 'jo', title: 'JO', contributesTo: ['jg'] },
            ],
            links: [
              { from: 'a:o', to: 'jo', weight: wa },
              { from: 'b:o', to: 'jo', weight: wb },
              { from: 'b:g', to: 'jg', weight: wc },
            ],
          },
          new Map([
            ['a', member(va)],
            ['b', member(vb)],
          ]),
        );
        if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
        const joint = jointProgress(result.model, result.coalition, rollUp(result.model, { asOf: '2020-12-31' }));
        for (const j of joint.joint) {
          expect(j.shares.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(j.progress ?? 0, 9);
          for (const s of j.shares) expect(s.share).toBeGreaterThan(0);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('diagnostics across files', () => {
  it('names the file, line and column of each problem: in the coalition file and in a member’s', async () => {
    const coalition = COALITION.replace('{ from: a:o, to: jo, weight: 3 }', '{ from: a:oo, to: jo, weight: 3 }').replace('{ from: b:q, to: jg }', '{ from: c:q, to: jg }');
    const b = B.replace('{ date: 2019-07-17, value: 36 }\n      - { date: 2020-06-30', '{ date: 2019-07-17, value: 35 }\n      - { date: 2020-06-30');
    const dir = folder({ 'coalition.yaml': coalition, 'members/a.yaml': A, 'members/b.yaml': b });
    const result = await readCoalitionFile(join(dir, 'coalition.yaml'));
    expect(result.ok).toBe(false);
    const seen = result.diagnostics.map((d) => [d.code, d.file?.slice(dir.length + 1), d.position?.line, d.position?.column, d.path]);
    expect(seen).toEqual([
      ['coalition-unknown-reference', 'coalition.yaml', 9, 7, ['links', 0, 'from']],
      ['coalition-unknown-member', 'coalition.yaml', 11, 7, ['links', 2, 'from']],
      ['coalition-conflicting-claims', 'members/b.yaml', 6, 5, ['nodes', 3]],
    ]);
    expect(result.diagnostics[0]?.message).toBe('Link 1 names "a:oo", but a\'s document (members/a.yaml) has no node with the id "oo". Did you mean "a:o"?');
    expect(result.diagnostics[1]?.message).toBe('Link 3 names "c:q", but the coalition has no member "c" (its members: a, b).');
    expect(result.diagnostics[2]?.message).toBe('"a:ratified" and "b:p029" are one shared indicator, but their readings for 2019-07-17 differ; a\'s is kept.');
  });

  it('reports a member listed twice, and an error in a member’s file at its line', async () => {
    const coalition = COALITION.replace('  - { id: b, file: members/b.yaml }', '  - { id: b, file: members/b.yaml }\n  - { id: b, file: members/a.yaml }');
    const dir = folder({ 'coalition.yaml': coalition, 'members/a.yaml': A, 'members/b.yaml': B.replace('contributesTo: [h] }\n  - { kind: objective, id: q', 'contributesTo: [hh] }\n  - { kind: objective, id: q') });
    const result = await readCoalitionFile(join(dir, 'coalition.yaml'));
    expect(result.diagnostics.map((d) => [d.code, d.file?.slice(dir.length + 1), d.position?.line])).toEqual([
      ['coalition-duplicate-member', 'coalition.yaml', 5],
      ['unknown-reference', 'members/b.yaml', 4],
    ]);
    // The third member repeats b's id and a's file: it is reported against the first it repeats.
    expect(result.diagnostics[0]?.message).toBe('Members "a" and "b" share the file members/a.yaml; each member is listed once.');
  });

  it('a member file that is not there: said where the coalition lists it, with the nearest file name in that folder', async () => {
    const dir = folder({ 'coalition.yaml': COALITION.replace('file: members/b.yaml', 'file: members/bb.yaml'), 'members/a.yaml': A, 'members/b.yaml': B });
    const result = await readCoalitionFile(join(dir, 'coalition.yaml'));
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.file?.slice(dir.length + 1), d.position?.line, d.position?.column, d.path, d.ids])).toEqual([
      ['unreadable-file', 'coalition.yaml', 4, 14, ['members', 1, 'file'], ['b']],
    ]);
    expect(result.diagnostics[0]?.message).toMatch(/^.*members\/bb\.yaml could not be read \(no such file.*\)\. It is member "b" of .*coalition\.yaml\. Did you mean "members\/b\.yaml"\?$/);
  });

  it('refuses the coalition file itself, or another coalition, as a member, saying where', async () => {
    const coalition = COALITION.replace('  - { id: b, file: members/b.yaml }', '  - { id: b, file: ./coalition.yaml }\n  - { id: c, file: members/other.yaml }');
    const dir = folder({ 'coalition.yaml': coalition, 'members/a.yaml': A, 'members/other.yaml': COALITION });
    const result = await readCoalitionFile(join(dir, 'coalition.yaml'));
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.path, d.position?.line, d.message])).toEqual([
      ['invalid-value', ['members', 1, 'file'], 4, 'Member "b" is this coalition file itself; a member\'s file is one organisation\'s theory of change.'],
      ['invalid-value', ['members', 2, 'file'], 5, 'Member "c" (members/other.yaml) is itself a coalition (it lists members); a member\'s file is one organisation\'s theory of change. List that coalition\'s members here instead.'],
    ]);
  });

  it('a link with a typo at both ends: both said at once', async () => {
    const dir = folder({ 'coalition.yaml': COALITION.replace('{ from: b:p, to: jo }', '{ from: b:pp, to: joo }'), 'members/a.yaml': A, 'members/b.yaml': B });
    const result = await readCoalitionFile(join(dir, 'coalition.yaml'));
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.path, d.message])).toEqual([
      ['coalition-unknown-reference', ['links', 1, 'from'], 'Link 2 names "b:pp", but b\'s document (members/b.yaml) has no node with the id "pp". Did you mean "b:p"?'],
      ['unknown-reference', ['links', 1, 'to'], 'Link 2 names "joo", but no node of the coalition or its members has the id "joo". Did you mean "jo"?'],
    ]);
  });

  it('finds a loop through three files and says in which file each link is written', async () => {
    // a:sub → a:o (a.yaml); a:o → jo (the coalition's first link); jo → b:sub (jo's own link, in the
    // coalition file); b:sub → b:p (b.yaml); b:p → a:sub (the coalition's second link).
    const a = 'title: A\nnodes:\n  - { kind: objective, id: o, title: O }\n  - { kind: objective, id: sub, title: Sub, contributesTo: [o] }\n';
    const b = 'title: B\nnodes:\n  - { kind: objective, id: p, title: P }\n  - { kind: objective, id: sub, title: Sub, contributesTo: [p] }\n';
    const coalition = `title: Loop
members:
  - { id: a, file: a.yaml }
  - { id: b, file: b.yaml }
nodes:
  - { kind: objective, id: jo, title: Joint, contributesTo: [b:sub] }
links:
  - { from: a:o, to: jo }
  - { from: b:p, to: a:sub }
`;
    const dir = folder({ 'coalition.yaml': coalition, 'a.yaml': a, 'b.yaml': b });
    const result = await readCoalitionFile(join(dir, 'coalition.yaml'));
    expect(result.ok).toBe(false);
    const cycles = result.diagnostics.filter((d) => d.code === 'cycle');
    expect(cycles).toHaveLength(1);
    const c = join(dir, 'coalition.yaml');
    expect(cycles[0]?.message).toBe(
      'Contributes-to links form a loop: "a:o" → "jo" → "b:sub" → "b:p" → "a:sub" → "a:o". A result cannot, through others, contribute to itself. ' +
        `Its links: "a:o" → "jo" at links[0] of ${c}; "jo" → "b:sub" at nodes[0].contributesTo[0] of ${c}; "b:sub" → "b:p" at nodes[1].contributesTo[0] of b.yaml; ` +
        `"b:p" → "a:sub" at links[1] of ${c}; "a:sub" → "a:o" at nodes[1].contributesTo[0] of a.yaml.`,
    );
  });
});

describe('member files written as absolute paths', () => {
  it('reads an absolute member path as it is, and a relative one relative to the coalition file', async () => {
    const elsewhere = folder({ 'b.yaml': B });
    const absolute = join(elsewhere, 'b.yaml');
    const dir = folder({ 'coalition.yaml': COALITION.replace('file: members/b.yaml', `file: ${JSON.stringify(absolute)}`), 'members/a.yaml': A });
    const result = await readCoalitionFile(join(dir, 'coalition.yaml'));
    expect(result.diagnostics).toEqual([]);
    if (!result.ok) throw new Error('expected a valid coalition');
    // The same joint roll-up as with both members beside the coalition file: jg = 0.65 (worked above).
    const joint = jointProgress(result.model, result.coalition, rollUp(result.model, { asOf: '2020-12-31' }));
    expect(joint.joint.find((j) => j.id === 'jg')?.progress).toBeCloseTo(0.65, 12);
    expect(result.coalition.members.map((m) => m.file)).toEqual(['members/a.yaml', absolute]);
  });

  it('places a problem in an absolute member file at that path, with its line', async () => {
    const elsewhere = folder({ 'b.yaml': B.replace('contributesTo: [h] }\n  - { kind: objective, id: q', 'contributesTo: [hh] }\n  - { kind: objective, id: q') });
    const absolute = join(elsewhere, 'b.yaml');
    const dir = folder({ 'coalition.yaml': COALITION.replace('file: members/b.yaml', `file: ${JSON.stringify(absolute)}`), 'members/a.yaml': A });
    const result = await readCoalitionFile(join(dir, 'coalition.yaml'));
    expect(result.diagnostics.map((d) => [d.code, d.file, d.position?.line])).toEqual([['unknown-reference', absolute, 4]]);
  });

  it('an absolute member path that is not there is said as written, not joined to the coalition’s folder', async () => {
    const missing = join(folder({}), 'b.yaml');
    const dir = folder({ 'coalition.yaml': COALITION.replace('file: members/b.yaml', `file: ${JSON.stringify(missing)}`), 'members/a.yaml': A });
    const result = await readCoalitionFile(join(dir, 'coalition.yaml'));
    expect(result.diagnostics.map((d) => [d.code, d.file?.slice(dir.length + 1), d.position?.line])).toEqual([['unreadable-file', 'coalition.yaml', 4]]);
    expect(result.diagnostics[0]?.message.startsWith(`${missing} could not be read`)).toBe(true);
  });

  it('memberFilePath: absolute as it is, relative from the coalition file’s folder', () => {
    expect(memberFilePath('coalitions/c.yaml', '/home/x/asi.yaml')).toBe('/home/x/asi.yaml');
    expect(memberFilePath('coalitions/c.yaml', '../asi/asi.yaml')).toBe('asi/asi.yaml');
    expect(memberFilePath('coalitions/c.yaml', './lra.yaml')).toBe('coalitions/lra.yaml');
    expect(memberFilePath('c.yaml', 'lra.yaml')).toBe('lra.yaml');
  });
});

describe('a coalition that is not well formed', () => {
  const A_DOC = { title: 'A', nodes: [{ kind: 'goal', id: 'g', title: 'G' }] };
  it('says what is wrong and never throws', () => {
    const cases: [unknown, string[]][] = [
      [null, ['invalid-type']],
      [{ title: 'C' }, ['missing-field']],
      [{ title: 'C', members: 'a' }, ['invalid-type']],
      [{ title: 'C', members: [{ id: 'a:b', file: 'a.yaml' }] }, ['invalid-value']],
      [{ title: 'C', members: [{ id: 'a', file: 'a.yaml' }], nodes: [null, 5], links: [{ from: 'a:g' }] }, ['invalid-type', 'invalid-type', 'missing-field']],
      [{ title: 'C', members: [{ id: 'a', file: 'a.yaml' }], nodes: [{ kind: 'goal', id: 'x:y', title: 'J' }] }, ['invalid-value']],
    ];
    for (const [coalition, codes] of cases) {
      const result = validateCoalition(coalition, new Map([['a', A_DOC]]));
      expect(result.ok).toBe(false);
      expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code).sort()).toEqual(codes.sort());
    }
  });

  it('asks for the id and file of a member without them, saying a file may be relative or absolute', () => {
    const result = validateCoalition({ title: 'C', members: [{ id: 'a' }] }, new Map());
    expect(result.diagnostics.find((d) => d.code === 'missing-field')).toMatchObject({
      path: ['members', 0],
      message: 'Member 1 needs an "id" (a short name such as asi) and a "file" (its theory of change: a path relative to the coalition file, or an absolute one).',
    });
  });
});

describe('toc with a coalition file', () => {
  it('validates the example and shows each member’s share with progress --by member', async () => {
    const file = join(root, 'examples/coalition/coalition.yaml');
    const validated = await toc('validate', file);
    expect(validated.code).toBe(0);
    expect(validated.stdout).toContain(`${file}:40:5: warning coalition-gap at nodes[3]`);
    const run = await toc('progress', file, '--as-of', '2020-12-31', '--by', 'member');
    expect(run.code).toBe(0);
    // supply-chains-accountable = (asi:so1-2 0.75 + lra:brands-disclose 0.5) / 2 = 0.625: asi 0.375, lra 0.25.
    expect(run.stdout).toContain('supply-chains-accountable (objective): Businesses are held to account for forced labour in their supply chains\n  63% off-track: asi 38%, lra 25%\n');
    expect(run.stdout).toContain('Gaps (no member contributes): survivor-remedy');
    const asi = await toc('progress', join(root, 'examples/anti-slavery-international/asi.yaml'), '--by', 'member');
    expect(asi.code).toBe(2);
  });

  it('prints exactly what the Coalitions guide shows', async () => {
    const guide = readFileSync(join(root, 'docs/guides/coalitions-and-versions.md'), 'utf8');
    const samples = [...guide.matchAll(/^```text\n(\$ toc [^\n]*)\n([\s\S]*?)^```$/gm)];
    expect(samples).toHaveLength(2);
    const cwd = process.cwd();
    process.chdir(root);
    try {
      for (const [, command, shown] of samples) {
        const run = await toc(...(command as string).slice('$ toc '.length).split(' '));
        expect(run.stdout).toBe(shown);
      }
    } finally {
      process.chdir(cwd);
    }
  });
});
