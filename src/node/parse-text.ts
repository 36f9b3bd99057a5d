import { parseDocument } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** The outcome of {@link parseText}: the data, or why the text is unusable. */
export type ParseTextResult =
  | { readonly ok: true; readonly data: unknown }
  | { readonly ok: false; readonly diagnostic: Diagnostic };

/** Characters YAML does not allow anywhere: C0 controls other than tab, LF and CR, and DEL. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Most aliases a YAML file may expand, against "billion laughs" files. */
const MAX_ALIAS_COUNT = 1000;

/**
 * Parses YAML or JSON text (JSON is YAML). YAML 1.2 core schema, so dates stay
 * strings. Never throws: unparseable text gives an `invalid-syntax` diagnostic
 * with the line and column.
 *
 * @example
 * ```ts
 * const parsed = parseText('title: Clean water\nnodes: []\n');
 * if (parsed.ok) validate(parsed.data);
 * ```
 */
export function parseText(text: string, name = 'input'): ParseTextResult {
  // YAML allows no control characters but tab and line breaks; the parser tolerates
  // them, so catch them here (a binary file, or text in the wrong encoding).
  const control = CONTROL.exec(text);
  if (control !== null) {
    const before = text.slice(0, control.index).split(/\r\n|\r|\n/);
    const line = before.length;
    const col = (before[before.length - 1] ?? '').length + 1;
    const code = `U+${(control[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    return {
      ok: false,
      diagnostic: unusable(`${name} is not valid YAML or JSON at line ${line}, column ${col}: it contains a control character (${code}); is it a binary file?`),
    };
  }
  try {
    const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, strict: true });
    const error = doc.errors[0];
    if (error !== undefined) {
      const where = error.linePos?.[0] === undefined ? '' : ` at line ${error.linePos[0].line}, column ${error.linePos[0].col}`;
      // The pretty message repeats the position ("… at line 2, column 1:"): it is already in `where`.
      const reason = firstLine(error.message).replace(/ at line \d+, column \d+:?$/, '');
      return { ok: false, diagnostic: unusable(`${name} is not valid YAML or JSON${where}: ${reason}`) };
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
