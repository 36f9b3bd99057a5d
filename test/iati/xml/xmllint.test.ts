import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IATI_SCHEMA, validateIatiXml } from '../xmllint.js';

const fixture = resolve(import.meta.dirname, '../fixtures/minimal-activity.xml');

describe('validateIatiXml (xmllint against the vendored IATI 2.03 schema)', () => {
  it('uses the schema vendored in the repository, not one outside it', () => {
    expect(IATI_SCHEMA).toBe(resolve(import.meta.dirname, '../schema/iati-activities-schema.xsd'));
  });

  it('passes the hand-written minimal activity, by path and as text', async () => {
    expect(await validateIatiXml({ path: fixture })).toEqual({ valid: true, errors: [] });
    expect(await validateIatiXml(await readFile(fixture, 'utf8'))).toEqual({ valid: true, errors: [] });
  });

  it('fails broken copies with the message that names the fault', async () => {
    const text = await readFile(fixture, 'utf8');
    const broken = async (from: string, to: string): Promise<readonly string[]> => {
      expect(text).toContain(from);
      const result = await validateIatiXml(text.replace(from, to));
      expect(result.valid).toBe(false);
      return result.errors;
    };
    expect((await broken('ascending="1"', 'ascending="yes"')).join('\n')).toContain("'yes' is not a valid value of the atomic type 'xs:boolean'");
    expect((await broken('<baseline year="2023" ', '<baseline ')).join('\n')).toContain("The attribute 'year' is required but missing.");
    expect((await broken('<period-start iso-date="2024-01-01"/>', '')).join('\n')).toContain('Expected is ( period-start )');
    // Extension elements belong at the end of a sequence: one before the indicator is refused.
    const early = await broken('<indicator measure="1"', '<toc:early/><indicator measure="1"');
    expect(early.join('\n')).toContain("Element '{urn:theory-of-change:iati:1}early': This element is not expected.");
    expect(early[0]).toMatch(/^<file>:\d+: /);
    // Not well-formed: a parser error, still a result and not a rejection.
    expect((await broken('</iati-activities>', '')).join('\n')).toContain('parser error');
  });
});
