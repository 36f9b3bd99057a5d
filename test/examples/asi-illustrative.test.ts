import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rollUp } from '../../src/index.js';
import { toMermaid } from '../../src/mermaid/index.js';
import { illustrativeIds } from '../../src/progress/illustrative-ids.js';
import { toMarkdownReport } from '../../src/report/index.js';
import { loadModelFile } from '../../src/node/index.js';

const model = await loadModelFile(join(resolve(import.meta.dirname, '../..'), 'examples/anti-slavery-international/asi.yaml'));
const report = rollUp(model, { asOf: '2020-12-31' });

describe('illustrative figures are labelled wherever they surface', () => {
  it('flags exactly the results resting on illustrative indicators', () => {
    const flagged = illustrativeIds(model, report);
    // 1.3, 3.2 and 3.3 rest only on published facts (SDG 8.7 adopted; 36 ratifications of the
    // Forced Labour Protocol against the "50 for Freedom" goal; forced marriage in the global
    // estimates) and, for 3.3, a baseline this example infers, which is labelled but not invented.
    expect(flagged.has('so1-3')).toBe(false);
    expect(flagged.has('so3-2')).toBe(false);
    expect(flagged.has('so3-3')).toBe(false);
    expect(['ko1', 'ko2', 'ko3', 'strategic-priority', 'vision'].every((id) => flagged.has(id))).toBe(true);
  });

  it('in the Markdown report', () => {
    const lines = toMarkdownReport(model, report).split('\n');
    const rowOf = (ref: string): string => lines.find((l) => l.startsWith(`| ${ref} |`)) ?? '';
    expect(rowOf('1')).toMatch(/incl\. illustrative figures \|$/);
    expect(rowOf('1.3')).not.toContain('illustrative');
    expect(rowOf('3.2')).not.toContain('illustrative');
  });

  it('in the diagram', () => {
    const text = toMermaid(model, report);
    expect(text).toMatch(/"1 Duty bearers are[^"]*<br>◇ illustrative<br>◷ old"/); // illustrative figures, and readings older than 18 months
    expect(text).toMatch(/"1\.3 Slavery and its[^"]*achieved"/);
  });
});
