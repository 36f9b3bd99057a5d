import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relationKey } from '../../src/model/relations.js';
import { loadModel, toDocument, toGraph, validate, type ContributionRef, type Model, type NodeDocument, type TheoryOfChangeDocument } from '../../src/index.js';
import { validDocumentAndShuffle } from './arbitraries.js';
import { isDeepFrozen } from './helpers.js';
import { runs } from '../property-runs.js';

/**
 * vision ← p1 ← ko1 ← so1, so2
 *        ← p2 ← ko1 (resting on gov), ko2 (weight 3, resting on gov and data)
 */
const fixture: TheoryOfChangeDocument = {
  title: 'Anti-slavery strategy',
  levels: ['Vision', 'Priority', 'Objective'],
  nodes: [
    { kind: 'objective', id: 'so1', title: 'Laws drafted', contributesTo: ['ko1'] },
    { kind: 'goal', id: 'vision', title: 'A world free from slavery', level: 'Vision' },
    { kind: 'goal', id: 'p1', title: 'Justice', level: 'Priority', contributesTo: ['vision'] },
    { kind: 'goal', id: 'p2', title: 'Business', level: 'Priority', contributesTo: [{ to: 'vision', weight: 2 }] },
    { kind: 'objective', id: 'ko1', title: 'Laws passed', level: 'Objective', contributesTo: ['p1', { to: 'p2', assumptions: ['gov'] }] },
    { kind: 'objective', id: 'ko2', title: 'Supply chains', level: 'Objective', contributesTo: [{ to: 'p2', weight: 3, assumptions: ['gov', 'data'], note: 'Audits work' }] },
    { kind: 'objective', id: 'so2', title: 'Laws debated', contributesTo: ['ko1'] },
    { kind: 'assumption', id: 'gov', title: 'Government willing', status: 'uncertain' },
    { kind: 'assumption', id: 'data', title: 'Data available', status: 'holds' },
    { kind: 'duty-bearer', id: 'ministry', title: 'Ministry of Justice', actorType: 'state', accountableFor: ['so2', 'ko1'] },
    { kind: 'duty-bearer', id: 'courts', title: 'Courts', actorType: 'judiciary', accountableFor: ['ko2'] },
    { kind: 'rights-holder', id: 'survivors', title: 'Survivors', benefitsFrom: ['vision', 'ko1'] },
    {
      kind: 'indicator',
      id: 'laws',
      title: 'Laws passed',
      measure: { kind: 'number' },
      measures: ['so1', { to: 'so2', weight: 2 }],
      baseline: { date: '2024-01-01', value: 0 },
      targets: [{ date: '2026-12-31', value: 3 }],
    },
    {
      kind: 'indicator',
      id: 'cases',
      title: 'Share of audited firms',
      measure: { kind: 'percentage' },
      measures: ['ko2'],
      baseline: { date: '2024-01-01', value: 10 },
      targets: [{ date: '2026-12-31', value: 60 }],
    },
    { kind: 'indicator', id: 'survey', title: 'Survey done', measure: { kind: 'boolean' }, measures: ['p1'], targets: [{ date: '2020-12-31', value: true }] },
  ],
};

const model = loadModel(fixture);

