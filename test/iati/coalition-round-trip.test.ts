/**
 * A coalition written as IATI activities (toIatiCoalition) and read back (importIati's
 * programmes): the same coalition, the same documents, the same joint progress; every file valid
 * against the IATI 2.03 schema.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CoalitionDocument } from '../../src/coalition/types.js';
import type { TheoryOfChangeDocument } from '../../src/document/types.js';
import { importIati, toIatiCoalition } from '../../src/iati/index.js';
import { jointProgress, loadModel, progressOf, rollUp, validateCoalition, type Model } from '../../src/index.js';
import { parseText } from '../../src/node/index.js';
import { validateIatiXml } from './xmllint.js';

const root = resolve(import.meta.dirname, '../..');
const EDU = 'XM-DAC-47015-EDU';

function read(path: string): unknown {
  const parsed = parseText(readFileSync(path, 'utf8'), path);
  if (!parsed.ok) throw new Error(`${path} does not parse`);
  return parsed.data;
}

function modelsOf(members: CoalitionDocument['members'], documentOf: (file: string) => unknown): Map<string, Model> {
  return new Map(members.map((m) => [m.id, loadModel(documentOf(m.file))]));
}

/** The programme imported from `xml` with its members' documents, validated and rolled up as of `asOf`. */
function imported(xml: string, asOf: string) {
  const byIdentifier = new Map<string, TheoryOfChangeDocument>();
  const result = importIati(xml, { onDocument: (document, { identifier }) => byIdentifier.set(identifier, document) });
  const [programme] = result.programmes;
  if (programme === undefined) throw new Error('no programme');
  const documents = new Map(Object.entries(programme.activities).map(([id, identifier]) => [id, byIdentifier.get(identifier) as TheoryOfChangeDocument]));
  const validation = validateCoalition(programme.coalition, documents);
  if (!validation.ok) throw new Error(JSON.stringify(validation.diagnostics));
  const report = rollUp(validation.model, { asOf });
  return { result, programme, documents, validation, report, joint: jointProgress(validation.model, validation.coalition, report) };
}

describe('a programme: import → export → import', () => {
  const first = imported(readFileSync(join(root, 'test/iati/fixtures/programme.xml'), 'utf8'), '2024-12-31');
  const exported = toIatiCoalition(first.programme.coalition, new Map([...first.documents].map(([id, d]) => [id, loadModel(d)])), { reportingOrg: { ref: 'XM-DAC-47015' } });

  it('writes one activity per member, each identifier the imported one, parent and child both ways; valid IATI 2.03', async () => {
    expect([...exported.xml.matchAll(/<iati-identifier>([^<]*)</g)].map((m) => m[1])).toEqual([EDU, `${EDU}-SCHOOLS`, `${EDU}-TEACHERS`]);
    expect([...exported.xml.matchAll(/<related-activity ref="([^"]*)" type="(\d)"/g)].map((m) => [m[1], m[2]])).toEqual([
      [`${EDU}-SCHOOLS`, '2'],
      [`${EDU}-TEACHERS`, '2'],
      [EDU, '1'],
      [EDU, '1'],
    ]);
    expect((await validateIatiXml(exported.xml)).errors).toEqual([]);
  });

  it('gives the same coalition, documents and progress back', () => {
    const second = imported(exported.xml, '2024-12-31');
    expect(second.programme.coalition).toEqual(first.programme.coalition);
    expect(second.programme.activities).toEqual(first.programme.activities);
    // The same documents, their nodes in the order the restore gives (results top down, then indicators).
    const byId = (d: TheoryOfChangeDocument) => ({ ...d, nodes: [...d.nodes].sort((a, b) => (a.id < b.id ? -1 : 1)) });
    expect([...second.documents].map(([id, d]) => [id, byId(d)])).toEqual([...first.documents].map(([id, d]) => [id, byId(d)]));
    expect(second.result.unfollowed).toEqual([]);
    expect(progressOf(second.report, `${EDU}:goal`)?.progress).toBeCloseTo(1.45 / 3, 12);
  });

  it('the same coalition gives the same bytes', () => {
    const again = toIatiCoalition(first.programme.coalition, new Map([...first.documents].map(([id, d]) => [id, loadModel(d)])), { reportingOrg: { ref: 'XM-DAC-47015' } });
    expect(again.xml).toBe(exported.xml);
  });
});

describe('the example coalition: export → import', () => {
  const path = join(root, 'examples/coalition/coalition.yaml');
  const coalition = read(path) as CoalitionDocument;
  const documentOf = (file: string): unknown => read(join(dirname(path), file));
  const models = modelsOf(coalition.members, documentOf);
  const exported = toIatiCoalition(coalition, models, { reportingOrg: { ref: 'XM-EXAMPLE', type: '21' } });

  it('writes the coalition\'s own activity (it has joint nodes) and one per member; valid IATI 2.03', async () => {
    expect([...exported.xml.matchAll(/<iati-identifier>([^<]*)</g)].map((m) => m[1])).toEqual([
      'XM-EXAMPLE-joint-policy-coalition',
      `XM-EXAMPLE-${models.get('asi')?.document.id}`,
      `XM-EXAMPLE-${models.get('lra')?.document.id}`,
    ]);
    expect((await validateIatiXml(exported.xml)).errors).toEqual([]);
  });

  it('says which member each warning is about; what the options lack once, for no member', () => {
    expect(exported.diagnostics.filter((d) => d.code === 'iati-result-without-indicator').map((d) => [d.file, d.ids[0]])).toEqual([
      ['../anti-slavery-international/asi.yaml', 'vision'],
      ['./labour-rights-alliance.yaml', 'decent-work'],
      [undefined, 'end-forced-labour'],
      [undefined, 'laws-enforced'],
      [undefined, 'supply-chains-accountable'],
      [undefined, 'survivor-remedy'],
    ]);
    // Without --org-type: three activities, one warning about the type, naming no file.
    const bare = toIatiCoalition(coalition, models, { reportingOrg: { ref: 'XM-EXAMPLE' } });
    expect(bare.diagnostics.filter((d) => d.message.startsWith('No reporting organisation type')).map((d) => d.file)).toEqual([undefined]);
  });

  it('gives back the coalition, its members\' documents and the same joint progress', () => {
    const original = validateCoalition(coalition, new Map(coalition.members.map((m) => [m.id, documentOf(m.file)])));
    if (!original.ok) throw new Error('the example is valid');
    const before = jointProgress(original.model, original.coalition, rollUp(original.model, { asOf: '2020-12-31' }));
    const after = imported(exported.xml, '2020-12-31');
    const { members: _m, ...rest } = after.programme.coalition;
    const { members: _o, ...want } = coalition;
    expect(rest).toEqual(want);
    expect(after.programme.coalition.members.map((m) => [m.id, m.title])).toEqual(coalition.members.map((m) => [m.id, m.title]));
    expect(after.joint).toEqual(before);
    // The links to the coalition's own activity (it has no document) are the coalition's, not unfollowed.
    expect(after.result.unfollowed).toEqual([]);
    // The numbers of the guide: supply-chains-accountable (0.75 + 0.5) / 2, ASI's share 0.375.
    expect(after.joint.joint.find((j) => j.id === 'supply-chains-accountable')?.shares.map((s) => [s.member, s.share])).toEqual([
      ['asi', 0.375],
      ['lra', 0.25],
    ]);
  });
});
