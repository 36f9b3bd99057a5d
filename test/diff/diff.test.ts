/**
 * diff(before, after): each kind of change on small documents, with the
 * progress each moves worked out by hand; and the properties: a document
 * against itself, or against a reordered copy, gives no change.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadModel, validate, type NodeDocument, type TheoryOfChangeDocument } from '../../src/index.js';
import { diff, formatDiffMarkdown, formatDiffText, type ModelDiff } from '../../src/diff/index.js';
import { orderFreeDocument, validDocumentAndShuffle } from '../foundation/arbitraries.js';
import { reordered } from '../hardening/order-free.js';
import { runs } from '../hardening/support.js';

/**
 * A goal g, two objectives o1 and o2 contributing to it (o1 resting on the
 * assumption a), each measured by one indicator from 0 to 100 with one
 * reading on 2020-06-30: i1 at 40, i2 at 60. Progress there: i1 and o1 40%,
 * i2 and o2 60%, g their mean, 50%.
 */
const BASE: TheoryOfChangeDocument = {
  title: 'Small',
  period: { start: '2020-01-01', end: '2020-12-31' },
  nodes: [
    { kind: 'goal', id: 'g', title: 'Goal' },
    { kind: 'objective', id: 'o1', title: 'One', contributesTo: [{ to: 'g', assumptions: ['a'] }] },
    { kind: 'objective', id: 'o2', title: 'Two', contributesTo: ['g'] },
    { kind: 'assumption', id: 'a', title: 'It holds', status: 'holds' },
    indicator('i1', 'o1', 40),
    indicator('i2', 'o2', 60),
  ],
};

function indicator(id: string, measures: string, value: number): NodeDocument {
  return {
    kind: 'indicator',
    id,
    title: `Indicator ${id}`,
    measures: [measures],
    measure: { kind: 'number' },
    baseline: { date: '2020-01-01', value: 0 },
    targets: [{ date: '2020-12-31', value: 100 }],
    observations: [{ date: '2020-06-30', value }],
  };
}

/** BASE with the node `id` replaced by `change(node)` (or removed when it gives undefined). */
function edited(id: string, change: (node: NodeDocument) => NodeDocument | undefined, doc: TheoryOfChangeDocument = BASE): TheoryOfChangeDocument {
  return { ...doc, nodes: doc.nodes.flatMap((n) => (n.id === id ? [change(n)].filter((x): x is NodeDocument => x !== undefined) : [n])) };
}

const run = (before: TheoryOfChangeDocument, after: TheoryOfChangeDocument): ModelDiff => diff(loadModel(before), loadModel(after));
/** Each progress change as [id, before, after, causes], progress to nine decimals (0.45, not 0.45000000000000007). */
const round = (x: number | null): number | null => (x === null ? null : Math.round(x * 1e9) / 1e9);
const progressOf = (d: ModelDiff): [string, number | null, number | null, readonly number[]][] => d.progress.map((p) => [p.id, round(p.before.progress), round(p.after.progress), p.causes]);