describe('model queries', () => {
  it('has no warnings on the fixture', () => {
    expect(validate(fixture).diagnostics).toEqual([]);
  });

  it('basic accessors', () => {
    expect(model.title).toBe('Anti-slavery strategy');
    expect(model.levels).toEqual(['Vision', 'Priority', 'Objective']);
    expect(loadModel({ title: 'T', nodes: [] }).levels).toEqual([]);
    expect(model.nodes.map((n) => n.id)).toEqual(fixture.nodes.map((n) => n.id));
    expect(model.has('ko1')).toBe(true);
    expect(model.has('nope')).toBe(false);
    expect(model.node('ko2')).toEqual(fixture.nodes[5]);
    expect(model.node('nope')).toBeUndefined();
    expect(model.goals().map((n) => n.id)).toEqual(['vision', 'p1', 'p2']);
    expect(model.objectives().map((n) => n.id)).toEqual(['so1', 'ko1', 'ko2', 'so2']);
    expect(model.indicators().map((n) => n.id)).toEqual(['laws', 'cases', 'survey']);
    expect(model.dutyBearers().map((n) => n.actorType)).toEqual(['state', 'judiciary']);
    expect(model.rightsHolders().map((n) => n.id)).toEqual(['survivors']);
    expect(model.assumptions().map((n) => n.status)).toEqual(['uncertain', 'holds']);
    expect(model.nodesOfKind('duty-bearer').map((n) => n.id)).toEqual(['ministry', 'courts']);
  });

  it('children, parents and sub-objectives', () => {
    expect(model.children('vision')).toEqual(['p1', 'p2']);
    expect(model.children('p2')).toEqual(['ko1', 'ko2']);
    expect(model.children('ko1')).toEqual(['so1', 'so2']);
    expect(model.children('so1')).toEqual([]);
    expect(model.children('laws')).toEqual([]);
    expect(model.parents('ko1')).toEqual(['p1', 'p2']);
    expect(model.parents('vision')).toEqual([]);
    expect(model.subObjectives('vision')).toEqual([]);
    expect(model.subObjectives('p2')).toEqual(['ko1', 'ko2']);
    expect(model.subObjectives('ko1')).toEqual(['so1', 'so2']);
  });

  it('ancestors and descendants, nearest first', () => {
    expect(model.ancestors('so1')).toEqual(['ko1', 'p1', 'p2', 'vision']);
    expect(model.ancestors('vision')).toEqual([]);
    expect(model.descendants('vision')).toEqual(['p1', 'p2', 'ko1', 'ko2', 'so1', 'so2']);
    expect(model.descendants('p2')).toEqual(['ko1', 'ko2', 'so1', 'so2']);
    expect(model.descendants('so2')).toEqual([]);
  });

  it('roots, leaves and the topological order', () => {
    expect(model.roots()).toEqual(['vision']);
    expect(model.leaves()).toEqual(['ko2', 'so1', 'so2']);
    expect(model.topologicalOrder()).toEqual(['ko2', 'so1', 'so2', 'ko1', 'p1', 'p2', 'vision']);
    expect(model.topologicalOrder()).toBe(model.topologicalOrder());
    expect(Object.isFrozen(model.topologicalOrder())).toBe(true);
  });

  it('indicators, duty bearers and rights holders', () => {
    expect(model.indicatorsOf('so2')).toEqual(['laws']);
    expect(model.indicatorsOf('ko1')).toEqual([]);
    expect(model.indicatorsOf('p1')).toEqual(['survey']);
    expect(model.measuredBy('laws')).toEqual(['so1', 'so2']);
    expect(model.measuredBy('survey')).toEqual(['p1']);
    expect(model.dutyBearersOf('ko1')).toEqual(['ministry']);
    expect(model.dutyBearersOf('vision')).toEqual([]);
    expect(model.accountableFor('ministry')).toEqual(['ko1', 'so2']);
    expect(model.rightsHoldersOf('ko1')).toEqual(['survivors']);
    expect(model.rightsHoldersOf('vision')).toEqual(['survivors']);
  });

  it('assumptions of a link, in the order written', () => {
    expect(model.assumptionsOf('ko2', 'p2').map((a) => a.id)).toEqual(['gov', 'data']);
    expect(model.assumptionsOf('ko1', 'p2')).toEqual([fixture.nodes[7]]);
    expect(model.assumptionsOf('ko1', 'p1')).toEqual([]);
    expect(model.assumptionsOf('so1', 'vision')).toEqual([]);
  });

  it('levels', () => {
    expect(model.level('ko1')).toBe('Objective');
    expect(model.level('vision')).toBe('Vision');
    expect(model.level('so1')).toBeUndefined();
    expect(model.level('laws')).toBeUndefined();
  });

  it('an unknown id is a thrown error naming it', () => {
    expect(() => model.children('ko9')).toThrow('theory-of-change: no node has the id "ko9".');
    expect(() => model.ancestors('')).toThrow('no node has the id "".');
  });

  it('relations, with defaults applied, sorted by key', () => {
    const keys = model.relations.map((r) => r.key);
    expect(keys).toEqual([...keys].sort());
    const byKind = new Map<string, number>();
    for (const r of model.relations) byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
    expect(Object.fromEntries(byKind)).toEqual({ 'accountable-for': 3, 'benefits-from': 2, 'contributes-to': 7, measures: 4, underpins: 2 });
    expect(model.relation(relationKey('contributes-to', 'p1', 'vision'))).toEqual({
      kind: 'contributes-to',
      key: 'contributes-to:"p1"->"vision"',
      from: 'p1',
      to: 'vision',
      weight: 1,
      assumptions: [],
    });
    expect(model.relation('contributes-to:"ko2"->"p2"')).toEqual({
      kind: 'contributes-to',
      key: 'contributes-to:"ko2"->"p2"',
      from: 'ko2',
      to: 'p2',
      weight: 3,
      assumptions: ['gov', 'data'],
      note: 'Audits work',
    });
    expect(model.relation('measures:"laws"->"so2"')).toEqual({ kind: 'measures', key: 'measures:"laws"->"so2"', from: 'laws', to: 'so2', weight: 2 });
    expect(model.relation('underpins:"gov"->"p2"')).toEqual({
      kind: 'underpins',
      key: 'underpins:"gov"->"p2"',
      from: 'gov',
      to: 'p2',
      links: ['contributes-to:"ko1"->"p2"', 'contributes-to:"ko2"->"p2"'],
    });
    expect(model.relation('accountable-for:"courts"->"ko2"')).toEqual({ kind: 'accountable-for', key: 'accountable-for:"courts"->"ko2"', from: 'courts', to: 'ko2' });
    expect(model.relation('benefits-from:"survivors"->"ko1"')?.kind).toBe('benefits-from');
    expect(model.relation('contributes-to:"vision"->"p1"')).toBeUndefined();
  });

  it('relation keys quote ids, so any characters are unambiguous', () => {
    expect(relationKey('contributes-to', 'so1.1', 'ko1')).toBe('contributes-to:"so1.1"->"ko1"');
    expect(relationKey('measures', 'a"->"b', 'c')).toBe('measures:"a\\"->\\"b"->"c"');
    expect(relationKey('measures', 'a"->"b', 'c')).not.toBe(relationKey('measures', 'a', 'b"->"c'));
  });
});

