/**
 * model → toIati → IATI XML → read → restoreDocument → model: an equal model
 * (its canonical form: nodes by id, lists whose order means nothing in a fixed
 * order), for random models and for the ASI example; and every export valid
 * against the IATI 2.03 schema (xmllint).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate, type TheoryOfChangeDocument } from '../../src/index.js';
import { readModelFile } from '../../src/node/index.js';
import { canonicalDocument } from '../../src/iati/export/canonical-document.js';
import { toIati } from '../../src/iati/export/to-iati.js';
import { restoreDocument } from '../../src/iati/restore/restore-document.js';
import { readIatiActivities } from '../../src/iati/xml/read-iati.js';
import { iatiDocument } from './arbitraries.js';

const SCHEMA = '/work/shared/iati-2.03/iati-activities-schema.xsd';
const OPTIONS = { identifier: 'GB-CHC-1234567-strategy', reportingOrg: { ref: 'GB-CHC-1234567', type: '21' } };

/** xmllint's verdict on each file: '' when it validates, else its error lines. */
function xmllint(xmls: readonly string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'toc-iati-'));
  const files = xmls.map((xml, k) => {
    const file = join(dir, `${k}.xml`);
    writeFileSync(file, xml);
    return file;
  });
  let out = '';
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    out = String((error as { stderr?: Buffer }).stderr ?? error);
  }
  return files.map((f) =>
    out
      .split('\n')
      .filter((line) => line.startsWith(f) && !line.endsWith(' validates'))
      .join('\n'),
  );
}

function restored(xml: string): TheoryOfChangeDocument {
  const file = readIatiActivities(xml);
  expect(file.diagnostics).toEqual([]);
  expect(file.activities).toHaveLength(1);
  const back = restoreDocument(file.activities[0] as (typeof file.activities)[number]);
  expect(back.diagnostics).toEqual([]);
  return back.document;
}

/** JSON cannot hold -0; the IATI file writes it 0, as JSON does. */
const jsonSafe = (doc: TheoryOfChangeDocument): TheoryOfChangeDocument => JSON.parse(JSON.stringify(doc)) as TheoryOfChangeDocument;

describe('model → IATI → model', () => {
  it('gives an equal model for random models (with periods, breakdowns, ratios, evidence)', () => {
    fc.assert(
      fc.property(iatiDocument, (doc) => {
        const result = validate(doc);
        if (!result.ok) throw new Error('the arbitrary gives valid documents');
        const back = restored(toIati(result.model, OPTIONS).xml);
        const again = validate(back);
        expect(again.ok).toBe(true);
        expect(canonicalDocument(back)).toEqual(canonicalDocument(jsonSafe(doc)));
      }),
      { numRuns: process.env.CI === 'true' ? 300 : 50 },
    );
  });

  it('random models export valid IATI 2.03', () => {
    const docs = fc.sample(iatiDocument, { numRuns: 40, seed: 16 });
    const xmls = docs.map((doc) => {
      const result = validate(doc);
      if (!result.ok) throw new Error('invalid');
      return toIati(result.model, OPTIONS).xml;
    });
    expect(xmllint(xmls)).toEqual(xmls.map(() => ''));
  });

  it('the ASI example: valid IATI 2.03, its goal without indicator reported, and restored to an equal model', async () => {
    const read = await readModelFile('examples/anti-slavery-international/asi.yaml');
    if (!read.ok) throw new Error('the ASI example is valid');
    const { xml, diagnostics } = toIati(read.model, OPTIONS);
    expect(xmllint([xml])).toEqual(['']);
    // The check can fail: the same file without its reporting organisation does not validate.
    expect(xmllint([xml.replace(/<reporting-org[^]*?<\/reporting-org>/, '')])[0]).toContain("Element 'title': This element is not expected. Expected is ( reporting-org ).");
    expect(diagnostics.map((d) => [d.code, d.ids])).toEqual([['iati-result-without-indicator', ['vision']]]);
    expect(canonicalDocument(restored(xml))).toEqual(canonicalDocument(read.model.document));
  });
});
