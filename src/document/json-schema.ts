import * as z from 'zod/mini';
import { ISO_DURATION_PATTERN } from './durations.js';
import { DESCRIBED_INSIDE, DESCRIPTIONS } from './field-descriptions.js';
import { DocumentSchema } from './schema.js';

/** Where the package ships the JSON Schema: `theory-of-change/schema.json`. */
export const JSON_SCHEMA_FILE = 'schema.json';

type JsonSchema = { readonly [keyword: string]: unknown };

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `kind` an object schema fixes with `properties.kind.const`, if it does. */
function fixedKind(schema: unknown): string | undefined {
  if (!isSchema(schema) || !isSchema(schema.properties)) return undefined;
  const kind = schema.properties.kind;
  return isSchema(kind) && typeof kind.const === 'string' ? kind.const : undefined;
}

/**
 * The generated schema with a description on every field from the tables
 * of field-descriptions.ts: `place` names the table (`document`, or the kind of the union
 * branch `schema` lies in) and `key` where `schema` sits in it. `used`
 * collects `place:key` of each description written.
 */
function described(schema: unknown, place: string, key: string, optional: boolean, used: Set<string>): unknown {
  if (!isSchema(schema)) return schema;
  const out: Record<string, unknown> = {};
  const required = Array.isArray(schema.required) ? (schema.required as unknown[]) : [];
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === 'properties' && isSchema(value)) {
      out[keyword] = Object.fromEntries(
        Object.entries(value).map(([name, property]) => {
          const first = !required.includes(name) && !DESCRIBED_INSIDE.has(name);
          return [name, described(property, place, key === '' ? name : `${key}.${name}`, first, used)];
        }),
      );
    } else if (keyword === 'items') {
      out[keyword] = described(value, place, `${key}[]`, false, used);
    } else if (keyword === 'anyOf' && Array.isArray(value)) {
      out[keyword] = value.map((branch, i) => described(branch, place, `${key}|${i}`, false, used));
    } else if (keyword === 'oneOf' && Array.isArray(value)) {
      out[keyword] = value.map((branch) => described(branch, fixedKind(branch) ?? '', '', false, used));
    } else {
      out[keyword] = value;
    }
  }
  const description = DESCRIPTIONS[place]?.[key];
  // The alternatives of a reading's value are plain types, described by the value as a whole.
  if (description === undefined) return out;
  used.add(`${place}:${key}`);
  return optional ? { description, ...out } : { ...out, description };
}

/**
 * What VS Code (JSON and YAML) says for a date that does not match the date
 * pattern, through their `patternErrorMessage` keyword, instead of printing the
 * pattern itself. Other validators ignore it.
 */
const DATE_MESSAGE = 'Write a real calendar date as YYYY-MM-DD, e.g. 2024-12-31.';

/** What VS Code says for an age limit that is not a duration, likewise. */
const DURATION_MESSAGE = 'Write an ISO 8601 duration of whole years, months, weeks or days, e.g. P18M for 18 months, P2Y, P90D.';

/**
 * Rewrites every `oneOf` of objects told apart by `kind` (zod's discriminated
 * unions) as "`kind` is one of these; if it is K, the object follows K's schema".
 * With `oneOf`, an object with a wrong `kind` fails every branch, and
 * validators report each branch's complaints (14 for a three-field node in Ajv,
 * more for larger ones); with `if`/`then`, they report the one error on `kind`,
 * and a node of a known kind is checked against its own kind's schema only.
 * Each branch goes to `$defs` as `<kind>-<label>`, e.g. `goal-node`,
 * `scale-measure`; `label` comes from the property the union sits in.
 * Dates also get {@link DATE_MESSAGE}, age limits {@link DURATION_MESSAGE}.
 */
