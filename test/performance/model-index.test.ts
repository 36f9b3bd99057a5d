/**
 * The compact model index (typed-array adjacency, relations built on first
 * use) against queries computed straight from the document with maps and
 * sorts. Random valid documents of every kind of node; no timing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../../bench/generate.js';
import { loadModel, type Model, type NodeDocument, type Relation, type TheoryOfChangeDocument } from '../../src/index.js';
import { relationKey, relationsOf } from '../../src/model/relations.js';
import { validDocument } from '../foundation/arbitraries.js';
import { runs } from '../property-runs.js';

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Every query, computed from the document alone. */
function straightforward(doc: TheoryOfChangeDocument) {
  const relations: Relation[] = doc.nodes.flatMap((n) => relationsOf(n));
  const underpins = new Map<string, Relation & { kind: 'underpins' }>();
  for (const r of relations) {
    if (r.kind !== 'contributes-to') continue;
    for (const a of r.assumptions) {
      const key = relationKey('underpins', a, r.to);
      const entry = underpins.get(key) ?? { kind: 'underpins' as const, key, from: a, to: r.to, links: [] };
      underpins.set(key, { ...entry, links: [...entry.links, r.key].sort(byId) });
    }
  }
  const all = [...relations, ...underpins.values()].sort((a, b) => byId(a.key, b.key));
  const from = (kind: Relation['kind'], id: string): string[] => all.filter((r) => r.kind === kind && r.to === id).map((r) => r.from).sort(byId);
  const to = (kind: Relation['kind'], id: string): string[] => all.filter((r) => r.kind === kind && r.from === id).map((r) => r.to).sort(byId);
  const walk = (id: string, next: (x: string) => string[]): string[] => {
    const seen = new Set([id]);
    const out: string[] = [];
    const queue = [id];
    for (let head = 0; head < queue.length; head++) {
      for (const y of next(queue[head] as string)) {
        if (seen.has(y)) continue;
        seen.add(y);
        out.push(y);
        queue.push(y);
      }
    }
    return out;
  };
  const results = doc.nodes.filter((n) => n.kind === 'goal' || n.kind === 'objective').map((n) => n.id);
  return {
    relations: all,
    children: (id: string) => from('contributes-to', id),
    parents: (id: string) => to('contributes-to', id),
    ancestors: (id: string) => walk(id, (x) => to('contributes-to', x)),
    descendants: (id: string) => walk(id, (x) => from('contributes-to', x)),
    roots: () => results.filter((id) => to('contributes-to', id).length === 0).sort(byId),
    leaves: () => results.filter((id) => from('contributes-to', id).length === 0).sort(byId),
    indicatorsOf: (id: string) => from('measures', id),
    dutyBearersOf: (id: string) => from('accountable-for', id),
    rightsHoldersOf: (id: string) => from('benefits-from', id),
    measuredBy: (id: string) => to('measures', id),
    accountableFor: (id: string) => to('accountable-for', id),
    assumptionsOf: (a: string, b: string) => {
      const r = all.find((x) => x.kind === 'contributes-to' && x.from === a && x.to === b);
      return r?.kind === 'contributes-to' ? [...r.assumptions] : [];
    },
  };
}

function expectSameQueries(model: Model, doc: TheoryOfChangeDocument): void {
  const s = straightforward(doc);
  expect(model.relations).toEqual(s.relations);
  for (const r of s.relations) expect(model.relation(r.key)).toEqual(r);
  expect(model.roots()).toEqual(s.roots());
  expect(model.leaves()).toEqual(s.leaves());
  for (const node of doc.nodes as readonly NodeDocument[]) {
    const id = node.id;
    expect(model.children(id)).toEqual(s.children(id));
    expect(model.parents(id)).toEqual(s.parents(id));
    expect(model.ancestors(id)).toEqual(s.ancestors(id));
    expect(model.descendants(id)).toEqual(s.descendants(id));
    expect(model.indicatorsOf(id)).toEqual(s.indicatorsOf(id));
    expect(model.dutyBearersOf(id)).toEqual(s.dutyBearersOf(id));
    expect(model.rightsHoldersOf(id)).toEqual(s.rightsHoldersOf(id));
    expect(model.measuredBy(id)).toEqual(s.measuredBy(id));
    expect(model.accountableFor(id)).toEqual(s.accountableFor(id));
    for (const parent of s.parents(id)) expect(model.assumptionsOf(id, parent).map((a) => a.id)).toEqual(s.assumptionsOf(id, parent));
  }
  // Each goal or objective after everything that contributes to it, each exactly once.
  const order = model.topologicalOrder();
  const at = new Map(order.map((id, k) => [id, k]));
  expect(order.length).toBe(at.size);
  expect([...at.keys()].sort(byId)).toEqual(doc.nodes.filter((n) => n.kind === 'goal' || n.kind === 'objective').map((n) => n.id).sort(byId));
  for (const id of order) for (const child of s.children(id)) expect(at.get(child) as number).toBeLessThan(at.get(id) as number);
}

describe('the compact model index', () => {
  it('answers every query as the straightforward computation does (random documents)', () => {
    fc.assert(
      fc.property(validDocument, (doc) => {
        expectSameQueries(loadModel(doc, { severities: {} }), doc);
      }),
      { numRuns: runs(70, 200) },
    );
  });

  it('answers every query as the straightforward computation does (a generated portfolio, with hubs of many children)', () => {
    const { document } = generatePortfolio(1_500, 4);
    const model = loadModel(document);
    const s = straightforward(document);
    expect(model.relations).toEqual(s.relations);
    for (const node of document.nodes.filter((_, k) => k % 7 === 0 || _.kind === 'goal')) {
      expect(model.children(node.id)).toEqual(s.children(node.id));
      expect(model.parents(node.id)).toEqual(s.parents(node.id));
      expect(model.indicatorsOf(node.id)).toEqual(s.indicatorsOf(node.id));
      expect(model.ancestors(node.id)).toEqual(s.ancestors(node.id));
    }
  });
});
