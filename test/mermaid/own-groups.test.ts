// @vitest-environment jsdom
/**
 * `group` as a list of your own subgraphs, on the small fixture (goal impact ←
 * wells (← mechanics, committees) and hygiene; district accountable for
 * wells; villagers benefit from impact; working-wells measures wells, trained
 * measures mechanics; budget underpins wells → impact, spares mechanics → wells).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/index.js';
import { toMermaid, type NodeGroup } from '../../src/mermaid/index.js';
import { mermaidNodeIds } from '../../src/mermaid/node-ids.js';
import { SMALL, shuffled, smallModel } from './fixtures.js';
import { parseFlowchart, shownText } from './parse.js';

/** Each subgraph's title and the model ids of its vertices, and the vertices outside any. */
async function drawn(text: string): Promise<{ groups: [string, string[]][]; outside: string[]; ids: string[] }> {
  const byMermaidId = new Map([...mermaidNodeIds(smallModel())].map(([id, mermaidId]) => [mermaidId, id]));
  const modelId = (v: string): string => byMermaidId.get(v.split('_')[0] as string) ?? `?${v}`;
  const parsed = await parseFlowchart(text);
  const inside = new Set(parsed.subgraphs.flatMap((s) => s.nodes));
  return {
    groups: parsed.subgraphs.map((s) => [shownText(s.title), [...new Set(s.nodes.map(modelId))].sort()]),
    outside: [...new Set([...parsed.vertices.keys()].filter((v) => !inside.has(v)).map(modelId))].sort(),
    ids: parsed.subgraphs.map((s) => s.id),
  };
}

describe('your own subgraphs', () => {
  it('draws each listed node in its group, and what links only into a group with it', async () => {
    const groups: NodeGroup[] = [
      { title: 'Maintenance', ids: ['wells', 'mechanics', 'committees'] },
      { title: 'Hygiene', ids: ['hygiene'] },
    ];
    const result = await drawn(toMermaid(smallModel(), undefined, { group: groups, indicators: true, assumptions: true }));
    // district (accountable for wells only), working-wells, trained and spares (on mechanics → wells) join Maintenance;
    // budget (on wells → impact) and villagers (benefit from impact) link outside it.
    expect(result.groups).toEqual([
      ['Maintenance', ['committees', 'district', 'mechanics', 'spares', 'trained', 'wells', 'working-wells']],
      ['Hygiene', ['hygiene']],
    ]);
    expect(result.outside).toEqual(['budget', 'impact', 'villagers']);
  });

  it('keeps a node listed in two groups outside both, and a node listed nowhere outside', async () => {
    const groups: NodeGroup[] = [
      { title: 'A', ids: ['wells', 'mechanics', 'district'] },
      { title: 'B', ids: ['hygiene', 'mechanics'] },
    ];
    const result = await drawn(toMermaid(smallModel(), undefined, { group: groups }));
    expect(result.groups).toEqual([
      ['A', ['district', 'wells']],
      ['B', ['hygiene']],
    ]);
    expect(result.outside).toEqual(['committees', 'impact', 'mechanics', 'villagers']);
  });

  it('places a listed actor as listed, even beside what it links to', async () => {
    const result = await drawn(toMermaid(smallModel(), undefined, { group: [{ title: 'Government', ids: ['district'] }] }));
    expect(result.groups).toEqual([['Government', ['district']]]);
  });

  it('leaves out a group with nothing drawn, and ignores ids the diagram does not draw', async () => {
    const groups: NodeGroup[] = [
      { title: 'Indicators only', ids: ['working-wells'] },
      { title: 'Focus', ids: ['mechanics', 'hygiene'] },
    ];
    // Without indicators drawn, the first group is empty; the focus on wells leaves hygiene out.
    const result = await drawn(toMermaid(smallModel(), undefined, { group: groups, focus: 'wells' }));
    expect(result.groups).toEqual([['Focus', ['mechanics']]]);
  });

  it('gives groups with the same title their own ids, none like a node id or the legend', async () => {
    const groups: NodeGroup[] = [
      { title: 'Same', ids: ['wells'] },
      { title: 'Same', ids: ['hygiene'] },
      { title: 'legend', ids: ['impact'] },
    ];
    const model = smallModel();
    const { rollUp } = await import('../../src/index.js');
    const text = toMermaid(model, rollUp(model, { asOf: '2025-06-30' }), { group: groups });
    const result = await drawn(text);
    expect(result.ids).toHaveLength(4); // three groups and the legend
    expect(new Set(result.ids).size).toBe(4);
    const [first, second, third] = result.ids as [string, string, string];
    expect(first).toMatch(/^u[0-9a-z]{7}$/);
    expect(second).toBe(`${first}_2`);
    expect(third).toMatch(/^u[0-9a-z]{7}$/);
    expect(result.ids).toContain('legend');
  });

  it('refuses an id that is not a node, and a group of the wrong shape', () => {
    expect(() => toMermaid(smallModel(), undefined, { group: [{ title: 'Typo', ids: ['welss'] }] })).toThrow(
      'the group "Typo" lists "welss", but the model has no node with that id',
    );
    const bad = [{ title: 'No ids' }] as unknown as NodeGroup[];
    expect(() => toMermaid(smallModel(), undefined, { group: bad })).toThrow(RangeError);
    expect(() => toMermaid(smallModel(), undefined, { group: 'members' as 'none' })).toThrow(RangeError);
  });

  it('gives the same text whatever the order of nodes and ids', () => {
    const ids = ['wells', 'mechanics', 'trained'];
    const text = toMermaid(smallModel(), undefined, { group: [{ title: 'W', ids }], indicators: true });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.shuffledSubarray(ids, { minLength: ids.length }), (seed, order) => {
        expect(toMermaid(loadModel(shuffled(SMALL, seed)), undefined, { group: [{ title: 'W', ids: order }], indicators: true })).toBe(text);
      }),
      { numRuns: 20 },
    );
  });
});
