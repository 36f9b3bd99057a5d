import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import * as z from 'zod';
import { DocumentSchema, isIsoDate, NODE_KINDS, NodeSchema, toJsonSchema, type ReadingDocument } from '../../src/index.js';
import { validDocument } from './arbitraries.js';

/** The schema.json that `npm run build` writes at the repository root and the package ships. */
const shipped = JSON.parse(readFileSync(new URL('../../schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;

type Schema = { readonly [key: string]: unknown };

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function at(schema: Schema, ...keys: string[]): Schema {
  let s: unknown = schema;
  for (const key of keys) s = isSchema(s) ? s[key] : Array.isArray(s) ? s[Number(key)] : undefined;
  if (!isSchema(s)) throw new Error(`no schema at ${keys.join('.')}`);
  return s;
}

/**
 * Every property schema in `schema`, with where it is (`$defs.goal-node.properties.title`),
 * looking through `$defs`, items, `anyOf` branches and everything else, but not inside
 * `if`: those are conditions on `kind`, not fields of the document.
 */
function propertiesOf(schema: unknown, where = '$'): Array<[string, Schema]> {
  if (Array.isArray(schema)) return schema.flatMap((item, i) => propertiesOf(item, `${where}[${i}]`));
  if (!isSchema(schema)) return [];
  const found: Array<[string, Schema]> = [];
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === 'if') continue;
    if (keyword === 'properties' && isSchema(value)) {
      for (const [name, property] of Object.entries(value)) {
        if (isSchema(property)) found.push([`${where}.properties.${name}`, property]);
        found.push(...propertiesOf(property, `${where}.properties.${name}`));
      }
    } else {
      found.push(...propertiesOf(value, `${where}.${keyword}`));
    }
  }
  return found;
}

/** Every `oneOf` in `schema`, with where it is. */
function oneOfsIn(schema: unknown, where = '$'): string[] {
  if (Array.isArray(schema)) return schema.flatMap((item, i) => oneOfsIn(item, `${where}[${i}]`));
  if (!isSchema(schema)) return [];
  return Object.entries(schema).flatMap(([keyword, value]) => [
    ...(keyword === 'oneOf' ? [where] : []),
    ...oneOfsIn(value, `${where}.${keyword}`),
  ]);
}

/**
 * A real JSON Schema 2020-12 validator, reporting every error as an editor lists them.
 * Strict, so a keyword it does not know fails compilation; dates are checked by the
 * schema's pattern (compared with isIsoDate below), so the `date` format is only named.
 */
function validator(schema: Schema) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true, formats: { date: true } });
  ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
  const validate = ajv.compile(schema);
  return (document: unknown): readonly ErrorObject[] => (validate(document) ? [] : [...(validate.errors ?? [])]);
}

/** The errors as `instancePath schemaPath message`, for exact comparisons. */
function briefly(errors: readonly ErrorObject[]): string[] {
  return errors.map((e) => `${e.instancePath} ${e.schemaPath} ${e.message ?? ''}`);
}

/** Every schema object within `schema`, itself included. */
function schemasWithin(schema: unknown, found = new Set<unknown>()): Set<unknown> {
  if (Array.isArray(schema)) for (const item of schema) schemasWithin(item, found);
  else if (isSchema(schema)) {
    found.add(schema);
    for (const value of Object.values(schema)) schemasWithin(value, found);
  }
  return found;
}

/** The example documents shipped in examples/, by file name. */
function exampleFiles(): string[] {
  const root = new URL('../../examples/', import.meta.url);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => new URL(name, root).pathname);
}