describe('toGraph', () => {
  it('has every node and relation, with their attributes and keys', () => {
    const graph = toGraph(model);
    expect(graph.type).toBe('directed');
    expect(graph.order).toBe(15);
    expect(graph.size).toBe(18);
    expect(graph.nodes()).toEqual([...fixture.nodes.map((n) => n.id)].sort());
    expect(graph.getNodeAttributes('ko2')).toEqual(fixture.nodes[5]);
    expect(graph.hasEdge('contributes-to:"ko2"->"p2"')).toBe(true);
    expect(graph.source('contributes-to:"ko2"->"p2"')).toBe('ko2');
    expect(graph.target('contributes-to:"ko2"->"p2"')).toBe('p2');
    expect(graph.getEdgeAttributes('contributes-to:"ko2"->"p2"')).toEqual(model.relation('contributes-to:"ko2"->"p2"'));
    expect(graph.edges().sort()).toEqual(model.relations.map((r) => r.key));
    expect(graph.outNeighbors('ko1').sort()).toEqual(['p1', 'p2']);
    expect(graph.inNeighbors('p2').sort()).toEqual(['data', 'gov', 'ko1', 'ko2']);
    expect(graph.outDegree('ministry')).toBe(2);
  });

  it('is a fresh graph each time, that may be changed without touching the model', () => {
    const graph = toGraph(model);
    graph.setNodeAttribute('ko1', 'title', 'Changed');
    graph.setEdgeAttribute('contributes-to:"ko2"->"p2"', 'from', 'changed');
    const attributes = graph.getNodeAttributes('ko1');
    if (attributes.kind === 'objective') (attributes.contributesTo as ContributionRef[]).push('vision');
    graph.dropNode('vision');
    expect(model.node('ko1')?.title).toBe('Laws passed');
    expect(model.parents('ko1')).toEqual(['p1', 'p2']);
    expect(model.node('ko1')).toEqual(fixture.nodes[4]);
    expect(model.relation('contributes-to:"ko2"->"p2"')).toMatchObject({ from: 'ko2', weight: 3 });
    const again = toGraph(model);
    expect(again).not.toBe(graph);
    expect(again.order).toBe(15);
    expect(again.getNodeAttribute('ko1', 'title')).toBe('Laws passed');
    expect(again.getEdgeAttributes('contributes-to:"ko2"->"p2"')).toMatchObject({ from: 'ko2', weight: 3 });
  });
});

