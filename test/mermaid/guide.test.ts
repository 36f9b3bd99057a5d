// @vitest-environment jsdom
/** The diagrams guide shows real output: its diagram block is what toMermaid writes for its YAML document. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/index.js';
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

  it('is right that a later classDef restyles a class', async () => {
    const parsed = await parseFlowchart(`${firstBlock('mermaid')}  classDef goal fill:#000000\n`);
    expect(parsed.classes.get('goal')?.styles.at(-1)).toBe('fill:#000000');
  });
});
