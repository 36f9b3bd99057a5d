import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/index.js';
import { mermaidNodeIds } from '../../src/mermaid/node-ids.js';
import { assignNodeIds } from '../../src/mermaid/node-ids.js';
import { asiShapedDocument, SMALL, shuffled, smallModel } from './fixtures.js';

const SAFE = /^n[0-9a-z]{7}$/;
const RESERVED = ['end', 'graph', 'flowchart', 'subgraph', 'style', 'linkStyle', 'class', 'classDef', 'click', 'call', 'href', 'direction', 'default'];

describe('mermaidNodeIds', () => {
  it('gives every node an id of n and seven characters from [0-9a-z], never the user text', () => {
    const model = smallModel();
    const ids = mermaidNodeIds(model);
    expect(ids.size).toBe(model.nodes.length);
    for (const [id, mermaidId] of ids) {
      expect(mermaidId).toMatch(SAFE);
      expect(mermaidId).not.toContain(id);
    }
    expect(new Set(ids.values()).size).toBe(ids.size);
  });

  it('cannot produce a Mermaid keyword, even for ids that are keywords', () => {
    const ids = assignNodeIds([...RESERVED, 'o', 'x', '---o', '"]; click a call b; a["', '']);
    for (const mermaidId of ids.values()) {
      expect(mermaidId).toMatch(SAFE);
      expect(RESERVED).not.toContain(mermaidId);
    }
  });

  it('is the same whatever the order of the nodes', () => {
    const expected = [...mermaidNodeIds(loadModel(asiShapedDocument()))].sort();
    for (const seed of [1, 2, 3]) {
      expect([...mermaidNodeIds(loadModel(shuffled(asiShapedDocument(), seed)))].sort()).toEqual(expected);
    }
  });

  it('keeps the other ids when a node is added (they diff well)', () => {
    const before = mermaidNodeIds(smallModel());
    const after = mermaidNodeIds(
      loadModel({ ...SMALL, nodes: [...SMALL.nodes, { kind: 'objective', id: 'new', title: 'New', contributesTo: ['impact'] }] }),
    );
    for (const [id, mermaidId] of before) expect(after.get(id)).toBe(mermaidId);
  });

  it('resolves hash collisions deterministically, in code-unit order of the ids', () => {
    // Every plain id hashes to 42; salted ones ("b\u00001") to something of their own.
    const collide = (text: string): number => (text.length === 1 ? 42 : text.charCodeAt(0) * 1000 + text.length);
    const a = assignNodeIds(['b', 'a', 'c'], collide);
    const b = assignNodeIds(['c', 'b', 'a'], collide);
    expect([...a].sort()).toEqual([...b].sort());
    expect(new Set(a.values()).size).toBe(3);
    expect(a.get('a')).toBe(`n${(42).toString(36).padStart(7, '0')}`);
    expect(a.get('b')).toBe(`n${(98_003).toString(36).padStart(7, '0')}`);
    for (const mermaidId of a.values()) expect(mermaidId).toMatch(SAFE);
  });
});
