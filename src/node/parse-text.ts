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
    // The core schema always, even under a `%YAML 1.1` directive (which would turn
    // `yes` into true and unquoted dates into Date objects). Values with explicit
    // tags such as `!!set` or `!!timestamp` are not JSON-like; validate refuses them.
    // `logLevel: 'error'` keeps the parser from printing warnings to the console.
    const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, strict: true, schema: 'core', logLevel: 'error' });
    const error = doc.errors[0];
    if (error !== undefined) {
      const where = error.linePos?.[0] === undefined ? '' : ` at line ${error.linePos[0].line}, column ${error.linePos[0].col}`;
      // The pretty message repeats the position ("… at line 2, column 1:"): it is already in `where`.
      const reason = plainReason(firstLine(error.message).replace(/ at line \d+, column \d+:?$/, ''));
      return { ok: false, diagnostic: unusable(`${name} is not valid YAML or JSON${where}: ${reason}`) };
    }
    return { ok: true, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    const reason = plainReason(firstLine(error instanceof Error ? error.message : String(error)));
    return { ok: false, diagnostic: unusable(`${name} could not be read as YAML or JSON: ${reason}`) };
  }
}

/** The parser's words for the two limits a hostile file hits, in plain language; other reasons as they are. */
function plainReason(reason: string): string {
  if (/Excessive alias count/i.test(reason)) {
    return `its aliases (*name) repeat content more than ${MAX_ALIAS_COUNT} times, which no theory of change needs (is it a "billion laughs" file?). Write the repeated parts out, or use fewer aliases.`;
  }
  if (/Maximum call stack size exceeded/i.test(reason)) {
    return 'it nests lists or maps too deeply to be read (a theory of change needs only a few levels).';
  }
  return reason;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

function unusable(message: string): Diagnostic {
  return { code: 'invalid-syntax', severity: 'error', path: [], ids: [], message };
}
