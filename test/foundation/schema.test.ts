import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentSchema, isIsoDate, NODE_KINDS, NodeSchema, toJsonSchema } from '../../src/index.js';
import { validDocument } from './arbitraries.js';

/** The schema.json that `npm run build` writes at the repository root and the package ships. */
const shipped = JSON.parse(readFileSync(new URL('../../schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;

type Schema = { readonly [key: string]: unknown };

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function at(schema: Schema, ...keys: string[]): Schema {
  let s: unknown = schema;
  for (const key of keys) s = isSchema(s) ? s[key] : undefined;
  if (!isSchema(s)) throw new Error(`no schema at ${keys.join('.')}`);
  return s;
}

/**
 * Just enough of JSON Schema 2020-12 for the keywords the generated schema uses,
 * to check that documents are accepted or rejected: returns the problems found.
 */
function check(value: unknown, schema: Schema, root: Schema, where = '$'): string[] {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/$defs/', '');
    return check(value, at(root, '$defs', name), root, where);
  }
  const problems: string[] = [];
  const type = schema.type;
  const typeOk =
    type === undefined ||
    (type === 'object' && isSchema(value)) ||
    (type === 'array' && Array.isArray(value)) ||
    (type === 'string' && typeof value === 'string') ||
    (type === 'number' && typeof value === 'number') ||
    (type === 'boolean' && typeof value === 'boolean') ||
    (type === 'null' && value === null);
  if (!typeOk) return [`${where}: not ${String(type)}`];
  if ('const' in schema && value !== schema.const) problems.push(`${where}: not ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) problems.push(`${where}: not in enum`);
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) problems.push(`${where}: too short`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) problems.push(`${where}: pattern`);
  }
  if (typeof value === 'number') {
    if (typeof schema.exclusiveMinimum === 'number' && !(value > schema.exclusiveMinimum)) problems.push(`${where}: not > ${schema.exclusiveMinimum}`);
    if (typeof schema.minimum === 'number' && value < schema.minimum) problems.push(`${where}: < ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) problems.push(`${where}: > ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) problems.push(`${where}: too few items`);
    if (isSchema(schema.items)) value.forEach((item, i) => problems.push(...check(item, schema.items as Schema, root, `${where}[${i}]`)));
  }
  if (isSchema(value)) {
    const properties = isSchema(schema.properties) ? schema.properties : {};
    for (const key of Array.isArray(schema.required) ? (schema.required as string[]) : []) {
      if (!(key in value)) problems.push(`${where}: missing ${key}`);
    }
    for (const [key, v] of Object.entries(value)) {
      const p = properties[key];
      if (isSchema(p)) problems.push(...check(v, p, root, `${where}.${key}`));
      else if (schema.additionalProperties === false) problems.push(`${where}: unknown ${key}`);
      else if (isSchema(schema.additionalProperties)) problems.push(...check(v, schema.additionalProperties, root, `${where}.${key}`));
    }
  }
  for (const [keyword, needed] of [
    ['anyOf', (n: number) => n >= 1],
    ['oneOf', (n: number) => n === 1],
  ] as const) {
    const options = schema[keyword];
    if (Array.isArray(options)) {
      const passing = options.filter((o) => isSchema(o) && check(value, o, root, where).length === 0).length;
      if (!needed(passing)) problems.push(`${where}: ${keyword} matched ${passing}`);
    }
  }
  return problems;
}

describe('the JSON Schema', () => {
  it('the shipped schema.json equals toJsonSchema() (run `npm run build` after changing the zod schema)', () => {
    expect(shipped).toEqual(toJsonSchema());
  });

  it('is draft 2020-12, titled, requiring a title and nodes', () => {
    const schema = toJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('Theory of change');
    expect(schema.required).toEqual(['title', 'nodes']);
    expect(schema.additionalProperties).toBe(false);
  });

  it('describes nodes as a list of one object per kind', () => {
    const nodes = at(toJsonSchema(), 'properties', 'nodes');
    expect(nodes.type).toBe('array');
    const options = at(nodes, 'items').oneOf as Schema[];
    expect(options.map((o) => at(o, 'properties', 'kind').const)).toEqual([...NODE_KINDS]);
    expect(options.map((o) => o.required)).toEqual([
      ['kind', 'id', 'title'],
      ['kind', 'id', 'title'],
      ['kind', 'id', 'title', 'actorType'],
      ['kind', 'id', 'title'],
      ['kind', 'id', 'title', 'measure'],
      ['kind', 'id', 'title', 'status'],
    ]);
    for (const o of options) expect(o.additionalProperties).toBe(false);
    const weight = at(options[0] as Schema, 'properties', 'contributesTo', 'items');
    expect(at((weight.anyOf as Schema[])[1] as Schema, 'properties', 'weight')).toMatchObject({ type: 'number', minimum: 1e-9, maximum: 1e15 });
  });

  it('its date pattern agrees with isIsoDate', () => {
    const pattern = new RegExp(at(toJsonSchema(), 'properties', 'period', 'properties', 'start').pattern as string, 'u');
    for (const date of ['2020-02-29', '2019-02-28', '2000-02-29', '2024-12-31', '1999-04-30']) {
      expect([date, pattern.test(date), isIsoDate(date)]).toEqual([date, true, true]);
    }
    for (const date of ['2019-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-1-1', '2024-01-01T00:00Z', '']) {
      expect([date, pattern.test(date), isIsoDate(date)]).toEqual([date, false, false]);
    }
  });

  it('accepts the shape of every valid document', () => {
    const schema = toJsonSchema();
    fc.assert(
      fc.property(validDocument, (doc) => {
        expect(check(doc, schema, schema)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('rejects structural mistakes', () => {
    const schema = toJsonSchema();
    const base = { title: 'T', nodes: [{ kind: 'goal', id: 'g', title: 'G' }] };
    expect(check(base, schema, schema)).toEqual([]);
    expect(check({ ...base, titel: 'x' }, schema, schema)).toEqual(['$: unknown titel']);
    expect(check({ nodes: [] }, schema, schema)).toEqual(['$: missing title']);
    expect(check({ title: 'T', nodes: [{ kind: 'gaol', id: 'g', title: 'G' }] }, schema, schema)).toEqual(['$.nodes[0]: oneOf matched 0']);
    expect(check({ title: 'T', nodes: [{ kind: 'goal', id: 'g', title: 'G', contributesTo: [{ to: 'h', weight: 0 }] }] }, schema, schema)).toEqual([
      '$.nodes[0]: oneOf matched 0',
    ]);
  });
});

describe('the zod schemas', () => {
  it('parse a valid document and node unchanged', () => {
    const node = { kind: 'goal', id: 'vision', title: 'A world free from slavery' } as const;
    expect(NodeSchema.parse(node)).toEqual(node);
    expect(DocumentSchema.parse({ title: 'T', nodes: [node] })).toEqual({ title: 'T', nodes: [node] });
    expect(DocumentSchema.safeParse({ title: 'T', nodes: [{ ...node, kind: 'vision' }] }).success).toBe(false);
  });
});