describe('diff', () => {
  it('finds nothing between a document and itself, and compares progress at the latest reading date', () => {
    const d = run(BASE, BASE);
    expect(d).toEqual({ equal: true, asOf: '2020-06-30', changes: [], progress: [] });
    expect(formatDiffText(d)).toBe('no changes.\n');
  });

  it('reports a re-weighted link, and the goal it moves: (3 × 40% + 60%) / 4 = 45%', () => {
    const d = run(
      BASE,
      edited('o1', (n) => ({ ...n, contributesTo: [{ to: 'g', weight: 3, assumptions: ['a'] }] }) as NodeDocument),
    );
    expect(d.changes).toEqual([{ kind: 'link-reweighted', relation: 'contributesTo', from: 'o1', to: 'g', before: 1, after: 3 }]);
    expect(progressOf(d)).toEqual([['g', 0.5, 0.45, [0]]]);
    expect(d.equal).toBe(false);
  });

  it('reports a corrected reading (same indicator and date, other value) and everything above it', () => {
    const d = run(BASE, edited('i1', () => indicator('i1', 'o1', 50)));
    expect(d.changes).toEqual([
      { kind: 'reading-corrected', indicator: 'i1', date: '2020-06-30', before: { date: '2020-06-30', value: 40 }, after: { date: '2020-06-30', value: 50 } },
    ]);
    // Goals, then objectives, then indicators: g (40+60)/2 → (50+60)/2.
    expect(progressOf(d)).toEqual([
      ['g', 0.5, 0.55, [0]],
      ['o1', 0.4, 0.5, [0]],
      ['i1', 0.4, 0.5, [0]],
    ]);
    expect(formatDiffText(d)).toContain('1. reading of i1 corrected: 40 on 2020-06-30 → 50 on 2020-06-30');
  });

  it('reports readings added and removed on other dates; an earlier reading moves no progress', () => {
    const withEarlier = edited('i1', (n) => ({ ...n, observations: [{ date: '2020-03-31', value: 20 }, { date: '2020-06-30', value: 40 }] }) as NodeDocument);
    const added = run(BASE, withEarlier);
    expect(added.changes).toEqual([{ kind: 'reading-added', indicator: 'i1', reading: { date: '2020-03-31', value: 20 } }]);
    expect(added.progress).toEqual([]);
    expect(added.equal).toBe(false);
    expect(run(withEarlier, BASE).changes).toEqual([{ kind: 'reading-removed', indicator: 'i1', reading: { date: '2020-03-31', value: 20 } }]);
  });

  it('reports a target moved to another value (40 of 80 is 50%) or another date', () => {
    const lower = run(BASE, edited('i1', (n) => ({ ...n, targets: [{ date: '2020-12-31', value: 80 }] }) as NodeDocument));
    expect(lower.changes).toEqual([{ kind: 'target-moved', indicator: 'i1', before: { date: '2020-12-31', value: 100 }, after: { date: '2020-12-31', value: 80 } }]);
    expect(progressOf(lower)).toEqual([
      ['g', 0.5, 0.55, [0]],
      ['o1', 0.4, 0.5, [0]],
      ['i1', 0.4, 0.5, [0]],
    ]);
    const later = run(BASE, edited('i1', (n) => ({ ...n, targets: [{ date: '2021-06-30', value: 100 }] }) as NodeDocument));
    expect(later.changes).toEqual([{ kind: 'target-moved', indicator: 'i1', before: { date: '2020-12-31', value: 100 }, after: { date: '2021-06-30', value: 100 } }]);
  });

  it('reports a target added beside another, and a moved baseline: (40 − 20) / (100 − 20) = 25%', () => {
    const two = run(BASE, edited('i1', (n) => ({ ...n, targets: [{ date: '2020-12-31', value: 100 }, { date: '2020-09-30', value: 70 }] }) as NodeDocument));
    expect(two.changes).toEqual([{ kind: 'target-added', indicator: 'i1', target: { date: '2020-09-30', value: 70 } }]);
    const baseline = run(BASE, edited('i1', (n) => ({ ...n, baseline: { date: '2020-01-01', value: 20 } }) as NodeDocument));
    expect(baseline.changes).toEqual([{ kind: 'baseline-moved', indicator: 'i1', before: { date: '2020-01-01', value: 0 }, after: { date: '2020-01-01', value: 20 } }]);
    expect(progressOf(baseline)).toEqual([
      ['g', 0.5, 0.425, [0]],
      ['o1', 0.4, 0.25, [0]],
      ['i1', 0.4, 0.25, [0]],
    ]);
  });

  it('reports a node added with its links, and a node removed with its links', () => {
    const more: TheoryOfChangeDocument = { ...BASE, nodes: [...BASE.nodes, { kind: 'duty-bearer', id: 'gov', title: 'Government', actorType: 'state', accountableFor: ['o2'] }] };
    expect(run(BASE, more).changes).toEqual([
      { kind: 'node-added', id: 'gov', nodeKind: 'duty-bearer', title: 'Government' },
      { kind: 'link-added', relation: 'accountableFor', from: 'gov', to: 'o2' },
    ]);
    const fewer = run(more, BASE);
    expect(fewer.changes).toEqual([
      { kind: 'node-removed', id: 'gov', nodeKind: 'duty-bearer', title: 'Government' },
      { kind: 'link-removed', relation: 'accountableFor', from: 'gov', to: 'o2' },
    ]);
    expect(formatDiffText(fewer)).toBe(
      ['2 changes; progress as of 2020-06-30 differs for 0 nodes.', '', 'Changes', '  1. duty-bearer gov removed: "Government"', '  2. link removed: gov is accountable for o2', ''].join('\n'),
    );
  });

  it('reports a likely rename (same kind, title and links) as one change, not as a node removed and another added', () => {
    let renamed = edited('o1', (n) => ({ ...n, id: 'objective-1' }));
    renamed = edited('i1', (n) => ({ ...n, measures: ['objective-1'] }) as NodeDocument, renamed);
    const d = run(BASE, renamed);
    expect(d.changes).toEqual([{ kind: 'node-renamed', from: 'o1', to: 'objective-1', nodeKind: 'objective', title: 'One' }]);
    expect(d.progress).toEqual([]);
    // A renamed node's own changes are reported under its new id, and its progress under both.
    const andMore = edited('i1', (n) => ({ ...indicator('i1', 'objective-1', 50), title: n.title }), renamed);
    const e = run(BASE, andMore);
    expect(e.changes.map((c) => c.kind)).toEqual(['node-renamed', 'reading-corrected']);
    expect(e.progress.find((p) => p.id === 'objective-1')).toEqual({
      id: 'objective-1',
      formerId: 'o1',
      nodeKind: 'objective',
      title: 'One',
      before: { progress: 0.4, status: expect.any(String) },
      after: { progress: 0.5, status: expect.any(String) },
      causes: [1],
    });
  });

  it('does not guess between two nodes in the same position: both renamed is two removed and two added', () => {
    const twins: TheoryOfChangeDocument = {
      title: 'Twins',
      nodes: [
        { kind: 'goal', id: 'g', title: 'Goal' },
        { kind: 'objective', id: 'a', title: 'Same', contributesTo: ['g'] },
        { kind: 'objective', id: 'b', title: 'Same', contributesTo: ['g'] },
      ],
    };
    const renamed = { ...twins, nodes: twins.nodes.map((n) => (n.id === 'a' ? { ...n, id: 'x' } : n.id === 'b' ? { ...n, id: 'y' } : n)) };
    expect(run(twins, renamed).changes.map((c) => c.kind)).toEqual(['node-added', 'node-added', 'node-removed', 'node-removed', 'link-added', 'link-added', 'link-removed', 'link-removed']);
  });

  it('does not take a new id with another title for a rename', () => {
    let other = edited('o1', (n) => ({ ...n, id: 'objective-1', title: 'One, reworded' }));
    other = edited('i1', (n) => ({ ...n, measures: ['objective-1'] }) as NodeDocument, other);
    expect(run(BASE, other).changes.map((c) => c.kind)).toEqual(['node-added', 'node-removed', 'link-added', 'link-added', 'link-removed', 'link-removed']);
  });

  it("reports a node's own fields that changed, by name, before and after (absent where not written)", () => {
    const d = run(BASE, edited('o2', (n) => ({ ...n, title: 'Two, reworded', ref: '2', resultType: 'outcome' }) as NodeDocument));
    expect(d.changes).toEqual([
      {
        kind: 'node-changed',
        id: 'o2',
        nodeKind: 'objective',
        title: 'Two, reworded',
        fields: [
          { field: 'ref', after: '2' },
          { field: 'resultType', after: 'outcome' },
          { field: 'title', before: 'Two', after: 'Two, reworded' },
        ],
      },
    ]);
    expect(formatDiffText(d)).toContain('1. objective o2: ref (none) → "2"; resultType (none) → "outcome"; title "Two" → "Two, reworded"');
  });

  it("reports an assumption's status, and names it among the causes of the progress it moves", () => {
    const d = run(BASE, edited('a', (n) => ({ ...n, status: 'fails' }) as NodeDocument));
    expect(d.changes).toEqual([{ kind: 'assumption-status', id: 'a', title: 'It holds', before: 'holds', after: 'fails' }]);
    for (const p of d.progress) expect(p.causes).toEqual([0]);
  });

  it("reports a link's assumptions changing, and the document's own fields", () => {
    const d = run(BASE, { ...edited('o2', (n) => ({ ...n, contributesTo: [{ to: 'g', assumptions: ['a'] }] }) as NodeDocument), title: 'Small, v2' });
    expect(d.changes).toEqual([
      { kind: 'document-changed', fields: [{ field: 'title', before: 'Small', after: 'Small, v2' }] },
      { kind: 'link-changed', relation: 'contributesTo', from: 'o2', to: 'g', fields: [{ field: 'assumptions', after: ['a'] }] },
    ]);
  });

  it('compares progress at the date asked for, and at today when neither version has a reading', () => {
    expect(diff(loadModel(BASE), loadModel(BASE), { asOf: '2020-12-31' }).asOf).toBe('2020-12-31');
    const empty: TheoryOfChangeDocument = { title: 'E', nodes: [{ kind: 'goal', id: 'g', title: 'G' }] };
    expect(run(empty, empty).asOf).toBe(new Date().toISOString().slice(0, 10));
  });

  it('writes Markdown for a pull request, titles escaped so that they show as written', () => {
    const d = run(BASE, edited('o2', (n) => ({ ...n, title: 'Two | *bold*' })));
    expect(formatDiffMarkdown(d, { before: 'main', after: 'branch' })).toBe(
      [
        '### Theory of change: what changed',
        '',
        'main → branch: 1 change; progress as of 2020-06-30 differs for 0 nodes.',
        '',
        '#### Changes',
        '',
        '1. objective `o2`: title "Two" → "Two \\| \\*bold\\*"',
        '',
      ].join('\n'),
    );
  });

  it('gives no change between a document and a copy with its nodes in another order', () => {
    fc.assert(
      fc.property(validDocumentAndShuffle, ([a, b]) => {
        const d = diff(loadModel(a), loadModel(b), { asOf: '2030-01-01' });
        expect(d.changes).toEqual([]);
        expect(d.progress).toEqual([]);
        expect(d.equal).toBe(true);
      }),
      { numRuns: runs(50, 500) },
    );
  });

  it('gives no change against a copy with every order-free list reordered (readings on one date included), and the same diff whatever the order of either side', () => {
    const changed = edited('i1', () => indicator('i1', 'o1', 50), edited('o2', (n) => ({ ...n, tags: ['x', 'y'] })));
    const reference = JSON.stringify(run(BASE, changed));
    fc.assert(
      fc.property(orderFreeDocument, fc.nat(), fc.nat(), (doc, s1, s2) => {
        const checked = validate(doc);
        fc.pre(checked.ok);
        const model = loadModel(doc);
        const d = diff(model, loadModel(reordered(doc, { kind: 'random', seed: s1 })), { asOf: '2030-01-01' });
        expect(d.changes).toEqual([]);
        expect(d.equal).toBe(true);
        const again = run(reordered(BASE, { kind: 'random', seed: s1 }), reordered(changed, { kind: 'random', seed: s2 }));
        expect(JSON.stringify(again)).toBe(reference);
      }),
      { numRuns: runs(50, 500) },
    );
  });
});