const wrongKind = {
  title: 'T',
  nodes: [
    { kind: 'goal', id: 'g', title: 'G' },
    { kind: 'goall', id: 'h', title: 'H', contributesTo: ['g'] },
  ],
};

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

  it('describes a node as a kind from the list, then the fields of that kind', () => {
    const schema = toJsonSchema();
    const node = at(schema, 'properties', 'nodes', 'items');
    expect(node.type).toBe('object');
    expect(node.required).toEqual(['kind']);
    expect(at(node, 'properties', 'kind').enum).toEqual([...NODE_KINDS]);
    expect(node.allOf).toEqual(
      NODE_KINDS.map((kind) => ({
        if: { type: 'object', properties: { kind: { const: kind } }, required: ['kind'] },
        then: { $ref: `#/$defs/${kind}-node` },
      })),
    );
    const branches = NODE_KINDS.map((kind) => at(schema, '$defs', `${kind}-node`));
    expect(branches.map((b) => b.required)).toEqual([
      ['kind', 'id', 'title'],
      ['kind', 'id', 'title'],
      ['kind', 'id', 'title', 'actorType'],
      ['kind', 'id', 'title'],
      ['kind', 'id', 'title', 'measure'],
      // An assumption's status may be left out when it has evidence (validate checks that one of them is there).
      ['kind', 'id', 'title'],
      ['kind', 'id', 'title'],
    ]);
    for (const b of branches) expect(b.additionalProperties).toBe(false);
    const weight = at(schema, '$defs', 'goal-node', 'properties', 'contributesTo', 'items');
    expect(at((weight.anyOf as Schema[])[1] as Schema, 'properties', 'weight')).toMatchObject({ type: 'number', minimum: 1e-9, maximum: 1e15 });
  });

  it('describes a measure the same way, and keeps no oneOf anywhere', () => {
    const schema = toJsonSchema();
    const measure = at(schema, '$defs', 'indicator-node', 'properties', 'measure');
    const kinds = ['number', 'percentage', 'boolean', 'scale', 'markers', 'qualitative'];
    expect(at(measure, 'properties', 'kind').enum).toEqual(kinds);
    expect((measure.allOf as Schema[]).map((c) => at(c, 'then').$ref)).toEqual(kinds.map((k) => `#/$defs/${k}-measure`));
    expect(at(schema, '$defs', 'scale-measure', 'properties', 'levels')).toMatchObject({ type: 'array', minItems: 2 });
    expect(oneOfsIn(schema)).toEqual([]);
    expect(oneOfsIn(z.toJSONSchema(DocumentSchema, { target: 'draft-2020-12' })).length).toBe(2);
  });

  it('describes every property, in $defs too, in plain words', () => {
    const properties = propertiesOf(toJsonSchema());
    // 131 property schemas today (10 at the top): the walk reaches every branch in $defs.
    expect(properties.length).toBeGreaterThanOrEqual(131);
    const undescribed = properties.filter(([, p]) => typeof p.description !== 'string' || p.description.trim() === '').map(([where]) => where);
    expect(undescribed).toEqual([]);
    const schema = toJsonSchema();
    for (const name of ['title', 'period', 'levels', 'nodes']) expect(at(schema, 'properties', name).description).toMatch(/\w/);
    expect(at(schema, 'properties', 'nodes', 'items', 'properties', 'kind').description).toBe(
      'What sort of node this is: goal, objective, duty-bearer, rights-holder, indicator, assumption or boundary-partner.',
    );
  });

  it('tells the document’s id, a node’s id and a reference to a node apart', () => {
    const schema = toJsonSchema();
    const documentId = at(schema, 'properties', 'id').description;
    const nodeId = at(schema, '$defs', 'objective-node', 'properties', 'id').description;
    const reference = at(schema, '$defs', 'objective-node', 'properties', 'contributesTo', 'items', 'anyOf', '1', 'properties', 'to').description;
    expect(documentId).toBe('Id of this theory of change as a whole, e.g. "water-2024". Optional; it is not a node, and links do not use it.');
    expect(nodeId).toBe('Unique id of this node in the document, e.g. "wells"; links to this node use it.');
    expect(reference).toBe('Id of the goal or objective contributed to.');
    expect(at(schema, '$defs', 'indicator-node', 'properties', 'measures', 'items', 'anyOf', '0').description).toBe(
      'Id of the goal or objective measured.',
    );
    expect(at(schema, '$defs', 'markers-measure', 'properties', 'markers', 'items', 'properties', 'id').description).toBe(
      'Id of this marker, unique within the indicator; observations list the ids of the markers seen.',
    );
  });

  it('its date pattern agrees with isIsoDate, and says what to write instead of printing itself', () => {
    const start = at(toJsonSchema(), 'properties', 'period', 'properties', 'start');
    const pattern = new RegExp(start.pattern as string, 'u');
    for (const date of ['2020-02-29', '2019-02-28', '2000-02-29', '2024-12-31', '1999-04-30']) {
      expect([date, pattern.test(date), isIsoDate(date)]).toEqual([date, true, true]);
    }
    for (const date of ['2019-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-1-1', '2024-01-01T00:00Z', '']) {
      expect([date, pattern.test(date), isIsoDate(date)]).toEqual([date, false, false]);
    }
    expect(start.patternErrorMessage).toBe('Write a real calendar date as YYYY-MM-DD, e.g. 2024-12-31.');
  });
});

