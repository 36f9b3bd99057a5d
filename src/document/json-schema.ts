import * as z from 'zod';
import { DocumentSchema } from './schema.js';

/** Where the package ships the JSON Schema: `theory-of-change/schema.json`. */
export const JSON_SCHEMA_FILE = 'schema.json';

/**
 * The JSON Schema (draft 2020-12) of the document format, generated from the
 * zod schema. The package ships it as `theory-of-change/schema.json`, so
 * editors can validate and autocomplete files: in YAML, start a file with
 * `# yaml-language-server: $schema=./node_modules/theory-of-change/schema.json`.
 * Graph rules (references, cycles, levels) are beyond JSON Schema: run
 * {@link validate} for those.
 */
export function toJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DocumentSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, title: 'Theory of change', $comment: 'Generated from the zod schema of the theory-of-change package.' };
}
