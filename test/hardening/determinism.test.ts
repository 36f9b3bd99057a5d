/**
 * Lossless and deterministic. The same theory of change written in any order
 * (nodes shuffled, and each node's lists of links shuffled) gives the same
 * report JSON, byte-identical Mermaid for every option, the same Markdown
 * report, table and explanations. Inputs are deep-frozen, so any attempt to
 * change them would throw, and they equal their copies afterwards.
 * test/foundation/round-trip.test.ts shows document → model → document
 * without loss; test/foundation/model.test.ts that the model's queries do
 * not depend on the order; test/foundation/validate.test.ts that validate
 * neither changes nor freezes what it is given.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  explainProgress,
  formatProgressTable,
  rollUp,
  toDocument,
  toMarkdownReport,
  toMermaid,
  validate,
  type Model,
  type NodeDocument,
  type TheoryOfChangeDocument,
} from '../../src/index.js';
import { mermaidNodeIds } from '../../src/mermaid/index.js';
import { validDocument } from '../foundation/arbitraries.js';
import { deepFreeze, runs } from './support.js';

/** The same document with its nodes, and each node's lists of links, in the order of `seeds`. */
function reordered(document: TheoryOfChangeDocument, seeds: readonly number[]): TheoryOfChangeDocument {
  let k = 0;
  const shuffle = <T>(list: readonly T[]): T[] => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = (seeds[k++ % seeds.length] as number) % (i + 1);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
  const nodes = shuffle(document.nodes).map((node): NodeDocument => {
    switch (node.kind) {
      case 'goal':
      case 'objective':
        return node.contributesTo === undefined ? node : { ...node, contributesTo: shuffle(node.contributesTo) };
      case 'indicator':
        return node.measures === undefined ? node : { ...node, measures: shuffle(node.measures) };
      case 'duty-bearer':
        return node.accountableFor === undefined ? node : { ...node, accountableFor: shuffle(node.accountableFor) };
      case 'rights-holder':
        return node.benefitsFrom === undefined ? node : { ...node, benefitsFrom: shuffle(node.benefitsFrom) };
      case 'assumption':
        return node;
    }
  });
  return { ...document, nodes };
}

/** Everything the library derives from a model, as text. */
function outputs(model: Model, asOf: string): string[] {
  const report = rollUp(model, { asOf });
  const out = [JSON.stringify(report), formatProgressTable(model, report, { indicators: true }), toMarkdownReport(model, report, { indicators: true, assumptions: true })];
  for (const group of ['none', 'level', 'key-objective'] as const) {
    out.push(toMermaid(model, { report, group, indicators: true, assumptions: true, weights: true }));
    out.push(toMermaid(model, { group, direction: 'LR', wrap: 10 }));
  }
  for (const id of model.roots()) out.push(explainProgress(model, report, id));
  return out;
}

function modelOf(document: unknown): Model {
  const result = validate(document);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.model;
}

describe('the same theory of change in any order', () => {
  it(`gives the same report JSON, byte-identical Mermaid and the same Markdown, table and explanations; frozen inputs are untouched (${runs(300, 800)} cases)`, () => {
    fc.assert(
      fc.property(
        validDocument,
        fc.array(fc.nat(), { minLength: 1, maxLength: 20 }),
        fc.constantFrom('2000-01-01', '2020-06-30', '2040-12-31'),
        (document, seeds, asOf) => {
          const original = structuredClone(document);
          const shuffled = reordered(document, seeds);
          const copyOfShuffled = structuredClone(shuffled);
          const a = modelOf(deepFreeze(document));
          const b = modelOf(deepFreeze(shuffled));
          expect(outputs(b, asOf)).toEqual(outputs(a, asOf));
          // Nothing was changed, and the model gives the document back as written.
          expect(document).toEqual(original);
          expect(shuffled).toEqual(copyOfShuffled);
          expect(toDocument(b)).toEqual(copyOfShuffled);
          expect(toDocument(modelOf(toDocument(a)))).toEqual(original);
        },
      ),
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

describe('grouping by key objective (linear since the hardening work)', () => {
  it(`matches its definition: each objective joins the first key objective, by id, among everything it contributes to (${runs(300, 800)} cases)`, () => {
    fc.assert(
      fc.property(validDocument, (document) => {
        const model = modelOf(document);
        const key = (id: string): boolean => model.node(id)?.kind === 'objective' && model.parents(id).some((p) => model.node(p)?.kind === 'goal');
        const keys = model.objectives().map((n) => n.id).filter(key).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        const expected = new Map<string, string[]>(keys.map((k) => [k, [k]]));
        for (const node of model.objectives()) {
          if (key(node.id)) continue;
          const first = model.ancestors(node.id).filter(key).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))[0];
          if (first !== undefined) expected.get(first)?.push(node.id);
        }
        const ids = mermaidNodeIds(model);
        const actual = subgraphMembers(toMermaid(model, { group: 'key-objective', dutyBearers: false, rightsHolders: false }), model);
        const sorted = (list: readonly string[]): string[] => [...list].sort();
        expect([...actual.entries()].map(([g, members]) => [g, sorted(members)]).sort()).toEqual(
          [...expected.entries()].map(([k, members]) => [`g${(ids.get(k) as string).slice(1)}`, sorted(members)]).sort(),
        );
      }),
      { numRuns: runs(300, 800) },
    );
  });
});
