/**
 * The JSON Schema of a coalition file in a real validator (Ajv, draft 2020-12,
 * strict, every error, as the document schema is tested in
 * test/foundation/schema.test.ts): the example coalition passes; broken ones
 * fail with the error an editor would show, where it is.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { toCoalitionJsonSchema, toJsonSchema } from '../../src/index.js';
import { toc } from '../cli/in-process.js';

const schema = toCoalitionJsonSchema();
const ajv = new Ajv2020({ allErrors: true, strict: true, formats: { date: true } });
ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
const check = ajv.compile(schema);
const errors = (data: unknown): readonly ErrorObject[] => (check(data) ? [] : [...(check.errors ?? [])]);
const where = (data: unknown): string[] => errors(data).map((e) => `${e.instancePath} ${e.keyword}`);

const example = parseYaml(readFileSync('examples/coalition/coalition.yaml', 'utf8')) as Record<string, unknown> & { members: Record<string, unknown>[]; links: Record<string, unknown>[] };

describe('toCoalitionJsonSchema', () => {
  it('passes the example coalition', () => {
    expect(errors(example)).toEqual([]);
  });

  it('passes one with shared indicators, a link with every field, and a joint node naming a member node', () => {
    const coalition = {
      title: 'C',
      members: [{ id: 'asi', file: 'asi.yaml' }, { id: 'fw_2', file: 'fw.yaml' }],
      nodes: [{ kind: 'objective', id: 'jo1', title: 'Joint', contributesTo: ['asi:ko1'] }],
      links: [{ from: 'fw_2:o2', to: 'jo1', weight: 2, assumptions: ['asi:a1', 'ja'], note: 'Why', evidence: [{ summary: 'Found', stance: 'supports', date: '2019-07-17' }] }],
      sharedIndicators: [{ id: 'ratifications', indicators: ['asi:x', 'fw_2:y'] }],
    };
    expect(errors(coalition)).toEqual([]);
  });

  it('fails a coalition without members, a member without its file, a bad member id, and a typo in a field', () => {
    const { members: _members, ...noMembers } = example;
    expect(where(noMembers)).toEqual([' required']);
    expect(where({ ...example, members: [] })).toEqual(['/members minItems']);
    expect(where({ ...example, members: [{ id: 'asi' }] })).toEqual(['/members/0 required']);
    expect(where({ ...example, members: [{ id: 'a:b', file: 'x.yaml' }] })).toEqual(['/members/0/id pattern']);
    expect(where({ ...example, members: [{ id: 'asi', file: 'x.yaml', titel: 'typo' }] })).toEqual(['/members/0 additionalProperties']);
    expect(where({ ...example, link: [] })).toEqual([' additionalProperties']);
  });

  it('fails links and shared indicators written wrong', () => {
    expect(where({ ...example, links: [{ from: 'asi:so1-1' }] })).toEqual(['/links/0 required']);
    expect(where({ ...example, links: [{ from: ':so1-1', to: 'laws-enforced' }] })).toEqual(['/links/0/from pattern']);
    expect(where({ ...example, links: [{ from: 'asi:so1-1', to: 'laws-enforced', weight: 0 }] })).toEqual(['/links/0/weight minimum']);
    expect(where({ ...example, links: [{ from: 'asi:so1-1', to: 'laws-enforced', wieght: 2 }] })).toEqual(['/links/0 additionalProperties']);
    expect(where({ ...example, sharedIndicators: [{ id: 's', indicators: ['asi:x', 'y'] }] })).toEqual(['/sharedIndicators/0/indicators/1 pattern']);
    expect(where({ ...example, sharedIndicators: [{ id: 's', indicators: ['asi:x'] }] })).toEqual(['/sharedIndicators/0/indicators minItems']);
  });

  it("reuses the document's node schemas and fields, and describes every property it adds", () => {
    const document = toJsonSchema();
    expect(schema.$defs).toEqual(document.$defs);
    const properties = schema.properties as Record<string, { description?: string; items?: { properties?: Record<string, { description?: string }> } }>;
    expect(properties.period).toEqual((document.properties as Record<string, unknown>).period);
    for (const name of ['members', 'links', 'sharedIndicators']) {
      expect(properties[name]?.description).toMatch(/\w/);
      for (const [field, p] of Object.entries(properties[name]?.items?.properties ?? {})) expect(p.description, `${name}.${field}`).toMatch(/\w/);
    }
    expect(properties.nodes?.description).toMatch(/^The coalition's own joint goals/);
  });

  it('is what `toc schema --coalition` prints; `toc schema` still prints the document schema', async () => {
    const run = await toc('schema', '--coalition');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(schema);
    expect(JSON.parse((await toc('schema')).stdout)).toEqual(toJsonSchema());
  });

  it('the shipped coalition-schema.json equals toCoalitionJsonSchema() (run `npm run build` after changing the schema)', () => {
    const shipped = JSON.parse(readFileSync(new URL('../../coalition-schema.json', import.meta.url), 'utf8')) as unknown;
    expect(shipped).toEqual(schema);
  });
});