describe('the JSON Schema in a real validator (Ajv, draft 2020-12, every error)', () => {
  const check = validator(toJsonSchema());

  it('accepts every example document', () => {
    const files = exampleFiles();
    expect(files.map((f) => f.replace(/^.*\/examples\//, ''))).toEqual(['anti-slavery-international/asi.yaml', 'coalition/coalition.yaml', 'coalition/labour-rights-alliance.yaml', 'water.yaml']);
    for (const file of files) {
      const document: unknown = parseYaml(readFileSync(file, 'utf8'));
      // A coalition file is not a theory of change but a list of them (test/coalition checks it).
      if (file.endsWith('/coalition/coalition.yaml')) continue;
      expect([file, briefly(check(document))]).toEqual([file, []]);
      expect(DocumentSchema.safeParse(document).success).toBe(true);
    }
  });

  it('accepts every valid document', () => {
    fc.assert(
      fc.property(validDocument, (doc) => {
        expect(briefly(check(doc))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('a node with a wrong kind gets one error, on its kind (15 with the oneOf zod generates)', () => {
    const generated = validator(z.toJSONSchema(DocumentSchema, { target: 'draft-2020-12' }) as Schema);
    expect(generated(wrongKind).length).toBe(15);
    expect(briefly(check(wrongKind))).toEqual(['/nodes/1/kind #/properties/nodes/items/properties/kind/enum must be equal to one of the allowed values']);
    const indicator = {
      kind: 'indicatr',
      id: 'i',
      title: 'I',
      measures: ['g'],
      measure: { kind: 'number' },
      baseline: { date: '2020-01-01', value: 1 },
      targets: [{ date: '2021-01-01', value: 2 }],
    };
    const document = { title: 'T', nodes: [{ kind: 'goal', id: 'g', title: 'G' }, indicator] };
    expect(generated(document).length).toBe(33);
    expect(briefly(check(document))).toEqual(['/nodes/1/kind #/properties/nodes/items/properties/kind/enum must be equal to one of the allowed values']);
    expect(briefly(check({ title: 'T', nodes: [{ id: 'g', title: 'G' }] }))).toEqual([
      "/nodes/0 #/properties/nodes/items/required must have required property 'kind'",
    ]);
    expect(briefly(check({ title: 'T', nodes: ['g'] }))).toEqual(['/nodes/0 #/properties/nodes/items/type must be object']);
  });

  it('a node of a known kind is checked against its own kind only', () => {
    const schema = toJsonSchema();
    const checkOwn = validator(schema);
    /** Whether every error comes from the schema of `kind` (its $defs entry, or its `if`/`then` pair). */
    const fromOwnKind = (errors: readonly ErrorObject[], kind: (typeof NODE_KINDS)[number]) => {
      const own = schemasWithin(at(schema, '$defs', `${kind}-node`));
      own.add(at(schema, 'properties', 'nodes', 'items', 'allOf', String(NODE_KINDS.indexOf(kind))));
      return errors.filter((e) => !own.has(e.parentSchema)).map((e) => `${e.instancePath} ${e.message ?? ''}`);
    };
    const objective = { kind: 'objective', id: 'o', title: 'O', actorType: 'state', contributesTo: [{ to: 'g', weight: 0 }] };
    const errors = checkOwn({ title: 'T', nodes: [objective] });
    expect(briefly(errors)).toEqual([
      '/nodes/0 #/additionalProperties must NOT have additional properties',
      '/nodes/0/contributesTo/0 #/properties/contributesTo/items/anyOf/0/type must be string',
      '/nodes/0/contributesTo/0/weight #/properties/contributesTo/items/anyOf/1/properties/weight/minimum must be >= 1e-9',
      '/nodes/0/contributesTo/0 #/properties/contributesTo/items/anyOf must match a schema in anyOf',
      '/nodes/0 #/properties/nodes/items/allOf/1/if must match "then" schema',
    ]);
    expect(errors[0]?.params).toEqual({ additionalProperty: 'actorType' });
    expect(fromOwnKind(errors, 'objective')).toEqual([]);
    expect(fromOwnKind(errors, 'duty-bearer').length).toBe(5);
    const dutyBearer = checkOwn({ title: 'T', nodes: [{ kind: 'duty-bearer', id: 'd', title: 'D' }] });
    expect(briefly(dutyBearer)).toEqual([
      "/nodes/0 #/required must have required property 'actorType'",
      '/nodes/0 #/properties/nodes/items/allOf/2/if must match "then" schema',
    ]);
    expect(fromOwnKind(dutyBearer, 'duty-bearer')).toEqual([]);
    // With the oneOf zod generates, the same objective is measured against all seven kinds.
    const generated = validator(z.toJSONSchema(DocumentSchema, { target: 'draft-2020-12' }) as Schema);
    expect(generated({ title: 'T', nodes: [objective] }).length).toBe(23);
  });

  it('a measure with a wrong kind gets one error on its kind, and the indicator one saying so', () => {
    const indicator = { kind: 'indicator', id: 'i', title: 'I', measure: { kind: 'percent' } };
    expect(briefly(check({ title: 'T', nodes: [indicator] }))).toEqual([
      '/nodes/0/measure/kind #/properties/measure/properties/kind/enum must be equal to one of the allowed values',
      '/nodes/0 #/properties/nodes/items/allOf/4/if must match "then" schema',
    ]);
    const scale = { ...indicator, measure: { kind: 'scale', levels: ['low'] } };
    expect(briefly(check({ title: 'T', nodes: [scale] }))).toEqual([
      '/nodes/0/measure/levels #/$defs/scale-measure/properties/levels/minItems must NOT have fewer than 2 items',
      '/nodes/0/measure #/properties/measure/allOf/3/if must match "then" schema',
      '/nodes/0 #/properties/nodes/items/allOf/4/if must match "then" schema',
    ]);
  });

  it('rejects structural mistakes of the document itself', () => {
    const base = { title: 'T', nodes: [{ kind: 'goal', id: 'g', title: 'G' }] };
    expect(briefly(check(base))).toEqual([]);
    expect(briefly(check({ ...base, titel: 'x' }))).toEqual([' #/additionalProperties must NOT have additional properties']);
    expect(briefly(check({ nodes: [] }))).toEqual([" #/required must have required property 'title'"]);
    expect(briefly(check({ ...base, period: { start: '2024-02-30', end: '2024-12-31' } }))).toEqual([
      `/period/start #/properties/period/properties/start/pattern must match pattern "${at(toJsonSchema(), 'properties', 'period', 'properties', 'start').pattern as string}"`,
    ]);
  });
  it('requires a date or a period (or both) on a baseline, target and observation, as validation does; an assessment may have neither', () => {
    const indicator = (readings: Record<string, unknown>): unknown => ({
      title: 'T',
      nodes: [
        { kind: 'goal', id: 'g', title: 'G', assessments: [{ progress: 0.5 }] },
        { kind: 'indicator', id: 'i', title: 'I', measure: { kind: 'number' }, measures: ['g'], ...readings },
      ],
    });
    const period = { start: '2020-01-01', end: '2020-12-31' };
    // Each alone, and both (the date then the period's last day), pass.
    for (const when of [{ date: '2020-12-31' }, { period }, { date: '2020-12-31', period }]) {
      expect(briefly(check(indicator({ baseline: { ...when, value: 1 }, targets: [{ ...when, value: 2 }], observations: [{ ...when, value: 3 }] })))).toEqual([]);
    }
    // Neither: two errors from the anyOf branches and the anyOf itself, at the reading.
    const neither = (path: string, schemaPath: string): string[] => [
      `${path} ${schemaPath}/anyOf/0/required must have required property 'date'`,
      `${path} ${schemaPath}/anyOf/1/required must have required property 'period'`,
      `${path} ${schemaPath}/anyOf must match a schema in anyOf`,
    ];
    // Ajv gives schema paths within the indicator-node definition the node's "then" refers to (its fifth kind).
    const node = '#/properties';
    expect(briefly(check(indicator({ baseline: { value: 1 } })))).toEqual([...neither('/nodes/1/baseline', `${node}/baseline`), `/nodes/1 #/properties/nodes/items/allOf/4/if must match "then" schema`]);
    expect(briefly(check(indicator({ targets: [{ date: '2021-12-31', value: 2 }, { value: 2, source: 'plan' }] })))).toEqual([
      ...neither('/nodes/1/targets/1', `${node}/targets/items`),
      `/nodes/1 #/properties/nodes/items/allOf/4/if must match "then" schema`,
    ]);
    expect(briefly(check(indicator({ observations: [{ note: 'no date' }] })))).toEqual([
      ...neither('/nodes/1/observations/0', `${node}/observations/items`),
      `/nodes/1 #/properties/nodes/items/allOf/4/if must match "then" schema`,
    ]);
    // Validation refuses the same readings (reading-date-missing or the like), in words.
    expect(DocumentSchema.safeParse(indicator({ baseline: { value: 1 } })).success).toBe(true);
  });

  it('accepts every valid document, readings dated by a period alone included', () => {
    fc.assert(
      fc.property(validDocument, (doc) => {
        // Each dated reading given its period instead: a date-or-period reading the schema must let through.
        const byPeriod = {
          ...doc,
          nodes: doc.nodes.map((n) => {
            if (n.kind !== 'indicator') return n;
            const swap = (r: ReadingDocument): ReadingDocument => {
              if (r.date === undefined || r.period !== undefined) return r;
              const { date, ...rest } = r;
              return { ...rest, period: { start: date, end: date } };
            };
            return { ...n, ...(n.baseline === undefined ? {} : { baseline: swap(n.baseline) }), ...(n.targets === undefined ? {} : { targets: n.targets.map(swap) }), ...(n.observations === undefined ? {} : { observations: n.observations.map(swap) }) };
          }),
        };
        expect(briefly(check(byPeriod))).toEqual([]);
      }),
      { numRuns: 100 },
    );
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
