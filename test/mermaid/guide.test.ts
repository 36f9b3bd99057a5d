// @vitest-environment jsdom
/** The diagrams guide shows real output: its diagram blocks are what toMermaid writes for its YAML document. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel, rollUp } from '../../src/index.js';
import { parseText } from '../../src/node/index.js';
import { toMermaid } from '../../src/mermaid/index.js';
import { parseFlowchart } from './parse.js';

const guide = readFileSync(resolve(import.meta.dirname, '../../docs/guides/diagrams.md'), 'utf8');

function firstBlock(lang: string): string {
  const match = new RegExp('^```' + lang + '\\n([\\s\\S]*?)^```$', 'm').exec(guide);
  if (match === null) throw new Error(`no ${lang} block in the guide`);
  return match[1] as string;
}

describe('the diagrams guide', () => {
  it('shows what toMermaid writes for its document', async () => {
    const parsed = parseText(firstBlock('yaml'));
    if (!parsed.ok) throw new Error('the guide’s YAML does not parse');
    const text = toMermaid(loadModel(parsed.data));
    expect(firstBlock('mermaid')).toBe(text);
    await parseFlowchart(text);
  });

  it('shows what toMermaid writes for it with its report, assumptions on links, left to right', async () => {
    const parsed = parseText(firstBlock('yaml'));
    if (!parsed.ok) throw new Error('the guide’s YAML does not parse');
    const model = loadModel(parsed.data);
    const blocks = [...guide.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
    expect(guide).toContain("`toMermaid(model, rollUp(model, { asOf: '2025-06-30' }), { assumptions: true, direction: 'LR' })`");
    const text = toMermaid(model, rollUp(model, { asOf: '2025-06-30' }), { assumptions: true, direction: 'LR' });
    expect(blocks[1]).toBe(text);
    const flowchart = await parseFlowchart(text);
    // 1.1 runs through the failing assumption to 1: both segments red and dashed.
    const red = flowchart.edges.filter((e) => (e.style ?? []).includes('stroke:#b3261e'));
    expect(red.map((e) => flowchart.vertices.get(e.end)?.type)).toEqual(['hexagon', 'square']);
  });

  it('is right that a later classDef restyles a class', async () => {
    const parsed = await parseFlowchart(`${firstBlock('mermaid')}  classDef goal fill:#000000\n`);
    expect(parsed.classes.get('goal')?.styles.at(-1)).toBe('fill:#000000');
  });
});
