/**
 * Lossless and deterministic. The same theory of change written in any order
 * gives the same diagnostics and, when valid, the same report JSON,
 * byte-identical Mermaid for every option, the same Markdown report, table and
 * explanations. "Any order" means every list whose order carries no meaning
 * (test/hardening/order-free.ts lists them): nodes, links and the assumptions
 * they rest on, tags, frameworks, evidence, targets, observations,
 * assessments, progress markers and the marker ids in each reading; and the
 * documents hold readings that share a date, as docs/guides/progress.md
 * ("Readings on the same date") rules: duplicates, several observations of a
 * cumulative indicator, contradictions. Inputs are deep-frozen, so any attempt
 * to change them would throw, and they equal their copies afterwards.
 * test/foundation/round-trip.test.ts shows document → model → document
 * without loss; test/foundation/model.test.ts that the model's queries do
 * not depend on the order; test/foundation/validate.test.ts that validate
 * neither changes nor freezes what it is given.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDocument, validate, type Model, type ProgressOptions } from '../../src/index.js';
import { toMermaid } from '../../src/mermaid/index.js';
import { mermaidNodeIds } from '../../src/mermaid/node-ids.js';
import { compareRefs } from '../../src/model/compare-refs.js';
import { orderFreeDocument, validDocument } from '../foundation/arbitraries.js';
import { datesFor, diagnosticsOf, outputs, reordered, type Order } from './order-free.js';
import { deepFreeze, runs } from './support.js';

function modelOf(document: unknown): Model {
  const result = validate(document);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.model;
}

/**
 * Documents per run of the main property: 150 locally, 400 in CI (with
 * CI=true on the shared 2-core machine, 300 took 7 to 16 s and 500 took 25 s,
 * depending on the load; the two other properties 7 to 17 s together).
 * Each costs 4 validations and, when valid (about seven in ten), every output
 * at 2 to 4 dates for the document and each of its 3 orders.
 */
const DOCUMENTS = runs(150, 400);

/** Roll-up options besides the date: the defaults most of the time, else missing data as zero, weakest link, assessments off. */
const settings: fc.Arbitrary<Omit<ProgressOptions, 'asOf'>> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({}) },
  {
    weight: 1,
    arbitrary: fc.record({
      missingData: fc.constantFrom('exclude' as const, 'zero' as const),
      aggregation: fc.constantFrom('weighted-mean' as const, 'weakest-link' as const),
      useAssessments: fc.boolean(),
    }),
  },
);

describe('the same theory of change in any order', () => {
  it(`gives the same diagnostics (each pointing at the same entry), and when valid the same report JSON, Mermaid, Markdown, table and explanations at several dates, whatever the order of every list, same-date readings included; frozen inputs are untouched (${DOCUMENTS} documents, 3 orders each)`, () => {
    fc.assert(
      fc.property(orderFreeDocument, settings, fc.nat(), fc.nat(), (document, options, seed1, seed2) => {
        const original = structuredClone(document);
        deepFreeze(document);
        const first = validate(document);
        const diagnostics = diagnosticsOf(first.diagnostics, document);
        const dates = datesFor(document);
        const derived = first.ok ? Object.fromEntries(dates.map((date) => [date, outputs(first.model, date, options)])) : undefined;
        const orders: Order[] = [{ kind: 'reverse' }, { kind: 'random', seed: seed1 }, { kind: 'random', seed: seed2 }];
        for (const order of orders) {
          const shuffled = reordered(document, order);
          const copyOfShuffled = structuredClone(shuffled);
          const result = validate(deepFreeze(shuffled));
          expect(diagnosticsOf(result.diagnostics, shuffled), `diagnostics after the ${JSON.stringify(order)} order`).toEqual(diagnostics);
          if (derived !== undefined && result.ok) {
            const again = Object.fromEntries(dates.map((date) => [date, outputs(result.model, date, options)]));
            expect(again, `outputs after the ${JSON.stringify(order)} order`).toEqual(derived);
            expect(toDocument(result.model)).toEqual(copyOfShuffled);
          }
          expect(shuffled).toEqual(copyOfShuffled);
        }
        // Nothing was changed, and the model gives the document back as written.
        expect(document).toEqual(original);
        if (first.ok) expect(toDocument(modelOf(toDocument(first.model)))).toEqual(original);
      }),
      { numRuns: DOCUMENTS },
    );
  });

  it(`gives the same report JSON, byte-identical Mermaid and the same Markdown, table and explanations for documents with every optional field (${runs(300, 800)} cases)`, () => {
    fc.assert(
      fc.property(validDocument, fc.nat(), fc.constantFrom('2000-01-01', '2020-06-30', '2040-12-31'), (document, seed, asOf) => {
        const original = structuredClone(document);
        const shuffled = reordered(document, { kind: 'random', seed });
        const copyOfShuffled = structuredClone(shuffled);
        const a = modelOf(deepFreeze(document));
        const b = modelOf(deepFreeze(shuffled));
        expect(outputs(b, asOf)).toEqual(outputs(a, asOf));
        expect(document).toEqual(original);
        expect(shuffled).toEqual(copyOfShuffled);
        expect(toDocument(b)).toEqual(copyOfShuffled);
        expect(toDocument(modelOf(toDocument(a)))).toEqual(original);
      }),
      { numRuns: runs(300, 800) },
    );
  });
});

