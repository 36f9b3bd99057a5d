// @vitest-environment jsdom
/**
 * Diagrams of a coalition: one subgraph per member, the joint nodes and the
 * shared indicator between them. The expected node sets are read off
 * examples/coalition/*.yaml and examples/anti-slavery-international/asi.yaml
 * by hand; the diagrams are parsed by Mermaid itself.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { memberGroups, validateCoalition, type CoalitionComposition, type Model } from '../../src/index.js';
import { toMermaid, type MermaidOptions } from '../../src/mermaid/index.js';
import { mermaidNodeIds } from '../../src/mermaid/node-ids.js';
import { parseFlowchart, shownText, type ParsedFlowchart } from '../mermaid/parse.js';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string): Record<string, unknown> => parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;
const COALITION = read('examples/coalition/coalition.yaml');
const ASI = read('examples/anti-slavery-international/asi.yaml');
const LRA = read('examples/coalition/labour-rights-alliance.yaml');

const asi = (ids: string): string[] => ids.split(' ').map((id) => `asi:${id}`);
/** ASI's goals, objectives and actors: what a diagram draws by default. */
const ASI_DRAWN = asi(
  'vision strategic-priority ko1 ko2 ko3 so1-1 so1-2 so1-3 so2-1 so2-2 so3-1 so3-2 so3-3 so3-4 ' +
    'businesses international-community judiciary law-enforcement local-partners national-governments affected-people',
);
const ASI_ASSUMPTIONS = asi('disclosure-drives-action duty-bearers-act-on-evidence international-recognition-reaches-countries knowledge-becomes-action measures-are-enforced partners-can-shift-norms');
/** ASI's indicators but the ILO P029 count, which LRA reports too: one shared indicator, kept under ASI's id. */
const ASI_OWN_INDICATORS = asi(
  'brick-kiln-workers-reached business-markers countries-with-change discrimination-recognition duty-bearer-review ' +
    'marriage-recognised-as-slavery mauritania-convictions mauritania-government-markers mauritania-people-freed movements-strengthened ' +
    'niger-children-in-education niger-schools-government-funded norm-change-stage partners-effective people-counted-by-asi ' +
    'rights-knowledge sdg-target-8-7 uk-supply-chain-reporting uzbek-cotton-forced-labour',
);
const LRA_DRAWN = ['lra:decent-work', 'lra:laws-ratified', 'lra:brands-disclose'];
const JOINT = ['end-forced-labour', 'laws-enforced', 'supply-chains-accountable', 'survivor-remedy'];
const SHARED = 'asi:forced-labour-protocol-ratifications';

function compose(coalition: unknown = COALITION, asiDoc: unknown = ASI, lraDoc: unknown = LRA): { model: Model; coalition: CoalitionComposition } {
  const result = validateCoalition(coalition, new Map([['asi', asiDoc], ['lra', lraDoc]]), { name: 'coalition.yaml' });
  if (!result.ok) throw new Error(`expected a valid coalition: ${JSON.stringify(result.diagnostics.slice(0, 3))}`);
  return { model: result.model, coalition: result.coalition };
}

const sorted = (ids: Iterable<string>): string[] => [...ids].sort();

/** Each subgraph's title (as shown) and the model ids of its vertices (an actor's or assumption's copies: once); and the vertices outside every subgraph. */
function bySubgraph(model: Model, parsed: ParsedFlowchart): { groups: { id: string; title: string; ids: string[] }[]; outside: string[] } {
  const byMermaidId = new Map([...mermaidNodeIds(model)].map(([id, mermaidId]) => [mermaidId, id]));
  // A copy's Mermaid id is the node's own, `_` and a suffix.
  const modelId = (vertex: string): string => {
    const id = byMermaidId.get(vertex.split('_')[0] as string);
    if (id === undefined) throw new Error(`unknown vertex ${vertex}`);
    return id;
  };
  const inside = new Set<string>();
  const groups = parsed.subgraphs.map((s) => {
    for (const v of s.nodes) inside.add(v);
    return { id: s.id, title: shownText(s.title), ids: sorted(new Set(s.nodes.map(modelId))) };
  });
  const outside = sorted(new Set([...parsed.vertices.keys()].filter((v) => !inside.has(v)).map(modelId)));
  return { groups, outside };
}

describe('memberGroups', () => {
  it('gives one group per member, in the coalition’s order, with its own nodes only', () => {
    const { model, coalition } = compose();
    const groups = memberGroups(model, coalition);
    expect(groups.map((g) => [g.member, g.title])).toEqual([
      ['asi', 'Anti-Slavery International'],
      ['lra', 'Labour Rights Alliance (illustrative)'],
    ]);
    expect(groups[0]?.ids).toEqual(sorted([...ASI_DRAWN, ...ASI_ASSUMPTIONS, ...ASI_OWN_INDICATORS]));
    expect(groups[1]?.ids).toEqual(sorted([...LRA_DRAWN, 'lra:brands-publishing-supplier-lists']));
    // The joint nodes and the shared indicator are in no group.
    const grouped = new Set(groups.flatMap((g) => g.ids));
    for (const id of [...JOINT, 'joint-voice-heard', SHARED]) expect(grouped.has(id)).toBe(false);
  });

  it('titles a member without a title by its id, and keeps a member with no node', () => {
    const coalition = { title: 'C', members: [{ id: 'a', file: 'a.yaml' }, { id: 'b', file: 'b.yaml', title: 'Bee' }], nodes: [{ kind: 'goal', id: 'jg', title: 'J' }], links: [{ from: 'a:g', to: 'jg' }] };
    const a = { title: 'A', nodes: [{ kind: 'goal', id: 'g', title: 'G' }] };
    const b = { title: 'B', nodes: [] };
    const result = validateCoalition(coalition, new Map<string, unknown>([['a', a], ['b', b]]));
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    expect(memberGroups(result.model, result.coalition)).toEqual([
      { member: 'a', title: 'a', ids: ['a:g'] },
      { member: 'b', title: 'Bee', ids: [] },
    ]);
  });
});

