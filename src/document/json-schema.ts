import * as z from 'zod';
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
 * What VS Code (JSON and YAML) says for a date that does not match the date
 * pattern, through their `patternErrorMessage` keyword, instead of printing the
 * pattern itself. Other validators ignore it.
 */
const DATE_MESSAGE = 'Write a real calendar date as YYYY-MM-DD, e.g. 2024-12-31.';

/**
 * Rewrites every `oneOf` of objects told apart by `kind` (zod's discriminated
 * unions) as "`kind` is one of these; if it is K, the object follows K's schema".
 * With `oneOf`, an object with a wrong `kind` fails every branch, and
 * validators report each branch's complaints (14 for a three-field node in Ajv,
 * more for larger ones); with `if`/`then`, they report the one error on `kind`,
 * and a node of a known kind is checked against its own kind's schema only.
 * Each branch goes to `$defs` as `<kind>-<label>`, e.g. `goal-node`,
 * `scale-measure`; `label` comes from the property the union sits in.
 * Dates also get {@link DATE_MESSAGE}.
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

function at(schema: unknown, ...keys: readonly string[]): unknown {
  let s = schema;
  for (const key of keys) s = isSchema(s) ? s[key] : undefined;
  return s;
}

/**
 * The JSON Schema (draft 2020-12) of the document format, generated from the
 * zod schema. The package ships it as `theory-of-change/schema.json`, so
 * editors can validate and autocomplete files: in YAML, start a file with
 * `# yaml-language-server: $schema=./node_modules/theory-of-change/schema.json`.
 * Every property has a description (shown on hover), and a node or measure with
 * a wrong `kind` gets one error, on its `kind`. Graph rules (references,
 * cycles, levels) are beyond JSON Schema: run {@link validate} for those.
 */
export function toJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(DocumentSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  const defs = new Map<string, unknown>();
  const schema = forEditors(generated, 'document', defs) as Record<string, unknown>;
  const existing = isSchema(schema.$defs) ? schema.$defs : {};
  return {
    ...schema,
    $defs: { ...existing, ...Object.fromEntries(defs) },
    title: 'Theory of change',
    $comment: 'Generated from the zod schema of the theory-of-change package.',
  };
}