describe('immutability', () => {
  it('the model, its document and its relations are frozen', () => {
    expect(Object.isFrozen(model)).toBe(true);
    expect(isDeepFrozen(model.document)).toBe(true);
    expect(toDocument(model)).toBe(model.document);
    expect(isDeepFrozen(model.relations)).toBe(true);
    expect(() => {
      (model.document.nodes as NodeDocument[]).push({ kind: 'goal', id: 'x', title: 'X' });
    }).toThrow(TypeError);
    expect(() => {
      (model.node('ko1') as { title: string }).title = 'Changed';
    }).toThrow(TypeError);
    expect(() => {
      (model.relations as unknown[]).length = 0;
    }).toThrow(TypeError);
    expect(() => {
      (model as { document: unknown }).document = null;
    }).toThrow(TypeError);
    expect(model.nodes).toHaveLength(15);
    expect(model.node('ko1')?.title).toBe('Laws passed');
  });

  it('query results are the caller’s to change', () => {
    const children = model.children('vision') as string[];
    children.push('extra');
    expect(model.children('vision')).toEqual(['p1', 'p2']);
  });
});

/** Everything the queries say about a model, for comparison. */
function snapshot(m: Model): unknown {
  const ids = m.nodes.map((n) => n.id).sort();
  const results = [...m.goals(), ...m.objectives()].map((n) => n.id).sort();
  const graph = toGraph(m);
  return {
    roots: m.roots(),
    leaves: m.leaves(),
    order: m.topologicalOrder(),
    relations: m.relations,
    perNode: ids.map((id) => ({
      id,
      node: m.node(id),
      children: m.children(id),
      parents: m.parents(id),
      subObjectives: m.subObjectives(id),
      ancestors: m.ancestors(id),
      descendants: m.descendants(id),
      indicatorsOf: m.indicatorsOf(id),
      dutyBearersOf: m.dutyBearersOf(id),
      rightsHoldersOf: m.rightsHoldersOf(id),
      measuredBy: m.measuredBy(id),
      accountableFor: m.accountableFor(id),
      level: m.level(id),
      assumptions: results.map((to) => m.assumptionsOf(id, to).map((a) => a.id)),
    })),
    graph: { nodes: graph.nodes(), edges: graph.edges(), export: graph.export() },
  };
}

describe('results do not depend on the order nodes are written in', () => {
  it('on the fixture, reversed', () => {
    const reversed = loadModel({ ...fixture, nodes: [...fixture.nodes].reverse() });
    expect(snapshot(reversed)).toEqual(snapshot(model));
  });

  it('on random valid documents, shuffled', () => {
    fc.assert(
      fc.property(validDocumentAndShuffle, ([doc, shuffled]) => {
        const a = loadModel(doc);
        const b = loadModel(shuffled);
        expect(snapshot(b)).toEqual(snapshot(a));
        // Every query agrees with the document it came from.
        for (const r of a.relations) {
          if (r.kind === 'contributes-to') {
            expect(a.parents(r.from)).toContain(r.to);
            expect(a.children(r.to)).toContain(r.from);
            expect(a.ancestors(r.from)).toContain(r.to);
          }
        }
        const order = a.topologicalOrder();
        const position = new Map(order.map((id, i) => [id, i]));
        expect(order).toHaveLength(a.goals().length + a.objectives().length);
        for (const id of order) for (const parent of a.parents(id)) expect(position.get(parent)).toBeGreaterThan(position.get(id) ?? -1);
        for (const id of a.roots()) expect(a.parents(id)).toEqual([]);
        for (const id of a.leaves()) expect(a.children(id)).toEqual([]);
        expect(toGraph(a).size).toBe(a.relations.length);
        expect(toGraph(a).order).toBe(a.nodes.length);
      }),
      { numRuns: runs(70, 200) },
    );
  });
});