/** The members of each subgraph of a diagram, by subgraph id, as model ids. */
function subgraphMembers(text: string, model: Model): Map<string, string[]> {
  const byMermaidId = new Map([...mermaidNodeIds(model)].map(([id, mermaidId]) => [mermaidId, id]));
  const out = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    const open = /^ {2}subgraph (\S+) /.exec(line);
    if (open !== null) out.set(open[1] as string, (current = []));
    else if (line === '  end') current = undefined;
    else if (current !== undefined) current.push(byMermaidId.get(/^ {4}(\S+?)[[({>]/.exec(line)?.[1] ?? '') ?? line);
  }
  return out;
}

/**
 * Reading order as docs/guides/diagrams.md ("Reading order") states it: objectives as people
 * number them by `ref` (compareRefs, tested on its own in test/foundation), those without a ref
 * after them, by id.
 */
function byReadingOrder(model: Model): (a: string, b: string) => number {
  const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return (a, b) => {
    const p = model.node(a)?.ref || undefined;
    const q = model.node(b)?.ref || undefined;
    if (p !== undefined && q !== undefined) return compareRefs(p, q) || byId(a, b);
    if (p !== undefined) return -1;
    if (q !== undefined) return 1;
    return byId(a, b);
  };
}

describe('grouping by key objective (linear since the hardening work)', () => {
  it(`matches its definition: each objective joins the first key objective, in reading order (by ref as people number them), among everything it contributes to (${runs(300, 800)} cases)`, () => {
    fc.assert(
      fc.property(validDocument, (document) => {
        const model = modelOf(document);
        const key = (id: string): boolean => model.node(id)?.kind === 'objective' && model.parents(id).some((p) => model.node(p)?.kind === 'goal');
        const order = byReadingOrder(model);
        const keys = model.objectives().map((n) => n.id).filter(key).sort(order);
        const expected = new Map<string, string[]>(keys.map((k) => [k, [k]]));
        for (const node of model.objectives()) {
          if (key(node.id)) continue;
          const first = model.ancestors(node.id).filter(key).sort(order)[0];
          if (first !== undefined) expected.get(first)?.push(node.id);
        }
        const ids = mermaidNodeIds(model);
        const text = toMermaid(model, undefined, { group: 'key-objective', dutyBearers: false, rightsHolders: false, boundaryPartners: false });
        const actual = subgraphMembers(text, model);
        const sorted = (list: readonly string[]): string[] => [...list].sort();
        expect([...actual.entries()].map(([g, members]) => [g, sorted(members)]).sort()).toEqual(
          [...expected.entries()].map(([k, members]) => [`g${(ids.get(k) as string).slice(1)}`, sorted(members)]).sort(),
        );
        // The subgraphs come in reading order of their key objectives.
        expect([...actual.keys()]).toEqual(keys.map((k) => `g${(ids.get(k) as string).slice(1)}`));
      }),
      { numRuns: runs(300, 800) },
    );
  });

  it('puts an objective under two key objectives in the first by ref, not by id (worked example)', () => {
    // Key objective `b` has ref 2, `a` ref 10: by ref, 2 comes first; by id, `a` would.
    const model = modelOf({
      title: 'Two branches',
      nodes: [
        { kind: 'goal', id: 'g', title: 'Goal' },
        { kind: 'objective', id: 'a', ref: '10', title: 'Ten', contributesTo: ['g'] },
        { kind: 'objective', id: 'b', ref: '2', title: 'Two', contributesTo: ['g'] },
        { kind: 'objective', id: 'shared', ref: '2.1', title: 'Shared', contributesTo: ['a', 'b'] },
      ],
    });
    const ids = mermaidNodeIds(model);
    const members = subgraphMembers(toMermaid(model, undefined, { group: 'key-objective' }), model);
    expect([...members.keys()]).toEqual([`g${(ids.get('b') as string).slice(1)}`, `g${(ids.get('a') as string).slice(1)}`]);
    expect(members.get(`g${(ids.get('b') as string).slice(1)}`)).toEqual(['b', 'shared']);
    expect(members.get(`g${(ids.get('a') as string).slice(1)}`)).toEqual(['a']);
  });
});