function forEditors(schema: unknown, label: string, defs: Map<string, unknown>): unknown {
  if (Array.isArray(schema)) return schema.map((item) => forEditors(item, label, defs));
  if (!isSchema(schema)) return schema;
  const out: Record<string, unknown> = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === 'properties' && isSchema(value)) {
      out[keyword] = Object.fromEntries(Object.entries(value).map(([name, property]) => [name, forEditors(property, name, defs)]));
    } else if (keyword === 'items') {
      out[keyword] = forEditors(value, label.endsWith('s') ? label.slice(0, -1) : label, defs);
    } else {
      out[keyword] = forEditors(value, label, defs);
    }
  }
  if (out.format === 'date' && typeof out.pattern === 'string') out.patternErrorMessage = DATE_MESSAGE;
  if (out.pattern === ISO_DURATION_PATTERN) out.patternErrorMessage = DURATION_MESSAGE;
  const branches = out.oneOf;
  if (!Array.isArray(branches) || branches.length < 2) return out;
  const kinds = branches.map(fixedKind);
  if (!kinds.every((kind): kind is string => kind !== undefined) || new Set(kinds).size !== kinds.length) return out;
  const { oneOf: _branches, ...rest } = out;
  const firstKind = at(branches[0], 'properties', 'kind');
  const kindDescription = isSchema(firstKind) ? firstKind.description : undefined;
  const allOf = kinds.map((kind, i) => {
    const name = `${kind}-${label}`;
    if (defs.has(name)) throw new Error(`toJsonSchema: two schemas named ${name}`);
    defs.set(name, branches[i]);
    return {
      if: { type: 'object', properties: { kind: { const: kind } }, required: ['kind'] },
      then: { $ref: `#/$defs/${name}` },
    };
  });
  return {
    ...rest,
    type: 'object',
    properties: { kind: { type: 'string', enum: kinds, ...(kindDescription === undefined ? {} : { description: kindDescription }) } },
    required: ['kind'],
    allOf,
  };
}

/**
 * A reading needs a `date` or a `period` (or both): the zod schema leaves both
 * optional (validation reports a reading with neither, in words), so the JSON
 * Schema says it for editors with `anyOf` on the baseline and on each target
 * and observation of the indicator node. Each branch names its property (as
 * `true`: the reading's own `properties` describe it) as well as requiring
 * it, so that strict validators (Ajv's strictRequired) accept the schema.
 */
const DATE_OR_PERIOD = ['date', 'period'] as const;

function withDateOrPeriod(indicator: unknown): unknown {
  if (!isSchema(indicator) || !isSchema(indicator.properties)) throw new Error('toJsonSchema: the indicator node has no properties');
  const reading = (schema: unknown): JsonSchema => {
    if (!isSchema(schema) || !isSchema(schema.properties) || schema.properties.date === undefined || schema.properties.period === undefined) {
      throw new Error('toJsonSchema: a reading without date and period');
    }
    return { ...schema, anyOf: DATE_OR_PERIOD.map((name) => ({ properties: { [name]: true }, required: [name] })) };
  };
  const list = (schema: unknown): unknown => (isSchema(schema) ? { ...schema, items: reading(schema.items) } : schema);
  const { baseline, targets, observations } = indicator.properties;
  return { ...indicator, properties: { ...indicator.properties, baseline: reading(baseline), targets: list(targets), observations: list(observations) } };
}

function at(schema: unknown, ...keys: readonly string[]): unknown {
  let s = schema;
  for (const key of keys) s = isSchema(s) ? s[key] : undefined;
  return s;
}

/**
 * The JSON Schema (draft 2020-12) of the document format, generated from the
 * zod schema, with the descriptions written above. The package ships it as `theory-of-change/schema.json`, so
 * editors can validate and autocomplete files: in YAML, start a file with
 * `# yaml-language-server: $schema=./node_modules/theory-of-change/schema.json`.
 * Every property has a description (shown on hover), and a node or measure with
 * a wrong `kind` gets one error, on its `kind`; a baseline, target or
 * observation needs a `date` or a `period` (or both). Graph rules (references,
 * cycles, levels) are beyond JSON Schema: run {@link validate} for those.
 */
export function toJsonSchema(): Record<string, unknown> {
  const { $defs: jsonValueDefs, ...generated } = z.toJSONSchema(DocumentSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  const used = new Set<string>();
  // The document's own description comes before the `$defs` of free-form JSON values, as zod writes it.
  const withDescriptions = {
    ...(described(generated, 'document', '', false, used) as Record<string, unknown>),
    ...(jsonValueDefs === undefined ? {} : { $defs: jsonValueDefs }),
  };
  const unused = Object.entries(DESCRIPTIONS)
    .flatMap(([place, table]) => Object.keys(table).map((key) => `${place}:${key}`))
    .filter((where) => !used.has(where));
  if (unused.length > 0) throw new Error(`toJsonSchema: descriptions of fields the schema does not have: ${unused.join(', ')}`);
  const defs = new Map<string, unknown>();
  const schema = forEditors(withDescriptions, 'document', defs) as Record<string, unknown>;
  defs.set('indicator-node', withDateOrPeriod(defs.get('indicator-node')));
  const existing = isSchema(schema.$defs) ? schema.$defs : {};
  return {
    ...schema,
    $defs: { ...existing, ...Object.fromEntries(defs) },
    title: 'Theory of change',
    $comment: 'Generated from the zod schema of the theory-of-change package.',
  };
}
