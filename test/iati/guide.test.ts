/** The "Publishing to IATI" section of the IATI guide shows exactly what the export writes for its example. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';
import { parseText } from '../../src/parse/index.js';
import { toIati } from '../../src/iati/index.js';

const guide = readFileSync(join(resolve(import.meta.dirname, '../..'), 'docs/guides/iati-and-spreadsheets.md'), 'utf8');
const section = guide.slice(guide.indexOf('## Publishing to IATI'));
const block = (lang: string): string => (new RegExp('^```' + lang + '\\n([\\s\\S]*?)^```$', 'm').exec(section)?.[1] ?? '');

describe('the IATI guide, Publishing to IATI', () => {
  it('shows the XML and the warning the export gives for its example document', () => {
    const parsed = parseText(block('yaml'));
    const result = validate(parsed.ok ? parsed.data : null);
    if (!result.ok) throw new Error('the example validates');
    const { xml, diagnostics } = toIati(result.model, { reportingOrg: { ref: 'XM-EXAMPLE', type: '22' } });
    expect(`${xml}`).toBe(block('xml'));
    expect(diagnostics.map((d) => `${d.severity} ${d.code} at nodes[${String(d.path[1])}]: ${d.message}\n`).join('')).toBe(block('text'));
  });
});
