import { parseDocument } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** The outcome of {@link parseText}: the data, or why the text is unusable. */
export type ParseTextResult =
  | { readonly ok: true; readonly data: unknown }
  | { readonly ok: false; readonly diagnostic: Diagnostic };

/** Most aliases a YAML file may expand, against "billion laughs" files. */
const MAX_ALIAS_COUNT = 1000;

/**
 * Parses YAML or JSON text (JSON is YAML). YAML 1.2 core schema, so dates stay
 * strings. Never throws: unparseable text gives a `parse-error` diagnostic
 * with the line and column.
 *
 * @example
 * ```ts
 * const parsed = parseText('title: Clean water\nnodes: []\n');
 * if (parsed.ok) validate(parsed.data);
 * ```
 */
export function parseText(text: string, name = 'input'): ParseTextResult {
  try {
    const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, strict: true });
    const error = doc.errors[0];
    if (error !== undefined) {
      const where = error.linePos?.[0] === undefined ? '' : ` at line ${error.linePos[0].line}, column ${error.linePos[0].col}`;
      return { ok: false, diagnostic: unusable(`${name} is not valid YAML or JSON${where}: ${firstLine(error.message)}`) };
    }
    return { ok: true, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    return { ok: false, diagnostic: unusable(`${name} could not be read as YAML or JSON: ${firstLine(error instanceof Error ? error.message : String(error))}`) };
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

function unusable(message: string): Diagnostic {
  return { code: 'invalid-syntax', severity: 'error', path: [], ids: [], message };
}