describe('a coalition drawn with its member groups', () => {
  it('draws exactly two member subgraphs, the joint goal and objectives outside them', async () => {
    const { model, coalition } = compose();
    const text = toMermaid(model, undefined, { group: memberGroups(model, coalition) });
    const { groups, outside } = bySubgraph(model, await parseFlowchart(text));
    // Titles on one line: Mermaid widens a subgraph to its title, but draws a wrapped one over the nodes below it.
    expect(groups.map((g) => g.title)).toEqual(['Anti-Slavery International', 'Labour Rights Alliance (illustrative)']);
    expect(groups[0]?.ids).toEqual(sorted(ASI_DRAWN));
    expect(groups[1]?.ids).toEqual(sorted(LRA_DRAWN));
    expect(outside).toEqual(sorted(JOINT));
    // Subgraph ids are neither node ids nor the legend's.
    for (const g of groups) expect(g.id).toMatch(/^u[0-9a-z]{7}$/);
  });

  it('with indicators and assumptions: the shared indicator and the joint assumption between the members', async () => {
    const { model, coalition } = compose();
    const options: MermaidOptions = { group: memberGroups(model, coalition), indicators: true, assumptions: true, wrap: false };
    const { groups, outside } = bySubgraph(model, await parseFlowchart(toMermaid(model, undefined, options)));
    expect(groups.map((g) => g.title)).toEqual(['Anti-Slavery International', 'Labour Rights Alliance (illustrative)']);
    expect(groups[0]?.ids).toEqual(sorted([...ASI_DRAWN, ...ASI_ASSUMPTIONS, ...ASI_OWN_INDICATORS]));
    expect(groups[1]?.ids).toEqual(sorted([...LRA_DRAWN, 'lra:brands-publishing-supplier-lists']));
    // joint-voice-heard qualifies the link from asi:so1-1 to the joint laws-enforced; the P029 count measures a node of each member.
    expect(outside).toEqual(sorted([...JOINT, 'joint-voice-heard', SHARED]));
  });

  it('shows a hostile member title as written, adding nothing to the diagram', async () => {
    const title = 'Evil"] --> x\nclick n1 "javascript:alert(1)" %%{init}%% <b>end</b> #35; `md`';
    const members = (COALITION.members as Record<string, unknown>[]).map((m) => (m.id === 'lra' ? { ...m, title } : m));
    const { model, coalition } = compose({ ...COALITION, members });
    const parsed = await parseFlowchart(toMermaid(model, undefined, { group: memberGroups(model, coalition), wrap: false }));
    const { groups, outside } = bySubgraph(model, parsed);
    expect(groups.map((g) => g.title)).toEqual(['Anti-Slavery International', title]);
    expect(groups[1]?.ids).toEqual(sorted(LRA_DRAWN));
    expect(outside).toEqual(sorted(JOINT));
    // Every vertex is a node of the model (bySubgraph throws on any other), and as many vertices and edges as with a plain title.
    const original = compose();
    const plain = await parseFlowchart(toMermaid(original.model, undefined, { group: memberGroups(original.model, original.coalition), wrap: false }));
    expect([parsed.vertices.size, parsed.edges.length, parsed.subgraphs.length]).toEqual([plain.vertices.size, plain.edges.length, 2]);
  });

  it('gives byte-identical text whatever the order of the nodes and links in the three files', () => {
    const { model, coalition } = compose();
    const options: MermaidOptions = { group: memberGroups(model, coalition), indicators: true, assumptions: true };
    const expected = toMermaid(model, undefined, options);
    const list = (doc: Record<string, unknown>, field: string): unknown[] => doc[field] as unknown[];
    fc.assert(
      fc.property(
        fc.shuffledSubarray(list(ASI, 'nodes'), { minLength: list(ASI, 'nodes').length }),
        fc.shuffledSubarray(list(LRA, 'nodes'), { minLength: list(LRA, 'nodes').length }),
        fc.shuffledSubarray(list(COALITION, 'nodes'), { minLength: list(COALITION, 'nodes').length }),
        fc.shuffledSubarray(list(COALITION, 'links'), { minLength: list(COALITION, 'links').length }),
        (asiNodes, lraNodes, jointNodes, links) => {
          const shuffled = compose({ ...COALITION, nodes: jointNodes, links }, { ...ASI, nodes: asiNodes }, { ...LRA, nodes: lraNodes });
          const text = toMermaid(shuffled.model, undefined, { ...options, group: memberGroups(shuffled.model, shuffled.coalition) });
          expect(text).toBe(expected);
        },
      ),
      { numRuns: 5 },
    );
  });
});
