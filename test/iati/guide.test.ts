/** The "Publishing to IATI" section of the IATI guide shows exactly what the export writes for its example. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostics, validate } from '../../src/index.js';
import { placeDiagnostics, readText } from '../../src/parse/parse-text.js';
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
    // As `toc export iati safe-migration.yaml` prints it: placed in the file (its goal is nodes[0], on line 6).
    const { locate } = readText(block('yaml'), 'safe-migration.yaml');
    expect(`${formatDiagnostics(placeDiagnostics(diagnostics, locate, 'safe-migration.yaml'))}\n`).toBe(block('text'));
    expect(block('text').startsWith('safe-migration.yaml:6:5: warning iati-result-without-indicator at nodes[0]: Goal "safe" has no indicator')).toBe(true);
  });
});
